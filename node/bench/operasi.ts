/**
 * The operations the bench measures, in the order a cycle runs them; each runs on the workbook the
 * previous one left. An operation whose server function is not in the loaded bundle has not landed
 * and is left out (never faked). `jalankan` throws when the operation did not complete.
 */
import type { Emulator } from '../emulator/index';
import { ADMIN } from './beban';

export type KunciOperasi = 'setup' | 'startCycle' | 'submit' | 'gather' | 'recap' | 'lkj';

export interface Operasi {
  readonly kunci: KunciOperasi;
  /** The server function (a top-level function of build/Code.js). */
  readonly fungsi: string;
  /** What one measured run is. */
  readonly uraian: string;
  readonly jalankan: (emu: Emulator) => void;
}

interface HasilBerstatus {
  readonly status: string;
  readonly pesan: string;
}

function wajibOk(hasil: unknown): void {
  const h = hasil as HasilBerstatus;
  if (h.status !== 'ok') throw new Error(`${h.status}: ${h.pesan}`);
}

export const OPERASI: readonly Operasi[] = [
  {
    kunci: 'setup',
    fungsi: 'siapkanLembarKerja',
    uraian: 'Siapkan lembar kerja, pada lembar kerja yang sudah terisi konfigurasi',
    jalankan: (emu) => {
      emu.call(ADMIN, 'siapkanLembarKerja');
    },
  },
  {
    kunci: 'startCycle',
    fungsi: 'mulaiSiklus',
    uraian: 'Mulai siklus TW I: satu tab per bidang',
    jalankan: (emu) => wajibOk(emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', batasWaktu: '2099-04-15' })),
  },
  {
    kunci: 'recap',
    fungsi: 'buatTabRekap',
    uraian: 'Buat rekap TW I dari yang sudah dikirim',
    jalankan: (emu) => wajibOk(emu.call(ADMIN, 'buatTabRekap', {})),
  },
];

export function operasiTersedia(emu: Emulator): Operasi[] {
  return OPERASI.filter((o) => o.fungsi in emu.ws.entryPoints);
}
