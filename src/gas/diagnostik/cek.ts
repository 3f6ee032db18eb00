/**
 * The Diagnostik runner: a check runs one behaviour the emulator encodes on whatever services are
 * loaded (real Google or the emulator) and records what it saw. Nothing a check throws leaves the
 * runner: a thrown error is a failed check carrying its message.
 */
import { isDate } from '../../core/angka';

/** What a check expects: the same value (compared in display form), or a described condition. */
export type Harapan =
  | { readonly sama: unknown }
  | { readonly uraian: string; readonly cocok: (teramati: unknown) => boolean };

export interface Cek<C> {
  readonly id: string;
  /** Indonesian, shown to the admin. */
  readonly label: string;
  readonly harapan: (c: C) => Harapan;
  readonly amati: (c: C) => unknown;
}

export interface HasilCek {
  readonly id: string;
  readonly label: string;
  readonly lulus: boolean;
  /** Display forms (strings quoted, so '' is visible). */
  readonly diharapkan: string;
  readonly teramati: string;
}

/** What `pesanGalat` gives when the call did not throw. */
export const TIDAK_ADA_GALAT = '(tidak ada galat)';

/** An error's message; no `instanceof Error`, as errors from the services may come from another realm. */
export function pesanDari(e: unknown): string {
  const pesan = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  return typeof pesan === 'string' ? pesan : String(e);
}

/** The message `fn` throws (as Apps Script's `e.message`), or TIDAK_ADA_GALAT. */
export function pesanGalat(fn: () => unknown): string {
  try {
    fn();
    return TIDAK_ADA_GALAT;
  } catch (e) {
    return pesanDari(e);
  }
}

/** Refused with an error, whatever its text (the text is still shown). */
export const DITOLAK: Harapan = { uraian: 'ditolak dengan galat (teks apa pun)', cocok: (t) => t !== TIDAK_ADA_GALAT };

export function sama(nilai: unknown): Harapan {
  return { sama: nilai };
}

/**
 * A check. `harapan` is the expected value itself (compared as `sama`), or — a function — what
 * gives the Harapan from the context.
 */
export function cek<C>(id: string, label: string, harapan: unknown, amati: (c: C) => unknown): Cek<C> {
  return { id, label, harapan: typeof harapan === 'function' ? (harapan as (c: C) => Harapan) : () => sama(harapan), amati };
}

/** 'Date' for a Date of any realm (values from the services may come from another one), else typeof. */
export function jenisNilai(v: unknown): string {
  return isDate(v) ? 'Date' : typeof v;
}

/** Exact form for comparing: JSON (Dates as ISO), so 12 and '12' differ. */
function json(v: unknown): string {
  return v === undefined ? 'undefined' : (JSON.stringify(v) ?? String(v));
}

/** A value as the admin reads it: a text in quotes (so '' is visible), anything else as JSON. */
export function tampil(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : json(v);
}

function diharapkanTampil(h: Harapan): string {
  return 'sama' in h ? tampil(h.sama) : h.uraian;
}

function lulus(h: Harapan, teramati: unknown): boolean {
  return 'sama' in h ? json(h.sama) === json(teramati) : h.cocok(teramati);
}

function jalankanSatu<C>(cek: Cek<C>, c: C): HasilCek {
  let diharapkan = '(tidak diketahui)';
  const hasil = (benar: boolean, teramati: string): HasilCek => ({ id: cek.id, label: cek.label, lulus: benar, diharapkan, teramati });
  try {
    const h = cek.harapan(c);
    diharapkan = diharapkanTampil(h);
    const teramati = cek.amati(c);
    return hasil(lulus(h, teramati), tampil(teramati));
  } catch (e) {
    return hasil(false, `galat: ${pesanDari(e)}`);
  }
}

export function jalankanCek<C>(daftar: readonly Cek<C>[], c: C): HasilCek[] {
  return daftar.map((cek) => jalankanSatu(cek, c));
}
