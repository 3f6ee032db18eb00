/** Growing a tab and writing rows to it. */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Grows the tab to at least `baris` rows: a range past the last row is refused, not grown. */
export function pastikanBaris(sheet: Sheet, baris: number): void {
  const ada = sheet.getMaxRows();
  if (ada < baris) sheet.insertRowsAfter(ada, baris - ada);
}

/** Appends `rows` (all as wide as the first) below the tab's last row in one setValues, growing the grid first when they do not fit. */
export function tambahBaris(sheet: Sheet, rows: readonly (readonly unknown[])[]): void {
  if (rows.length === 0) return;
  const mulai = sheet.getLastRow() + 1;
  pastikanBaris(sheet, mulai + rows.length - 1);
  sheet.getRange(mulai, 1, rows.length, rows[0].length).setValues(rows.map((r) => [...r]));
}

/** Writes the header row `judul` back above `isi` (the rows the tab holds, as read), bold and frozen. */
export function pasangJudul(sheet: Sheet, judul: readonly unknown[], isi: readonly (readonly unknown[])[]): void {
  const rows = [judul, ...isi].map((r) => [...r]);
  pastikanBaris(sheet, rows.length);
  sheet.getRange(1, 1, rows.length, judul.length).setValues(rows);
  sheet.getRange(1, 1, 1, judul.length).setFontWeight('bold');
  sheet.setFrozenRows(1);
}
