/** Indicators per category and mean capaian, for any set of recap rows (bidang, sasaran, all). */
import { kategoriCapaian } from '../kategori';
import type { BatasKategori } from '../types';
import type { BarisRekap, RingkasanKategori } from './model';

/**
 * Mean capaian of the computable rows, each capped at `batas` (Pengaturan ▸ Batas atas rata-rata,
 * default 120: one 200 % indicator must not lift a whole sasaran); null when none is computable.
 */
export function rataRataCapaian(baris: readonly BarisRekap[], batas: number): number | null {
  const persen = baris.flatMap((b) => (b.capaian.jenis === 'nilai' ? [Math.min(b.capaian.persen, batas)] : []));
  return persen.length === 0 ? null : persen.reduce((a, b) => a + b, 0) / persen.length;
}

export function ringkasKategori(baris: readonly BarisRekap[], skala: readonly BatasKategori[], batasRataRata: number): RingkasanKategori {
  const hitung = (syarat: (b: BarisRekap) => boolean): number => baris.filter(syarat).length;
  const rataRata = rataRataCapaian(baris, batasRataRata);
  return {
    jumlahIndikator: baris.length,
    perKategori: skala.map(({ kategori }) => ({
      kategori,
      jumlah: hitung((b) => b.capaian.jenis === 'nilai' && b.capaian.kategori === kategori),
    })),
    tidakDapatDihitung: hitung((b) => b.capaian.jenis === 'tidak-dapat-dihitung'),
    belumDiisi: hitung((b) => b.capaian.jenis === 'belum-diisi'),
    rataRataCapaian: rataRata,
    kategoriRataRata: rataRata === null ? null : kategoriCapaian(rataRata, skala),
  };
}
