/**
 * Cells of the configuration tabs: optional numbers (through the shared `parseAngka`, which
 * reads `12,5`, `1.234`, `85%`), e-mail addresses and lists typed in one cell. Pure.
 */
import { parseAngka } from '../angka';

/** A number, empty, or a message saying why the text is not a number. */
export type SelAngka = { readonly jenis: 'angka'; readonly nilai: number } | { readonly jenis: 'kosong' } | { readonly jenis: 'bukan-angka'; readonly pesan: string };

export function bacaAngka(raw: unknown): SelAngka {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { jenis: 'kosong' };
  const hasil = parseAngka(raw);
  return hasil.ok ? { jenis: 'angka', nilai: hasil.nilai } : { jenis: 'bukan-angka', pesan: hasil.pesan };
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

export function emailSah(email: string): boolean {
  return EMAIL.test(email);
}

/** Why `email` is refused: '"x" bukan alamat e-mail yang sah.' */
export function emailTidakSah(email: string): string {
  return `"${email}" bukan alamat e-mail yang sah.`;
}

/** Splits a list typed in one cell (`a@x.id, b@x.id` or one per line) into trimmed items. */
export function pisahDaftar(raw: unknown): string[] {
  return String(raw ?? '')
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
