/**
 * The workbook `npm start` opens and a reset restores: the demo OPD, and the people the user
 * switcher offers (the Kasubbag as administrator, each Kabid, and an outsider with no role).
 */
import type { Emulator } from '../emulator/index';
import type { LocalUser } from './protocol';

export interface Demo {
  readonly spreadsheetName: string;
  readonly owner: string;
  readonly fileEditors: readonly string[];
  readonly users: readonly LocalUser[];
  /** Fills a fresh emulator with the demo OPD. */
  seed(emu: Emulator): void;
}

const OUTSIDER: LocalUser = { email: 'tamu@contoh.go.id', label: 'Orang luar (tanpa peran)' };
const KASUBBAG: LocalUser = { email: 'kasubbag.perkeu@contoh.go.id', label: 'Kasubbag PerKeu (admin)' };

export const demoOpd: Demo = {
  spreadsheetName: 'Lapkin — OPD Contoh',
  owner: KASUBBAG.email,
  fileEditors: [],
  users: [KASUBBAG, OUTSIDER],
  seed: () => undefined,
};
