/**
 * The hourly SOP refresh runs with its trigger's creator's authority (an installable trigger runs as
 * whoever made it, domain.md §7), whoever else is active: it must check that creator, not the person
 * Google reports as active.
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import type { TriggerRecord } from '../../node/emulator/workspace';
import { ADMIN, KABID_KWN, ORANG_LAIN } from './helpers';
import { siklusDimulai } from './kirim-bantuan';

const TAB = 'Status SOP TW I 2026';

/** Cells reading "Terlambat" (the late steps, and the legend). */
function terlambat(emu: Emulator): number {
  return emu.spreadsheet.describeSheet(TAB, ADMIN).cells.filter((c) => c.value === 'Terlambat').length;
}

/** Fires `t` as Apps Script does: effective user its creator, `aktif` the person active at the time. */
function picu(emu: Emulator, t: TriggerRecord, aktif: string): unknown {
  return emu.ws.run({ email: aktif }, () => emu.ws.entryPoints.perbaruiStatusSop!(), { effectiveUser: t.creator, triggerUid: t.uid });
}

function pemicuSop(emu: Emulator, pembuat: string): TriggerRecord {
  const t = emu.ws.triggers.find((x) => x.handlerFunction === 'perbaruiStatusSop' && x.creator.email === pembuat);
  if (!t) throw new Error(`no perbaruiStatusSop trigger made by ${pembuat}`);
  return t;
}

describe('hourly SOP refresh: whose authority', () => {
  test('the admin\'s trigger fired while a non-admin is active refreshes the status (late steps marked)', () => {
    const emu = siklusDimulai();
    const sebelum = terlambat(emu);
    emu.ws.advance(30 * 24 * 3600 * 1000); // a month on: every planned step is past its deadline
    picu(emu, pemicuSop(emu, ADMIN), ORANG_LAIN);
    expect(terlambat(emu)).toBeGreaterThan(sebelum);
  });

  test('a trigger a non-admin made refuses, even while an admin is active, and changes nothing', () => {
    const emu = siklusDimulai();
    emu.ws.run({ email: KABID_KWN }, () => {
      const ScriptApp = emu.globals().ScriptApp as GoogleAppsScript.Script.ScriptApp;
      ScriptApp.newTrigger('perbaruiStatusSop').timeBased().everyHours(1).create();
    });
    const sebelum = emu.spreadsheet.describeSheet(TAB, ADMIN);
    emu.ws.advance(30 * 24 * 3600 * 1000);
    expect(() => picu(emu, pemicuSop(emu, KABID_KWN), ADMIN)).toThrow(/^Hanya admin/);
    expect(emu.spreadsheet.describeSheet(TAB, ADMIN).cells).toEqual(sebelum.cells);
  });
});
