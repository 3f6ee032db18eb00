/**
 * Inline checks of the configuration tabs: a data-validation custom formula per kind of cell and
 * the Indonesian help text Sheets shows beside a value that fails it ("dua ribu" in a number
 * cell, "bukan-email" in an e-mail cell). They warn as the admin types (allowInvalid), they do
 * not refuse: the full check with row and column stays with Siapkan and Mulai siklus
 * (konfigurasi/index.ts). Formulas use only functions Sheets and the emulator's engine share
 * (no REGEXMATCH), and they are coarse on purpose: a warning names the usual mistakes.
 */
export type JenisPeriksa = 'angka' | 'target' | 'email' | 'daftarEmail';

/** `ref` with every digit, separator, percent sign, minus and space removed. */
function tanpa(ref: string, karakter: readonly string[]): string {
  return karakter.reduce((isi, k) => `SUBSTITUTE(${isi},"${k}","")`, `TRIM(${ref})`);
}

const DIGIT = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const ANGKA = [...DIGIT, '.', ',', '%', '-', ' '];

/** The text reads as a number as people type one here: "1.234", "12,5", "85%". */
function angka(ref: string): string {
  return `AND(LEN(${tanpa(ref, ANGKA)})=0,LEN(${tanpa(ref, ['.', ',', '%', '-', ' '])})>0)`;
}

function hitung(ref: string, k: string): string {
  return `(LEN(${ref})-LEN(SUBSTITUTE(${ref},"${k}","")))`;
}

/** The custom formula for the cell `ref` (A1, relative: the rule moves with the cells it covers). */
export function rumusPeriksa(jenis: JenisPeriksa, ref: string): string {
  const kosong = `TRIM(${ref})=""`;
  switch (jenis) {
    case 'angka':
      return `=OR(${kosong},${angka(ref)})`;
    case 'target':
      // A number, or one word without digits (a predikat such as WTP from the Skala predikat).
      return `=OR(${kosong},${angka(ref)},AND(LEN(${tanpa(ref, DIGIT)})=LEN(TRIM(${ref})),ISERROR(FIND(" ",TRIM(${ref})))))`;
    case 'email':
      return `=OR(${kosong},AND(${hitung(ref, '@')}=1,ISERROR(FIND(" ",TRIM(${ref}))),ISERROR(FIND(",",${ref})),ISNUMBER(FIND(".",${ref},FIND("@",${ref})))))`;
    case 'daftarEmail':
      return `=OR(${kosong},AND(${hitung(ref, '@')}>0,${hitung(ref, '@')}=${hitung(ref, ',')}+1))`;
  }
}

export const BANTUAN_PERIKSA: Readonly<Record<JenisPeriksa, string>> = {
  angka: 'Tulis angka, mis. 2026, 1.250.000 atau 12,5 (bukan kata seperti "dua ribu").',
  target: 'Tulis angka (12,5 · 1.234 · 85%) atau satu predikat dari Skala predikat, mis. WTP (bukan kata seperti "dua ribu").',
  email: 'Tulis satu alamat e-mail, mis. kabid@contoh.go.id.',
  daftarEmail: 'Tulis alamat e-mail, dipisah koma, mis. a@contoh.go.id, b@contoh.go.id.',
};
