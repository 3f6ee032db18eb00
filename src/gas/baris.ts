/** Appending rows to a tab. */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Appends `rows` (all as wide as the first) below the tab's last row in one setValues, growing the
 * grid first when they do not fit (a range past the last row is refused, not grown).
 */
export function tambahBaris(sheet: Sheet, rows: readonly (readonly unknown[])[]): void {
  if (rows.length === 0) return;
  const mulai = sheet.getLastRow() + 1;
  const kurang = mulai + rows.length - 1 - sheet.getMaxRows();
  if (kurang > 0) sheet.insertRowsAfter(sheet.getMaxRows(), kurang);
  sheet.getRange(mulai, 1, rows.length, rows[0].length).setValues(rows.map((r) => [...r]));
}
