/**
 * Time standards as the SOPs write them ("60 menit", "2 minggu", "25 HARI KERJA + 1 JAM", "1 bulan",
 * "2 x 24 jam", "1 (satu) hari", "3 HK", "30 mnt", "± 2 jam") and their Indonesian rendering.
 * hari = HK = working day, minggu = 5 working days, bulan = 20 working days (4 weeks), "n x 24 jam"
 * = n working days, jam/menit = office time (domain.md §2).
 */
import { gagal } from '../angka';
import type { Durasi } from './model';

export type HasilWaktu =
  | { readonly ok: true; readonly durasi: Durasi }
  | { readonly ok: false; readonly pesan: string };

export const DURASI_NOL: Durasi = { hariKerja: 0, menit: 0 };

const CONTOH = 'misalnya "2 hari", "45 menit" atau "25 hari kerja + 1 jam"';

/** Unit (with spaces removed) → working days or minutes per unit. */
const SATUAN: Readonly<Record<string, { readonly hari: number } | { readonly menit: number }>> = {
  bulan: { hari: 20 },
  minggu: { hari: 5 },
  harikerja: { hari: 1 },
  hari: { hari: 1 },
  hk: { hari: 1 },
  jam: { menit: 60 },
  menit: { menit: 1 },
  mnt: { menit: 1 },
};

// One term: a number (decimal comma or point) and a unit; the longer unit names come first.
const SUKU = /(\d+(?:[.,]\d+)?)(harikerja|hari|hk|minggu|bulan|jam|menit|mnt)/y;

/**
 * What the SOP tables add around a time standard, dropped before reading: "±"/"kurang lebih",
 * a number spelled out in brackets ("1 (satu) hari"); "n x 24 jam" is n working days.
 */
function rapikanWaktu(teks: string): string {
  return teks
    .toLowerCase()
    .replace(/±|\+\/-|kurang\s+lebih|lebih\s+kurang|paling\s+lama|maksimal|maks\.?/g, ' ')
    .replace(/\(\s*[a-z\s]+\s*\)/g, ' ')
    .replace(/(\d+)\s*[x×]\s*24\s*jam/g, '$1 hari');
}
const PEMISAH = /(?:\+|,|&|dan)/y;

/**
 * Parses a time standard. Any capitalisation and spacing (OCR spreads digits and letters), terms
 * joined by "+", ",", "&" or "dan". Refuses, with an Indonesian message, what it cannot read.
 */
export function parseWaktu(teks: string): HasilWaktu {
  const rapat = rapikanWaktu(teks).replace(/\s+/g, '').replace(/\.$/, '');
  if (rapat === '') return gagal(`Waktu kosong. Isi standar waktu, ${CONTOH}.`);
  const tidakTerbaca = gagal(
    `Waktu "${teks.trim()}" tidak dapat dibaca. Tulis angka dan satuan (menit, jam, hari, hari kerja/HK, minggu atau bulan), ${CONTOH}.`,
  );
  let hariKerja = 0;
  let menit = 0;
  let posisi = 0;
  while (posisi < rapat.length) {
    if (posisi > 0) {
      PEMISAH.lastIndex = posisi;
      if (PEMISAH.exec(rapat)) posisi = PEMISAH.lastIndex;
    }
    SUKU.lastIndex = posisi;
    const suku = SUKU.exec(rapat);
    if (!suku) return tidakTerbaca;
    posisi = SUKU.lastIndex;
    const jumlah = Number(suku[1].replace(',', '.'));
    const satuan = SATUAN[suku[2]];
    if ('hari' in satuan) hariKerja += jumlah * satuan.hari;
    else menit += jumlah * satuan.menit;
  }
  if (!Number.isInteger(hariKerja)) {
    return gagal(`Waktu "${teks.trim()}": pecahan hari tidak dapat dipakai; tulis sisanya dalam jam atau menit.`);
  }
  if (!Number.isInteger(menit)) {
    return gagal(`Waktu "${teks.trim()}": pecahan menit tidak dapat dipakai.`);
  }
  return { ok: true, durasi: { hariKerja, menit } };
}

export function jumlahDurasi(semua: readonly Durasi[]): Durasi {
  return semua.reduce(
    (total, d) => ({ hariKerja: total.hariKerja + d.hariKerja, menit: total.menit + d.menit }),
    DURASI_NOL,
  );
}

/** "25 hari kerja 1 jam", "1 jam 30 menit", "0 menit". */
export function formatDurasi(durasi: Durasi): string {
  const jam = Math.floor(durasi.menit / 60);
  const menit = durasi.menit % 60;
  const bagian = [
    durasi.hariKerja > 0 ? `${durasi.hariKerja} hari kerja` : '',
    jam > 0 ? `${jam} jam` : '',
    menit > 0 ? `${menit} menit` : '',
  ].filter((b) => b !== '');
  return bagian.length > 0 ? bagian.join(' ') : '0 menit';
}
