/**
 * Reads and validates the Indikator tab against the bidang and the predikat scale. The tab may be
 * a Perjanjian Kinerja pasted from Excel or Word: its headers are matched by `judul.ts`, an empty
 * Sasaran strategis is the one above it (a merged cell pastes as one value and blanks), and a
 * bidang may be named by kode or by name. Every row that cannot be read is reported. Pure.
 */
import type { Agregasi, Indikator, Masalah, Nilai, Polaritas } from '../types';
import { bacaRentang } from '../capaian';
import { bacaAngka } from './angka';
import { AGREGASI_PILIHAN, POLARITAS_PILIHAN, SKEMA_INDIKATOR } from './skema';
import { bacaTabel, masalahTabel, periksaKode } from './tabel';

/** The only satuan of a rasio indicator: its realisasi is always a percentage. */
const SATUAN_RASIO = '%';

/** The predikat label as the scale spells it, matched ignoring case; undefined when not in it. */
function predikat(teks: string, skalaKualitatif: Readonly<Record<string, number>>): string | undefined {
  return Object.keys(skalaKualitatif).find((label) => label.toLowerCase() === teks.toLowerCase());
}

export function bacaIndikator(
  grid: readonly (readonly unknown[])[] | null,
  /** Upper-cased kode and lower-cased name of each bidang typed in the Bidang tab → its kode. */
  kodeBidang: ReadonlyMap<string, string>,
  skalaKualitatif: Readonly<Record<string, number>>,
): { indikator: Indikator[]; masalah: Masalah[] } {
  const tabel = bacaTabel(SKEMA_INDIKATOR, grid, 'Belum ada indikator.');
  const masalah = (baris: number, id: string, pesan: string): Masalah => masalahTabel(tabel, baris, id, pesan);
  let sasaranDiAtas = '';
  const hasil: Indikator[] = [];
  const daftar: Masalah[] = [...tabel.masalah];
  const kodeDipakai = new Map<string, number>();
  for (const asli of tabel.baris) {
    const b = asli.sel.sasaran === '' && sasaranDiAtas !== '' ? { ...asli, sel: { ...asli.sel, sasaran: sasaranDiAtas } } : asli;
    const { baris, sel, mentah } = b;
    sasaranDiAtas = sel.sasaran;
    const awal = daftar.length;
    const nilai = (id: string, rentangBoleh: boolean): Nilai | null => {
      const angka = bacaAngka(mentah[id]);
      if (angka.jenis === 'angka') return angka.nilai;
      if (angka.jenis === 'kosong') return null;
      const label = predikat(sel[id], skalaKualitatif);
      if (label !== undefined) return label;
      if (rentangBoleh && bacaRentang(sel[id]) !== null) return sel[id];
      const rentang = rentangBoleh ? ', bukan rentang (mis. 80–90)' : '';
      daftar.push(masalah(baris, id, `"${sel[id]}" bukan angka${rentang} dan bukan predikat dari Skala predikat.`));
      return null;
    };
    const kode = periksaKode(tabel, b, kodeDipakai, daftar);
    const bidang = kodeBidang.get(sel.bidang.toUpperCase()) ?? kodeBidang.get(sel.bidang.toLowerCase()) ?? '';
    if (sel.bidang !== '' && bidang === '') daftar.push(masalah(baris, 'bidang', `Bidang "${sel.bidang}" tidak ada di tab Bidang (tulis kode atau nama bidangnya).`));
    const polaritas = sel.polaritas.toLowerCase();
    if (tabel.ada.has('polaritas') && !(POLARITAS_PILIHAN as readonly string[]).includes(polaritas)) {
      daftar.push(masalah(baris, 'polaritas', `Polaritas harus "positif" atau "negatif", bukan "${sel.polaritas}".`));
    }
    const agregasi = sel.agregasi.toLowerCase();
    if (tabel.ada.has('agregasi') && !(AGREGASI_PILIHAN as readonly string[]).includes(agregasi)) {
      daftar.push(masalah(baris, 'agregasi', `Agregasi harus kumulatif, terakhir, rata-rata atau rasio, bukan "${sel.agregasi}".`));
    } else if (agregasi === 'rasio' && sel.satuan !== '' && sel.satuan !== SATUAN_RASIO) {
      // A rasio's realisasi is pembilang / penyebut × 100: a percentage, never a count of its satuan.
      daftar.push(masalah(baris, 'satuan', `Agregasi rasio menghasilkan persentase (pembilang / penyebut × 100), jadi Satuan harus "${SATUAN_RASIO}", bukan "${sel.satuan}". Ubah Satuan menjadi "${SATUAN_RASIO}", atau pilih agregasi lain.`));
    }
    const targetTahunan = nilai('targetTahunan', true);
    const targetTw = [nilai('targetTw1', true), nilai('targetTw2', true), nilai('targetTw3', true), nilai('targetTw4', true)] as const;
    const targetRenstra = nilai('targetRenstra', false);
    const realisasiTahunLalu = nilai('realisasiTahunLalu', false);
    const paguAngka = bacaAngka(mentah.pagu);
    let pagu: number | null = null;
    if (paguAngka.jenis === 'bukan-angka') daftar.push(masalah(baris, 'pagu', paguAngka.pesan));
    else if (paguAngka.jenis === 'angka' && paguAngka.nilai < 0) daftar.push(masalah(baris, 'pagu', 'Pagu tidak boleh negatif.'));
    else if (paguAngka.jenis === 'angka') pagu = paguAngka.nilai;
    if (daftar.length > awal) continue;
    hasil.push({
      kode,
      sasaran: sel.sasaran,
      indikator: sel.indikator,
      bidang,
      satuan: sel.satuan,
      polaritas: polaritas as Polaritas,
      agregasi: agregasi as Agregasi,
      targetTahunan,
      targetTw,
      targetRenstra,
      realisasiTahunLalu,
      program: sel.program,
      pagu,
    });
  }
  return { indikator: hasil, masalah: daftar };
}
