/**
 * Numbers as users read them (domain.md §6): `1.234,56`, `85,00 %`, `Rp 1.250.000`.
 *
 * Written by hand, not with Intl or toLocaleString, so the output is the same in Apps Script
 * and in Node. Rounding is half away from zero on the number's shortest decimal form (the
 * digits `String(n)` gives), so 1,005 rounds to 1,01 as a person would expect, not to 1,00
 * as `toFixed` does with the binary value.
 *
 * Non-finite numbers (NaN, ±Infinity) are never a reportable value; every formatter shows them
 * as '—' rather than throwing in the middle of a report.
 */

const TIDAK_ADA = '—';

/**
 * The labels users read for ids such as 'belum-diisi' or 'draf-lkj-dibuat': the id capitalised,
 * dashes as spaces, 'lkj' as 'LKj' ('Belum diisi', 'Draf LKj dibuat').
 */
export function labelDariId<K extends string>(ids: readonly K[]): Readonly<Record<K, string>> {
  return Object.fromEntries(ids.map((id) => [id, (id[0].toUpperCase() + id.slice(1)).replace(/-/g, ' ').replace('lkj', 'LKj')])) as Record<K, string>;
}

/** The decimal digits of a non-negative finite number, exponent notation expanded. */
function digitsOf(abs: number): { bulat: string; pecahan: string } {
  const text = String(abs);
  const exp = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exp) {
    const [bulat, pecahan = ''] = text.split('.');
    return { bulat, pecahan };
  }
  const digits = exp[1] + (exp[2] ?? '');
  const point = exp[1].length + Number(exp[3]);
  if (point <= 0) return { bulat: '0', pecahan: '0'.repeat(-point) + digits };
  if (point >= digits.length) return { bulat: digits + '0'.repeat(point - digits.length), pecahan: '' };
  return { bulat: digits.slice(0, point), pecahan: digits.slice(point) };
}

/** Adds one to a string of decimal digits. */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return '1' + out.join('');
}

/** Rounds half away from zero to `desimal` places; `pecahan` comes back exactly that long. */
function roundDigits(bulat: string, pecahan: string, desimal: number): { bulat: string; pecahan: string } {
  if (pecahan.length <= desimal) return { bulat, pecahan: pecahan.padEnd(desimal, '0') };
  const kept = bulat + pecahan.slice(0, desimal);
  const rounded = pecahan.charAt(desimal) >= '5' ? incrementDigits(kept) : kept;
  const split = rounded.length - desimal;
  return { bulat: rounded.slice(0, split), pecahan: rounded.slice(split) };
}

function groupThousands(bulat: string): string {
  const trimmed = bulat.replace(/^0+(?=\d)/, '');
  return trimmed.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function assemble(negatif: boolean, bulat: string, pecahan: string): string {
  const isZero = /^0*$/.test(bulat + pecahan);
  const sign = negatif && !isZero ? '-' : '';
  return sign + groupThousands(bulat) + (pecahan ? ',' + pecahan : '');
}

/**
 * `1.234,56`. With `desimal` (an integer 0–20): exactly that many decimals (`formatAngka(85, 2)`
 * → '85,00'). Without it: rounded to at most 2 decimals and trailing zeros dropped
 * ('85', '12,5', '0,33'), which suits targets and realisasi that are mostly whole numbers.
 */
export function formatAngka(n: number, desimal?: number): string {
  if (desimal !== undefined && !(Number.isInteger(desimal) && desimal >= 0 && desimal <= 20)) {
    throw new RangeError(`formatAngka: desimal must be an integer 0–20, got ${desimal}`);
  }
  if (!Number.isFinite(n)) return TIDAK_ADA;
  const { bulat, pecahan } = digitsOf(Math.abs(n));
  const rounded = roundDigits(bulat, pecahan, desimal ?? 2);
  const shown = desimal === undefined ? rounded.pecahan.replace(/0+$/, '') : rounded.pecahan;
  return assemble(n < 0, rounded.bulat, shown);
}

/**
 * Every significant decimal, no rounding: '0,125', '1.234,5678'. For echoing back exactly what
 * was understood from user input.
 */
export function formatAngkaPenuh(n: number): string {
  if (!Number.isFinite(n)) return TIDAK_ADA;
  const { bulat, pecahan } = digitsOf(Math.abs(n));
  return assemble(n < 0, bulat, pecahan);
}

/** '85,00 %': two decimals and a space before the sign. `n` is already a percentage (85, not 0,85). */
export function formatPersen(n: number): string {
  if (!Number.isFinite(n)) return TIDAK_ADA;
  return formatAngka(n, 2) + ' %';
}

/** 'Rp 1.250.000', rounded to whole rupiah; negatives '-Rp 5.000'. */
export function formatRupiah(n: number): string {
  if (!Number.isFinite(n)) return TIDAK_ADA;
  const angka = formatAngka(Math.abs(n), 0);
  return (n < 0 && angka !== '0' ? '-' : '') + 'Rp ' + angka;
}
