/** Shared set-up for the bundle tests: the demo OPD on a fresh emulator, strict locking on. */
import { Emulator, type EmulatorOptions } from '../../node/emulator/index';
import type { CellView, SheetView } from '../../node/emulator/view';
import type { CallRecord } from '../../node/emulator/workspace';
import { ADMIN_CONTOH, BIDANG_CONTOH, isiKonfigurasiContoh } from '../../node/fixtures/opd-contoh';

export const ADMIN = ADMIN_CONTOH;
export const KABID_KWN = 'kabid.kwn@contoh.go.id';
export const STAF_KWN = 'staf.kwn@contoh.go.id';
export const KABID_POL = 'kabid.pol@contoh.go.id';
export const ORANG_LAIN = 'tamu@contoh.go.id';
export const TAB_KWN_TW1 = 'TW I 2026 · Bidang Kewaspadaan Nasional';

/** How the office uses Google: consumer accounts unless `workspaceDomains` says otherwise, and the file's link sharing. */
export type Lingkungan = Pick<EmulatorOptions, 'workspaceDomains' | 'linkAccess' | 'ownerLocale'>;

/**
 * Everyone in the demo may edit the file; protections decide the rest. Every account is a consumer
 * account (Google accounts on *.go.id mailboxes, the common case) unless `lingkungan` names a
 * Workspace domain.
 */
export function emulatorContoh(lingkungan: Lingkungan = {}): Emulator {
  const emails = BIDANG_CONTOH.flatMap((b) => [b[4], ...b[5].split(',')]).map((e) => e.trim()).filter((e) => e !== '');
  const emu = new Emulator({ owner: 'pemilik@contoh.go.id', fileEditors: [ADMIN, ...emails, ORANG_LAIN], ...lingkungan });
  emu.loadBundle();
  emu.ws.strictLock = true;
  return emu;
}

/** A fresh emulator whose three configuration tabs hold the demo OPD, typed by the admin. */
export function emulatorTerisi(pilihan?: Parameters<typeof isiKonfigurasiContoh>[2], lingkungan?: Lingkungan): Emulator {
  const emu = emulatorContoh(lingkungan);
  // The owner lists the Kasubbag as admin; from then on the Kasubbag runs everything.
  isiKonfigurasiContoh(emu, 'pemilik@contoh.go.id', pilihan);
  return emu;
}

export function sel(view: SheetView, row: number, column: number): CellView | undefined {
  return view.cells.find((c) => c.row === row && c.column === column);
}

/** The cell under the column header `judul` in data row `row` (header row 7). */
export function selKolom(view: SheetView, judul: string, row: number): CellView | undefined {
  const header = view.cells.find((c) => c.row === 7 && c.value === judul);
  if (!header) throw new Error(`No column "${judul}" in ${view.name}`);
  return sel(view, row, header.column);
}

export function barisKode(view: SheetView, kode: string): number {
  const cell = view.cells.find((c) => c.column === 2 && c.value === kode);
  if (!cell) throw new Error(`No row for ${kode} in ${view.name}`);
  return cell.row;
}

/** The service calls `jalankan` makes on `emu`, in order (for finding the k-th call to fail). */
export function panggilanSelama(emu: Emulator, jalankan: () => unknown): CallRecord[] {
  const sejak = emu.ws.calls.length;
  jalankan();
  return emu.ws.calls.slice(sejak);
}
