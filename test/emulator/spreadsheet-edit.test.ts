import { describe, expect, it } from 'vitest';
import { userEdit } from '../../node/emulator/spreadsheet/index';
import { KABID, OWNER, setup } from './spreadsheet-helpers';

const OUTSIDER = 'mitra@gmail.com';

interface EditEvent {
  authMode: string;
  range: GoogleAppsScript.Spreadsheet.Range;
  user: GoogleAppsScript.Base.User;
  value: unknown;
  oldValue: unknown;
  triggerUid?: string;
}

describe('userEdit: data validation', () => {
  it('rejects invalid grid input when allowInvalid is false, with the help text or Sheets\' message', () => {
    const { as, sheet, app, ws, spreadsheet } = setup();
    as(OWNER, () => {
      const s = sheet();
      s.getRange('B2').setDataValidation(app.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).setHelpText('Isi 0–100').build());
      s.getRange('B3').setDataValidation(app.newDataValidation().requireValueInList(['Ya', 'Tidak']).setAllowInvalid(false).build());
      s.getRange('B4').setDataValidation(app.newDataValidation().requireFormulaSatisfied('=B4>A4').setAllowInvalid(false).build());
      s.getRange('A4').setValue(10);
      s.getRange('B5').setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build());
    });
    const edit = (a1: string, v: string) => userEdit(ws, spreadsheet, { email: KABID }, 'Sheet1', a1, v);
    expect(edit('B2', '150')).toEqual({ ok: false, error: 'Isi 0–100' });
    expect(edit('B2', '85,5')).toMatchObject({ ok: true });
    expect(edit('B3', 'Mungkin')).toEqual({
      ok: false,
      error: 'The data you entered in cell B3 violates the data validation rules set on this cell.',
    });
    expect(edit('B4', '5')).toMatchObject({ ok: false });
    expect(edit('B4', '11')).toMatchObject({ ok: true });
    // allowInvalid defaults to true (DataValidation.getAllowInvalid reference): a warning, not a refusal.
    expect(edit('B5', '-1')).toMatchObject({ ok: true });
    expect(as(OWNER, () => sheet().getRange('B2:B3').getValues())).toEqual([[85.5], ['']]);
  });

  it('does not check validation on script writes', () => {
    const { as, sheet, app } = setup();
    const value = as(OWNER, () => {
      const r = sheet().getRange('A1');
      r.setDataValidation(app.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).build());
      r.setValue(500);
      return r.getValue();
    });
    expect(value).toBe(500);
  });

  it('check boxes: insertCheckboxes writes false, isChecked reads them', () => {
    const { as, sheet, ws, spreadsheet } = setup();
    as(OWNER, () => sheet().getRange('C1:C2').insertCheckboxes());
    expect(as(OWNER, () => sheet().getRange('C1:C2').isChecked())).toBe(false);
    expect(userEdit(ws, spreadsheet, { email: KABID }, 'Sheet1', 'C1', true)).toMatchObject({ ok: true });
    expect(userEdit(ws, spreadsheet, { email: KABID }, 'Sheet1', 'C2', 'barang')).toMatchObject({ ok: false });
    expect(as(OWNER, () => sheet().getRange('C1:C2').isChecked())).toBeNull();
  });
});

describe('userEdit: triggers', () => {
  function withTriggers() {
    const env = setup({ fileEditors: [KABID, OUTSIDER] });
    const seen: Array<{ kind: string; user: string; effective: string; e: EditEvent }> = [];
    env.ws.entryPoints = {
      onEdit: (e) => {
        const ev = e as EditEvent;
        seen.push({ kind: 'simple', user: env.ws.current().activeUser.email, effective: env.ws.current().effectiveUser.email, e: ev });
      },
      lockRow: (e) => {
        const ev = e as EditEvent;
        seen.push({ kind: 'installable', user: ev.user.getEmail(), effective: env.ws.current().effectiveUser.email, e: ev });
        throw new Error('boom');
      },
    };
    env.ws.triggers.push({ uid: 't-1', handlerFunction: 'lockRow', eventType: 'ON_EDIT', sourceId: 'ss-1', creator: { email: OWNER } });
    return { ...env, seen };
  }

  it('fires the simple onEdit then installable ON_EDIT triggers (as their creator); a thrown error keeps the edit', () => {
    const { ws, spreadsheet, seen, as, sheet } = withTriggers();
    as(OWNER, () => sheet().getRange('A1').setValue(3));
    const result = userEdit(ws, spreadsheet, { email: KABID }, 'Sheet1', 'A1', '4');
    expect(result).toEqual({ ok: true, triggerErrors: ['boom'] });
    expect(seen.map((s) => [s.kind, s.user, s.effective, s.e.authMode])).toEqual([
      ['simple', KABID, KABID, 'LIMITED'],
      ['installable', KABID, OWNER, 'FULL'],
    ]);
    expect(seen[0]!.e).toMatchObject({ value: 4, oldValue: 3 });
    expect(seen[1]!.e.triggerUid).toBe('t-1');
    expect(as(OWNER, () => sheet().getRange('A1').getValue())).toBe(4);
  });

  it('hides the editor\'s email when not in the owner\'s Workspace domain (User.getEmail reference)', () => {
    const { ws, spreadsheet, seen } = withTriggers();
    userEdit(ws, spreadsheet, { email: OUTSIDER }, 'Sheet1', 'A1', 'x');
    expect(seen.map((s) => s.user)).toEqual(['', '']);
  });

  it('never fires onEdit for script writes, nor for a refused edit', () => {
    const { ws, spreadsheet, seen, as, sheet } = withTriggers();
    as(OWNER, () => sheet().getRange('A1:B1').setValues([[1, 2]]));
    as(OWNER, () => sheet().getRange('A1').protect().removeEditors([KABID, OUTSIDER]));
    expect(userEdit(ws, spreadsheet, { email: KABID }, 'Sheet1', 'A1', '9')).toMatchObject({ ok: false });
    expect(seen).toEqual([]);
  });
});
