/**
 * What *Tutup tahun* writes outside the history tab: the year in Pengaturan, the Indikator tab's
 * "Realisasi tahun lalu" from the closed year, and the document properties compacted in one atomic
 * write.
 */
import { KUNCI_PENGATURAN, SKEMA_INDIKATOR, TAB_PENGATURAN } from '../core/konfigurasi/skema';
import type { RiwayatIndikator } from '../core/riwayat';
import type { Nilai } from '../core/types';
import { props } from './properti';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function sama(a: unknown, b: string): boolean {
  return String(a ?? '').trim().toLowerCase() === b.toLowerCase();
}

/** Writes `tahun` as Pengaturan ▸ Tahun (`grid`: the tab as read). */
export function tulisTahunPengaturan(ss: Spreadsheet, grid: readonly (readonly unknown[])[], tahun: number): void {
  const label = KUNCI_PENGATURAN.find((k) => k.id === 'tahun')!.label;
  const baris = grid.findIndex((r, i) => i > 0 && sama(r[0], label));
  if (baris < 0) throw new Error(`Baris "${label}" tidak ada di tab ${TAB_PENGATURAN}. Jalankan Siapkan lembar kerja.`);
  ss.getSheetByName(TAB_PENGATURAN)!.getRange(baris + 1, 2).setValue(String(tahun));
}

/**
 * Sets the Indikator tab's "Realisasi tahun lalu" of every indicator with a realisasi in `riwayat`
 * (one write of the column; other cells of it keep what they held). Returns how many were set.
 */
export function isiRealisasiTahunLalu(ss: Spreadsheet, grid: readonly (readonly unknown[])[], riwayat: readonly RiwayatIndikator[]): number {
  const judul = (id: string) => SKEMA_INDIKATOR.kolom.find((k) => k.id === id)!.judul;
  const kepala = grid[0] ?? [];
  const kolomKode = kepala.findIndex((v) => sama(v, judul('kode')));
  const kolomLalu = kepala.findIndex((v) => sama(v, judul('realisasiTahunLalu')));
  if (kolomKode < 0 || kolomLalu < 0 || grid.length < 2) return 0;
  const realisasi = new Map(riwayat.filter((r) => r.realisasi !== null).map((r) => [r.kodeIndikator.toUpperCase(), r.realisasi as Nilai]));
  let n = 0;
  const kolom = grid.slice(1).map((r) => {
    const baru = realisasi.get(String(r[kolomKode] ?? '').trim().toUpperCase());
    if (baru === undefined) return [r[kolomLalu] ?? ''];
    n++;
    // Text realisasi (a qualitative scale) stays text: a leading apostrophe.
    return [typeof baru === 'number' ? baru : `'${baru}`];
  });
  ss.getSheetByName(SKEMA_INDIKATOR.tab)!.getRange(2, kolomLalu + 1, kolom.length, 1).setValues(kolom);
  return n;
}

/**
 * Rewrites the document properties as `ubah` says (a value sets, null deletes), everything else kept:
 * one read and one `setProperties(…, true)`, atomic whatever the number of keys.
 */
export function ubahProperti(ubah: (semua: Record<string, string>) => Record<string, string | null>): void {
  const p = props();
  const semua = p.getProperties();
  const perubahan = ubah(semua);
  const baru: Record<string, string> = {};
  for (const [k, v] of Object.entries(semua)) if (!(k in perubahan)) baru[k] = v;
  for (const [k, v] of Object.entries(perubahan)) if (v !== null) baru[k] = v;
  p.setProperties(baru, true);
}
