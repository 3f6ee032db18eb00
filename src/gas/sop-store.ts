/**
 * The SOP record of each cycle, in the document properties. Chosen over the status tab as the
 * record because the people who mark steps by hand (Kabid, Kepala, Sekretaris…) run the script as
 * themselves and cannot write the admins-only status tab, while every user of the script can
 * write document properties; a property cannot be broken by a keystroke in the grid; and one
 * setProperties is atomic. The JSON is split into pieces of at most 3,000 characters (at most
 * 9,000 bytes in UTF-8, under the 9 KB per value limit, domain.md §7), written in one call, so a
 * long custom SOP fits too. The tab is a view of the record, rewritten on every change.
 */
import type { RekamSop } from '../core/sop/lembar';
import { props } from './properti';

const AWALAN = 'lapkin.sop.';
const PANJANG_POTONGAN = 3000;

function jumlahPotongan(siklusId: string): number {
  return Number(props().getProperty(AWALAN + siklusId) ?? '0');
}

export function bacaRekamSop(siklusId: string): RekamSop | null {
  const n = jumlahPotongan(siklusId);
  if (!(n > 0)) return null;
  let json = '';
  for (let i = 0; i < n; i++) json += props().getProperty(`${AWALAN}${siklusId}.${i}`) ?? '';
  return JSON.parse(json) as RekamSop;
}

export function simpanRekamSop(rekam: RekamSop): void {
  const json = JSON.stringify(rekam);
  const lama = jumlahPotongan(rekam.siklusId);
  const nilai: Record<string, string> = {};
  let n = 0;
  for (let i = 0; i < json.length; i += PANJANG_POTONGAN, n++) {
    nilai[`${AWALAN}${rekam.siklusId}.${n}`] = json.slice(i, i + PANJANG_POTONGAN);
  }
  nilai[AWALAN + rekam.siklusId] = String(n);
  props().setProperties(nilai);
  for (let i = n; i < lama; i++) props().deleteProperty(`${AWALAN}${rekam.siklusId}.${i}`);
}
