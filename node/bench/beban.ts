/**
 * Workloads of a given size: `bidang` divisions × `indikatorPerBidang` indicators each, on a fresh
 * emulator with the built bundle loaded. The Pengaturan of the demo OPD is typed by the admin; the
 * Bidang and Indikator rows are written in one block each (typing 100,000 cells one by one would
 * only slow the bench down — these writes happen before any measurement).
 */
import { Emulator } from '../emulator/index';
import { ADMIN_CONTOH, indikatorBanyak, isiKonfigurasiContoh } from '../fixtures/opd-contoh';

export const PEMILIK = 'pemilik@contoh.go.id';
export const ADMIN = ADMIN_CONTOH;

export interface Ukuran {
  readonly bidang: number;
  readonly indikatorPerBidang: number;
}

export function kodeBidang(i: number): string {
  return `B${String(i + 1).padStart(2, '0')}`;
}

export function kabidDari(kode: string): string {
  return `kabid.${kode.toLowerCase()}@contoh.go.id`;
}

/** Rows of the Bidang tab: Kode, Nama bidang, Nama Kabid, NIP Kabid, E-mail Kabid, E-mail staf. */
export function barisBidang(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const kode = kodeBidang(i);
    return [kode, `Bidang Uji ${i + 1}`, `Kabid ${kode}`, '198001012005011001', kabidDari(kode), `staf.${kode.toLowerCase()}@contoh.go.id`];
  });
}

export function barisIndikator(u: Ukuran): string[][] {
  return barisBidang(u.bidang).flatMap((b) => indikatorBanyak(b[0], u.indikatorPerBidang));
}

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Writes `rows` from row 2 of `tab` as plain text, as the admin (outside any measurement). */
function tulisBlok(emu: Emulator, tab: string, rows: readonly (readonly string[])[]): void {
  const app = emu.globals().SpreadsheetApp as SpreadsheetApp;
  emu.ws.run({ email: ADMIN }, () => {
    const sheet = app.getActiveSpreadsheet().getSheetByName(tab);
    if (!sheet) throw new Error(`No tab ${tab}`);
    const kurang = rows.length + 1 - sheet.getMaxRows();
    if (kurang > 0) sheet.insertRowsAfter(sheet.getMaxRows(), kurang);
    const range = sheet.getRange(2, 1, rows.length, rows[0].length);
    range.setNumberFormat('@');
    range.setValues(rows.map((r) => [...r]));
  });
}

/** A fresh emulator holding a configured OPD of size `u`, ready for "Mulai siklus". */
export function emulatorUkuran(u: Ukuran): Emulator {
  const bidang = barisBidang(u.bidang);
  const emails = bidang.flatMap((b) => [b[4], b[5]]);
  const emu = new Emulator({ owner: PEMILIK, fileEditors: [ADMIN, 'sekretaris@contoh.go.id', ...emails] });
  emu.loadBundle();
  isiKonfigurasiContoh(emu, PEMILIK, { bidang: [], indikator: [] });
  tulisBlok(emu, 'Bidang', bidang);
  tulisBlok(emu, 'Indikator', barisIndikator(u));
  return emu;
}
