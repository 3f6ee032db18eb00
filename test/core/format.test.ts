import { describe, expect, it } from 'vitest';
import { formatAngka, formatAngkaPenuh, formatPersen, formatRupiah } from '../../src/core/format';

describe('formatAngka', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatAngka(1234.56)).toBe('1.234,56');
    expect(formatAngka(1234567)).toBe('1.234.567');
    expect(formatAngka(999)).toBe('999');
    expect(formatAngka(1000)).toBe('1.000');
  });

  it('without desimal shows at most two decimals, trailing zeros dropped', () => {
    expect(formatAngka(85)).toBe('85');
    expect(formatAngka(12.5)).toBe('12,5');
    expect(formatAngka(1 / 3)).toBe('0,33');
    expect(formatAngka(2 / 3)).toBe('0,67');
    expect(formatAngka(0.001)).toBe('0');
  });

  it('with desimal shows exactly that many decimals', () => {
    expect(formatAngka(85, 2)).toBe('85,00');
    expect(formatAngka(1234.5, 0)).toBe('1.235');
    expect(formatAngka(0.125, 3)).toBe('0,125');
    expect(formatAngka(7, 1)).toBe('7,0');
  });

  it('rounds half away from zero on the decimal digits a person sees', () => {
    // toFixed would give 1.00 and 1.00 from the binary values of these numbers.
    expect(formatAngka(1.005, 2)).toBe('1,01');
    expect(formatAngka(1.005)).toBe('1,01');
    expect(formatAngka(-1.005, 2)).toBe('-1,01');
    expect(formatAngka(2.5, 0)).toBe('3');
    expect(formatAngka(-2.5, 0)).toBe('-3');
    expect(formatAngka(999.995, 2)).toBe('1.000,00');
    expect(formatAngka(9.999)).toBe('10');
  });

  it('writes negatives with a minus and never shows -0', () => {
    expect(formatAngka(-1234.5)).toBe('-1.234,5');
    expect(formatAngka(-0)).toBe('0');
    expect(formatAngka(-0.001, 2)).toBe('0,00');
  });

  it('expands numbers that JavaScript prints in exponent notation', () => {
    expect(formatAngka(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(formatAngka(1.5e-7, 8)).toBe('0,00000015');
    expect(formatAngka(1e-7)).toBe('0');
  });

  it('shows a dash for values that are not numbers rather than throwing', () => {
    expect(formatAngka(Number.NaN)).toBe('—');
    expect(formatAngka(Infinity, 2)).toBe('—');
  });

  it('refuses a nonsensical number of decimals', () => {
    expect(() => formatAngka(1, -1)).toThrow(RangeError);
    expect(() => formatAngka(1, 1.5)).toThrow(RangeError);
  });
});

describe('formatAngkaPenuh', () => {
  it('keeps every significant decimal', () => {
    expect(formatAngkaPenuh(0.125)).toBe('0,125');
    expect(formatAngkaPenuh(1234.5678)).toBe('1.234,5678');
    expect(formatAngkaPenuh(-1234)).toBe('-1.234');
  });
});

describe('formatPersen', () => {
  it('always two decimals and a space before %', () => {
    expect(formatPersen(85)).toBe('85,00 %');
    expect(formatPersen(90.999)).toBe('91,00 %');
    expect(formatPersen(1234.5)).toBe('1.234,50 %');
    expect(formatPersen(-12.345)).toBe('-12,35 %');
    expect(formatPersen(Number.NaN)).toBe('—');
  });
});

describe('formatRupiah', () => {
  it('rounds to whole rupiah with thousands dots', () => {
    expect(formatRupiah(1250000)).toBe('Rp 1.250.000');
    expect(formatRupiah(1250000.5)).toBe('Rp 1.250.001');
    expect(formatRupiah(0)).toBe('Rp 0');
    expect(formatRupiah(999.4)).toBe('Rp 999');
  });

  it('puts the minus before Rp', () => {
    expect(formatRupiah(-5000)).toBe('-Rp 5.000');
    expect(formatRupiah(-0.4)).toBe('Rp 0');
  });
});
