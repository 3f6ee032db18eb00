/**
 * The security boundary README ▸ Keamanan states: in a bound deployment every spreadsheet editor can
 * change the code the admin's installable trigger runs, so a Kabid can run code of their choosing
 * with the admin's authority; as an add-on the code lives in its own project and cannot be changed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN, KABID_KWN, TAB_KWN_TW1, emulatorContoh } from '../bundle/helpers';
import { ISIAN_KWN, isi, siklusDimulai } from '../bundle/kirim-bantuan';
import { isiKonfigurasiContoh } from '../../node/fixtures/opd-contoh';

describe('who can make code run with the admin\'s authority', () => {
  it('bound: a Kabid edits onEditLapkin, types into his own cell, and his code runs as the admin', () => {
    const emu = siklusDimulai();
    const jejak: string[] = [];
    emu.editBoundScript(KABID_KWN, 'onEditLapkin', () => {
      const session = emu.globals().Session as GoogleAppsScript.Base.Session;
      jejak.push(session.getEffectiveUser().getEmail());
    });
    isi(emu, KABID_KWN, TAB_KWN_TW1, { 'IK-16': ISIAN_KWN['IK-16'] });
    expect(jejak[0]).toBe(ADMIN);
  });

  it('bound: someone who cannot edit the spreadsheet cannot open its script', () => {
    const emu = siklusDimulai();
    expect(() => emu.editBoundScript('pembaca@gmail.com', 'onEditLapkin', () => undefined)).toThrow(/cannot open the bound script/);
  });

  it('add-on: no spreadsheet editor can change the code the trigger runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lapkin-addon-'));
    execFileSync('node', ['scripts/build.mjs', '--outdir', dir, '--addon']);
    const emu = emulatorContoh();
    emu.loadBundle(dir, 'addon');
    emu.ws.strictLock = true;
    isiKonfigurasiContoh(emu, 'pemilik@contoh.go.id');
    expect(emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: '2026-04-15' })).toMatchObject({ status: 'ok' });
    for (const siapa of [KABID_KWN, ADMIN]) {
      expect(() => emu.editBoundScript(siapa, 'onEditLapkin', () => undefined)).toThrow(/cannot open the add-on's script project/);
    }
  });
});
