/**
 * The Narasi tab: the text an office writes once and every LKj reuses — tugas pokok dan fungsi,
 * struktur organisasi and isu strategis (BAB I), langkah ke depan (BAB IV). An empty row keeps the
 * document's "[Diisi oleh penyusun: …]" marker. Pure.
 */
import type { Masalah } from '../types';
import { bacaKunciNilai, type BarisKunci } from './kunci-nilai';

export const TAB_NARASI = 'Narasi';
export const NARASI_KOLOM = ['Narasi', 'Isi'] as const;

export const KUNCI_NARASI: readonly BarisKunci[] = [
  { id: 'tupoksi', label: 'Tugas pokok dan fungsi', catatan: 'BAB I A: tugas pokok, fungsi dan peran strategis OPD. Satu paragraf per baris (Alt+Enter di dalam sel).' },
  { id: 'struktur', label: 'Struktur organisasi', catatan: 'BAB I A: susunan organisasi (Kepala, Sekretariat, bidang, UPT, kelompok jabatan fungsional) dan dasar hukumnya.' },
  { id: 'isuStrategis', label: 'Isu strategis', catatan: 'BAB I B: isu strategis dan permasalahan utama yang dihadapi OPD.' },
  { id: 'langkahKeDepan', label: 'Langkah ke depan', catatan: 'BAB IV B: langkah perbaikan dan rencana tindak lanjut untuk periode berikutnya.' },
];

export interface Narasi {
  readonly tupoksi: string;
  readonly struktur: string;
  readonly isuStrategis: string;
  readonly langkahKeDepan: string;
}

export const NARASI_KOSONG: Narasi = { tupoksi: '', struktur: '', isuStrategis: '', langkahKeDepan: '' };

/** `grid` is getValues of the tab; null (a workbook set up before the tab existed) reads as all empty. */
export function bacaNarasi(grid: readonly (readonly unknown[])[] | null): { narasi: Narasi; masalah: Masalah[] } {
  if (grid === null) return { narasi: NARASI_KOSONG, masalah: [] };
  const { nilai, masalah } = bacaKunciNilai(TAB_NARASI, grid, KUNCI_NARASI, NARASI_KOLOM[1]);
  return { narasi: { tupoksi: nilai.tupoksi, struktur: nilai.struktur, isuStrategis: nilai.isuStrategis, langkahKeDepan: nilai.langkahKeDepan }, masalah };
}
