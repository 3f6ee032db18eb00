/**
 * When each bidang was last reminded, per cycle, in the document properties (one small value per
 * cycle: `lapkin.pengingat.<siklus>`, about 25 bytes a bidang); removed with its cycle at Tutup tahun.
 */
import type { CatatanPengingat } from '../core/pengingat';
import { props } from './properti';

export const AWALAN_PENGINGAT = 'lapkin.pengingat.';

export function bacaCatatanPengingat(siklus: string): CatatanPengingat {
  const json = props().getProperty(AWALAN_PENGINGAT + siklus);
  return json ? (JSON.parse(json) as CatatanPengingat) : {};
}

export function simpanCatatanPengingat(siklus: string, catatan: CatatanPengingat): void {
  props().setProperty(AWALAN_PENGINGAT + siklus, JSON.stringify(catatan));
}
