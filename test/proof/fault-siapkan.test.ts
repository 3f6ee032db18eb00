/**
 * "Siapkan lembar kerja" on a new spreadsheet under a failing k-th service call, for every k: the
 * rerun leaves the configuration tabs exactly as an uninterrupted setup does (headers, notes,
 * drop-downs, example rows), a protected Log tab with its header, and exactly one Log row for the
 * setup from the rerun (a run cut off after its Log row was written, then rerun, is two runs: two rows). The
 * cut-off points this guards: a configuration tab whose header row was written but not yet its
 * notes, widths, drop-downs and example rows, and a Log tab inserted but not yet formatted and
 * protected (unprotected, anyone with edit access could rewrite the Log; headerless, the setup's
 * row would land in row 1) — the rerun completes both.
 */
import { describe } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { emulatorContoh, sel } from '../bundle/helpers';
import { sapuanSetiapK, tindakanLog, type UjiGangguan } from './fault-runner';

const TAB_KONFIGURASI = ['Pengaturan', 'Bidang', 'Indikator', 'Renstra', 'Narasi'];

function jalankan(emu: Emulator): unknown {
  // The owner runs the first setup (no admin is listed yet).
  return emu.call('pemilik@contoh.go.id', 'siapkanLembarKerja');
}

const gambar = (emu: Emulator, tab: string): string => JSON.stringify({ ...emu.spreadsheet.describeSheet(tab), sheetId: 0 });

const acuan = emulatorContoh();
jalankan(acuan);

const logSetelahGangguan = new Map<Emulator, number>();
const jumlahLog = (emu: Emulator): number => tindakanLog(emu).filter((t) => t === 'Siapkan lembar kerja').length;

const uji: UjiGangguan = {
  siapkan: emulatorContoh,
  jalankan,
  sela: (emu) => logSetelahGangguan.set(emu, jumlahLog(emu)),
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
    const tambah = jumlahLog(emu) - (logSetelahGangguan.get(emu) ?? 0);
    if (tambah !== 1) hasil.push(`the rerun added ${tambah} Log rows for the setup`);
    return hasil;
  },
};

describe('fault injection: Siapkan lembar kerja', () => {
  sapuanSetiapK('the rerun completes the setup: configuration tabs as an uninterrupted setup, a protected Log with its header', uji, 20);
});
