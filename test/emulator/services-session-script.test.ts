import { describe, expect, it } from 'vitest';
import { TOO_MANY_TRIGGERS_MESSAGE, createScriptApp, triggersFromJSON, triggersToJSON } from '../../node/emulator/script';
import { createSession } from '../../node/emulator/session';
import { Workspace } from '../../node/emulator/workspace';

const admin = { email: 'kasubbag@contoh.go.id' };
const kabid = { email: 'kabid@contoh.go.id' };
const outsider = { email: 'konsultan@gmail.com' };

describe('Session', () => {
  it('reports the active and effective users of the execution', () => {
    const ws = new Workspace({ owner: admin.email });
    const session = createSession(ws);
    const [active, effective] = ws.run(kabid, () => [session.getActiveUser().getEmail(), session.getEffectiveUser().getEmail()], {
      effectiveUser: admin,
    });
    expect(active).toBe(kabid.email);
    expect(effective).toBe(admin.email);
  });

  // https://developers.google.com/apps-script/reference/base/session#getActiveUser() — not available in
  // simple triggers, "However, these restrictions generally do not apply if the developer runs the script
  // themselves or belongs to the same Google Workspace domain as the user."
  it("hides the email of a user outside the developer's Workspace domain in a simple trigger, but not a colleague's", () => {
    const ws = new Workspace({ owner: admin.email, workspaceDomains: ['contoh.go.id'] });
    const session = createSession(ws);
    const email = (user: { email: string }, authMode: 'LIMITED' | 'FULL') =>
      ws.run(user, () => session.getActiveUser().getEmail(), { authMode });
    expect(email(outsider, 'LIMITED')).toBe('');
    expect(email(kabid, 'LIMITED')).toBe(kabid.email);
    expect(email(outsider, 'FULL')).toBe(outsider.email);
  });

  it('never treats two consumer accounts as one domain, whatever their addresses share', () => {
    // Accounts are consumer accounts unless their domain is declared a Workspace domain: a Google
    // account made on a *.go.id mailbox is one, like every gmail.
    for (const owner of ['pemilik@gmail.com', admin.email]) {
      const ws = new Workspace({ owner });
      const session = createSession(ws);
      expect(ws.run(kabid, () => session.getActiveUser().getEmail(), { authMode: 'LIMITED' })).toBe('');
      expect(ws.run({ email: 'lain@gmail.com' }, () => session.getActiveUser().getEmail(), { authMode: 'LIMITED' })).toBe('');
    }
  });

  it('in an installable trigger shows the creator and the developer themselves, and a consumer editor as \'\'', () => {
    const ws = new Workspace({ owner: 'pemilik@contoh.go.id' });
    const session = createSession(ws);
    const dalamPemicu = (user: { email: string }) =>
      ws.run(user, () => session.getActiveUser().getEmail(), { authMode: 'FULL', effectiveUser: admin, triggerUid: 't-1' });
    expect(dalamPemicu(admin)).toBe(admin.email);
    expect(dalamPemicu({ email: 'pemilik@contoh.go.id' })).toBe('pemilik@contoh.go.id');
    expect(dalamPemicu(kabid)).toBe('');
    expect(dalamPemicu({ email: '', anonymous: true } as { email: string })).toBe('');
  });

  it('gives the script time zone', () => {
    const ws = new Workspace({ owner: admin.email, timeZone: 'Asia/Makassar' });
    expect(ws.run(admin, () => createSession(ws).getScriptTimeZone())).toBe('Asia/Makassar');
  });
});

describe('ScriptApp triggers', () => {
  it('stores an onEdit trigger with its creator and source', () => {
    const ws = new Workspace({ owner: admin.email });
    const script = createScriptApp(ws, 'script-1');
    const trigger = ws.run(admin, () => script.newTrigger('kunciOtomatis').forSpreadsheet('spreadsheet-1').onEdit().create());
    expect(ws.triggers).toEqual([
      expect.objectContaining({ handlerFunction: 'kunciOtomatis', eventType: 'ON_EDIT', sourceId: 'spreadsheet-1', creator: admin }),
    ]);
    ws.run(admin, () => {
      expect(trigger.getEventType()).toBe(script.EventType.ON_EDIT);
      expect(trigger.getHandlerFunction()).toBe('kunciOtomatis');
      expect(trigger.getTriggerSourceId()).toBe('spreadsheet-1');
      expect(trigger.getUniqueId()).toBe(ws.triggers[0].uid);
    });
  });

  it('accepts a spreadsheet object and time-based schedules', () => {
    const ws = new Workspace({ owner: admin.email });
    const script = createScriptApp(ws, 'script-1');
    ws.run(admin, () => {
      const spreadsheet = { getId: () => 'spreadsheet-9' } as GoogleAppsScript.Spreadsheet.Spreadsheet;
      script.newTrigger('onOpenInstalled').forSpreadsheet(spreadsheet).onOpen().create();
      script.newTrigger('pengingat').timeBased().everyDays(1).atHour(8).create();
      // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
      expect(() => script.newTrigger('x').timeBased().everyMinutes(7)).toThrow(/1, 5, 10, 15 or 30/);
    });
    expect(ws.triggers.map((t) => [t.eventType, t.sourceId])).toEqual([
      ['ON_OPEN', 'spreadsheet-9'],
      ['CLOCK', ''],
    ]);
    expect(triggersToJSON(ws)[1]).toMatchObject({ schedule: { everyDays: 1, atHour: 8 } });
  });

  // https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
  // "Gets all installable triggers associated with the current project and current user."
  it("lists and deletes only the current user's triggers", () => {
    const ws = new Workspace({ owner: admin.email });
    const script = createScriptApp(ws, 'script-1');
    ws.run(admin, () => script.newTrigger('a').forSpreadsheet('s').onEdit().create());
    ws.run(kabid, () => script.newTrigger('b').forSpreadsheet('s').onEdit().create());
    const names = ws.run(kabid, () => script.getProjectTriggers().map((t) => t.getHandlerFunction()));
    expect(names).toEqual(['b']);
    ws.run(kabid, () => script.getProjectTriggers().forEach((t) => script.deleteTrigger(t)));
    expect(ws.triggers.map((t) => t.handlerFunction)).toEqual(['a']);
  });

  // Quotas page: 20 triggers / user / script. Error text as seen in execution logs.
  it('refuses a 21st trigger for the same user', () => {
    const ws = new Workspace({ owner: admin.email });
    const script = createScriptApp(ws, 'script-1');
    ws.run(admin, () => {
      for (let i = 0; i < 20; i++) script.newTrigger(`f${i}`).forSpreadsheet('s').onEdit().create();
      expect(() => script.newTrigger('f20').forSpreadsheet('s').onEdit().create()).toThrow(TOO_MANY_TRIGGERS_MESSAGE);
    });
    expect(ws.run(kabid, () => script.newTrigger('g').forSpreadsheet('s').onEdit().create())).toBeTruthy();
  });

  // github.com/diegomanuel/binance-to-google-sheets/issues/106: in a simple onOpen, "You do not have
  // permission to call ScriptApp.getProjectTriggers. Required permissions: …/auth/script.scriptapp".
  it('needs full authorization', () => {
    const ws = new Workspace({ owner: admin.email });
    const script = createScriptApp(ws, 'script-1');
    expect(() => ws.run(admin, () => script.getProjectTriggers(), { authMode: 'LIMITED' })).toThrow(
      'You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });

  it('round-trips triggers through JSON', () => {
    const ws = new Workspace({ owner: admin.email });
    const script = createScriptApp(ws, 'script-1');
    ws.run(admin, () => script.newTrigger('a').forSpreadsheet('s').onEdit().create());
    const saved = JSON.parse(JSON.stringify(triggersToJSON(ws)));
    const restored = new Workspace({ owner: admin.email });
    triggersFromJSON(restored, saved);
    expect(restored.triggers).toEqual(ws.triggers);
  });
});
