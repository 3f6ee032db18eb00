import { expect, test } from 'vitest';
import { indikatorBanyak } from '../../node/fixtures/opd-contoh';
import type { Emulator } from '../../node/emulator/index';
import { ADMIN, KABID_KWN } from './helpers';
import { emulatorRekap, isi, mulai, rekap, S1, S2, TAB_KWN } from './rekap-helpers';

const BIDANG = ['SEK', 'IDB', 'POL', 'ORM', 'KWN'];

/** `n` indicators per bidang over `sasaran` sasaran, TW I started, one draft value typed. */
function denganIndikator(n: number, sasaran: number): Emulator {
  const nama = (i: number): string => (i === 0 ? S1 : i === 1 ? S2 : `Sasaran uji ${i + 1}`);
  const indikator = BIDANG.flatMap((b) => indikatorBanyak(b, n).map((row, i) => [row[0], nama(i % sasaran), ...row.slice(2)]));
  const emu = emulatorRekap(indikator);
  mulai(emu, 'TW1');
  isi(emu, KABID_KWN, TAB_KWN('TW I'), 'TW1', 'KWN-001', { realisasi: 12 });
  return emu;
}

/** Service calls of one recap build, by `Service.method`. */
function panggilan(emu: Emulator, masukan: Record<string, unknown>): Record<string, number> {
  const awal = emu.ws.calls.length;
  expect(rekap(emu, masukan).status).toBe('ok');
  return emu.ws.callCounts(awal);
}

test('a recap costs the same service calls for 5 indicators per bidang over 2 sasaran and 50 over 25, drafts or not', () => {
  const kecil = denganIndikator(5, 2);
  const besar = denganIndikator(50, 25);
  for (const masukan of [{}, { sertakanDraf: true }]) {
    // First build creates the tab; the second rebuilds it in place.
    for (let i = 0; i < 2; i++) expect(panggilan(besar, masukan)).toEqual(panggilan(kecil, masukan));
  }
  // Drafts: one read per bidang tab, and no more.
  const tanpa = panggilan(kecil, {});
  const dengan = panggilan(kecil, { sertakanDraf: true });
  const baca = 'SpreadsheetApp.Range.getValues';
  expect((dengan[baca] ?? 0) - (tanpa[baca] ?? 0)).toBe(BIDANG.length);
  // The big recap really holds 250 indicator rows under 25 sasaran headings.
  const tab = besar.spreadsheet.describeSheet('Rekap TW1-26');
  expect(tab.lastRow).toBeGreaterThan(250 + 25);
  expect(tab.cells.filter((c) => c.column === 3 && /^Sasaran \d+: /.test(String(c.value)))).toHaveLength(25);
  // Column widths in runs of equal widths (Kode 70 px, Indikator Kinerja 280 px), never one call per column.
  expect([tab.columnWidths[2], tab.columnWidths[3]]).toEqual([70, 280]);
  expect(tanpa['SpreadsheetApp.Sheet.setColumnWidth'] ?? 0).toBe(0);
});


test('the annual recap reads the Renstra and Riwayat Capaian tabs once each: its service calls do not grow with the indicators', () => {
  const kecil = denganIndikator(5, 2);
  const besar = denganIndikator(50, 25);
  const tahunan = { periode: 'TAHUNAN' };
  for (let i = 0; i < 2; i++) expect(panggilan(besar, tahunan)).toEqual(panggilan(kecil, tahunan));
  expect(besar.spreadsheet.describeSheet('Rekap THN-26').lastRow).toBeGreaterThan(250);
  // Rows in the Renstra tab cost nothing more: the tab is one read, however many rows it holds.
  const kosong = panggilan(kecil, tahunan);
  const baris: Record<string, string> = { A8: 'KWN-001', C8: 'kumulatif', A9: 'KWN-002', C9: 'kondisi akhir' };
  for (const [a1, v] of Object.entries(baris)) expect(kecil.edit(ADMIN, 'Renstra', a1, v).ok).toBe(true);
  expect(panggilan(kecil, tahunan)).toEqual(kosong);
});
