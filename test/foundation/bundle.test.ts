// The built bundle, loaded as Apps Script loads it: one file, top-level functions only, no Node.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Emulator } from '../../node/emulator/index';

const ADMIN = 'kasubbag@contoh.go.id';
const code = readFileSync('build/Code.js', 'utf8');
const ENTRY_POINTS = ['onOpen', 'onInstall', 'openSidebar', 'getPanelState'];

describe('build/Code.js', () => {
  it('declares every entry point as a top-level function', () => {
    const emu = new Emulator({ owner: ADMIN });
    const context = emu.loadBundle();
    for (const name of ENTRY_POINTS) {
      expect(typeof context[name], name).toBe('function');
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('uses no Node or browser API that Apps Script lacks (domain.md §7)', () => {
    for (const forbidden of [/\brequire\s*\(/, /\bprocess\./, /\bmodule\.exports\b/, /\bexports\./, /\bsetTimeout\s*\(/, /\bfetch\s*\(/]) {
      expect(code).not.toMatch(forbidden);
    }
  });

  it('runs in a context whose only globals are the emulated services', () => {
    const emu = new Emulator({ owner: ADMIN });
    const context = emu.loadBundle();
    expect(context.require).toBeUndefined();
    expect(context.process).toBeUndefined();
    expect(context.setTimeout).toBeUndefined();
  });
});

describe('the first thread: menu, sidebar, google.script.run', () => {
  it('onOpen adds the "Laporan Kinerja" menu to a bound spreadsheet, with "Buka panel"', () => {
    const emu = new Emulator({ owner: ADMIN });
    emu.loadBundle();
    emu.callWith({ email: '' }, 'onOpen', [{ authMode: 'LIMITED' }], 'LIMITED');
    const menu = emu.ui.menus.find((m) => m.title === 'Laporan Kinerja');
    expect(menu?.addon).toBe(false);
    expect(menu?.items).toContainEqual(expect.objectContaining({ caption: 'Buka panel', functionName: 'openSidebar' }));
  });

  it('as an add-on, onInstall builds the add-on menu (createAddonMenu)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lapkin-addon-'));
    execFileSync('node', ['scripts/build.mjs', '--outdir', dir, '--addon']);
    const emu = new Emulator({ owner: ADMIN });
    emu.loadBundle(dir);
    emu.callWith({ email: ADMIN }, 'onInstall', [{ authMode: 'FULL' }]);
    expect(emu.ui.menus).toHaveLength(1);
    expect(emu.ui.menus[0].addon).toBe(true);
    expect(emu.ui.menus[0].items).toContainEqual(expect.objectContaining({ caption: 'Buka panel' }));
  });

  it('"Buka panel" opens the built sidebar', () => {
    const emu = new Emulator({ owner: ADMIN });
    emu.loadBundle();
    emu.call(ADMIN, 'openSidebar');
    expect(emu.ui.sidebars).toHaveLength(1);
    expect(emu.ui.sidebars[0].title).toBe('Laporan Kinerja');
    expect(emu.ui.sidebars[0].html).toBe(readFileSync('build/Sidebar.html', 'utf8'));
  });
});

describe('deployment', () => {
  it('clasp would push exactly Code.js, Sidebar.html and appsscript.json (offline `clasp status --json`)', () => {
    const out = execFileSync('npx', ['clasp', 'status', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const status = JSON.parse(out.trim().split('\n').pop() as string) as { filesToPush: string[] };
    expect(status.filesToPush.sort()).toEqual(['build/Code.js', 'build/Sidebar.html', 'build/appsscript.json']);
  });

  it('asks for the minimal scopes domain.md §7 names, and nothing broader', () => {
    const manifest = JSON.parse(readFileSync('build/appsscript.json', 'utf8')) as Record<string, unknown>;
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Jakarta');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect((manifest.oauthScopes as string[]).map((s) => s.replace('https://www.googleapis.com/auth/', '')).sort()).toEqual(
      ['documents', 'drive.file', 'script.container.ui', 'script.scriptapp', 'script.send_mail', 'spreadsheets.currentonly', 'userinfo.email'],
    );
  });
});

describe('time', () => {
  it("the bundle's clock is the emulator's, so tests can move past a deadline", () => {
    const emu = new Emulator({ owner: ADMIN, now: new Date('2026-04-01T01:00:00Z') });
    const context = emu.loadBundle();
    const read = (): number => emu.ws.run({ email: ADMIN }, () => (context.Date as DateConstructor).now());
    expect(read()).toBe(Date.parse('2026-04-01T01:00:00Z'));
    emu.ws.advance(86_400_000);
    expect(read()).toBe(Date.parse('2026-04-02T01:00:00Z'));
    expect(emu.ws.run({ email: ADMIN }, () => new (context.Date as DateConstructor)().toISOString())).toBe('2026-04-02T01:00:00.000Z');
  });
});
