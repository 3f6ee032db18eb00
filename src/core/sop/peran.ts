/**
 * The SOPs' pelaksana, normalised to a small set of roles, and who may mark a row done.
 */
import { namaLangkah } from './langkah';
import type { PeranId, SopBaris } from './model';

/** The acting role of a user: one of the SOP roles, or the add-on's administrator. */
export type PeranPelaku = PeranId | 'admin';

/** How the SOPs write each role (lower case) → the role. */
export const PETA_PERAN: Readonly<Record<string, PeranId>> = {
  'kepala sub bagian': 'kasubbag',
  'kepala subbagian': 'kasubbag',
  kasubbag: 'kasubbag',
  kasubag: 'kasubbag',
  'kepala bagian': 'kabag',
  kabag: 'kabag',
  'sekretaris daerah': 'kepala',
  sekda: 'kepala',
  sekretaris: 'sekretaris',
  'kepala badan': 'kepala',
  'kepala dinas': 'kepala',
  'kepala biro': 'kepala',
  'kepala bkpsdm': 'kepala',
  'ka. bkpsdm': 'kepala',
  kaban: 'kepala',
  kadis: 'kepala',
  kepala: 'kepala',
  asisten: 'asisten',
  'kepala bidang': 'kabid',
  kabid: 'kabid',
  kasubbid: 'staf',
  kasubid: 'staf',
  pptk: 'staf',
  japel: 'staf',
  pelaksana: 'staf',
  staf: 'staf',
  staff: 'staf',
  'tim lkj': 'tim-lkj',
  pengagenda: 'pengadministrasi',
  pengadministrasi: 'pengadministrasi',
};

export const NAMA_PERAN: Readonly<Record<PeranPelaku, string>> = {
  kasubbag: 'Kasubbag',
  sekretaris: 'Sekretaris',
  kepala: 'Kepala',
  kabag: 'Kabag',
  asisten: 'Asisten',
  kabid: 'Kabid',
  staf: 'Staf',
  'tim-lkj': 'Tim LKj',
  pengadministrasi: 'Pengadministrasi',
  admin: 'Admin',
};

// Longest first, so "kepala sub bagian" wins over "kepala" and "sekretaris daerah" over "sekretaris".
const ALIAS = Object.keys(PETA_PERAN).sort((a, b) => b.length - a.length);

function batasKata(teks: string, posisi: number): boolean {
  return posisi < 0 || posisi >= teks.length || !/[a-z0-9]/.test(teks[posisi]);
}

/** The roles a pelaksana text names, in order of appearance; [] when none is recognised. */
export function normalisasiPeran(pelaksana: string): PeranId[] {
  let sisa = pelaksana.toLowerCase().replace(/\s+/g, ' ');
  const ditemukan: Array<{ posisi: number; peran: PeranId }> = [];
  for (const alias of ALIAS) {
    let posisi = sisa.indexOf(alias);
    while (posisi >= 0) {
      const akhir = posisi + alias.length;
      if (batasKata(sisa, posisi - 1) && batasKata(sisa, akhir)) {
        ditemukan.push({ posisi, peran: PETA_PERAN[alias] });
        sisa = sisa.slice(0, posisi) + ' '.repeat(alias.length) + sisa.slice(akhir);
      }
      posisi = sisa.indexOf(alias, posisi + 1);
    }
  }
  const urut = ditemukan.sort((a, b) => a.posisi - b.posisi).map((d) => d.peran);
  return urut.filter((peran, i) => urut.indexOf(peran) === i);
}

/**
 * Whether `peran` may mark `baris` by hand; null when allowed, else the Indonesian reason.
 * Rows advanced by a cycle event are marked by Lapkin itself; the admin may correct any row.
 */
export function alasanTidakBoleh(
  peran: PeranPelaku,
  baris: Pick<SopBaris, 'urutan' | 'no' | 'pelaksana' | 'peran' | 'peristiwa'>,
): string | null {
  if (peran === 'admin') return null;
  const langkah = namaLangkah(baris, true);
  if (baris.peristiwa) {
    return `${langkah} diperbarui otomatis oleh Lapkin; hanya admin yang dapat mengoreksinya.`;
  }
  if (!baris.peran.includes(peran)) {
    return `${langkah} dikerjakan oleh ${baris.pelaksana}; ${NAMA_PERAN[peran]} tidak dapat menandainya.`;
  }
  return null;
}
