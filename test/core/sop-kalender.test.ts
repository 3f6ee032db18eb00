import { afterEach, describe, expect, it } from 'vitest';
import { KALENDER_BAKU, tambahWaktuKerja } from '../../src/core/sop/kalender';
import type { Kalender, WaktuLokal } from '../../src/core/sop/model';
import { parseWaktu } from '../../src/core/sop/waktu';
import { waktuKerjaAntara } from '../../src/core/sop/lembar';

// March 2026: Mon 2, Fri 6, Sat 7, Mon 9, Thu 19, Fri 20; Fri 3 April, Mon 6 April.
const w = (hari: number, bulan: number, jam: number, menit = 0): WaktuLokal => ({
  tahun: 2026,
  bulan,
  hari,
  menit: jam * 60 + menit,
});
const jam = (n: number) => ({ hariKerja: 0, menit: n * 60 });
const hari = (n: number) => ({ hariKerja: n, menit: 0 });

describe('tambahWaktuKerja', () => {
  it('carries office time over the weekend', () => {
    expect(tambahWaktuKerja(w(6, 3, 15), jam(2), KALENDER_BAKU)).toEqual(w(9, 3, 9));
    expect(tambahWaktuKerja(w(6, 3, 10), hari(1), KALENDER_BAKU)).toEqual(w(9, 3, 10));
  });

  it('moves a start on a weekend, before opening or at closing to the next opening', () => {
    expect(tambahWaktuKerja(w(7, 3, 10), hari(0), KALENDER_BAKU)).toEqual(w(9, 3, 8));
    expect(tambahWaktuKerja(w(9, 3, 7), { hariKerja: 0, menit: 30 }, KALENDER_BAKU)).toEqual(w(9, 3, 8, 30));
    expect(tambahWaktuKerja(w(9, 3, 16), { hariKerja: 0, menit: 10 }, KALENDER_BAKU)).toEqual(w(10, 3, 8, 10));
    expect(tambahWaktuKerja(w(9, 3, 20), jam(1), KALENDER_BAKU)).toEqual(w(10, 3, 9));
  });

  it('makes work that ends with the day due at closing time, not the next morning', () => {
    expect(tambahWaktuKerja(w(9, 3, 14), jam(2), KALENDER_BAKU)).toEqual(w(9, 3, 16));
    expect(tambahWaktuKerja(w(7, 3, 12), hari(1), KALENDER_BAKU)).toEqual(w(9, 3, 16));
    expect(tambahWaktuKerja(w(6, 3, 8), hari(1), KALENDER_BAKU)).toEqual(w(6, 3, 16));
  });

  it('skips holidays', () => {
    const libur: Kalender = { ...KALENDER_BAKU, hariLibur: ['2026-03-10'] };
    expect(tambahWaktuKerja(w(9, 3, 10), hari(1), libur)).toEqual(w(11, 3, 10));
    expect(tambahWaktuKerja(w(10, 3, 9), jam(1), libur)).toEqual(w(11, 3, 9));
  });

  it('respects the office hours of the calendar', () => {
    const jamKantor: Kalender = { hariLibur: [], jamMulai: 7 * 60 + 30, jamSelesai: 15 * 60 };
    expect(tambahWaktuKerja(w(9, 3, 14), jam(2), jamKantor)).toEqual(w(10, 3, 8, 30));
  });

  it('gives "25 HARI KERJA + 1 JAM" from Monday 2 March 2026, with and without holidays', () => {
    const durasi = parseWaktu('25 HARI KERJA + 1 JAM');
    if (!durasi.ok) throw new Error(durasi.pesan);
    expect(tambahWaktuKerja(w(2, 3, 8), durasi.durasi, KALENDER_BAKU)).toEqual(w(6, 4, 9));
    const libur: Kalender = { ...KALENDER_BAKU, hariLibur: ['2026-03-19', '2026-03-20', '2026-04-03'] };
    expect(tambahWaktuKerja(w(2, 3, 8), durasi.durasi, libur)).toEqual(w(9, 4, 9));
  });

  it('crosses a month and a year end', () => {
    // Wed 31 Dec 2025 15:00 + 2 jam, with 1 January a holiday → Fri 2 Jan 2026 09:00.
    const libur: Kalender = { ...KALENDER_BAKU, hariLibur: ['2026-01-01'] };
    expect(tambahWaktuKerja({ tahun: 2025, bulan: 12, hari: 31, menit: 900 }, jam(2), libur)).toEqual({
      tahun: 2026,
      bulan: 1,
      hari: 2,
      menit: 540,
    });
  });

  describe('independent of the machine time zone', () => {
    const asal = process.env.TZ;
    afterEach(() => {
      if (asal === undefined) delete process.env.TZ;
      else process.env.TZ = asal;
    });
    it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Jayapura'])('%s', (tz) => {
      process.env.TZ = tz;
      expect(tambahWaktuKerja(w(6, 3, 15), jam(2), KALENDER_BAKU)).toEqual(w(9, 3, 9));
    });
  });

  it('refuses office hours that close before they open', () => {
    expect(() => tambahWaktuKerja(w(9, 3, 9), jam(1), { hariLibur: [], jamMulai: 960, jamSelesai: 480 })).toThrow(
      RangeError,
    );
  });
});

describe('far dates (a warning letter 73 years after the cycle start)', () => {
  const dariCuti: Kalender = { ...KALENDER_BAKU, hariLibur: ['2026-04-03', '2026-05-01', '2026-05-14', '2026-08-17', '2026-12-25', '2027-01-01'] };

  it('counts the working time from Wed 1 April 2026 09.00 to Mon 20 April 2099 10.00 as the weekdays between', () => {
    // 26 682 days = 3 811 weeks (19 055 weekdays) + Thu, Fri, Sat, Sun, Mon (3 more): 19 058 days, then 1 hour.
    const dari = { tahun: 2026, bulan: 4, hari: 1, menit: 540 };
    const sampai = { tahun: 2099, bulan: 4, hari: 20, menit: 600 };
    expect(waktuKerjaAntara(dari, sampai, KALENDER_BAKU)).toEqual({ hariKerja: 19_058, menit: 60 });
    // Each holiday on a weekday costs one working day.
    expect(waktuKerjaAntara(dari, sampai, dariCuti)).toEqual({ hariKerja: 19_052, menit: 60 });
  });

  it('adds many working days as one working day at a time would, holidays included', () => {
    const satuSatu = (mulai: WaktuLokal, n: number): WaktuLokal => {
      let x = tambahWaktuKerja(mulai, hari(0), dariCuti);
      for (let i = 0; i < n; i++) x = tambahWaktuKerja(x, hari(1), dariCuti);
      return x;
    };
    for (const n of [4, 5, 6, 12, 23, 60, 200]) {
      for (const mulai of [w(30, 3, 10), w(2, 4, 15, 30), w(4, 4, 9), w(28, 4, 8), w(24, 12, 11)]) {
        expect(tambahWaktuKerja(mulai, hari(n), dariCuti)).toEqual(satuSatu(mulai, n));
      }
    }
  });
});
