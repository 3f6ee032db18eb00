/** The cycle events an SOP row can map to, with the labels a user writes in the SOP tab. */
import { labelDariId } from '../format';
import type { Peristiwa } from './model';

/**
 * 'Nota dinas dibuat' (Buat nota dinas, from the persiapan on), 'Siklus dimulai' (Mulai siklus: the
 * bidang tabs open, which is the nota dinas' distribution — one name, the action's, for the one
 * moment; status tabs and SOP tabs already hold this label),
 * 'Bidang mengirim', 'Semua terkirim', 'Rekap dibuat', 'Draf LKj dibuat', 'Surat peringatan dibuat'.
 */
export const LABEL_PERISTIWA = labelDariId<Peristiwa>(['nota-dinas-dibuat', 'siklus-dimulai', 'bidang-mengirim', 'semua-terkirim', 'rekap-dibuat', 'draf-lkj-dibuat', 'surat-peringatan-dibuat']);

const SEMUA = Object.keys(LABEL_PERISTIWA) as Peristiwa[];

function kunci(teks: string): string {
  return teks.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/** Reads an event from its id or label, any capitalisation; null when it names none. */
export function bacaPeristiwa(teks: string): Peristiwa | null {
  const k = kunci(teks);
  return SEMUA.find((p) => p === k || kunci(LABEL_PERISTIWA[p]) === k) ?? null;
}
