import { describe, expect, it } from 'vitest';
import { formatAngkaSatuan } from '../../src/core/format-satuan';
import { formatBarisAngka, kolomLembar, posisiKolom } from '../../src/core/lembar-bidang';

describe('formatAngkaSatuan', () => {
  it('shows counted units as whole numbers and every other unit with two decimals', () => {
    for (const s of ['orang', 'Kegiatan', ' dokumen ', 'temuan', 'ormas']) expect(formatAngkaSatuan(s)).toBe('#,##0');
    for (const s of ['%', 'indeks', 'nilai', 'hari', 'satuan baru']) expect(formatAngkaSatuan(s)).toBe('#,##0.00');
  });
});

describe('formatBarisAngka', () => {
  it("gives a bidang tab row its satuan's format for target, earlier quarters, realisasi s.d. and realisasi, and keeps capaian's", () => {
    const f = formatBarisAngka('TW3', 'orang');
    const kolom = kolomLembar('TW3').slice(posisiKolom('TW3', 'target') - 1, posisiKolom('TW3', 'realisasi'));
    expect(Object.fromEntries(kolom.map((k, i) => [k.id, f[i]]))).toEqual({
      target: '#,##0', realisasiTW1: '#,##0', realisasiTW2: '#,##0', realisasiSd: '#,##0', capaian: '#,##0.00" %"', kategori: '#,##0.00', realisasi: '#,##0',
    });
  });
});
