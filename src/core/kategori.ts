/**
 * The category of a capaian (domain.md §4): bands, highest first, each "capaian ≥ min"; the
 * last band has min −Infinity and catches everything below.
 */
import { gagal, parseAngka } from './angka';
import { formatAngka, formatAngkaPenuh } from './format';
import type { BatasKategori } from './types';

/** Permendagri 86/2017 style: ≥91 Sangat Tinggi · ≥76 Tinggi · ≥66 Sedang · ≥51 Rendah · else Sangat Rendah. */
export const SKALA_KATEGORI_BAWAAN: readonly BatasKategori[] = [
  { kategori: 'Sangat Tinggi', min: 91 },
  { kategori: 'Tinggi', min: 76 },
  { kategori: 'Sedang', min: 66 },
  { kategori: 'Rendah', min: 51 },
  { kategori: 'Sangat Rendah', min: -Infinity },
];

/**
 * The capaian as a reader sees it: rounded half away from zero to two decimals, as `formatPersen`
 * shows it (90,996 → 91; 2,28 of 3, which computes as 75,99999999999999, → 76). NaN stays NaN.
 */
export function persenTampil(persen: number): number {
  return Number(formatAngka(persen, 2).replace(/\./g, '').replace(',', '.'));
}

/**
 * The first band whose min the capaian as displayed (`persenTampil`) reaches (domain.md §4: the
 * category follows the number shown, so "91,00 %" is never "Tinggi"). '' when no band applies
 * (NaN, or a scale without a last band).
 */
export function kategoriCapaian(persen: number, skala: readonly BatasKategori[]): string {
  const tampil = persenTampil(persen);
  const band = skala.find((b) => tampil >= b.min);
  return band ? band.kategori : '';
}

type HasilSkala = { ok: true; skala: BatasKategori[] } | { ok: false; pesan: string };

const CONTOH = 'Contoh: "91 Sangat Tinggi; 76 Tinggi; 66 Sedang; 51 Rendah; Sangat Rendah".';

/**
 * Reads a scale as the settings sheet holds it: bands separated by ';' or line breaks, each
 * "batas Nama" (an optional '≥' or '>=' before the number), the last one a name alone.
 * Limits must fall strictly from band to band and names must differ (ignoring case).
 */
export function parseSkalaKategori(text: string): HasilSkala {
  const bagian = text.split(/[;\n]/).map((s) => s.trim()).filter((s) => s !== '');
  if (bagian.length === 0) return gagal(`Skala kategori kosong. ${CONTOH}`);
  const skala: BatasKategori[] = [];
  for (let i = 0; i < bagian.length; i++) {
    const ke = `Bagian ke-${i + 1} (“${bagian[i]}”)`;
    const m = /^(?:≥|>=)?\s*(\S+)\s*(.*)$/.exec(bagian[i]);
    const token = m ? m[1] : '';
    const adaBatas = /^(?:≥|>=)|^[-+\u2212]?[\d.,]/.test(bagian[i]);
    const terakhir = i === bagian.length - 1;
    if (!adaBatas) {
      if (!terakhir) return gagal(`${ke}: hanya bagian terakhir yang boleh tanpa angka batas. ${CONTOH}`);
      skala.push({ kategori: bagian[i], min: -Infinity });
      continue;
    }
    const angka = parseAngka(token);
    if (!angka.ok) return gagal(`${ke}: ${angka.pesan}`);
    const kategori = m ? m[2].trim() : '';
    if (kategori === '') return gagal(`${ke}: nama kategori belum ditulis setelah angka.`);
    const sebelum = skala[skala.length - 1];
    if (sebelum && angka.nilai >= sebelum.min) {
      return gagal(`${ke}: batas harus lebih kecil dari batas sebelumnya (${formatAngkaPenuh(sebelum.min)}).`);
    }
    skala.push({ kategori, min: angka.nilai });
    if (terakhir) {
      return gagal(`Bagian terakhir harus nama kategori tanpa angka, untuk capaian di bawah ${formatAngkaPenuh(angka.nilai)}. ${CONTOH}`);
    }
  }
  const nama = skala.map((b) => b.kategori.toLowerCase());
  const ganda = nama.find((n, i) => nama.indexOf(n) !== i);
  if (ganda !== undefined) return gagal(`Nama kategori “${skala[nama.indexOf(ganda)].kategori}” dipakai lebih dari sekali.`);
  return { ok: true, skala };
}
