import { describe, expect, it } from 'vitest';
import { userEdit } from '../../node/emulator/spreadsheet/index';
import { KABID, OWNER, setup } from './spreadsheet-helpers';

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const STAFF = 'staf@contoh.go.id';

describe('protections', () => {
  it('lock idiom: removeEditors keeps the owner and the current user (domain.md §7; Protection reference)', () => {
    const { as, sheet } = setup({ fileEditors: [KABID, STAFF], domainShared: true, workspaceDomains: ['contoh.go.id'] });
    const editors = as(KABID, () => {
      const p = sheet().getRange('A1:B5').protect().setDescription('Kunci TW I');
      const me = KABID;
      p.addEditor(me);
      p.removeEditors(p.getEditors().map((u) => u.getEmail()));
      if (p.canDomainEdit()) p.setDomainEdit(false);
      return { emails: p.getEditors().map((u) => u.getEmail()), domain: p.canDomainEdit() };
    });
    expect(editors.emails.sort()).toEqual([KABID, OWNER].sort());
    expect(editors.domain).toBe(false);
    expect(() => as(STAFF, () => sheet().getRange('A1').setValue(1))).toThrow(PROTECTED);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#protect(): "Until the script
  // actually changes the list of editors for the protection … the permissions mirror those of the
  // spreadsheet itself, which effectively means that the sheet remains unprotected."
  it('a new protection mirrors the file\'s sharing, live, until a script calls its editor methods', () => {
    const { as, sheet, spreadsheet, app } = setup({ fileEditors: [KABID] });
    as(OWNER, () => sheet().getRange('A1').protect());
    as(OWNER, () => sheet().getRange('B1').protect().addEditor(OWNER));
    // Shared after the protections were made: the untouched one lets the newcomer in, the other not.
    spreadsheet.addFileEditor(STAFF);
    expect(() => as(STAFF, () => sheet().getRange('A1').setValue(1))).not.toThrow();
    expect(() => as(STAFF, () => sheet().getRange('B1').setValue(1))).toThrow(PROTECTED);
    const [cermin, tetap] = as(OWNER, () => sheet().getProtections(app.ProtectionType.RANGE).map((p) => p.getEditors().map((u) => u.getEmail())));
    expect(cermin).toEqual([OWNER, KABID, STAFF]);
    // The explicit list keeps whom the protection mirrored when its editors were first set.
    expect(tetap).toEqual([OWNER, KABID]);
    expect(spreadsheet.describeSheet('Sheet1').protections.map((p) => p.mirrorsFile ?? false)).toEqual([true, false]);
  });

  it('a signed-out visitor with an edit link can type into unprotected cells, never into a protected range', () => {
    const { as, sheet, spreadsheet, ws } = setup({ fileEditors: [KABID] });
    as(OWNER, () => sheet().getRange('A1').protect().removeEditors([KABID]));
    const anonim = { email: '', anonymous: true };
    expect(userEdit(ws, spreadsheet, anonim, 'Sheet1', 'C3', 'x')).toEqual({ ok: false, error: 'You do not have permission to edit this spreadsheet.' });
    spreadsheet.ctx.book.linkAccess = 'edit';
    expect(userEdit(ws, spreadsheet, anonim, 'Sheet1', 'C3', 'x')).toMatchObject({ ok: true });
    expect(userEdit(ws, spreadsheet, anonim, 'Sheet1', 'A1', 'x')).toEqual({ ok: false, error: PROTECTED });
  });

  it('refuses script writes as the effective user, lets warning-only and unprotected ranges through', () => {
    const { as, sheet, ws } = setup({ fileEditors: [KABID, STAFF] });
    as(OWNER, () => {
      const p = sheet().protect();
      p.removeEditors([KABID, STAFF]);
      p.setUnprotectedRanges([sheet().getRange('C1:C10')]);
      const inner = sheet().getRange('C5').protect();
      inner.removeEditors([KABID, STAFF]);
    });
    expect(() => as(KABID, () => sheet().getRange('A1').setValue(1))).toThrow(PROTECTED);
    expect(() => as(KABID, () => sheet().getRange('C1').setValue(1))).not.toThrow();
    // A range protection inside an unprotected range still applies.
    expect(() => as(KABID, () => sheet().getRange('C5').setValue(1))).toThrow(PROTECTED);
    // An installable trigger made by the owner writes with the owner's authority.
    expect(() => ws.run({ email: KABID }, () => sheet().getRange('A1').setValue(1), { effectiveUser: { email: OWNER } })).not.toThrow();
  });

  it('lets writes through a warning-only protection', () => {
    const { as, sheet } = setup({ fileEditors: [KABID] });
    as(OWNER, () => sheet().getRange('E1').protect().removeEditors([KABID]).setWarningOnly(true));
    expect(() => as(KABID, () => sheet().getRange('E1').setValue(1))).not.toThrow();
  });

  it('refuses viewers, in scripts and in the grid', () => {
    const { as, sheet, ws, spreadsheet } = setup({ fileEditors: [] });
    expect(() => as(STAFF, () => sheet().getRange('A1').setValue(1))).toThrow('You do not have permission to edit this spreadsheet.');
    expect(userEdit(ws, spreadsheet, { email: STAFF }, 'Sheet1', 'A1', 'x')).toEqual({ ok: false, error: 'You do not have permission to edit this spreadsheet.' });
  });

  it('canEdit reports whether the current user may edit the protected range', () => {
    const { as, sheet, app } = setup({ fileEditors: [KABID] });
    as(OWNER, () => sheet().getRange('A1').protect().removeEditors([KABID]));
    const first = () => sheet().getProtections(app.ProtectionType.RANGE)[0]!;
    expect(as(KABID, () => first().canEdit())).toBe(false);
    expect(as(OWNER, () => first().canEdit())).toBe(true);
    expect(() => as(KABID, () => first().remove())).toThrow(PROTECTED);
  });
});
