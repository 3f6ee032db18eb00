/**
 * The names of the tabs a cycle makes: short ("TW1-26·KWN", "Rekap TW1-26"), unique across years,
 * and at most 31 characters, so an .xlsx export keeps every name whole (Excel's limit, with its
 * forbidden characters: https://support.bizzdesign.com/display/knowledge/Limitations+on+names+of+Excel+mappings+for+export
 * "Contain more than 31 characters … / \ ? * : [ ] … Begin or end with an apostrophe"; Sheets allows 100). The full name
 * ("TW I 2026 · Bidang Kewaspadaan Nasional", "Rekap TW I 2026") stands in the tab's own title cell.
 * Every lookup of these tabs by name goes through here.
 */
import { nomorTriwulan } from './periode';
import { namaUnik } from './siklus';
import type { Periode } from './types';

/** Excel's limit on a worksheet name, stricter than Sheets' 100. */
export const PANJANG_NAMA_TAB_MAKS = 31;

/**
 * Characters Excel refuses in a worksheet name (the page above), some of which Sheets' insertSheet
 * refuses too; and the apostrophe, refused at either end. A bidang kode is free text, so these become "-".
 */
const KARAKTER_TERLARANG = /[\\/?*[\]:']/g;

/** 'TW1-26' … 'TW4-26', 'THN-26': the period and the year's last two digits. */
export function labelTab(periode: Periode, tahun: number): string {
  const p = periode === 'TAHUNAN' ? 'THN' : `TW${nomorTriwulan(periode)}`;
  return `${p}-${String(tahun % 100).padStart(2, '0')}`;
}

/**
 * "TW1-26·KWN": unique ignoring case among `terpakai` (a " (2)", " (3)"… suffix otherwise) and at
 * most 31 characters (a long kode is cut).
 */
export function namaTabBidang(periode: Periode, tahun: number, kodeBidang: string, terpakai: readonly string[]): string {
  const dipakai = new Set(terpakai.map((n) => n.toLowerCase()));
  const dasar = `${labelTab(periode, tahun)}·${kodeBidang.trim().replace(KARAKTER_TERLARANG, '-')}`;
  return namaUnik(dasar, (nama) => dipakai.has(nama.toLowerCase()), PANJANG_NAMA_TAB_MAKS);
}

/** "Rekap TW1-26" / "Rekap THN-26"; its title cell says "Rekap TW I 2026" (rekap/buat.ts `judulRekap`). */
export function namaTabRekap(periode: Periode, tahun: number): string {
  return `Rekap ${labelTab(periode, tahun)}`;
}
