import { describe, expect, it } from 'vitest';
import { userEdit } from '../../node/emulator/spreadsheet/index';
import { createSession } from '../../node/emulator/session';
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
  function withTriggers(options: { workspaceDomains?: string[] } = {}) {
    const env = setup({ fileEditors: [KABID, OUTSIDER], workspaceDomains: options.workspaceDomains });
    const seen: Array<{ kind: string; session: string; eventUser: string; effective: string; e: EditEvent }> = [];
    const session = createSession(env.ws);
    const note = (kind: string) => (e: unknown) => {
      const ev = e as EditEvent;
      seen.push({ kind, session: session.getActiveUser().getEmail(), eventUser: ev.user.getEmail(), effective: env.ws.current().effectiveUser.email, e: ev });
    };
    env.ws.entryPoints = {
      onEdit: note('simple'),
      lockRow: (e) => {
        note('installable')(e);
        throw new Error('boom');
      },
    };
    env.ws.triggers.push({ uid: 't-1', handlerFunction: 'lockRow', eventType: 'ON_EDIT', sourceId: 'ss-1', creator: { email: OWNER } });
    return { ...env, seen };
  }

  it('fires the simple onEdit then installable ON_EDIT triggers (as their creator); a thrown error keeps the edit', () => {
    const { ws, spreadsheet, seen, as, sheet } = withTriggers();
    as(OWNER, () => sheet().getRange('A1').setValue(3));
    const result = userEdit(ws, spreadsheet, { email: OWNER }, 'Sheet1', 'A1', '4');
    expect(result).toEqual({ ok: true, triggerErrors: ['boom'] });
    expect(seen.map((s) => [s.kind, s.session, s.effective, s.e.authMode])).toEqual([
      ['simple', OWNER, OWNER, 'LIMITED'],
      ['installable', OWNER, OWNER, 'FULL'],
    ]);
    expect(seen[0]!.e).toMatchObject({ value: 4, oldValue: 3 });
    expect(seen[1]!.e.triggerUid).toBe('t-1');
    expect(as(OWNER, () => sheet().getRange('A1').getValue())).toBe(4);
  });

  // https://developers.google.com/apps-script/reference/base/user#getEmail(): not available "in any
  // context that allows a script to run without that user's authorization … these restrictions
  // generally do not apply if the developer runs the script themselves or belongs to the same Google
  // Workspace domain as the user". Consumer accounts (gmail, or a Google account on a non-Workspace
  // *.go.id mailbox) share no domain: tanaikech.github.io/2022/01/04 saw '' in an installable onEdit.
  it('a consumer account\'s edit reaches both triggers without its address, in Session and in e.user', () => {
    const { ws, spreadsheet, seen } = withTriggers();
    userEdit(ws, spreadsheet, { email: KABID }, 'Sheet1', 'A1', 'x');
    userEdit(ws, spreadsheet, { email: OUTSIDER }, 'Sheet1', 'A1', 'y');
    expect(seen.map((s) => [s.kind, s.session, s.eventUser, s.effective])).toEqual([
      ['simple', '', '', KABID],
      ['installable', '', '', OWNER],
      ['simple', '', '', OUTSIDER],
      ['installable', '', '', OWNER],
    ]);
  });

  it('inside one Workspace domain the trigger sees a colleague\'s address, never an outsider\'s', () => {
    const { ws, spreadsheet, seen } = withTriggers({ workspaceDomains: ['contoh.go.id'] });
    userEdit(ws, spreadsheet, { email: KABID }, 'Sheet1', 'A1', 'x');
    userEdit(ws, spreadsheet, { email: OUTSIDER }, 'Sheet1', 'A1', 'y');
    expect(seen.map((s) => [s.kind, s.session, s.eventUser])).toEqual([
      ['simple', KABID, KABID],
      ['installable', KABID, KABID],
      ['simple', '', ''],
      ['installable', '', ''],
    ]);
  });

  it('a signed-out link editor is nobody to Session, yet e.user may carry the owner\'s address (domain.md §7)', () => {
    const { ws, spreadsheet, seen } = withTriggers();
    spreadsheet.ctx.book.linkAccess = 'edit';
    expect(userEdit(ws, spreadsheet, { email: '', anonymous: true }, 'Sheet1', 'A1', 'x')).toMatchObject({ ok: true });
    expect(seen.map((s) => [s.kind, s.session, s.eventUser])).toEqual([
      ['simple', '', OWNER],
      ['installable', '', OWNER],
    ]);
  });

  it('never fires onEdit for script writes, nor for a refused edit', () => {
    const { ws, spreadsheet, seen, as, sheet } = withTriggers();
    as(OWNER, () => sheet().getRange('A1:B1').setValues([[1, 2]]));
    as(OWNER, () => sheet().getRange('A1').protect().removeEditors([KABID, OUTSIDER]));
    expect(userEdit(ws, spreadsheet, { email: KABID }, 'Sheet1', 'A1', '9')).toMatchObject({ ok: false });
    expect(seen).toEqual([]);
  });
});
