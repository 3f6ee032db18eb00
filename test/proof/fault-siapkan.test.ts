/**
 * "Siapkan lembar kerja" on a new spreadsheet under a failing k-th service call, for every k: the
 * rerun leaves the configuration tabs exactly as an uninterrupted setup does (headers, notes,
 * drop-downs, example rows), a protected Log tab with its header, and at least one Log row for the
 * setup (a run cut off after its Log row was written, then rerun, is two runs: two rows).
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { emulatorContoh, sel } from '../bundle/helpers';
import { tindakanLog, ujiSetiapK } from './fault-runner';

const TAB_KONFIGURASI = ['Pengaturan', 'Bidang', 'Indikator'];

function jalankan(emu: Emulator): unknown {
  // The owner runs the first setup (no admin is listed yet).
  return emu.call('pemilik@contoh.go.id', 'siapkanLembarKerja');
}

const gambar = (emu: Emulator, tab: string): string => JSON.stringify({ ...emu.spreadsheet.describeSheet(tab), sheetId: 0 });

const SETENGAH_JADI = /: tab (Pengaturan|Bidang|Indikator) differs from an uninterrupted setup$/;
// A headerless Log also takes the setup's row into row 1, where it reads as the header: "no Log row".
const LOG_TERBUKA = /: (Log tab without protection|Log tab without its header|no Log row for the setup)$/;

let masalah: string[] | null = null;

function sapu(): string[] {
  if (masalah) return masalah;
  const acuan = emulatorContoh();
  jalankan(acuan);
  masalah = ujiSetiapK({
    siapkan: emulatorContoh,
    jalankan,
    periksa: (emu) => {
      const hasil: string[] = [];
      const nama = emu.spreadsheet.sheetNames();
      if (JSON.stringify(nama) !== JSON.stringify(acuan.spreadsheet.sheetNames())) hasil.push(`tabs ${JSON.stringify(nama)}`);
      for (const tab of TAB_KONFIGURASI.filter((t) => nama.includes(t))) {
        if (gambar(emu, tab) !== gambar(acuan, tab)) hasil.push(`tab ${tab} differs from an uninterrupted setup`);
      }
      if (nama.includes('Log')) {
        const log = emu.spreadsheet.describeSheet('Log');
        if (!log.protections.some((p) => p.type === 'SHEET')) hasil.push('Log tab without protection');
        if (sel(log, 1, 1)?.value !== 'Waktu') hasil.push('Log tab without its header');
      }
      if (!tindakanLog(emu).includes('Siapkan lembar kerja')) hasil.push('no Log row for the setup');
      return hasil;
    },
  });
  return masalah;
}

describe('fault injection: Siapkan lembar kerja', () => {
  test('every k: the rerun completes the setup (apart from the known bugs below)', () => {
    expect(sapu().filter((m) => !SETENGAH_JADI.test(m) && !LOG_TERBUKA.test(m))).toEqual([]);
  });

  // BUG (gas/tab-konfigurasi.ts): a tab whose header row was written before the cut-off counts as
  // complete, so the rerun never adds its notes, widths, drop-downs and example rows.
  test('a configuration tab cut off half-way is completed by the rerun', () => {
    expect(sapu().filter((m) => SETENGAH_JADI.test(m))).toEqual([]);
  });

  // BUG (gas/log.ts): the Log tab is inserted, then formatted, then protected; cut off in between,
  // it stays unprotected (anyone with edit access can rewrite the Log) and headerless (the setup's
  // row lands in row 1), and the rerun never fixes it.
  test('a Log tab cut off while being created is protected by the rerun', () => {
    expect(sapu().filter((m) => LOG_TERBUKA.test(m))).toEqual([]);
  });
});
