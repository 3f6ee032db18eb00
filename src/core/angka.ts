/**
 * Reading numbers users type (domain.md §6). Never throws: every input gives a value with
 * what was understood (`dipahami`), or an Indonesian message (`pesan`).
 *
 * Reading rules, in order:
 * - Numbers from a cell are taken as they are (finite, |x| ≤ 1e15). Booleans (check boxes),
 *   Dates (a cell formatted as a date), null and other objects are refused.
 * - Text is trimmed; invisible direction and zero-width marks (U+200B–U+200F, U+202A–U+202E,
 *   U+2066–U+2069, U+FEFF), which text copied from right-to-left documents carries, are dropped.
 * - A leading sign (`-`, `+`, or the minus sign `−`) is kept; callers decide whether negatives
 *   are allowed. A leading `Rp`/`Rp.` and a trailing `%` are dropped: the value is in the
 *   indicator's own unit, so `85%` is 85 (not 0,85 as Sheets would store it).
 * - Scientific notation is accepted: `1e3`, `1,5E6`.
 * - Separators, with both `.` and `,` present: the one that comes last is the decimal
 *   separator and may occur once; the other groups thousands (`1.234,56` and `1,234.56` are
 *   both 1234.56, the second noted as the English style).
 * - Only commas: one comma is a decimal comma (`12,5`, and `1,234` is 1,234); several commas
 *   must group thousands (`1,234,567`).
 * - Only dots: one dot followed by exactly three digits, after one to three digits not starting
 *   with 0, groups thousands (`1.234` is 1234, Indonesian style); any other single dot is a
 *   decimal point (`12.5`, `0.125`, `1234.567`); several dots must group thousands
 *   (`1.234.567`).
 * - Thousands groups must be valid (1–3 digits, then groups of exactly 3); `1.23,4` is refused.
 * - Refused: empty text, text that is not a number, spaces inside the number, digits other
 *   than 0–9, `5,` (nothing after the separator), and |x| > 1e15 (absurd for any indicator
 *   or budget, and beyond it doubles stop holding every whole number).
 *
 * Messages quote the input (shortened); whoever shows them in HTML must escape them.
 */
import { formatAngka, formatAngkaPenuh } from './format';

export type HasilAngka = { ok: true; nilai: number; dipahami: string } | { ok: false; pesan: string };

const BATAS_MUTLAK = 1e15;
const PANJANG_MAKS = 40;
const TANDA_TAK_TERLIHAT = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const ANGKA_ARAB = /[\u0660-\u0669\u06f0-\u06f9]/;

/** A failed reading with its message (shared by every reader that answers `{ ok, … }`). */
export function gagal(pesan: string): { ok: false; pesan: string } {
  return { ok: false, pesan };
}

function kutip(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return '“' + (clean.length > 30 ? clean.slice(0, 30) + '…' : clean) + '”';
}

/** Why `nilai` is too large to be a reported number (beyond ±10^15, or not finite); null when it is fine. */
export function angkaTerlaluBesar(nilai: number): string | null {
  return !Number.isFinite(nilai) || Math.abs(nilai) > BATAS_MUTLAK ? `Angka terlalu besar: nilai mutlaknya paling banyak ${formatAngka(BATAS_MUTLAK)}.` : null;
}

function berhasil(nilai: number, catatan: readonly string[]): HasilAngka {
  const besar = angkaTerlaluBesar(nilai);
  if (besar !== null) return gagal(besar);
  const nol = nilai === 0 ? 0 : nilai; // no "-0"
  const ket = catatan.length > 0 ? ` (${catatan.join('; ')})` : '';
  return { ok: true, nilai: nol, dipahami: `dibaca sebagai ${formatAngkaPenuh(nol)}${ket}` };
}

export function isDate(v: unknown): v is Date {
  // Not `instanceof Date`: values from another realm (gas-local, domain.md §7) fail it.
  return Object.prototype.toString.call(v) === '[object Date]';
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** Valid thousands grouping: 1–3 leading digits (no leading 0), then groups of exactly 3. */
function groupedOk(intPart: string, sep: string): boolean {
  const groups = intPart.split(sep);
  return /^[1-9]\d{0,2}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

type Bacaan = { ok: true; desimalTitik: string; catatan: string[] } | { ok: false; pesan: string };

/** Turns digits with `.`/`,` into a plain "1234.56" by the rules above. */
function bacaPemisah(body: string, asli: string): Bacaan {
  const titik = count(body, '.');
  const koma = count(body, ',');
  const ribuanSalah = gagal(`${kutip(asli)}: pemisah ribuan tidak sah. Tulis mis. 1.234.567 atau 1.234,56.`);
  if (titik > 0 && koma > 0) {
    const dec = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const grp = dec === '.' ? ',' : '.';
    if (count(body, dec) > 1) {
      return gagal(`${kutip(asli)}: lebih dari satu pemisah desimal.`);
    }
    const [intPart, frac] = body.split(dec);
    if (frac === '') return gagal(`${kutip(asli)}: tidak ada angka setelah pemisah desimal.`);
    if (!groupedOk(intPart, grp)) return ribuanSalah;
    const catatan = dec === '.' ? ['gaya Inggris: koma sebagai pemisah ribuan, titik sebagai koma desimal'] : [];
    return { ok: true, desimalTitik: intPart.split(grp).join('') + '.' + frac, catatan };
  }
  const sep = titik > 0 ? '.' : koma > 0 ? ',' : '';
  if (sep === '') return { ok: true, desimalTitik: body, catatan: [] };
  const nama = sep === '.' ? 'titik' : 'koma';
  if (count(body, sep) > 1) {
    if (!groupedOk(body, sep)) {
      return gagal(`${kutip(asli)}: lebih dari satu ${nama}, tetapi bukan pemisah ribuan yang sah.`);
    }
    const catatan = sep === ',' ? ['koma sebagai pemisah ribuan'] : [];
    return { ok: true, desimalTitik: body.split(sep).join(''), catatan };
  }
  const [intPart, frac] = body.split(sep);
  if (frac === '') return gagal(`${kutip(asli)}: tidak ada angka setelah ${nama}.`);
  if (sep === '.' && frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart)) {
    return { ok: true, desimalTitik: intPart + frac, catatan: ['titik sebagai pemisah ribuan'] };
  }
  const catatan = sep === '.' ? ['titik sebagai koma desimal'] : [];
  return { ok: true, desimalTitik: (intPart || '0') + '.' + frac, catatan };
}

function dariTeks(raw: string): HasilAngka {
  const text = raw.replace(TANDA_TAK_TERLIHAT, '').trim();
  if (text === '') return gagal('Kosong: isi dengan angka.');
  if (text.length > PANJANG_MAKS) return gagal(`${kutip(text)} terlalu panjang untuk sebuah angka.`);
  if (ANGKA_ARAB.test(text)) return gagal(`${kutip(text)}: gunakan angka 0–9.`);
  if (text.startsWith('=')) return gagal(`${kutip(text)} adalah rumus, bukan angka.`);

  const parts = /^([-+\u2212]?)\s*(rp\.?)?\s*([-+\u2212]?)(.*?)\s*(%?)$/i.exec(text);
  if (!parts) return gagal(`${kutip(text)} bukan angka.`);
  const [, tanda1, rp, tanda2, body, persen] = parts;
  if (tanda1 && tanda2) return gagal(`${kutip(text)}: tanda minus/plus lebih dari satu.`);
  if (rp && persen) return gagal(`${kutip(text)}: pilih Rp atau %, jangan keduanya.`);
  const negatif = (tanda1 || tanda2) === '-' || (tanda1 || tanda2) === '\u2212';
  const catatan: string[] = [];
  if (rp) catatan.push('Rp diabaikan');
  if (persen) catatan.push('tanda % diabaikan');

  if (/^\d[\d.,]*\s+[\d.,]*\d$/.test(body)) {
    return gagal(`${kutip(text)}: ada spasi di tengah angka. Tulis tanpa spasi, mis. 1234 atau 1.234.`);
  }
  const ilmiah = /^(\d+(?:[.,]\d+)?)e([-+]?\d{1,4})$/i.exec(body);
  if (ilmiah) {
    const nilai = Number(ilmiah[1].replace(',', '.') + 'e' + ilmiah[2]);
    return berhasil(negatif ? -nilai : nilai, [...catatan, 'notasi ilmiah']);
  }
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return gagal(`${kutip(text)} bukan angka.`);

  const bacaan = bacaPemisah(body, text);
  if (!bacaan.ok) return gagal(bacaan.pesan);
  const nilai = Number(bacaan.desimalTitik);
  return berhasil(negatif ? -nilai : nilai, [...catatan, ...bacaan.catatan]);
}

/** Reads a number from a cell value or typed text; see the module comment for the rules. */
export function parseAngka(input: unknown): HasilAngka {
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return gagal('Bukan angka.');
    return berhasil(input, []);
  }
  if (typeof input === 'string') return dariTeks(input);
  if (input === null || input === undefined) return gagal('Kosong: isi dengan angka.');
  if (typeof input === 'boolean') return gagal('Berisi kotak centang (benar/salah), bukan angka.');
  if (isDate(input)) {
    return gagal('Berisi tanggal, bukan angka. Ubah format sel menjadi angka, lalu ketik ulang nilainya.');
  }
  return gagal('Bukan angka.');
}
