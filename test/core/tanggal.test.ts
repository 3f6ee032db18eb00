import { describe, expect, it } from 'vitest';
import { formatTanggal, jumlahHari, NAMA_BULAN, parseTanggalIso, tanggalSah, toIso } from '../../src/core/tanggal';

describe('formatTanggal', () => {
  it('writes the Indonesian month name', () => {
    expect(formatTanggal({ tahun: 2026, bulan: 3, hari: 31 })).toBe('31 Maret 2026');
    expect(formatTanggal({ tahun: 2026, bulan: 1, hari: 1 })).toBe('1 Januari 2026');
    expect(formatTanggal({ tahun: 2025, bulan: 8, hari: 17 })).toBe('17 Agustus 2025');
  });

  it('knows all twelve months in order', () => {
    expect(NAMA_BULAN).toEqual([
      'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
      'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
    ]);
  });

  it('refuses a day that does not exist', () => {
    expect(() => formatTanggal({ tahun: 2026, bulan: 2, hari: 29 })).toThrow(RangeError);
    expect(() => formatTanggal({ tahun: 2026, bulan: 13, hari: 1 })).toThrow(RangeError);
  });
});

describe('parseTanggalIso / toIso', () => {
  it('reads yyyy-mm-dd and writes it back', () => {
    expect(parseTanggalIso('2026-03-31')).toEqual({ tahun: 2026, bulan: 3, hari: 31 });
    expect(parseTanggalIso(' 2026-12-01 ')).toEqual({ tahun: 2026, bulan: 12, hari: 1 });
    expect(toIso({ tahun: 2026, bulan: 3, hari: 5 })).toBe('2026-03-05');
    expect(toIso(parseTanggalIso('2024-02-29') ?? { tahun: 0, bulan: 0, hari: 0 })).toBe('2024-02-29');
  });

  it('returns null for other shapes and impossible days', () => {
    for (const s of ['', '2026-3-31', '31-03-2026', '2026/03/31', '2026-03-31T00:00:00Z', '2026-02-29', '2026-04-31', '2026-00-10', 'kemarin']) {
      expect(parseTanggalIso(s)).toBeNull();
    }
  });

  it('knows leap years', () => {
    expect(jumlahHari(2024, 2)).toBe(29);
    expect(jumlahHari(2100, 2)).toBe(28);
    expect(jumlahHari(2000, 2)).toBe(29);
    expect(tanggalSah({ tahun: 2026, bulan: 6, hari: 31 })).toBe(false);
  });
});
