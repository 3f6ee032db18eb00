/**
 * The annual recap tab's Renstra columns come from the Renstra tab (its target and jenis), through
 * the built bundle, for an admin on a consumer account; the LKj's analysis 3 says the same figure.
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { ADMIN, KABID_KWN } from './helpers';
import { dokumen, ok, panggil, paragraf } from './dokumen-helpers';
import { emulatorRekap, INDIKATOR_UJI, isi, mulai, rekap, selRekap, TAB_KWN } from './rekap-helpers';

/** The Indikator tab with C-06's "Target akhir Renstra" left empty: its end target is only in the Renstra tab. */
const TANPA_RENSTRA_C06 = INDIKATOR_UJI.map((r) => (r[0] === 'C-06' ? r.map((v, i) => (i === 12 ? '' : v)) : r));

function ketik(emu: Emulator, tab: string, nilai: Record<string, string>): void {
  for (const [a1, v] of Object.entries(nilai)) {
    const hasil = emu.edit(ADMIN, tab, a1, v);
    if (!hasil.ok) throw new Error(`${tab}!${a1}: ${hasil.error}`);
  }
}

/** The annual cycle of 2026 with KWN's values submitted: C-06 110 orang (80 in 2025, Indikator ▸ Realisasi tahun lalu). */
function tahunanTerkirim(): Emulator {
  const emu = emulatorRekap(TANPA_RENSTRA_C06);
  mulai(emu, 'TAHUNAN');
  for (const kode of ['C-01', 'C-02', 'C-03', 'C-04', 'C-05', 'C-06', 'C-07', 'C-08']) {
    isi(emu, KABID_KWN, TAB_KWN('Tahunan'), 'TAHUNAN', kode, { realisasi: kode === 'C-06' ? 110 : 7, penjelasan: `Penjelasan ${kode}` });
  }
  const kirim = emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' }) as { status: string; pesan: string };
  if (kirim.status !== 'ok') throw new Error(kirim.pesan);
  return emu;
}

const KOLOM = ['Target Akhir Renstra', 'Jenis Target Renstra', 'Realisasi thd Renstra', 'Capaian terhadap Renstra (%)'];

describe('the annual recap against the Renstra tab', () => {
  test('a target written only in the Renstra tab appears in the annual recap tab, cumulative over the years, as the LKj says', () => {
    const emu = tahunanTerkirim();
    const renstraC06 = (): unknown[] => KOLOM.map((j) => selRekap(emu.spreadsheet.describeSheet('Rekap THN-26'), 'C-06', j)?.value ?? null);
    expect(rekap(emu, { periode: 'TAHUNAN' })).toMatchObject({ status: 'ok', tab: 'Rekap THN-26' });
    expect(renstraC06()).toEqual([null, null, null, null]);

    ketik(emu, 'Renstra', { B2: '2025–2029', A8: 'C-06', B8: '500', C8: 'kumulatif' });
    expect(rekap(emu, { periode: 'TAHUNAN' })).toMatchObject({ status: 'ok' });
    // 80 (2025) + 110 (2026) = 190 of 500 → 38 %.
    expect(renstraC06()).toEqual([500, 'kumulatif', 190, 38]);
    // C-01's end target is the Indikator tab's alone (100 %), read as an end condition: 7 ÷ 100.
    expect(selRekap(emu.spreadsheet.describeSheet('Rekap THN-26'), 'C-01', 'Capaian terhadap Renstra (%)')?.value).toBeCloseTo(7, 9);

    const teks = paragraf(dokumen(emu, ok(panggil(emu, 'buatDokumenLkj', { periode: 'TAHUNAN' })).dokumen[0])).map((p) => p.text);
    expect(teks.find((p) => p.startsWith('Indikator "Jumlah peserta sosialisasi"'))).toContain(
      'Terhadap Renstra 2025–2029 (target akhir kumulatif 500 orang): realisasi kumulatif s.d. 2026 = 80 (2025) + 110 (2026) = 190 orang; capaian = realisasi kumulatif ÷ target akhir × 100 % = 38,00 %;',
    );
  });

  test('a problem in the Renstra tab refuses the annual recap, naming tab, row and column, and leaves the tab as it was', () => {
    const emu = tahunanTerkirim();
    ketik(emu, 'Renstra', { A8: 'C-01', B8: '50', C8: 'kondisi akhir' });
    const hasil = rekap(emu, { periode: 'TAHUNAN' });
    expect(hasil.status).toBe('masalah');
    expect(hasil.uraian).toEqual(['Renstra, baris 8, kolom Target akhir Renstra: Target 50 berbeda dengan Target akhir Renstra 100 di tab Indikator untuk C-01. Samakan, atau kosongkan salah satunya.']);
    expect(emu.spreadsheet.sheetNames()).not.toContain('Rekap THN-26');
  });
});
