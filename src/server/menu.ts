import { DEPLOYMENT } from './deployment';

const MENU_TITLE = 'Laporan Kinerja';

/**
 * Simple trigger: runs in AuthMode.NONE/LIMITED with 30 s, so it only builds the menu —
 * no properties, no Session e-mail, no reads of the workbook.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const menu = DEPLOYMENT === 'addon' ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE);
  menu.addItem('Buka panel', 'openSidebar').addToUi();
}

/** Add-on install: the document is open already, so build the menu now. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
