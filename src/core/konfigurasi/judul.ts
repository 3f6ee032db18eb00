/**
 * Header names as offices write them. A Perjanjian Kinerja pasted from Excel or Word brings its own
 * headers ("Sasaran Strategis", "Indikator Kinerja", "Target 2026", "Target TW I", "Triwulan II" …):
 * each header is normalised (case, spaces, punctuation, "s.d."/"s/d", "Triwulan"/"TW", 1–4 as I–IV)
 * and matched against a column's title and its variants. Pure.
 */
import type { KolomTabel } from './skema';

const ROMAWI: Readonly<Record<string, string>> = { '1': 'i', '2': 'ii', '3': 'iii', '4': 'iv' };

/** "Target S.D. Triwulan 1 (%)" → "target sd tw i". */
export function normalJudul(teks: string): string {
  return teks
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\bs\s*[./]\s*d\b\.?/g, ' sd ')
    .replace(/\bsampai dengan\b/g, ' sd ')
    .replace(/\be\s*-?\s*mail\b/g, 'email')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/-/g, ' ')
    .replace(/\btriwulan\b/g, 'tw')
    .replace(/\btw\s*([1-4])\b/g, (_, n: string) => `tw ${ROMAWI[n]}`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Headers a table may carry that hold nothing Lapkin reads: the row number of a pasted PK. */
const JUDUL_DIABAIKAN = new Set(['no', 'nomor', 'no urut']);

export function judulDiabaikan(teks: string): boolean {
  return JUDUL_DIABAIKAN.has(normalJudul(teks));
}

/** True when the header `teks` names `kolom`: its title, one of its variants, or its pattern. */
export function judulCocok(kolom: KolomTabel, teks: string): boolean {
  const n = normalJudul(teks);
  if (n === '') return false;
  if (n === normalJudul(kolom.judul)) return true;
  if ((kolom.sinonim ?? []).some((s) => normalJudul(s) === n)) return true;
  return (kolom.polaJudul ?? []).some((p) => p.test(n));
}
