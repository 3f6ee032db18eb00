import { describe, expect, test } from 'vitest';
import { PESAN_TIMEOUT } from '../proof/fault-runner';
import { KABID_KWN, TAB_KWN_TW1, panggilanSelama } from './helpers';
import { ISIAN_KWN, isi, siklusDimulai, statusBidang } from './kirim-bantuan';

/** A workbook with KWN's tab filled in, ready for the Kabid to tick Kirim. */
function siap(): ReturnType<typeof siklusDimulai> {
  const emu = siklusDimulai();
  isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
  return emu;
}

describe('Kirim: a Google error while the box is processed', () => {
  test('the toast says it in Indonesian, tells the Kabid to tick again, and keeps Google\'s text last for the admin', () => {
    // The k-th call of an uninterrupted submission that is the first workbook write under the lock.
    const acuan = siap();
    const k = panggilanSelama(acuan, () => acuan.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true)).findIndex((c) => c.write && c.documentLockHeld) + 1;
    expect(k).toBeGreaterThan(0);

    const emu = siap();
    emu.ws.injectFault({ atCall: k, message: PESAN_TIMEOUT });
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true)).toEqual({ ok: true, triggerErrors: [] });
    expect(emu.spreadsheet.toasts().at(-1)).toEqual({
      title: 'Lapkin · Kirim isian',
      message: `Google Sheets sedang sibuk atau waktu habis; coba lagi sebentar lagi. Kotak Kirim belum diproses: hapus centangnya lalu centang lagi. (Rincian teknis: ${PESAN_TIMEOUT})`,
    });
    expect(statusBidang(emu, 'KWN')).not.toBe('terkirim');
  });
});
