import { describe, expect, it } from 'vitest';
import { formatDurasi, parseWaktu } from '../../src/core/sop/waktu';

describe('parseWaktu', () => {
  it.each([
    ['10 menit', 0, 10],
    ['45 menit', 0, 45],
    ['60 menit', 0, 60],
    ['5 Menit', 0, 5],
    ['1 jam', 0, 60],
    ['2 jam', 0, 120],
    ['1 hari', 1, 0],
    ['15 hari', 15, 0],
    ['2 minggu', 10, 0],
    ['25 HARI KERJA + 1 JAM', 25, 60],
    ['3 hari kerja', 3, 0],
    ['1 jam 30 menit', 0, 90],
    ['2 hari dan 2 jam', 2, 120],
    ['1,5 jam', 0, 90],
  ])('reads "%s" as %i working days and %i minutes', (teks, hariKerja, menit) => {
    expect(parseWaktu(teks)).toEqual({ ok: true, durasi: { hariKerja, menit } });
  });

  it('reads OCR spacing and stray capitals', () => {
    expect(parseWaktu('  1 0   MeNit ')).toEqual({ ok: true, durasi: { hariKerja: 0, menit: 10 } });
    expect(parseWaktu('25HARI  KER JA+1JAM')).toEqual({ ok: true, durasi: { hariKerja: 25, menit: 60 } });
    expect(parseWaktu('1 hari.')).toEqual({ ok: true, durasi: { hariKerja: 1, menit: 0 } });
  });

  it.each(['segera', '2', '2 tahun', 'dua hari', '1 jam +'])('refuses "%s" and quotes it', (teks) => {
    const hasil = parseWaktu(teks);
    expect(hasil.ok).toBe(false);
    if (!hasil.ok) expect(hasil.pesan).toContain(`"${teks}" tidak dapat dibaca`);
  });

  it('refuses an empty time standard and fractions of a day', () => {
    const kosong = parseWaktu('  ');
    expect(kosong.ok === false && kosong.pesan).toMatch(/^Waktu kosong/);
    const pecahan = parseWaktu('0,5 hari');
    expect(pecahan.ok === false && pecahan.pesan).toContain('pecahan hari');
  });
});

describe('formatDurasi', () => {
  it('writes durations in Indonesian', () => {
    expect(formatDurasi({ hariKerja: 25, menit: 60 })).toBe('25 hari kerja 1 jam');
    expect(formatDurasi({ hariKerja: 0, menit: 90 })).toBe('1 jam 30 menit');
    expect(formatDurasi({ hariKerja: 10, menit: 0 })).toBe('10 hari kerja');
    expect(formatDurasi({ hariKerja: 0, menit: 0 })).toBe('0 menit');
  });
});
