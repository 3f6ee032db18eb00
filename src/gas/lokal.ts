/**
 * The spreadsheet's locale decides how typed text becomes a value: in en_US `1.234` is 1.234, `12,5`
 * stays text and `3/4` is 4 March; in id_ID `1.234` is 1234 and `12,5` is 12.5
 * (https://support.google.com/docs/answer/58515). A new spreadsheet takes its creator's locale, often
 * en_US, so Siapkan sets id_ID, the locale Lapkin's users type in; values already in cells stay as
 * they are. Diagnostik (`angka-ketik-*`) checks how each form is read.
 */
export const LOKAL_LAPKIN = 'id_ID';

/** Sets the locale to id_ID when it is another; returns the one it was, or null when nothing changed. */
export function pastikanLokal(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  const lokal = ss.getSpreadsheetLocale();
  if (lokal === LOKAL_LAPKIN) return null;
  ss.setSpreadsheetLocale(LOKAL_LAPKIN);
  return lokal;
}

/** The first tab of a new spreadsheet, by its default name in English and Indonesian. */
const NAMA_TAB_AWAL = ['Sheet1', 'Lembar1'];

/** Deletes the new spreadsheet's first tab when it is still empty and not the only one; its name, or null. */
export function hapusTabAwalKosong(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  for (const nama of NAMA_TAB_AWAL) {
    const tab = ss.getSheetByName(nama);
    if (tab && tab.getLastRow() === 0 && tab.getLastColumn() === 0 && ss.getSheets().length > 1) {
      ss.deleteSheet(tab);
      return nama;
    }
  }
  return null;
}
