/**
 * Shared set-up for the recap tests: a small configuration whose rows are domain.md §4's worked
 * examples, a cycle started through the bundle, typing into a bidang tab, and reading the recap tab.
 */
import { posisiKolom } from '../../src/core/lembar-bidang';
import { hurufKolom } from '../../src/core/lembar-bidang';
import { namaTabBidang } from '../../src/core/nama-tab';
import { parsePeriode } from '../../src/core/periode';
import type { Periode } from '../../src/core/types';
import type { CellView, SheetView } from '../../node/emulator/view';
import type { Emulator } from '../../node/emulator/index';
import { ADMIN, emulatorTerisi } from './helpers';

export const S1 = 'Meningkatnya akuntabilitas kinerja';
export const S2 = 'Menurunnya gangguan ketertiban';
export const S3 = 'Meningkatnya partisipasi masyarakat';
const PROGRAM = 'Program Peningkatan Kewaspadaan Nasional';

/** Kode, Sasaran, Indikator, Bidang, Satuan, Polaritas, Agregasi, Target tahunan, TW I–IV, Renstra, Tahun lalu, Program, Pagu. */
export const INDIKATOR_UJI: readonly (readonly string[])[] = [
  ['C-01', S1, 'Persentase laporan tepat waktu', 'KWN', '%', 'positif', 'terakhir', '100', '100', '100', '100', '100', '100', '90', PROGRAM, '1.000.000'],
  ['C-02', S2, 'Jumlah gangguan (contoh 150 %)', 'KWN', 'kejadian', 'negatif', 'terakhir', '8', '8', '8', '8', '8', '6', '10', PROGRAM, ''],
  ['C-03', S2, 'Jumlah gangguan (contoh 75 %)', 'KWN', 'kejadian', 'negatif', 'terakhir', '8', '8', '8', '8', '8', '6', '10', PROGRAM, ''],
  ['C-04', S2, 'Jumlah gangguan (contoh 0 %)', 'KWN', 'kejadian', 'negatif', 'terakhir', '8', '8', '8', '8', '8', '6', '10', PROGRAM, ''],
  ['C-05', S3, 'Jumlah aduan (target nol)', 'KWN', 'aduan', 'positif', 'terakhir', '0', '0', '0', '0', '0', '0', '0', PROGRAM, ''],
  ['C-06', S3, 'Jumlah peserta sosialisasi', 'KWN', 'orang', 'positif', 'kumulatif', '100', '25', '50', '75', '100', '120', '80', PROGRAM, ''],
  ['C-07', S3, 'Persentase desa tanggap', 'KWN', '%', 'positif', 'terakhir', '80', '60', '70', '80', '80', '90', '65', PROGRAM, ''],
  ['C-08', S3, 'Indeks kepuasan layanan', 'KWN', 'indeks', 'positif', 'rata-rata', '80', '80', '80', '80', '80', '85', '70', PROGRAM, ''],
  ['C-09', S1, 'Nilai SAKIP', 'SEK', 'nilai', 'positif', 'terakhir', '75', '70', '72', '74', '75', '80', '68', 'Program Penunjang', '2.000.000'],
];

export const TAB_KWN = (label: string): string => namaTabBidang(parsePeriode(label)!, 2026, 'KWN', []);
export const TAB_SEK = (label: string): string => namaTabBidang(parsePeriode(label)!, 2026, 'SEK', []);

export function emulatorRekap(indikator: readonly (readonly string[])[] = INDIKATOR_UJI): Emulator {
  return emulatorTerisi({ indikator });
}

export function mulai(emu: Emulator, periode: Periode, konfirmasi = false): void {
  const hasil = emu.call(ADMIN, 'mulaiSiklus', { periode, tahun: 2026, batasWaktu: '2099-12-31', konfirmasi }) as { status: string; pesan: string };
  if (hasil.status !== 'ok') throw new Error(hasil.pesan);
}

/** Types into the bidang tab's input columns of the indicator `kode` (`realisasi`, `penjelasan`, …). */
export function isi(emu: Emulator, email: string, tab: string, periode: Periode, kode: string, isian: Record<string, string | number>): void {
  const view = emu.spreadsheet.describeSheet(tab);
  const cell = view.cells.find((c) => c.column === posisiKolom(periode, 'kode') && c.value === kode);
  if (!cell) throw new Error(`No row ${kode} in ${tab}`);
  for (const [id, nilai] of Object.entries(isian)) {
    const hasil = emu.edit(email, tab, `${hurufKolom(posisiKolom(periode, id))}${cell.row}`, nilai);
    if (!hasil.ok) throw new Error(`${tab} ${kode} ${id}: ${hasil.error}`);
  }
}

export type HasilRekap = { status: string; pesan: string; tab?: string; uraian?: string[] };

export function rekap(emu: Emulator, masukan: Record<string, unknown> = {}, email = ADMIN): HasilRekap {
  return emu.call(email, 'buatTabRekap', masukan) as HasilRekap;
}

/** The row of the recap's indicator table header (section A): the first with "Indikator Kinerja" in column 3. */
export function barisKepalaRekap(view: SheetView): number {
  return view.cells.find((c) => c.column === 3 && c.value === 'Indikator Kinerja')?.row ?? 0;
}

/** The recap tab's cell in the detail row of `kode`, under the detail header `judul` (section A's header row). */
export function selRekap(view: SheetView, kode: string, judul: string): CellView | undefined {
  const kepala = barisKepalaRekap(view);
  const header = view.cells.find((c) => c.row === kepala && c.value === judul);
  if (!header) throw new Error(`No column "${judul}" in ${view.name}`);
  const baris = view.cells.find((c) => c.column === 2 && c.row > kepala && c.value === kode);
  if (!baris) throw new Error(`No row ${kode} in ${view.name}`);
  return view.cells.find((c) => c.row === baris.row && c.column === header.column);
}

/** The row (label in column 1) of a summary or status table whose label is `label`, as values by column. */
export function barisBerlabel(view: SheetView, label: string, kolom = 1): Record<number, CellView> {
  const awal = view.cells.find((c) => c.column === kolom && c.value === label && c.row > barisKepalaRekap(view));
  if (!awal) throw new Error(`No row "${label}" in ${view.name}`);
  return Object.fromEntries(view.cells.filter((c) => c.row === awal.row).map((c) => [c.column, c]));
}
