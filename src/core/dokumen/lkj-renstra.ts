/**
 * What the annual LKj takes from the Renstra and Narasi tabs (src/core/konfigurasi/renstra.ts,
 * narasi.ts): BAB II's Renstra summary, and BAB III A's
 *   3. capaian against the Renstra's end target as the annual recap computed it
 *      (src/core/rekap/capaian-renstra.ts: a cumulative target's realisasi sums the Riwayat Capaian
 *      years), with the formula stated and the distance said without a change verb;
 *   4. this year's realisasi against a national or provincial standard, with its source, for the
 *      indicators that have one.
 * Text the office wrote once in Narasi becomes paragraphs; where it wrote nothing a
 * "[Diisi oleh penyusun: …]" marker stays. Pure.
 */
import { hitungCapaian, nilaiAngka, type AturanCapaian } from '../capaian';
import type { Narasi } from '../konfigurasi/narasi';
import type { Renstra, RenstraIndikator } from '../konfigurasi/renstra';
import { formatAngka, formatPersen } from '../format';
import type { BarisRekap, Rekap } from '../rekap/model';
import type { Capaian, Nilai, Polaritas, RumusNegatif } from '../types';
import { justified, list, paragraph, toWrite, type Block } from './model';
import { denganSatuan, selisihSatuan } from './surat';

/** Differences smaller than this are float noise (a sum of decimals), not a distance. */
const TOLERANSI = 1e-9;

/** A cell's text as lines, list numbering or bullets typed by hand dropped: "1. Mewujudkan …" → "Mewujudkan …". */
export function barisTeks(teks: string): string[] {
  return teks.split(/\n+/).map((t) => t.trim().replace(/^(?:\d+[.)]|[-•*])\s+/, '')).filter((t) => t !== '');
}

/** The office's text as paragraphs, or the marker `petunjuk` for the penyusun when it wrote none. */
export function narasiAtauPenanda(teks: string, petunjuk: string): Block[] {
  const baris = barisTeks(teks);
  return baris.length ? baris.map((t) => justified(t)) : [toWrite(petunjuk)];
}

/** A numbered list of the lines of `teks`, or the marker. */
function daftarAtauPenanda(teks: string, petunjuk: string): Block {
  const baris = barisTeks(teks);
  return baris.length ? list(true, baris) : toWrite(petunjuk);
}

/** BAB II A: the Renstra's periode, visi, misi and tujuan from the Renstra tab; its sasaran are the PK's (the Indikator tab's). */
export function ringkasanRenstra(renstra: Renstra | undefined, instansi: string, sasaran: readonly string[]): Block[] {
  const periode = renstra?.periode ? ` periode ${renstra.periode.awal}–${renstra.periode.akhir}` : '';
  return [
    justified(`Rencana Strategis (Renstra) ${instansi}${periode} memuat visi, misi, tujuan dan sasaran strategis berikut.`),
    paragraph('Visi', { bold: true }),
    ...narasiAtauPenanda(renstra?.visi ?? '', 'visi dalam Renstra (tab Renstra ▸ Visi)'),
    paragraph('Misi', { bold: true }),
    daftarAtauPenanda(renstra?.misi ?? '', 'misi dalam Renstra (tab Renstra ▸ Misi)'),
    paragraph('Tujuan', { bold: true }),
    daftarAtauPenanda(renstra?.tujuan ?? '', 'tujuan dalam Renstra (tab Renstra ▸ Tujuan)'),
    paragraph('Sasaran strategis', { bold: true }),
    list(true, sasaran),
  ];
}

/** Capaian's formula in words, `r` naming the realisasi and `t` the reference. */
export function rumusCapaian(polaritas: Polaritas, rumusNegatif: RumusNegatif, r: string, t: string): string {
  if (polaritas === 'positif') return `${r} ÷ ${t} × 100 %`;
  return rumusNegatif === '2T-R' ? `(2 × ${t} − ${r}) ÷ ${t} × 100 %` : `${t} ÷ ${r} × 100 %`;
}

function teksCapaian(c: Capaian): string {
  if (c.jenis === 'nilai') return formatPersen(c.persen);
  return c.jenis === 'belum-diisi' ? 'belum dapat dihitung' : `tidak dapat dihitung (${c.alasan})`;
}

/** The figure as the bidang gave it: a predikat label as is, else the number with its unit. */
function teksRealisasiTahun(baris: BarisRekap, r: number): string {
  return typeof baris.realisasi === 'string' && baris.realisasi.trim() !== '' ? baris.realisasi : denganSatuan(r, baris.satuan);
}

/** How far `nilai` is from `acuan` (a number), as a position, never a change: "berjarak 10 poin persen dari", "melampaui … sebesar". */
function jarak(nilai: number, acuan: Nilai, polaritas: Polaritas, satuan: string, skala: Readonly<Record<string, number>>, nama: string): string | null {
  const t = nilaiAngka(acuan, skala);
  if (typeof acuan !== 'number' || typeof t !== 'number') return null;
  const selisih = nilai - t;
  if (Math.abs(selisih) < TOLERANSI) return `realisasi sama dengan ${nama}`;
  const lebihBaik = (selisih > 0) === (polaritas === 'positif');
  return lebihBaik ? `realisasi melampaui ${nama} sebesar ${selisihSatuan(selisih, satuan)}` : `realisasi masih berjarak ${selisihSatuan(selisih, satuan)} dari ${nama}`;
}

/**
 * Analysis 3 for one indicator of the annual recap, from the recap row's own comparison
 * (`tahunan.renstra`, src/core/rekap/capaian-renstra.ts): null when it has no Renstra end target
 * or no realisasi this year.
 */
export function kalimatRenstra(baris: BarisRekap, tahun: number, aturan: AturanCapaian): string | null {
  const rs = baris.tahunan?.renstra ?? null;
  const r = baris.realisasiSd;
  if (rs === null || rs.realisasi === null || r === null) return null;
  const periode = rs.periode ? ` ${rs.periode.awal}–${rs.periode.akhir}` : '';
  const target = denganSatuan(rs.target, baris.satuan);
  let namaRealisasi = 'realisasi';
  let realisasi: string;
  let catatan = '';
  let jenis: string;
  if (rs.jenis === 'kumulatif') {
    namaRealisasi = 'realisasi kumulatif';
    jenis = `target akhir kumulatif ${target}`;
    realisasi = rs.rincian.length > 1
      ? `realisasi kumulatif s.d. ${tahun} = ${rs.rincian.map((x) => `${formatAngka(x.nilai)} (${x.tahun})`).join(' + ')} = ${denganSatuan(rs.realisasi, baris.satuan)}`
      : `realisasi kumulatif s.d. ${tahun} = ${denganSatuan(rs.realisasi, baris.satuan)} (hanya tahun ${tahun})`;
    if (rs.tahunHilang.length) catatan = ` Realisasi ${rs.tahunHilang.join(', ')} tidak ada di tab Riwayat Capaian, sehingga tidak ikut dijumlah.`;
  } else {
    jenis = rs.jenis === 'kondisi-akhir' ? `target kondisi akhir ${target}` : `target akhir ${target}, dibaca sebagai kondisi akhir karena jenis targetnya belum diisi di tab Renstra`;
    realisasi = `realisasi ${tahun} ${teksRealisasiTahun(baris, r)}`;
  }
  const rumus = rumusCapaian(baris.polaritas, aturan.rumusNegatif, namaRealisasi, 'target akhir');
  const beda = jarak(rs.realisasi, rs.target, baris.polaritas, baris.satuan, aturan.skalaKualitatif, 'target akhir itu');
  return `Terhadap Renstra${periode} (${jenis}): ${realisasi}; capaian = ${rumus} = ${teksCapaian(rs.capaian)}${beda ? `; ${beda}` : ''}.${catatan}`;
}

/** Analysis 4's sentence for one indicator with a standard. */
export function kalimatStandar(baris: BarisRekap, tahun: number, ri: RenstraIndikator & { readonly standar: Nilai }, aturan: AturanCapaian): string {
  const standar = `standar ${denganSatuan(ri.standar, baris.satuan)} (sumber: ${ri.sumberStandar})`;
  const awal = `Indikator "${baris.indikator}" (${baris.bidang.nama})`;
  const r = baris.realisasiSd;
  if (r === null) return `${awal}: ${standar}; realisasi ${tahun} belum tersedia, sehingga belum dapat dibandingkan.`;
  const capaian = hitungCapaian({ polaritas: baris.polaritas, target: ri.standar, realisasi: r }, aturan);
  const t = nilaiAngka(ri.standar, aturan.skalaKualitatif);
  let posisi = '';
  if (typeof ri.standar === 'number' && typeof t === 'number') {
    const selisih = r - t;
    const memenuhi = Math.abs(selisih) < TOLERANSI || (selisih > 0) === (baris.polaritas === 'positif');
    const letak = Math.abs(selisih) < TOLERANSI ? 'realisasi sama dengan standar' : `realisasi ${selisihSatuan(selisih, baris.satuan)} ${selisih > 0 ? 'di atas' : 'di bawah'} standar`;
    posisi = `; ${letak}, sehingga ${memenuhi ? 'memenuhi' : 'belum memenuhi'} standar itu`;
  }
  return `${awal}: realisasi ${tahun} ${teksRealisasiTahun(baris, r)} terhadap ${standar}; capaian = ${rumusCapaian(baris.polaritas, aturan.rumusNegatif, 'realisasi', 'standar')} = ${teksCapaian(capaian)}${posisi}.`;
}

/** Analysis 4: the indicators that have a national or provincial standard, or one sentence saying none has. */
export function analisisStandar(rekap: Rekap, renstra: Renstra | undefined, aturan: AturanCapaian): Block[] {
  const dengan = rekap.sasaran.flatMap((s) => s.baris).flatMap((b) => {
    const ri = renstra?.indikator.get(b.kode.toUpperCase());
    return ri && ri.standar !== null ? [{ b, ri: ri as RenstraIndikator & { readonly standar: Nilai } }] : [];
  });
  if (dengan.length === 0) {
    return [justified('Belum ada indikator yang mempunyai standar nasional atau provinsi di tab Renstra, sehingga perbandingan dengan standar belum dapat disajikan.')];
  }
  return [
    justified(`Realisasi ${rekap.tahun} dibandingkan dengan standar nasional atau provinsi bagi ${dengan.length} indikator yang mempunyainya; capaian terhadap standar dihitung dengan rumus yang sama dengan capaian terhadap target.`),
    ...dengan.map(({ b, ri }) => justified(kalimatStandar(b, rekap.tahun, ri, aturan))),
  ];
}

/** BAB I's and BAB IV's parts from the Narasi tab. */
export function blokNarasi(narasi: Narasi | undefined): Record<'tupoksi' | 'struktur' | 'isuStrategis' | 'langkahKeDepan', Block[]> {
  return {
    tupoksi: narasiAtauPenanda(narasi?.tupoksi ?? '', 'tugas pokok, fungsi dan peran strategis organisasi'),
    struktur: narasiAtauPenanda(narasi?.struktur ?? '', 'struktur organisasi dan dasar hukumnya'),
    isuStrategis: narasiAtauPenanda(narasi?.isuStrategis ?? '', 'isu strategis dan permasalahan utama yang dihadapi organisasi'),
    langkahKeDepan: narasiAtauPenanda(narasi?.langkahKeDepan ?? '', 'langkah perbaikan dan rencana tindak lanjut untuk periode berikutnya'),
  };
}
