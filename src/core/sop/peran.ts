/**
 * The SOPs' pelaksana, normalised to a small set of roles, and who may mark a row done.
 */
import { labelDariId } from '../format';
import { namaLangkah } from './langkah';
import type { PeranId, SopBaris } from './model';

/** The acting role of a user: one of the SOP roles, or the add-on's administrator. */
export type PeranPelaku = PeranId | 'admin';

/** How the SOPs write each role (lower case, separated by '|'), per role. */
const EJAAN_PERAN: Readonly<Record<PeranId, string>> = {
  kasubbag: 'kepala sub bagian|kepala subbagian|kasubbag|kasubag',
  kabag: 'kepala bagian|kabag',
  kepala: 'sekretaris daerah|sekda|kepala badan|kepala dinas|kepala biro|kepala bkpsdm|ka. bkpsdm|kaban|kadis|kepala',
  sekretaris: 'sekretaris',
  asisten: 'asisten',
  // "Bidang-bidang" is the seeds' column for every bidang at once (003_...txt line 28): their Kabid act.
  kabid: 'kepala bidang|kabid|bidang-bidang|bidang bidang',
  staf: 'kepala sub bidang|kepala subbidang|kasubbid|kasubid|pptk|japel|pelaksana|staf|staff',
  'tim-lkj': 'tim lkj',
  pengadministrasi: 'pengagenda|pengadministrasi',
  // Job titles since the 2019–2021 delayering (PermenPAN-RB 17/2021): each its own role, so that
  // "Kepala" never matches "Kepala Seksi", "Kepala Sub Bidang" or "Kepala UPT".
  kasi: 'kepala seksi|kasi|kasie',
  fungsional: 'jabatan fungsional|pejabat fungsional|fungsional perencana|fungsional|jf|jft|jfu',
  'ketua-tim': 'ketua tim kerja|ketua tim|katim',
  subkoordinator: 'subkoordinator|sub koordinator|sub-koordinator',
  'kepala-upt': 'kepala upt|kepala unit pelaksana teknis|ka. upt|kaupt',
};

/** How the SOPs write each role (lower case) → the role. */
export const PETA_PERAN: Readonly<Record<string, PeranId>> = Object.fromEntries(
  Object.entries(EJAAN_PERAN).flatMap(([peran, ejaan]) => ejaan.split('|').map((e) => [e, peran as PeranId])),
);

/** A role's name as users read it: 'Kasubbag', 'Tim LKj', 'Kepala UPT', 'Admin'. */
export const NAMA_PERAN: Readonly<Record<PeranPelaku, string>> = {
  ...labelDariId([...(Object.keys(EJAAN_PERAN) as PeranId[]), 'admin'] as PeranPelaku[]),
  kasi: 'Kasi',
  fungsional: 'Pejabat fungsional',
  'kepala-upt': 'Kepala UPT',
};

// Longest first, so "kepala sub bagian" wins over "kepala", "kepala seksi" over "kepala" and
// "sekretaris daerah" over "sekretaris"; "ketua tim lkj" stays the Tim LKj (below).
const ALIAS = Object.keys(PETA_PERAN).sort((a, b) => b.length - a.length);

function batasKata(teks: string, posisi: number): boolean {
  return posisi < 0 || posisi >= teks.length || !/[a-z0-9]/.test(teks[posisi]);
}

/** The roles a pelaksana text names, in order of appearance; [] when none is recognised. */
export function normalisasiPeran(pelaksana: string): PeranId[] {
  let sisa = pelaksana.toLowerCase().replace(/\s+/g, ' ').replace(/ketua tim lkj/g, 'tim lkj');
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
  baris: Pick<SopBaris, 'urutan' | 'no' | 'pelaksana' | 'peran' | 'peristiwa' | 'tidakTerbaca'>,
): string | null {
  const langkah = namaLangkah(baris, true);
  if (baris.tidakTerbaca) return `${langkah} tidak terbaca di sumber SOP, jadi tidak dilacak dan tidak dapat ditandai.`;
  if (peran === 'admin') return null;
  if (baris.peristiwa) {
    return `${langkah} diperbarui otomatis oleh Lapkin; hanya admin yang dapat mengoreksinya.`;
  }
  if (!baris.peran.includes(peran)) {
    return `${langkah} dikerjakan oleh ${baris.pelaksana}; ${NAMA_PERAN[peran]} tidak dapat menandainya.`;
  }
  return null;
}
