/**
 * "Kumpulkan data" and "Buat rekap" under a failing k-th service call, for every k: the admin's rerun
 * answers ok with what an uninterrupted run gives, the workbook (every tab but the Log: one recap tab,
 * its charts, the SOP tab) and the document properties end as after an uninterrupted run, and the
 * rerun adds exactly one Log row for the action (a cut-off run that had written its row, then a rerun,
 * is two runs: two rows).
 */
import { describe } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { ADMIN } from '../bundle/helpers';
import { gambarBuku, sapuanSetiapK, tindakanLog, type UjiGangguan } from './fault-runner';
import { kwnTerkirim } from './siklus-kwn';

interface Operasi {
  readonly nama: string;
  readonly fungsi: string;
  readonly args: readonly unknown[];
  /** Its Log row's Tindakan. */
  readonly tindakan: string;
}

const OPERASI: readonly Operasi[] = [
  { nama: 'Kumpulkan data', fungsi: 'kumpulkanData', args: [], tindakan: 'Kumpulkan data' },
  { nama: 'Buat rekap', fungsi: 'buatTabRekap', args: [{}], tindakan: 'Buat rekap' },
];

const jumlahLog = (emu: Emulator, tindakan: string): number => tindakanLog(emu).filter((t) => t === tindakan).length;

function uji(op: Operasi): UjiGangguan {
  const jalankan = (emu: Emulator): unknown => emu.call(ADMIN, op.fungsi, ...op.args);
  const acuan = kwnTerkirim();
  const hasilAcuan = JSON.stringify(jalankan(acuan));
  const logSetelahGangguan = new Map<Emulator, number>();
  return {
    siapkan: kwnTerkirim,
    jalankan,
    sela: (emu) => logSetelahGangguan.set(emu, jumlahLog(emu, op.tindakan)),
    periksa: (emu, hasil) => {
      const masalah: string[] = [];
      if (JSON.stringify(hasil) !== hasilAcuan) masalah.push(`rerun answered ${JSON.stringify(hasil).slice(0, 200)}`);
      if (gambarBuku(emu) !== gambarBuku(acuan)) masalah.push('workbook differs from an uninterrupted run');
      if (JSON.stringify(emu.properties.toJSON().document) !== JSON.stringify(acuan.properties.toJSON().document)) masalah.push('document properties differ from an uninterrupted run');
      const sebelum = logSetelahGangguan.get(emu) ?? 0;
      if (jumlahLog(emu, op.tindakan) !== sebelum + 1) masalah.push(`the rerun added ${jumlahLog(emu, op.tindakan) - sebelum} Log rows`);
      return masalah;
    },
  };
}

describe.each(OPERASI)('fault injection: $nama', (op) => {
  const u = uji(op);
  sapuanSetiapK('the rerun completes it as an uninterrupted run, one Log row more', u, 30);
});
