import { describe, expect, test } from 'vitest';
import { posisiKolom } from '../../src/core/lembar-bidang';
import { ADMIN, KABID_KWN, TAB_KWN_TW1, barisKode } from './helpers';
import { KOLOM, barisArsip, isi, siklusDimulai } from './kirim-bantuan';

describe('the spreadsheet locale', () => {
  test('an en_US workbook: Siapkan sets id_ID, so 12,5 and 1.234 are read as the Kabid meant and 12.5 is refused with the cell\'s help', () => {
    // The owner's Google account is in English: the new spreadsheet is en_US (support.google.com/docs/answer/58515).
    const emu = siklusDimulai(undefined, { ownerLocale: 'en_US' });
    expect(emu.spreadsheet.ctx.book.locale).toBe('id_ID');
    expect(emu.spreadsheet.describeSheet('Log', ADMIN).cells.some((c) => String(c.value).includes('lokal spreadsheet en_US diganti id_ID'))).toBe(true);
    const view = emu.spreadsheet.describeSheet(TAB_KWN_TW1);
    // In id_ID "12.5" is not a number: the realisasi column's validation refuses it at once, saying what to type.
    const ditolak = emu.edit(KABID_KWN, TAB_KWN_TW1, `${KOLOM.realisasi}${barisKode(view, 'IK-17')}`, '12.5');
    expect(ditolak).toEqual({ ok: false, error: expect.stringContaining('Isi angka') });
    isi(emu, KABID_KWN, TAB_KWN_TW1, { 'IK-16': '12,5', 'IK-17': '12,5', 'IK-18': '1.234', 'IK-19': 6, 'IK-20': 100 });
    expect(emu.spreadsheet.describeSheet(TAB_KWN_TW1).cells.find((c) => c.row === barisKode(view, 'IK-18') && c.column === posisiKolom('TW1', 'realisasi'))?.value).toBe(1234);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true)).toMatchObject({ ok: true, triggerErrors: [] });
    const arsip = barisArsip(emu);
    const realisasi = (kode: string) => arsip.find((r) => r[5] === kode)?.[6];
    expect([realisasi('IK-16'), realisasi('IK-17'), realisasi('IK-18')]).toEqual([12.5, 12.5, 1234]);
  });

  test('without Siapkan\'s setting, en_US reads 1.234 as one point two three four: why Siapkan sets it', () => {
    const emu = siklusDimulai(undefined, { ownerLocale: 'en_US' });
    emu.ws.strictLock = false; // the test itself changes the locale back, as a user could in File ▸ Settings
    emu.ws.run({ email: ADMIN }, () => (emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().setSpreadsheetLocale('en_US'));
    const view = emu.spreadsheet.describeSheet(TAB_KWN_TW1);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${KOLOM.realisasi}${barisKode(view, 'IK-18')}`, '1.234')).toMatchObject({ ok: true });
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${KOLOM.realisasi}${barisKode(view, 'IK-16')}`, '12,5')).toMatchObject({ ok: false });
    const nilai = emu.spreadsheet.describeSheet(TAB_KWN_TW1).cells.find((c) => c.row === barisKode(view, 'IK-18') && c.column === posisiKolom('TW1', 'realisasi'))?.value;
    expect(nilai).toBe(1.234);
  });
});
