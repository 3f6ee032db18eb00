/**
 * Durable cycle state in the document properties, one small JSON value per cycle plus the id
 * of the open cycle. Chosen over a state tab because people cannot edit properties from the
 * grid (a protected tab is still editable by every admin, and one stray keystroke would break
 * the JSON), each setProperty is atomic, and a read is one call. A cycle's JSON stays far below
 * the 9 KB per-value limit (about 250 characters per bidang); `simpanSiklus` refuses more.
 */
import { bacaSiklus, idSiklus, simpanSiklus, type StatusSiklus } from '../core/siklus';
import type { Periode } from '../core/types';

const KUNCI_AKTIF = 'lapkin.siklus.aktif';
const AWALAN = 'lapkin.siklus.';

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function siklusAktif(): StatusSiklus | null {
  const id = props().getProperty(KUNCI_AKTIF);
  return id === null ? null : bacaSiklus(props().getProperty(AWALAN + id));
}

export function siklusDengan(periode: Periode, tahun: number): StatusSiklus | null {
  return bacaSiklus(props().getProperty(AWALAN + idSiklus(periode, tahun)));
}

/** Saves `s` and makes it the open cycle. */
export function simpanSiklusAktif(s: StatusSiklus): void {
  props().setProperties({ [AWALAN + s.id]: simpanSiklus(s), [KUNCI_AKTIF]: s.id });
}
