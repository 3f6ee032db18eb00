import { describe, expect, test } from 'vitest';
import { labelTab, namaTabBidang, namaTabRekap, PANJANG_NAMA_TAB_MAKS } from '../../src/core/nama-tab';
import { PERIODE } from '../../src/core/periode';

describe('tab names', () => {
  test('short: period, two-digit year and bidang kode; the recap by period', () => {
    expect(namaTabBidang('TW1', 2026, 'KWN', [])).toBe('TW1-26·KWN');
    expect(namaTabBidang('TAHUNAN', 2026, 'SEK', [])).toBe('THN-26·SEK');
    expect(namaTabRekap('TW4', 2026)).toBe('Rekap TW4-26');
    expect(namaTabRekap('TAHUNAN', 2026)).toBe('Rekap THN-26');
  });

  test('every period of two years gets its own names, none over 31 characters', () => {
    const nama = [2026, 2027].flatMap((tahun) => PERIODE.flatMap((p) => [namaTabRekap(p, tahun), namaTabBidang(p, tahun, 'KWN', []), labelTab(p, tahun)]));
    expect(new Set(nama.map((n) => n.toLowerCase())).size).toBe(nama.length);
    expect(Math.max(...nama.map((n) => n.length))).toBeLessThanOrEqual(PANJANG_NAMA_TAB_MAKS);
  });

  test('a long or odd kode is cut and cleaned to a valid Excel name, unique ignoring case', () => {
    const panjang = 'K'.repeat(60);
    const pertama = namaTabBidang('TW3', 2026, panjang, []);
    expect(pertama).toBe(`TW3-26·${'K'.repeat(24)}`);
    const kedua = namaTabBidang('TW3', 2026, `${panjang}X`, [pertama.toLowerCase()]);
    expect(kedua).toHaveLength(31);
    expect(kedua.endsWith(' (2)')).toBe(true);
    expect(namaTabBidang('TW1', 2026, "A/B:C[1]'", [])).toBe('TW1-26·A-B-C-1--');
  });
});
