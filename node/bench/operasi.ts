/**
 * The operations the bench measures, in the order a cycle runs them; each runs on the workbook the
 * previous one left. An operation whose server function is not in the loaded bundle has not landed
 * and is left out (never faked). `siapkan` brings the workbook to the state the measured run needs
 * (outside the measurement); `jalankan` is the measured run and throws when it did not complete.
 */
import type { Emulator } from '../emulator/index';
import { ADMIN, aturTemplatKantor, isiSemuaTab, kodeBidang, tabSiklus } from './beban';

export type KunciOperasi = 'setup' | 'startCycle' | 'submit' | 'gather' | 'recap' | 'lkj' | 'lkjTemplat';

export interface Operasi {
  readonly kunci: KunciOperasi;
  /** The server function (a top-level function of build/Code.js). */
  readonly fungsi: string;
  /** What one measured run is. */
  readonly uraian: string;
  readonly siapkan?: (emu: Emulator) => void;
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

function kirim(emu: Emulator, kode: string): void {
  wajibOk(emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: kode }));
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
    kunci: 'submit',
    fungsi: 'kirimAtasNamaBidang',
    uraian: 'Kirim isian bidang terakhir atas nama bidang, setelah semua tab diisi dan bidang lain sudah mengirim',
    siapkan: (emu) => {
      isiSemuaTab(emu);
      const tab = tabSiklus(emu);
      for (const b of tab.slice(0, -1)) kirim(emu, b.kode);
    },
    jalankan: (emu) => kirim(emu, tabSiklus(emu).at(-1)?.kode ?? kodeBidang(0)),
  },
  {
    kunci: 'gather',
    fungsi: 'kumpulkanData',
    uraian: 'Kumpulkan data TW I, semua bidang sudah mengirim',
    jalankan: (emu) => wajibOk(emu.call(ADMIN, 'kumpulkanData')),
  },
  {
    kunci: 'recap',
    fungsi: 'buatTabRekap',
    uraian: 'Buat rekap TW I dari yang sudah dikirim (semua bidang)',
    jalankan: (emu) => wajibOk(emu.call(ADMIN, 'buatTabRekap', {})),
  },
  {
    kunci: 'lkj',
    fungsi: 'buatDokumenLkj',
    uraian: 'Buat draf LKj TW I dari rekap semua bidang',
    jalankan: (emu) => wajibOk(emu.call(ADMIN, 'buatDokumenLkj', {})),
  },
  {
    kunci: 'lkjTemplat',
    fungsi: 'buatDokumenLkj',
    uraian: 'Buat draf LKj TW I dari templat kantor sendiri (Pengaturan ▸ Templat LKj)',
    siapkan: aturTemplatKantor,
    jalankan: (emu) => wajibOk(emu.call(ADMIN, 'buatDokumenLkj', {})),
  },
];

export function operasiTersedia(emu: Emulator): Operasi[] {
  return OPERASI.filter((o) => o.fungsi in emu.ws.entryPoints);
}
