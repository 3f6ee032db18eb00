/**
 * Dates as calendar parts (domain.md §6: '31 Maret 2026'). Time zones are the caller's business:
 * in Apps Script, `Utilities.formatDate(date, spreadsheetTimeZone, 'yyyy-MM-dd')` and then
 * `parseTanggalIso`. No Date objects here, so nothing depends on the machine's zone.
 */

export interface TanggalLokal {
  readonly tahun: number;
  /** 1–12. */
  readonly bulan: number;
  readonly hari: number;
}

export const NAMA_BULAN: readonly string[] = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
];

function kabisat(tahun: number): boolean {
  return (tahun % 4 === 0 && tahun % 100 !== 0) || tahun % 400 === 0;
}

/** Days in a month of the Gregorian calendar (Februari 29 in leap years). */
export function jumlahHari(tahun: number, bulan: number): number {
  if (bulan === 2) return kabisat(tahun) ? 29 : 28;
  return [4, 6, 9, 11].includes(bulan) ? 30 : 31;
}

/** Whether the parts name a real day, years 1–9999. */
export function tanggalSah(t: TanggalLokal): boolean {
  const antara = (n: number, maks: number): boolean => Number.isInteger(n) && n >= 1 && n <= maks;
  return antara(t.tahun, 9999) && antara(t.bulan, 12) && antara(t.hari, jumlahHari(t.tahun, t.bulan));
}

function pastikanSah(t: TanggalLokal): void {
  if (!tanggalSah(t)) throw new RangeError(`Not a calendar date: ${JSON.stringify(t)}`);
}

/** '31 Maret 2026'. Throws RangeError for parts that are not a real day (a programming error). */
export function formatTanggal(t: TanggalLokal): string {
  pastikanSah(t);
  return `${t.hari} ${NAMA_BULAN[t.bulan - 1]} ${t.tahun}`;
}

/** 'yyyy-mm-dd' (surrounding spaces allowed) → parts; null for anything else or a day that does not exist. */
export function parseTanggalIso(iso: string): TanggalLokal | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const t = { tahun: Number(m[1]), bulan: Number(m[2]), hari: Number(m[3]) };
  return tanggalSah(t) ? t : null;
}

/** 'yyyy-mm-dd' → parts; throws RangeError for anything else (a date the program itself made). */
export function tanggalIso(iso: string): TanggalLokal {
  const t = parseTanggalIso(iso);
  if (t === null) throw new RangeError(`Not an ISO date: ${iso}`);
  return t;
}

/** `n` with at least two digits: '09'. */
export function dua(n: number): string {
  return String(n).padStart(2, '0');
}

/** 'yyyy-mm-dd'. Throws RangeError for parts that are not a real day (a programming error). */
export function toIso(t: TanggalLokal): string {
  pastikanSah(t);
  return `${String(t.tahun).padStart(4, '0')}-${dua(t.bulan)}-${dua(t.hari)}`;
}
