/**
 * The hostile-input corpus: what people paste into cells, each with a short name for test titles.
 * Text is what a person types into the grid (`emu.edit` reads it as Sheets reads typed input).
 */
import type { Emulator } from '../../node/emulator/index';
import { MAX_CELL_CHARS } from '../../node/emulator/spreadsheet/typed-input';

export interface Masukan {
  readonly nama: string;
  readonly ketik: string;
  /** What Sheets reads `ketik` as in a cell that is not plain text, where the emulator reads it otherwise. */
  readonly sheets?: number;
}

export const IMPORTRANGE = '=IMPORTRANGE("x","A1")';

export const KORPUS: readonly Masukan[] = [
  { nama: 'kosong', ketik: '' },
  { nama: 'hanya spasi', ketik: '   ' },
  { nama: 'teks di tempat angka', ketik: 'sepuluh' },
  { nama: 'angka negatif', ketik: '-5' },
  { nama: 'desimal koma', ketik: '12,5' },
  { nama: 'ribuan dan desimal', ketik: '1.234,56' },
  { nama: 'persen', ketik: '85%' },
  // Sheets reads a typed "1e308" as the number 1E+308 (scientific notation); the emulator's typed-input
  // parser keeps it as text, so number cells get the number itself (emulator gap, see the report).
  { nama: '1e308', ketik: '1e308', sheets: 1e308 },
  { nama: 'lebih dari 50.000 karakter', ketik: 'x'.repeat(MAX_CELL_CHARS + 1) },
  { nama: 'IMPORTRANGE', ketik: IMPORTRANGE },
  { nama: 'awalan +', ketik: '+SUM(1,2)' },
  { nama: 'awalan -', ketik: '-SUM(1,2)' },
  { nama: 'awalan @', ketik: '@SUM(1,2)' },
  { nama: 'HTML', ketik: '<img src=x onerror=alert(1)>' },
  { nama: 'script', ketik: '<script>alert(1)</script>' },
  { nama: 'emoji', ketik: 'Naik 📈👍🏽 target tercapai' },
  { nama: 'kanan ke kiri', ketik: '\u202Eتم تحقيق الهدف\u202C' },
  { nama: 'tautan berisi script', ketik: 'https://drive.google.com/"><script>alert(1)</script>' },
  { nama: 'tautan javascript:', ketik: 'javascript:alert(1)' },
];

/** Substrings of the corpus that must never appear inside a formula the product wrote. */
const TANDA_SERANGAN = ['IMPORTRANGE', 'SUM(1,2)', 'alert(1)', 'onerror'];

/** Every cell of every tab holding a formula that carries hostile text, as "tab!row,col: formula". */
export function rumusBerbahaya(emu: Emulator): string[] {
  const hasil: string[] = [];
  for (const tab of emu.spreadsheet.sheetNames()) {
    for (const c of emu.spreadsheet.describeSheet(tab).cells) {
      if (c.formula && TANDA_SERANGAN.some((t) => c.formula!.includes(t))) hasil.push(`${tab}!${c.row},${c.column}: ${c.formula}`);
    }
  }
  return hasil;
}
