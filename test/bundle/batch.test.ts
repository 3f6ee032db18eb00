import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { BIDANG_CONTOH, indikatorBanyak } from '../../node/fixtures/opd-contoh';
import { ADMIN, KABID_KWN, TAB_KWN_TW1, emulatorTerisi } from './helpers';

/** Service calls made by one "Mulai siklus" with `n` indicators in every bidang, over `sasaran` sasaran. */
function panggilan(n: number, sasaran: number): Record<string, number> {
  const indikator = BIDANG_CONTOH.flatMap((b) => indikatorBanyak(b[0], n).map((row, i) => [row[0], `Sasaran uji ${(i % sasaran) + 1}`, ...row.slice(2)]));
  const emu = emulatorTerisi({ indikator });
  const sejak = emu.ws.calls.length;
  const hasil = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', batasWaktu: '2099-04-15' }) as { status: string };
  expect(hasil.status).toBe('ok');
  expect(emu.spreadsheet.describeSheet('TW I 2026 · Bidang Kewaspadaan Nasional').lastRow).toBe(7 + n);
  return emu.ws.callCounts(sejak);
}

describe('batched I/O', () => {
  test('writing the bidang tabs takes the same service calls for 5 indicators per bidang over 2 sasaran or 50 over 25', () => {
    const lima = panggilan(5, 2);
    expect(panggilan(50, 25)).toEqual(lima);
    // Per tab two block writes (values and formulas together); the Log row and the SOP tab add a few. Per-row
    // formats only where a tab holds a count (shown without decimals): one block call for that tab.
    expect(lima['SpreadsheetApp.Range.setValues']).toBeLessThanOrEqual(2 * BIDANG_CONTOH.length + 3);
    expect(lima['SpreadsheetApp.Range.setFormulas'] ?? 0).toBe(0);
    expect(lima['SpreadsheetApp.Range.setNumberFormats'] ?? 0).toBeLessThanOrEqual(BIDANG_CONTOH.length);
  });

  test('a tab copied from an earlier tab of the same size is the tab built from scratch, for the admin and for its Kabid', () => {
    const validasi: number[] = [];
    const dimulai = (bidang: readonly (readonly string[])[]): Emulator => {
      const emu = emulatorTerisi({ bidang, indikator: bidang.flatMap((b) => indikatorBanyak(b[0], 4)) });
      const sejak = emu.ws.calls.length;
      expect((emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', batasWaktu: '2099-04-15' }) as { status: string }).status).toBe('ok');
      validasi.push(emu.ws.callCounts(sejak)['SpreadsheetApp.Range.setDataValidation'] ?? 0);
      return emu;
    };
    const tampak = (emu: Emulator, viewer: string): unknown => ({ ...emu.spreadsheet.describeSheet(TAB_KWN_TW1, viewer), sheetId: 0, index: 0 });
    // KWN is the last bidang: with all five it is copied from the first tab; alone it is built.
    const disalin = dimulai(BIDANG_CONTOH);
    const dibangun = dimulai(BIDANG_CONTOH.slice(4));
    for (const viewer of [ADMIN, KABID_KWN]) expect(tampak(disalin, viewer)).toEqual(tampak(dibangun, viewer));
    // Five tabs set no more validation than one: one tab is built, the others are copies of it.
    expect(validasi[0]).toBe(validasi[1]);
  });
});
