/**
 * Tabs sized to their content. A new tab has 1000 rows × 26 columns, and every cell of every tab's
 * grid counts against the spreadsheet's 10-million-cell cap, empty or not
 * (https://support.google.com/drive/answer/37603; domain.md §7): a 60-bidang cycle of default-sized
 * tabs alone is 1.6 M cells. Lapkin's tabs are cut to what they hold; tabs that grow (the Log, the
 * archive) grow by `pastikanBaris` as rows are appended.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Makes the grid of `sheet` exactly `baris` rows × `kolom` columns (each at least 1): rows and
 * columns are added or the trailing ones deleted. Two reads, at most two writes. The caller keeps
 * at least one row below any frozen rows (Sheets refuses deleting every non-frozen row).
 */
export function ukurTab(sheet: Sheet, baris: number, kolom: number): void {
  const [b, k] = [Math.max(1, baris), Math.max(1, kolom)];
  const adaBaris = sheet.getMaxRows();
  if (adaBaris < b) sheet.insertRowsAfter(adaBaris, b - adaBaris);
  else if (adaBaris > b) sheet.deleteRows(b + 1, adaBaris - b);
  const adaKolom = sheet.getMaxColumns();
  if (adaKolom < k) sheet.insertColumnsAfter(adaKolom, k - adaKolom);
  else if (adaKolom > k) sheet.deleteColumns(k + 1, adaKolom - k);
}

/** A new tab `nama` of `baris` × `kolom` cells (at `indeks` when given). */
export function tabBaru(ss: Spreadsheet, nama: string, baris: number, kolom: number, indeks?: number): Sheet {
  const sheet = indeks === undefined ? ss.insertSheet(nama) : ss.insertSheet(nama, indeks);
  ukurTab(sheet, baris, kolom);
  return sheet;
}
