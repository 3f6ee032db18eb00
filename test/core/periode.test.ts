import { describe, expect, it } from 'vitest';
import { labelPeriode, labelSampaiPeriode, nomorTriwulan, parsePeriode, PERIODE } from '../../src/core/periode';

describe('periode', () => {
  it('labels each period as reports write it', () => {
    expect(PERIODE.map(labelPeriode)).toEqual(['TW I', 'TW II', 'TW III', 'TW IV', 'Tahunan']);
    expect(PERIODE.map(labelSampaiPeriode)).toEqual(['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV', 'Tahunan']);
  });

  it('reads the ways people write a period', () => {
    const cases: Array<[string, string]> = [
      ['TW I', 'TW1'], ['tw1', 'TW1'], ['TW.2', 'TW2'], ['Triwulan II', 'TW2'], ['triwulan 3', 'TW3'],
      ['TW-IV', 'TW4'], ['Triwulan Keempat', 'TW4'], ['TRW III', 'TW3'], ['  tw iv ', 'TW4'],
      ['Tahunan', 'TAHUNAN'], ['TAHUNAN', 'TAHUNAN'], ['tahun', 'TAHUNAN'],
    ];
    for (const [text, p] of cases) expect(parsePeriode(text)).toBe(p);
    for (const p of PERIODE) expect(parsePeriode(labelPeriode(p))).toBe(p);
  });

  it('returns null for anything else', () => {
    for (const text of ['', 'TW V', 'TW5', 'TW 0', 'Semester I', 'twconstructor', 'TW', 'I']) {
      expect(parsePeriode(text)).toBeNull();
    }
  });

  it('numbers the quarters, Tahunan as the fourth', () => {
    expect(PERIODE.map(nomorTriwulan)).toEqual([1, 2, 3, 4, 4]);
  });
});
