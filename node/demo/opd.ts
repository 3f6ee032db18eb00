/**
 * The demo OPD as `npm start` opens it (and a reset restores it) and as `npm run demo` plays it:
 * the configuration of node/fixtures/opd-contoh.ts with the Renstra and Narasi tabs of renstra-contoh.ts,
 * and the people the user switcher offers: the Kasubbag as administrator, each Kabid, and an
 * outsider who may edit the file but has no role in the cycle.
 */
import type { Emulator } from '../emulator/index';
import { ADMIN_CONTOH, BIDANG_CONTOH, isiKonfigurasiContoh } from '../fixtures/opd-contoh';
import { isiRenstraNarasiContoh } from '../fixtures/renstra-contoh';
import type { LocalUser } from '../local/protocol';

export interface Demo {
  readonly spreadsheetName: string;
  readonly owner: string;
  readonly fileEditors: readonly string[];
  readonly users: readonly LocalUser[];
  /** Fills a fresh emulator (bundle loaded) with the demo OPD. */
  seed(emu: Emulator): void;
}

const OUTSIDER: LocalUser = { email: 'tamu@contoh.go.id', label: 'Orang luar (tanpa peran)' };

/** Columns of BIDANG_CONTOH: Kode, Nama bidang, Nama Kabid, NIP Kabid, E-mail Kabid, E-mail staf. */
const kabid: LocalUser[] = BIDANG_CONTOH.map((row) => ({ email: row[4], label: `Kabid ${row[1]}` }));
const staf = BIDANG_CONTOH.flatMap((row) => row[5].split(',').map((e) => e.trim()).filter(Boolean));

export const demoOpd: Demo = {
  spreadsheetName: 'Lapkin — Badan Kesbangpol Kota Contoh',
  owner: ADMIN_CONTOH,
  fileEditors: [...kabid.map((u) => u.email), ...staf, OUTSIDER.email],
  users: [{ email: ADMIN_CONTOH, label: 'Kasubbag PerKeu (admin)' }, ...kabid, OUTSIDER],
  seed: (emu) => {
    isiKonfigurasiContoh(emu, ADMIN_CONTOH);
    isiRenstraNarasiContoh(emu, ADMIN_CONTOH);
  },
};

/**
 * The same people with a new, empty spreadsheet (`LAPKIN_AWAL=kosong npm start`): what an admin
 * meets on the first run, before "Mulai di sini".
 */
export const opdKosong: Demo = { ...demoOpd, spreadsheetName: 'Lapkin — spreadsheet baru', seed: () => undefined };
