/** The spreadsheet Lapkin runs in (the one the script is bound to, or the add-on's current one). */
export function spreadsheetAktif(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** The spreadsheet's user interface (menus, dialogs, the sidebar). */
export function ui(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

/** The sheet protection of `sheet` (undefined when it has none). */
export function proteksiTab(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Protection | undefined {
  return sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
}

/** Whether the running user can write tab `nama`: its sheet protection lets them, or it has none (or there is no such tab). */
export function bisaMengubahTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, nama: string): boolean {
  const sheet = ss.getSheetByName(nama);
  const p = sheet ? proteksiTab(sheet) : undefined;
  return !p || p.canEdit();
}

/** Every value of tab `nama` (one getValues of its data range); null when there is no such tab. */
export function isiTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, nama: string): unknown[][] | null {
  return ss.getSheetByName(nama)?.getDataRange().getValues() ?? null;
}

/**
 * Hides each tab named in `nama` that exists and is visible (three calls a tab, whatever else the
 * workbook holds): a closed cycle's tabs stay in the workbook, and Sheets' View ▸ Hidden sheets
 * (Lihat ▸ Sheet tersembunyi) shows them again. Returns how many it hid.
 */
export function sembunyikanTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, nama: Iterable<string>): number {
  let n = 0;
  for (const tab of nama) {
    const sheet = ss.getSheetByName(tab);
    if (!sheet || sheet.isSheetHidden()) continue;
    sheet.hideSheet();
    n++;
  }
  return n;
}
