/**
 * A block of labelled rows — label in column A, text in column B, header in row 1 — as the Narasi
 * tab and the top of the Renstra tab hold them. Labels match ignoring case; a row with text under a
 * label Lapkin does not know is reported (a typo would otherwise drop the text silently). Pure.
 */
import type { Masalah } from '../types';
import { masalahTab } from './tabel';

/** One labelled row: its id, the label in column A, and the note Siapkan writes on it. */
export interface BarisKunci {
  readonly id: string;
  readonly label: string;
  readonly catatan: string;
}

function teks(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/**
 * Reads rows 2.. of `grid` (getValues of the block, header in row 1) against `kunci`: the text per
 * id ('' when absent or empty) and the 1-based row of each, plus the problems, named by tab and row.
 */
export function bacaKunciNilai(
  tab: string,
  grid: readonly (readonly unknown[])[],
  kunci: readonly BarisKunci[],
  kolomNilai: string,
): { nilai: Record<string, string>; baris: Record<string, number>; masalah: Masalah[] } {
  const nilai: Record<string, string> = Object.fromEntries(kunci.map((k) => [k.id, '']));
  const baris: Record<string, number> = {};
  const masalah: Masalah[] = [];
  grid.forEach((row, i) => {
    if (i === 0) return;
    const label = teks(row[0]);
    const isi = teks(row[1]);
    if (label === '' && isi === '') return;
    const k = kunci.find((x) => x.label.toLowerCase() === label.toLowerCase());
    if (!k) {
      if (isi !== '') masalah.push(masalahTab(tab, `Baris "${label}" tidak dikenal, sehingga isinya tidak dipakai. Pakai salah satu label: ${kunci.map((x) => `"${x.label}"`).join(', ')}.`, i + 1, kolomNilai));
      return;
    }
    if (baris[k.id] !== undefined) {
      masalah.push(masalahTab(tab, `Baris "${k.label}" sudah ada di baris ${baris[k.id]}. Hapus salah satunya.`, i + 1, kolomNilai));
      return;
    }
    baris[k.id] = i + 1;
    nilai[k.id] = isi;
  });
  return { nilai, baris, masalah };
}
