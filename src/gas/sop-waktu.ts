/** The spreadsheet's wall clock as the pure code wants it (WaktuLokal, yyyy-mm-dd), via Utilities.formatDate. */
import type { WaktuLokal } from '../core/sop/model';

/** `date` as wall-clock parts in time zone `tz`. */
export function waktuLokalDari(date: GoogleAppsScript.Base.Date, tz: string): WaktuLokal {
  const [tahun, bulan, hari, jam, menit] = Utilities.formatDate(date, tz, 'yyyy-MM-dd-HH-mm').split('-').map(Number);
  return { tahun, bulan, hari, menit: jam * 60 + menit };
}

/** Today as yyyy-mm-dd in the spreadsheet's time zone. */
export function hariIni(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

/** Now, in the spreadsheet's time zone. */
export function sekarangLokal(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): WaktuLokal {
  return waktuLokalDari(new Date(), ss.getSpreadsheetTimeZone());
}
