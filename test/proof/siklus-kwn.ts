/** The small workbook the fault sweeps run on: only bidang KWN, TW I started, its tab filled (and submitted). */
import type { Emulator } from '../../node/emulator/index';
import { BIDANG_CONTOH, INDIKATOR_CONTOH } from '../../node/fixtures/opd-contoh';
import { ADMIN, KABID_KWN, TAB_KWN_TW1 } from '../bundle/helpers';
import { ISIAN_KWN, isi, siklusDimulai, type Hasil } from '../bundle/kirim-bantuan';

export function kwnTerisi(): Emulator {
  const emu = siklusDimulai({ bidang: BIDANG_CONTOH.slice(4), indikator: INDIKATOR_CONTOH.filter((r) => r[3] === 'KWN') });
  isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
  return emu;
}

export function kwnTerkirim(): Emulator {
  const emu = kwnTerisi();
  const hasil = emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' }) as Hasil;
  if (hasil.status !== 'ok') throw new Error(hasil.pesan);
  return emu;
}
