import { describe, expect, it } from 'vitest';
import { rencanaJadwal } from '../../src/core/sop/jadwal';
import { KALENDER_BAKU } from '../../src/core/sop/kalender';
import type { WaktuLokal } from '../../src/core/sop/model';
import { cariTemplate } from '../../src/core/sop/templates/index';
import { formatDurasi } from '../../src/core/sop/waktu';

const w = (bulan: number, hari: number, jam: number, menit = 0): WaktuLokal => ({
  tahun: 2026,
  bulan,
  hari,
  menit: jam * 60 + menit,
});

function template(id: string) {
  const t = cariTemplate(id);
  if (!t) throw new Error(id);
  return t;
}

describe('rencanaJadwal', () => {
  it('plans sop-003 step by step, each starting when the previous is due', () => {
    const jadwal = rencanaJadwal(template('sop-003'), w(3, 2, 8), KALENDER_BAKU);
    expect(jadwal.baris.map((b) => [b.mulai, b.tenggat])).toEqual([
      [w(3, 2, 8), w(3, 2, 16)], // 1 hari: due at Monday's close
      [w(3, 3, 8), w(3, 3, 8, 20)], // the next step starts at Tuesday's opening
      [w(3, 3, 8, 20), w(3, 3, 8, 30)],
      [w(3, 3, 8, 30), w(3, 24, 8, 30)], // 15 hari
      [w(3, 24, 8, 30), w(4, 2, 8, 30)], // 7 hari
      [w(4, 2, 8, 30), w(4, 3, 8, 30)],
      [w(4, 3, 8, 30), w(4, 6, 8, 30)], // over the weekend
      [w(4, 6, 8, 30), w(4, 6, 9)],
    ]);
    expect(formatDurasi(jadwal.totalWaktu)).toBe('25 hari kerja 1 jam');
    expect(jadwal.selesai).toEqual(w(4, 6, 9));
  });

  it('moves the plan past holidays and a start outside office hours', () => {
    const jadwal = rencanaJadwal(template('sop-004'), w(3, 6, 17), { ...KALENDER_BAKU, hariLibur: ['2026-03-09'] });
    expect(jadwal.baris[0]).toMatchObject({ mulai: w(3, 10, 8), tenggat: w(3, 10, 9) });
    // 2 minggu = 10 working days from Tuesday 10 March 11:00.
    expect(jadwal.baris[2]).toMatchObject({ mulai: w(3, 10, 11), tenggat: w(3, 24, 11) });
  });

  it('plans a step with no time standard as taking no time, and says so', () => {
    const jadwal = rencanaJadwal(template('sop-001'), w(3, 2, 8), KALENDER_BAKU);
    const tanpa = jadwal.baris[9];
    expect(tanpa.adaStandarWaktu).toBe(false);
    expect(tanpa.tenggat).toEqual(tanpa.mulai);
    expect(formatDurasi(jadwal.totalWaktu)).toBe('4 hari kerja 2 jam 15 menit');
  });
});
