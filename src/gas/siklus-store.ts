/**
 * Durable cycle state in the document properties: per cycle a header value and one value per
 * bidang (`propertiSiklus`, src/core/siklus.ts), plus the id of the open cycle. Chosen over a state
 * tab because people cannot edit properties from the grid (a protected tab is still editable by
 * every admin, and one stray keystroke would break the JSON), one setProperties is atomic, and a
 * read is one getProperties. One value per bidang keeps every value far below the 9 KB limit
 * (domain.md §7) for any realistic OPD (a bidang is about 300 bytes).
 */
import { idSiklus, pernahDibuka, propertiSiklus, semuaSiklusDariProperti, siklusDariProperti, type StatusSiklus } from '../core/siklus';
import { twSebelumnya } from '../core/lembar-bidang';
import { labelSiklus } from '../core/periode';
import type { Periode } from '../core/types';
import { props } from './properti';

export const KUNCI_AKTIF = 'lapkin.siklus.aktif';

export function siklusAktif(): StatusSiklus | null {
  const semua = props().getProperties();
  const id = semua[KUNCI_AKTIF];
  return id === undefined ? null : siklusDariProperti(id, semua);
}

export function siklusDengan(periode: Periode, tahun: number): StatusSiklus | null {
  return siklusDariProperti(idSiklus(periode, tahun), props().getProperties());
}

/**
 * The closed quarters of `s` (TW I..TW(n−1), or TW I–IV for Tahunan) that never ran as a cycle of
 * their own (one read; a cycle only prepared and then left did not run): an office that started
 * mid-year, whose admin may enter them (src/server/triwulan-sebelumnya.ts).
 */
export function triwulanTanpaSiklus(s: StatusSiklus): Periode[] {
  const semua = props().getProperties();
  return twSebelumnya(s.periode).filter((p) => !pernahDibuka(siklusDariProperti(idSiklus(p, s.tahun), semua)));
}

/** Why an action that needs the bidang tabs is refused while cycle `s` is only prepared. */
export function pesanMasihPersiapan(s: StatusSiklus): string {
  return `Siklus ${labelSiklus(s)} masih persiapan: tab bidang belum dibuka. Jalankan Mulai siklus untuk membukanya.`;
}

/** Every cycle kept in the document properties (one read). */
export function semuaSiklus(): StatusSiklus[] {
  return semuaSiklusDariProperti(props().getProperties());
}

/** Saves `s` (one setProperties) and makes it the open cycle. */
export function simpanSiklusAktif(s: StatusSiklus): void {
  props().setProperties({ ...propertiSiklus(s), [KUNCI_AKTIF]: s.id });
}

/** `lapkin.notaDinas.<cycle id>` → the date (yyyy-mm-dd) of the cycle's latest nota dinas. */
const AWALAN_NOTA_DINAS = 'lapkin.notaDinas.';

/** Remembers the date of the nota dinas made for cycle `id`, so a warning letter can cite it (call under the document lock). */
export function catatNotaDinas(id: string, tanggal: string): void {
  props().setProperty(AWALAN_NOTA_DINAS + id, tanggal);
}

/** The date of cycle `id`'s latest nota dinas (yyyy-mm-dd); null when Lapkin made none. */
export function tanggalNotaDinas(id: string): string | null {
  return props().getProperty(AWALAN_NOTA_DINAS + id);
}
