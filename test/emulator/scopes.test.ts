/**
 * Every emulated method carries the scopes its reference page's Authorization section lists
 * (node/emulator/scope-table.ts); a call the manifest's oauthScopes do not cover throws Google's
 * text, so every bundle test is also a scope test.
 */
import { describe, expect, it } from 'vitest';
import { FakeMail, createMailApp } from '../../node/emulator/mail';
import { readManifest } from '../../node/emulator/manifest';
import { SCOPE_TABLE } from '../../node/emulator/scope-table';
import { createSession } from '../../node/emulator/session';
import { Workspace } from '../../node/emulator/workspace';
import { KABID, OWNER, setup } from './spreadsheet-helpers';

const AUTH = 'https://www.googleapis.com/auth/';

describe('scopes', () => {
  it('grants what appsscript.json lists, and nothing broader than the flows need', () => {
    expect([...new Workspace({ owner: OWNER }).grantedScopes].sort()).toEqual([...readManifest('appsscript.json').oauthScopes].sort());
    expect(readManifest('appsscript.json').oauthScopes).not.toContain(`${AUTH}drive`);
    expect(readManifest('appsscript.json').oauthScopes).not.toContain(`${AUTH}drive.readonly`);
  });

  it('refuses a Sheets call without a spreadsheets scope, with Google\'s text (Range#getValues Authorization)', () => {
    const { ws, as, sheet } = setup();
    const range = as(OWNER, () => sheet().getRange('A1'));
    expect(as(OWNER, () => range.getValues())).toEqual([['']]);
    ws.grantedScopes = new Set([`${AUTH}spreadsheets.readonly`]);
    expect(() => as(OWNER, () => range.getValues())).toThrow(
      `Specified permissions are not sufficient to call Range.getValues. Required permissions: (${AUTH}spreadsheets.currentonly || ${AUTH}spreadsheets)`,
    );
  });

  it('refuses mail and Session without their scopes, and lets a method whose page lists none through', () => {
    const ws = new Workspace({ owner: OWNER });
    const session = createSession(ws);
    const mail = createMailApp(ws, new FakeMail(ws));
    ws.grantedScopes = new Set();
    expect(() => ws.run({ email: OWNER }, () => session.getActiveUser())).toThrow(`Required permissions: ${AUTH}userinfo.email`);
    expect(() => ws.run({ email: OWNER }, () => mail.sendEmail(KABID, 'a', 'b'))).toThrow(`Required permissions: ${AUTH}script.send_mail`);
    expect(ws.run({ email: OWNER }, () => session.getScriptTimeZone())).toBe('Asia/Jakarta');
  });

  it('cites a reference page for every row', () => {
    for (const [key, row] of Object.entries(SCOPE_TABLE)) {
      expect(row.url, key).toMatch(/^https:\/\/developers\.google\.com\/(apps-script\/reference|workspace\/drive\/api\/reference|docs\/api\/reference)\//);
    }
  });
});
