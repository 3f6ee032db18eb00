import { describe, expect, it } from 'vitest';
import { kategoriCapaian, parseSkalaKategori, SKALA_KATEGORI_BAWAAN } from '../../src/core/kategori';
import { KUNCI_PENGATURAN } from '../../src/core/konfigurasi/skema';
import type { BatasKategori } from '../../src/core/types';

const bawaan = (persen: number): string => kategoriCapaian(persen, SKALA_KATEGORI_BAWAAN);

describe('kategoriCapaian with the default scale', () => {
  it('puts each band boundary in the higher band and just below it in the lower one', () => {
    expect(bawaan(91)).toBe('Sangat Tinggi');
    expect(bawaan(90.994)).toBe('Tinggi');
    expect(bawaan(76)).toBe('Tinggi');
    expect(bawaan(75.994)).toBe('Sedang');
    expect(bawaan(66)).toBe('Sedang');
    expect(bawaan(65.994)).toBe('Rendah');
    expect(bawaan(51)).toBe('Rendah');
    expect(bawaan(50.994)).toBe('Sangat Rendah');
  });

  it('covers the extremes', () => {
    expect(bawaan(250)).toBe('Sangat Tinggi');
    expect(bawaan(0)).toBe('Sangat Rendah');
    expect(bawaan(-40)).toBe('Sangat Rendah');
  });

  it('does not let floating-point noise drop a capaian of exactly 76 a band', () => {
    const persen = (2.28 * 100) / 3; // 76 % in exact arithmetic
    expect(persen).toBeLessThan(76);
    expect(bawaan(persen)).toBe('Tinggi');
  });

  it('gives no category to NaN', () => {
    expect(bawaan(Number.NaN)).toBe('');
  });
});

describe('parseSkalaKategori', () => {
  it('reads the settings text into the default scale', () => {
    const h = parseSkalaKategori('91 Sangat Tinggi; 76 Tinggi; 66 Sedang; 51 Rendah; Sangat Rendah');
    expect(h).toEqual({ ok: true, skala: SKALA_KATEGORI_BAWAAN });
  });

  it('accepts line breaks, ≥ signs, decimal commas and a trailing separator', () => {
    const h = parseSkalaKategori('≥ 100 Memuaskan\n>=85,5 Baik;\n  Kurang ;');
    expect(h).toEqual({
      ok: true,
      skala: [
        { kategori: 'Memuaskan', min: 100 },
        { kategori: 'Baik', min: 85.5 },
        { kategori: 'Kurang', min: -Infinity },
      ],
    });
  });

  it('reads limits written the Indonesian way, and the example Pengaturan starts with is the default scale', () => {
    const skala: BatasKategori[] = [
      { kategori: 'A', min: 1000.5 },
      { kategori: 'B', min: 0 },
      { kategori: 'C', min: -Infinity },
    ];
    expect(parseSkalaKategori('1.000,5 A; 0 B; C')).toEqual({ ok: true, skala });
    const contoh = KUNCI_PENGATURAN.find((k) => k.id === 'skalaKategori')?.contoh ?? '';
    expect(parseSkalaKategori(contoh)).toEqual({ ok: true, skala: SKALA_KATEGORI_BAWAAN });
  });

  function pesan(text: string): string {
    const h = parseSkalaKategori(text);
    if (h.ok) throw new Error(`expected a refusal of ${text}`);
    return h.pesan;
  }

  it('refuses an empty scale', () => {
    expect(pesan('  ;  ')).toContain('Skala kategori kosong');
  });

  it('refuses a last band with a limit: lower capaian would have no category', () => {
    expect(pesan('91 Sangat Tinggi; 76 Tinggi')).toContain('di bawah 76');
  });

  it('refuses a band without a limit before the last one', () => {
    expect(pesan('Sangat Tinggi; 76 Tinggi; Rendah')).toContain('Bagian ke-1');
  });

  it('refuses limits that do not fall', () => {
    expect(pesan('76 Tinggi; 91 Sangat Tinggi; Rendah')).toContain('Bagian ke-2');
    expect(pesan('76 Tinggi; 76 Sedang; Rendah')).toContain('lebih kecil dari batas sebelumnya (76)');
  });

  it('refuses a limit that is not a number, naming the band', () => {
    expect(pesan('9x1 Tinggi; Rendah')).toContain('Bagian ke-1');
    expect(pesan('91,5,5 Tinggi; Rendah')).toContain('lebih dari satu koma');
  });

  it('refuses a limit without a name', () => {
    expect(pesan('91; Rendah')).toContain('nama kategori belum ditulis');
  });

  it('refuses the same name twice, ignoring case', () => {
    expect(pesan('91 Tinggi; 76 tinggi; Rendah')).toContain('“Tinggi” dipakai lebih dari sekali');
  });
});
