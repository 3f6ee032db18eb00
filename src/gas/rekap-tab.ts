/**
 * Writes a recap grid (src/core/rekap/grid.ts) to a tab, creating it or rebuilding it IN PLACE
 * (same tab, same position), in a number of calls that grows neither with the indicators nor with
 * the sasaran, as its
 * style plan says (src/core/rekap/grid-gaya.ts): formats first (plain text over the whole grid,
 * then the numeric runs and per-cell blocks; text outside plain-text cells carries an apostrophe,
 * so "=IMPORTRANGE(…)" stays text — domain.md §7), then the values (one setValues for the titles
 * and header, one per run of columns holding a value below them), the fills and the bold
 * runs, one mergeAcross over the title rows, frozen rows, column widths per run of equal widths,
 * and the two charts. Call it inside the document lock.
 */
import { deret, TEKS } from '../core/lembar-bidang';
import { ukurTab } from './ukuran-tab';
import type { GridRekapBergaya } from '../core/rekap/grid';
import { kotakNilai } from '../core/rekap/grid-gaya';
import type { GridRekap, KotakGrid } from '../core/rekap/model';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Detail-table column widths by header (the detail header is the frozen row); others 110 px. */
const LEBAR_KOLOM: Readonly<Record<string, number>> = {
  No: 45,
  Kode: 70,
  'Indikator Kinerja': 280,
  Bidang: 180,
  Satuan: 80,
  Polaritas: 75,
  Agregasi: 85,
  Penjelasan: 240,
  'Faktor Pendukung': 200,
  'Faktor Penghambat': 200,
  Upaya: 200,
  'Bukti Dukung': 200,
  Keterangan: 120,
};
const LEBAR_BAWAAN = 110;

/** The charts stand side by side right of the summaries, from the per-bidang summary's heading down. */
const GRAFIK = { lebar: 600, tinggi: 320, kolom: 6, jarak: 1 } as const;

export interface JudulGrafik {
  readonly capaianPerSasaran: string;
  readonly capaianPerBidang: string;
}

/** Grows the tab to at least `rows` × `columns`: Sheets refuses ranges outside the grid. */
/** Empties a tab of an earlier build: charts, merges, contents and formats. */
function kosongkan(sheet: Sheet): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).breakApart();
  sheet.clear();
}

function range(sheet: Sheet, k: KotakGrid): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(k.row, k.column, k.numRows, k.numColumns);
}

function grafik(sheet: Sheet, data: KotakGrid, judul: string, baris: number, kolom: number): void {
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(range(sheet, data))
    .setPosition(baris, kolom, 0, 0)
    .setOption('title', judul)
    .setOption('width', GRAFIK.lebar)
    .setOption('height', GRAFIK.tinggi)
    .build();
  sheet.insertChart(chart);
}

/** Columns used by the summary tables (their header row), where the charts start to the right. */
function lebarRingkasan(grid: GridRekap): number {
  const kepala = grid.values[grid.grafik.capaianPerBidang.row - 1] ?? [];
  let lebar = 0;
  kepala.forEach((v, i) => {
    if (v !== '') lebar = i + 1;
  });
  return lebar;
}

/**
 * The one-row merges of `merges` as rectangles of neighbouring rows merged the same way: each is
 * one mergeAcross (every row of it merged on its own).
 */
function barisGabungan(merges: readonly KotakGrid[]): KotakGrid[] {
  const hasil: KotakGrid[] = [];
  for (const m of merges) {
    const akhir = hasil[hasil.length - 1];
    if (akhir && m.numRows === 1 && akhir.column === m.column && akhir.numColumns === m.numColumns && akhir.row + akhir.numRows === m.row) {
      hasil[hasil.length - 1] = { ...akhir, numRows: akhir.numRows + 1 };
    } else {
      hasil.push(m);
    }
  }
  return hasil;
}

/** The cells of `kotak` in `isi` (a values-shaped array). */
function potong<T>(isi: readonly (readonly T[])[], kotak: KotakGrid): T[][] {
  return isi.slice(kotak.row - 1, kotak.row - 1 + kotak.numRows).map((r) => r.slice(kotak.column - 1, kotak.column - 1 + kotak.numColumns));
}

/** Writes `grid` to the tab `nama` and returns it; an existing tab of that name is rebuilt in place. */
export function tulisTabRekap(ss: Spreadsheet, nama: string, grid: GridRekapBergaya, judulGrafik: JudulGrafik): Sheet {
  const ada = ss.getSheetByName(nama);
  const sheet = ada ?? ss.insertSheet(nama);
  if (ada) kosongkan(ada);

  const rows = grid.values.length;
  const columns = grid.values[0]?.length ?? 1;
  const kolomGrafik = lebarRingkasan(grid) + 1 + GRAFIK.jarak;
  ukurTab(sheet, rows, Math.max(columns, kolomGrafik + 2 * GRAFIK.kolom));
  const gaya = grid.gaya;
  const semua = sheet.getRange(1, 1, rows, columns).setNumberFormat(TEKS);
  for (const o of gaya.format) range(sheet, o.kotak).setNumberFormat(o.nilai);
  for (const k of gaya.perSel.format) range(sheet, k).setNumberFormats(potong(grid.numberFormats, k));
  for (const k of kotakNilai(gaya.values, grid.barisKepalaDetail)) range(sheet, k).setValues(potong(gaya.values, k));
  for (const o of gaya.latar) range(sheet, o.kotak).setBackground(o.nilai);
  // null resets a cell's fill (the Range.setBackgrounds reference); the typings say string only.
  for (const k of gaya.perSel.latar) range(sheet, k).setBackgrounds(potong(grid.backgrounds, k) as string[][]);
  for (const k of gaya.tebal) range(sheet, k).setFontWeight('bold');
  for (const k of gaya.perSel.tebal) range(sheet, k).setFontWeights(potong(grid.fontWeights, k));
  semua.setWrap(true).setVerticalAlignment('top');
  for (const k of barisGabungan(grid.merges)) range(sheet, k).mergeAcross();

  sheet.setFrozenRows(grid.frozenRows);
  const kepala = grid.values[grid.barisKepalaDetail - 1] ?? [];
  const lebar = Array.from({ length: columns }, (_, c) => {
    const judul = kepala[c];
    return (typeof judul === 'string' && LEBAR_KOLOM[judul]) || LEBAR_BAWAAN;
  });
  for (const r of deret(lebar)) sheet.setColumnWidths(r.mulai, r.jumlah, r.nilai);

  const baris = grid.anchors.ringkasanBidang;
  grafik(sheet, grid.grafik.capaianPerBidang, judulGrafik.capaianPerBidang, baris, kolomGrafik);
  grafik(sheet, grid.grafik.capaianPerSasaran, judulGrafik.capaianPerSasaran, baris, kolomGrafik + GRAFIK.kolom);
  return sheet;
}
