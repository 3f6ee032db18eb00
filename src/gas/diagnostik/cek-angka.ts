/**
 * How a number typed into a number cell is read, in the spreadsheet's locale (domain.md §7): Siapkan
 * sets id_ID (src/gas/lokal.ts), where the emulator reads `12,5` as 12.5, `1.234` as 1234, `50%` as
 * 0.5, `3/4` as a date (3 April) and keeps `12.5` as text (which Lapkin's own reader then takes as
 * 12.5). Each form gets its own row of the scratch tab, in a cell formatted like a bidang tab's
 * realisasi column.
 */
import { FORMAT_DESIMAL } from '../../core/lembar-bidang';
import { LOKAL_LAPKIN } from '../lokal';
import { cek, jenisNilai, sama, type Cek } from './cek';
import type { RuangUji } from './ruang-uji';

/** Rows 40… of column H: clear of the other checks' cells. */
const BARIS = 40;
const KOLOM = 8;

function ketik(r: RuangUji, i: number, teks: string): unknown[] {
  const c = r.tab.getRange(BARIS + i, KOLOM);
  c.setNumberFormat(FORMAT_DESIMAL);
  c.setValue(teks);
  const v = c.getValue();
  return [jenisNilai(v), jenisNilai(v) === 'Date' ? Utilities.formatDate(v as Date, r.zona, 'yyyy-MM-dd') : v];
}

/** Each typed form and what id_ID makes of it (`tahun`: this year, for a date typed without one). */
const KETIKAN: readonly (readonly [string, (tahun: string) => unknown[]])[] = [
  ['12.5', () => ['string', '12.5']],
  ['12,5', () => ['number', 12.5]],
  ['1.234', () => ['number', 1234]],
  ['3/4', (tahun) => ['Date', `${tahun}-04-03`]],
  ['50%', () => ['number', 0.5]],
];

export const CEK_ANGKA: readonly Cek<RuangUji>[] = [
  cek('lokal-spreadsheet', `Lokal spreadsheet ${LOKAL_LAPKIN} (diatur oleh Siapkan lembar kerja)`, LOKAL_LAPKIN, (r: RuangUji) => r.ss.getSpreadsheetLocale()),
  ...KETIKAN.map(([teks, harapan], i) =>
    cek(`angka-ketik-${teks}`, `"${teks}" diketik di sel angka`, (r: RuangUji) => sama(harapan(Utilities.formatDate(new Date(), r.zona, 'yyyy'))), (r: RuangUji) => ketik(r, i, teks)),
  ),
];
