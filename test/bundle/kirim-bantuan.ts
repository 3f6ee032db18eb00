/** Shared steps of the submit tests: a started TW I cycle and bidang tabs filled as their users would. */
import type { Emulator } from '../../node/emulator/index';
import type { SheetView } from '../../node/emulator/view';
import { hurufKolom, posisiKolom } from '../../src/core/lembar-bidang';
import { ADMIN, barisKode, emulatorTerisi, sel, type Lingkungan } from './helpers';

export const TAB_POL_TW1 = 'TW I 2026 · Bidang Politik Dalam Negeri';
/** The emulator starts on 1 April 2026; the bidang have until the 15th. */
export const BATAS = '2026-04-15';

/** Columns of a TW I tab: Realisasi TW I, Realisasi anggaran, Penjelasan, Bukti dukung. */
export const KOLOM = {
  realisasi: hurufKolom(posisiKolom('TW1', 'realisasi')),
  anggaran: hurufKolom(posisiKolom('TW1', 'realisasiAnggaran')),
  penjelasan: hurufKolom(posisiKolom('TW1', 'penjelasan')),
  bukti: hurufKolom(posisiKolom('TW1', 'buktiDukung')),
} as const;

export type Hasil = { status: string; pesan: string; uraian?: string[] };

export function siklusDimulai(pilihan?: Parameters<typeof emulatorTerisi>[0], lingkungan?: Lingkungan): Emulator {
  const emu = emulatorTerisi(pilihan, lingkungan);
  const hasil = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: BATAS }) as Hasil;
  if (hasil.status !== 'ok') throw new Error(hasil.pesan);
  return emu;
}

/** `email` types realisasi, a penjelasan and a link for each indicator kode; throws on a refused edit. */
export function isi(emu: Emulator, email: string, tab: string, nilai: Readonly<Record<string, number | string>>): void {
  const view = emu.spreadsheet.describeSheet(tab);
  for (const [kode, realisasi] of Object.entries(nilai)) {
    const r = barisKode(view, kode);
    for (const [kolom, v] of [[KOLOM.realisasi, realisasi], [KOLOM.penjelasan, `Penjelasan ${kode}`], [KOLOM.bukti, `https://drive.google.com/file/d/${kode}`]] as const) {
      const hasil = emu.edit(email, tab, `${kolom}${r}`, v);
      if (!hasil.ok) throw new Error(`${tab}!${kolom}${r}: ${hasil.error}`);
    }
  }
}

export const ISIAN_KWN = { 'IK-16': 10, 'IK-17': 85, 'IK-18': 1, 'IK-19': 6, 'IK-20': 100 } as const;
export const ISIAN_POL = { 'IK-09': 78, 'IK-10': 210, 'IK-11': 3, 'IK-12': 'tidak ada data' } as const;

/** The Arsip Kiriman rows (header first) as the admin sees them; [] before the first submission. */
export function barisArsip(emu: Emulator): (string | number | boolean | null)[][] {
  if (!emu.spreadsheet.sheetNames().includes('Arsip Kiriman')) return [];
  const view = emu.spreadsheet.describeSheet('Arsip Kiriman', ADMIN);
  return Array.from({ length: view.lastRow }, (_, i) => Array.from({ length: view.lastColumn }, (_, j) => sel(view, i + 1, j + 1)?.value ?? null));
}

/** The last Log row, or the last one whose Tindakan is `tindakan`. */
export function logTerakhir(emu: Emulator, tindakan?: string): { tindakan: unknown; rincian: unknown; pengguna: unknown } {
  const log = emu.spreadsheet.describeSheet('Log', ADMIN);
  let r = log.lastRow;
  while (tindakan !== undefined && r > 1 && sel(log, r, 3)?.value !== tindakan) r--;
  return { pengguna: sel(log, r, 2)?.value, tindakan: sel(log, r, 3)?.value, rincian: sel(log, r, 4)?.value };
}

export function statusBidang(emu: Emulator, kode: string): string | undefined {
  const panel = emu.call(ADMIN, 'getPanelState') as { siklus: { bidang: { kode: string; status: string }[] } };
  return panel.siklus.bidang.find((b) => b.kode === kode)?.status;
}

export function kotakKirim(view: SheetView): { value: unknown; note: string | undefined } {
  const c = sel(view, 5, 4);
  return { value: c?.value, note: c?.note };
}
