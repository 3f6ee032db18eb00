import { createSpreadsheetApp, FakeSpreadsheet } from '../../node/emulator/spreadsheet/index';
import { Workspace } from '../../node/emulator/workspace';

export const OWNER = 'kasubbag@contoh.go.id';
export const KABID = 'kabid@contoh.go.id';

/** A workspace with one spreadsheet (id_ID, Asia/Jakarta) and its SpreadsheetApp. */
export function setup(options: { fileEditors?: string[]; domainShared?: boolean; workspaceDomains?: string[] } = {}) {
  const ws = new Workspace({ owner: OWNER, workspaceDomains: options.workspaceDomains });
  const spreadsheet = new FakeSpreadsheet(ws, { id: 'ss-1', name: 'Lapkin', domainShared: options.domainShared });
  for (const email of options.fileEditors ?? [KABID]) spreadsheet.addFileEditor(email);
  const ui = {} as unknown as GoogleAppsScript.Base.Ui;
  const app = createSpreadsheetApp(ws, spreadsheet, ui);
  const as = <T>(email: string, fn: () => T): T => ws.run({ email }, fn);
  const sheet = (name = 'Sheet1') => app.getActive().getSheetByName(name)!;
  return { ws, spreadsheet, app, as, sheet };
}
