import { describe, expect, it } from 'vitest';
import { displayValue } from '../../node/emulator/spreadsheet/number-format';

describe('displayValue of date-time formats', () => {
  const saat = new Date('2026-12-07T03:04:05Z'); // 10.04.05 in Jakarta

  it('reads mm after hh (or before ss) as minutes, as Sheets does: the Log shows 10:04:05, not 10:12:05', () => {
    expect(displayValue(saat, 'yyyy-mm-dd hh:mm:ss', 'id_ID', 'Asia/Jakarta')).toBe('2026-12-07 10:04:05');
    expect(displayValue(saat, 'mm:ss', 'id_ID', 'Asia/Jakarta')).toBe('04:05');
  });

  it('keeps mm a month elsewhere, and quoted text as it is', () => {
    expect(displayValue(saat, 'dd/mm/yyyy', 'id_ID', 'Asia/Jakarta')).toBe('07/12/2026');
    expect(displayValue(saat, 'd mmmm yyyy "pukul" hh.mm', 'en_US', 'Asia/Jakarta')).toBe('7 December 2026 pukul 10.04');
  });
});
