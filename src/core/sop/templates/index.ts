/** The built-in SOP templates, transcribed from the five seeds. */
import type { SopTemplate } from '../model';
import { SOP_000 } from './sop-000';
import { SOP_001 } from './sop-001';
import { SOP_002 } from './sop-002';
import { SOP_003 } from './sop-003';
import { SOP_004 } from './sop-004';

export const TEMPLATE_BAWAAN: readonly SopTemplate[] = [SOP_000, SOP_001, SOP_002, SOP_003, SOP_004];

/**
 * The chains Pengaturan offers: `001_...txt` stops at data collection and points to a separate
 * drafting SOP, so it is chained with each drafting SOP (domain.md §2).
 */
export const RANGKAIAN_BAWAAN: readonly string[] = ['sop-001 + sop-002', 'sop-001 + sop-003', 'sop-001 + sop-004'];

/** A template id as Pengaturan holds it: lower case, a chain written "a + b". */
export function normalisasiIdTemplate(teks: string): string {
  return teks.trim().toLowerCase().replace(/\s*\+\s*/g, ' + ');
}

/** Events that belong to data collection: in a chain only the collection SOP's steps carry them. */
const PERISTIWA_PENGUMPULAN = new Set(['siklus-dimulai', 'bidang-mengirim', 'semua-terkirim']);

/**
 * A collection SOP followed by a drafting SOP, tracked as one: the second's steps come after the
 * first's, numbered "<its number>-<step>" ("003-5"), and keep only their drafting events (the
 * recap, the LKj draft); the admin may map the others in the status tab's Peristiwa column.
 */
export function rangkaiTemplate(pengumpulan: SopTemplate, penyusunan: SopTemplate): SopTemplate {
  const kode = penyusunan.id.replace(/^sop-/, '');
  const kedua = penyusunan.baris.map((b, i) => {
    const { peristiwa, ...tanpa } = b;
    return {
      ...tanpa,
      ...(peristiwa && !PERISTIWA_PENGUMPULAN.has(peristiwa) ? { peristiwa } : {}),
      urutan: pengumpulan.baris.length + i + 1,
      no: b.no === '' ? '' : `${kode}-${b.no}`,
    };
  });
  return {
    id: `${pengumpulan.id} + ${penyusunan.id}`,
    judul: `${pengumpulan.judul}; ${penyusunan.judul}`,
    sumber: `${pengumpulan.sumber} + ${penyusunan.sumber}`,
    catatanSumber: [
      ...pengumpulan.catatanSumber,
      `Dirangkai dengan ${penyusunan.id} (langkahnya bernomor "${kode}-n"); peristiwa pengumpulan data hanya dari ${pengumpulan.id}.`,
      ...penyusunan.catatanSumber,
    ],
    baris: [...pengumpulan.baris, ...kedua],
    bagian: [pengumpulan, penyusunan],
  };
}

/** A built-in template, or a chain of two ("sop-001 + sop-003"); null when `id` names neither. */
export function cariTemplate(id: string): SopTemplate | null {
  const bagian = normalisasiIdTemplate(id).split(' + ');
  const cari = (x: string): SopTemplate | null => TEMPLATE_BAWAAN.find((t) => t.id === x) ?? null;
  if (bagian.length === 1) return cari(bagian[0]);
  const [a, b] = bagian.map(cari);
  return bagian.length === 2 && a && b ? rangkaiTemplate(a, b) : null;
}
