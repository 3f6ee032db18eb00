/** The Log tab: who ("(tidak diketahui)" when Google does not say), what, and every column but the time stored as plain text. */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { ADMIN, KABID_KWN, TAB_KWN_TW1, sel } from './helpers';
import { ISIAN_KWN, isi, siklusDimulai } from './kirim-bantuan';

function barisLog(emu: Emulator): { row: number; pengguna: unknown; tindakan: unknown; rincian: unknown }[] {
  const v = emu.spreadsheet.describeSheet('Log', ADMIN);
  return Array.from({ length: v.lastRow - 1 }, (_, i) => ({ row: i + 2, pengguna: sel(v, i + 2, 2)?.value, tindakan: sel(v, i + 2, 3)?.value, rincian: sel(v, i + 2, 4)?.value }));
}

describe('Log', () => {
  test('a run where Google gives no address is logged as "(tidak diketahui)"', () => {
    // A consumer-account Kabid ticks Kirim: the admin's trigger is told no address (domain.md §7).
    // The submission's own row names the bidang; the SOP step it advances has nobody to name.
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    const sebelum = barisLog(emu).length;
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true).ok).toBe(true);
    const baru = barisLog(emu).slice(sebelum);
    expect(baru.find((b) => b.tindakan === 'Kirim isian bidang')?.pengguna).toBe('Kabid/staf Bidang Kewaspadaan Nasional atau admin');
    const sop = baru.filter((b) => String(b.tindakan).startsWith('SOP: '));
    expect(sop.length).toBeGreaterThan(0);
    for (const b of sop) expect(b.pengguna).toBe('(tidak diketahui)');
  });

  test('a reason typed as "=…" is kept as text, and the Log\'s Pengguna, Tindakan and Rincian cells are plain text', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true).ok).toBe(true);
    const alasan = '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/x","A1:Z99")';
    expect(emu.call(ADMIN, 'kembalikanUntukPerbaikan', { bidang: 'KWN', alasan })).toMatchObject({ status: 'ok' });
    const log = emu.spreadsheet.describeSheet('Log', ADMIN);
    const akhir = barisLog(emu).at(-1)!;
    expect(akhir.tindakan).toBe('Kembalikan untuk perbaikan');
    expect(akhir.rincian).toBe(`TW I 2026; Bidang Kewaspadaan Nasional; versi 1; alasan: ${alasan}`);
    for (const { row } of barisLog(emu)) {
      for (const kolom of [2, 3, 4]) {
        const c = sel(log, row, kolom);
        expect(c?.formula).toBeUndefined();
        expect(c?.numberFormat, `Log!${String.fromCharCode(64 + kolom)}${row}`).toBe('@');
      }
    }
  });
});
