/** Which rows of each bidang a recap uses: the submitted snapshot, or the draft when asked. */
import type { Isian } from '../types';
import type { SumberBidang } from './model';

export interface IsianTerpakai {
  readonly isian: Isian;
  readonly dariDraf: boolean;
}

/**
 * The snapshot when the bidang's status is 'terkirim'; otherwise its draft (marked) when drafts
 * are included; otherwise nothing — data sent back ('dikembalikan') counts as not submitted.
 */
export function isianBidang(sumber: SumberBidang | undefined, sertakanDraf: boolean): { readonly isian: readonly Isian[]; readonly dariDraf: boolean } {
  if (sumber === undefined) return { isian: [], dariDraf: false };
  if (sumber.status === 'terkirim' && sumber.snapshot !== null) return { isian: sumber.snapshot, dariDraf: false };
  if (sertakanDraf && sumber.draf !== null) return { isian: sumber.draf, dariDraf: true };
  return { isian: [], dariDraf: false };
}

/** Own-property lookup, so an indicator kode such as "constructor" never finds Object.prototype. */
export function ambil<T>(peta: Readonly<Record<string, T>> | undefined, kunci: string): T | undefined {
  return peta !== undefined && Object.prototype.hasOwnProperty.call(peta, kunci) ? peta[kunci] : undefined;
}
