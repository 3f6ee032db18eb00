/**
 * A prepared (Siapkan siklus) cycle is no cycle that ran, through the built bundle with a consumer
 * account: while the Tahunan cycle is only prepared (its nota dinas under way), the annual recap
 * and the LKj draft are built from TW I–IV, exactly as when no Tahunan cycle exists.
 */
import { describe, expect, test } from 'vitest';
import { ADMIN, KABID_KWN } from './helpers';
import { ok, panggil } from './dokumen-helpers';
import { emulatorRekap, isi, mulai, rekap, selRekap, TAB_KWN } from './rekap-helpers';

describe('a prepared Tahunan cycle', () => {
  test('the annual recap and the LKj draft work from TW I–IV while the Tahunan cycle is prepared', () => {
    const emu = emulatorRekap();
    mulai(emu, 'TW1');
    for (const kode of ['C-01', 'C-02', 'C-03', 'C-04', 'C-05', 'C-06', 'C-07', 'C-08']) {
      isi(emu, KABID_KWN, TAB_KWN('TW I'), 'TW1', kode, { realisasi: kode === 'C-06' ? 20 : 50, penjelasan: 'Sesuai rencana' });
    }
    expect(emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' })).toMatchObject({ status: 'ok' });
    const siap = emu.call(ADMIN, 'siapkanSiklus', { periode: 'TAHUNAN', tahun: 2026, batasWaktu: '2099-12-31', konfirmasi: true }) as { status: string; pesan: string };
    expect(siap.status, siap.pesan).toBe('ok');
    expect(emu.call(ADMIN, 'getPanelState')).toMatchObject({ siklus: { label: 'Tahunan 2026', persiapan: true } });

    // The open cycle's recap (no period given) and the one asked for by period are both the annual one.
    const hasil = rekap(emu);
    expect(hasil, hasil.pesan).toMatchObject({ status: 'ok', tab: 'Rekap THN-26' });
    expect(rekap(emu, { periode: 'TAHUNAN' })).toMatchObject({ status: 'ok', tab: 'Rekap THN-26' });
    const tab = emu.spreadsheet.describeSheet('Rekap THN-26');
    expect(selRekap(tab, 'C-06', 'Realisasi TW I')?.value).toBe(20);

    const lkj = ok(panggil(emu, 'buatDokumenLkj', { periode: 'TAHUNAN' }));
    expect(lkj.dokumen[0].nama).toMatch(/^LKj .* Tahunan 2026/);
  });

  test('a prepared quarter still refuses its recap: its tabs are not open', () => {
    const emu = emulatorRekap();
    expect((emu.call(ADMIN, 'siapkanSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: '2099-12-31' }) as { status: string }).status).toBe('ok');
    expect(rekap(emu)).toEqual({ status: 'ditolak', pesan: 'Siklus TW I 2026 masih persiapan: tab bidang belum dibuka. Jalankan Mulai siklus untuk membukanya.' });
  });
});
