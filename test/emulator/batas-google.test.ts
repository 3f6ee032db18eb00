/** Google's limits as the emulator enforces them: cells, mail by account kind, trigger runtime, the spreadsheet's locale. */
import { describe, expect, it } from 'vitest';
import { Emulator } from '../../node/emulator/index';
import { FakeMail, createMailApp } from '../../node/emulator/mail';
import { CELL_LIMIT_MESSAGE } from '../../node/emulator/spreadsheet/model';
import { TRIGGER_RUNTIME_MESSAGE } from '../../node/emulator/trigger-runtime';
import { Workspace } from '../../node/emulator/workspace';
import { OWNER, setup } from './spreadsheet-helpers';

describe('the 10-million-cell cap (https://support.google.com/drive/answer/37603)', () => {
  it('counts every new tab at its default 1000 × 26 grid and refuses the tab that would pass the cap', () => {
    const { app, as, spreadsheet } = setup();
    const book = spreadsheet.ctx.book;
    expect(book.cellCount()).toBe(26_000);
    as(OWNER, () => {
      // 384 tabs of 26,000 cells are 9,984,000; one more would pass 10 M.
      for (let i = 2; i <= 384; i++) app.getActive().insertSheet(`T${i}`);
      expect(book.cellCount()).toBe(384 * 26_000);
      expect(() => app.getActive().insertSheet('Satu lagi')).toThrow(CELL_LIMIT_MESSAGE);
      expect(() => app.getActive().getSheetByName('T2')!.insertRowsAfter(1000, 1000)).toThrow(CELL_LIMIT_MESSAGE);
    });
  });

  it('deleting the trailing rows and columns frees their cells; deleting every non-frozen row is refused', () => {
    const { as, sheet, spreadsheet } = setup();
    as(OWNER, () => {
      const s = sheet();
      s.getRange('A1:C2').setValues([[1, 2, 3], [4, 5, '=A2+B2']]);
      s.deleteRows(3, 998);
      s.deleteColumns(4, 23);
      expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([2, 3]);
      expect(spreadsheet.ctx.book.cellCount()).toBe(6);
      expect(s.getRange('C2').getValue()).toBe(9);
      expect(() => s.deleteRows(1, 2)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
      expect(() => s.deleteRows(2, 5)).toThrow('Those rows are out of bounds.');
    });
  });
});

describe('mail quota by the sender\'s account kind (https://developers.google.com/apps-script/guides/services/quotas)', () => {
  it('gives a consumer account 100 recipients a day and a Workspace account 1,500', () => {
    const ws = new Workspace({ owner: 'a@gmail.com', workspaceDomains: ['pemda.go.id'] });
    const app = createMailApp(ws, new FakeMail(ws));
    expect(ws.run({ email: 'a@gmail.com' }, () => app.getRemainingDailyQuota())).toBe(100);
    expect(ws.run({ email: 'kasubbag@pemda.go.id' }, () => app.getRemainingDailyQuota())).toBe(1500);
  });
});

describe('installable-trigger runtime per creator per day', () => {
  it('stops running a consumer creator\'s trigger once 90 modelled minutes are used, until the next day', () => {
    const emu = new Emulator({ owner: OWNER, fileEditors: ['kabid@contoh.go.id'] });
    let runs = 0;
    emu.ws.entryPoints = { onEditPasang: () => undefined, tiap: () => { runs++; } };
    emu.ws.executionMs = () => 60 * 60 * 1000; // every execution models at one hour
    emu.ws.triggers.push({ uid: 't1', handlerFunction: 'tiap', eventType: 'ON_EDIT', sourceId: emu.spreadsheet.ctx.book.id, creator: { email: OWNER } });
    const ketik = () => emu.edit('kabid@contoh.go.id', 'Sheet1', 'A1', 'x');
    expect(ketik()).toEqual({ ok: true, triggerErrors: [] });
    expect(ketik()).toEqual({ ok: true, triggerErrors: [] });
    expect(ketik()).toEqual({ ok: true, triggerErrors: [TRIGGER_RUNTIME_MESSAGE] });
    expect(runs).toBe(2);
    emu.ws.advance(24 * 3600 * 1000);
    expect(ketik()).toEqual({ ok: true, triggerErrors: [] });
    expect(emu.ws.triggerRuntime.quotaMs(OWNER)).toBe(90 * 60 * 1000);
  });
});

describe('the spreadsheet locale (https://support.google.com/docs/answer/58515)', () => {
  const diketik = (locale: string, teks: string): unknown => {
    const emu = new Emulator({ owner: OWNER, ownerLocale: locale, fileEditors: ['kabid@contoh.go.id'] });
    emu.edit('kabid@contoh.go.id', 'Sheet1', 'A1', teks);
    return emu.spreadsheet.ctx.book.value(emu.spreadsheet.ctx.book.sheets[0], 1, 1);
  };

  it('takes the creator\'s locale and reads typed numbers by it', () => {
    expect([diketik('id_ID', '12,5'), diketik('id_ID', '1.234'), diketik('id_ID', '12.5'), diketik('id_ID', '50%')]).toEqual([12.5, 1234, '12.5', 0.5]);
    expect([diketik('en_US', '12,5'), diketik('en_US', '1.234'), diketik('en_US', '12.5'), diketik('en_US', '1,234')]).toEqual(['12,5', 1.234, 12.5, 1234]);
  });

  it('reads 3/4 as a date of this year: 3 April in id_ID, 4 March in en_US', () => {
    expect((diketik('id_ID', '3/4') as Date).toISOString()).toBe('2026-04-02T17:00:00.000Z');
    expect((diketik('en_US', '3/4') as Date).toISOString()).toBe('2026-03-03T17:00:00.000Z');
  });

  it('setSpreadsheetLocale changes how later input is read', () => {
    const emu = new Emulator({ owner: OWNER, ownerLocale: 'en_US', fileEditors: ['kabid@contoh.go.id'] });
    const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    emu.ws.run({ email: OWNER }, () => {
      expect(app.getActiveSpreadsheet().getSpreadsheetLocale()).toBe('en_US');
      app.getActiveSpreadsheet().setSpreadsheetLocale('id_ID');
    });
    emu.edit('kabid@contoh.go.id', 'Sheet1', 'A1', '12,5');
    expect(emu.spreadsheet.ctx.book.value(emu.spreadsheet.ctx.book.sheets[0], 1, 1)).toBe(12.5);
  });
});
