/** Working days against the shipped national holidays and cuti bersama, local holidays, and office hours per weekday. */
import { describe, expect, it } from 'vitest';
import { bacaJamKantor } from '../../src/core/konfigurasi/pengaturan';
import { gabungLibur, LIBUR_NASIONAL, peringatanTahunLibur, tahunTanpaDaftar } from '../../src/core/libur-nasional';
import { hariDalamMinggu, nomorHari, tambahWaktuKerja } from '../../src/core/sop/kalender';
import type { Kalender, WaktuLokal } from '../../src/core/sop/model';
import { tambahHariKerja } from '../../src/core/siklus';

const w = (bulan: number, hari: number, jam: number, menit = 0): WaktuLokal => ({ tahun: 2026, bulan, hari, menit: jam * 60 + menit });

describe('the national list (SKB 3 Menteri)', () => {
  it('2026: 17 libur nasional and 8 cuti bersama, none twice, 31 March 2026 not among them', () => {
    const hari = LIBUR_NASIONAL[2026].hari;
    expect(hari.filter((h) => h.jenis === 'libur-nasional')).toHaveLength(17);
    expect(hari.filter((h) => h.jenis === 'cuti-bersama')).toHaveLength(8);
    expect(new Set(hari.map((h) => h.tanggal)).size).toBe(25);
    expect(hari.map((h) => h.tanggal)).not.toContain('2026-03-31');
    expect(LIBUR_NASIONAL[2026].sumber).toMatch(/Nomor 1497 Tahun 2025/);
  });
  it('2025: 17 libur nasional and 10 cuti bersama', () => {
    expect(LIBUR_NASIONAL[2025].hari.filter((h) => h.jenis === 'cuti-bersama')).toHaveLength(10);
    expect(LIBUR_NASIONAL[2025].hari).toHaveLength(27);
  });
  it('every cuti bersama falls on a weekday (the SKB never sets one on a weekend)', () => {
    for (const t of Object.values(LIBUR_NASIONAL)) {
      for (const h of t.hari.filter((x) => x.jenis === 'cuti-bersama')) {
        const [tahun, bulan, hari] = h.tanggal.split('-').map(Number);
        expect([0, 6], h.tanggal).not.toContain(hariDalamMinggu(nomorHari({ tahun, bulan, hari })));
      }
    }
  });
  it('10 working days after Monday 16 March 2026 skip Nyepi, Idul Fitri, their cuti bersama and Good Friday: Tuesday 7 April', () => {
    // 17 (1); 18–24 March are cuti bersama, holidays or the weekend; 25, 26, 27, 30, 31 (6); 1, 2 April (8);
    // 3 April is Wafat Yesus Kristus; 6, 7 April (10).
    expect(tambahHariKerja('2026-03-16', 10, gabungLibur([]))).toBe('2026-04-07');
  });
  it('local holidays are added to the national ones, each date once', () => {
    const semua = gabungLibur(['2026-07-01', '2026-01-01']);
    expect(semua).toContain('2026-07-01');
    expect(semua.filter((t) => t === '2026-01-01')).toHaveLength(1);
  });
  it('warns when a cycle runs into a year without a list: the Tahunan 2026 cycle runs in January 2027', () => {
    expect(tahunTanpaDaftar(['2027-01-04', '2027-01-29', '2026-12-30'])).toEqual([2027]);
    expect(peringatanTahunLibur(['2027-01-04'])).toMatch(/^Daftar libur nasional dan cuti bersama 2027 belum ada di Lapkin/);
    expect(peringatanTahunLibur(['2026-04-01', '2026-04-15'])).toBe('');
  });
});

describe('office hours per weekday', () => {
  it('reads "08:00-16:00; Jumat 08:00-11:30" and refuses a day it does not know', () => {
    expect(bacaJamKantor('08:00-16:00; Jumat 08:00-11:30')).toEqual({ mulai: 480, selesai: 960, perHari: { 5: { mulai: 480, selesai: 690 } } });
    expect(bacaJamKantor('08:00-16:00; Minggon 08:00-11:30')).toMatch(/tidak berbentuk nama hari lalu jam/);
    expect(bacaJamKantor('16:00-08:00')).toMatch(/tidak berbentuk 08:00-16:00/);
  });
  it('a shorter Friday holds fewer minutes: 5 hours from Friday 6 March 2026 09:00 end Monday at 10:30', () => {
    const jumatPendek: Kalender = { hariLibur: [], jamMulai: 480, jamSelesai: 960, jamPerHari: { 5: { mulai: 480, selesai: 690 } } };
    // Friday 09:00–11:30 is 150 minutes; the other 150 run Monday 08:00–10:30.
    expect(tambahWaktuKerja(w(3, 6, 9), { hariKerja: 0, menit: 300 }, jumatPendek)).toEqual(w(3, 9, 10, 30));
    // Work ending exactly at Friday's close is due Friday 11:30.
    expect(tambahWaktuKerja(w(3, 6, 9), { hariKerja: 0, menit: 150 }, jumatPendek)).toEqual(w(3, 6, 11, 30));
    // The same 5 hours with an ordinary Friday end Friday 14:00.
    expect(tambahWaktuKerja(w(3, 6, 9), { hariKerja: 0, menit: 300 }, { ...jumatPendek, jamPerHari: {} })).toEqual(w(3, 6, 14));
  });
});
