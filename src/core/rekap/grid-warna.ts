/** Fill colours of the recap and bidang tabs: category bands from green (highest) to red (lowest). */
import type { Capaian } from '../types';

const PALET = ['#b7e1cd', '#d9ead3', '#fff2cc', '#fce5cd', '#f4cccc'] as const;
const WARNA_TIDAK_DAPAT = '#efefef';
export const WARNA_JUDUL_TABEL = '#cfe2f3';
export const WARNA_KELOMPOK = '#f3f3f3';

/**
 * The colour of the `i`-th of `jumlah` category bands (0 = highest); scales with more or fewer
 * than five bands are spread over the palette. The recap and the bidang tabs both use it.
 */
export function warnaPita(i: number, jumlah: number): string {
  const langkah = jumlah <= 1 ? 0 : Math.round((i * (PALET.length - 1)) / (jumlah - 1));
  return PALET[langkah];
}

/** The colour of a category, by its place in the scale's names (highest first). */
export function warnaKategori(kategori: string, skala: readonly string[]): string | null {
  const i = skala.indexOf(kategori);
  return i < 0 ? null : warnaPita(i, skala.length);
}

/** Category colour for a value, grey when it cannot be computed, none when not filled in. */
export function warnaCapaian(capaian: Capaian, skala: readonly string[]): string | null {
  switch (capaian.jenis) {
    case 'nilai':
      return warnaKategori(capaian.kategori, skala);
    case 'tidak-dapat-dihitung':
      return WARNA_TIDAK_DAPAT;
    case 'belum-diisi':
      return null;
  }
}
