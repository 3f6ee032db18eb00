/** A non-admin's SOP mark never creates the admins-only tabs (whose creator would become their editor). */
import { expect, test } from 'vitest';
import { ADMIN, ORANG_LAIN } from './helpers';
import { siklusDimulai } from './kirim-bantuan';

const TAB = 'Status SOP TW I 2026';

test('the Kepala marks a step while the status tab is gone: the mark waits, no tab is made; the next admin run writes both', () => {
  const emu = siklusDimulai();
  const r = emu.spreadsheet.describeSheet('Pengaturan', ADMIN).cells.find((c) => c.column === 1 && c.value === 'E-mail Kepala')?.row;
  expect(emu.edit(ADMIN, 'Pengaturan', `B${r}`, ORANG_LAIN).ok).toBe(true);
  emu.ws.strictLock = false; // the admin deleting the tab by hand
  emu.ws.run({ email: ADMIN }, () => {
    const ss = (emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName(TAB)!);
  });
  emu.ws.strictLock = true;
  expect(emu.call(ORANG_LAIN, 'tandaiLangkahSop', { urutan: 5 })).toEqual({ pesan: 'Langkah 5 ditandai selesai.' });
  expect(emu.spreadsheet.sheetNames()).not.toContain(TAB);

  emu.call(ADMIN, 'perbaruiStatusSop');
  expect(emu.spreadsheet.describeSheet(TAB).protections.some((p) => p.type === 'SHEET')).toBe(true);
  expect(emu.edit(ORANG_LAIN, TAB, 'A1', 'x').ok).toBe(false);
  const log = emu.spreadsheet.describeSheet('Log', ADMIN);
  const kepala = log.cells.filter((c) => c.column === 2 && c.value === ORANG_LAIN);
  expect(kepala).toHaveLength(1);
  expect(log.cells.find((c) => c.row === kepala[0].row && c.column === 3)?.value).toBe('SOP: tandai langkah');
});
