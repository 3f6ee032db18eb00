/**
 * How the recap tab's styles are written in a number of calls that does not grow with the
 * indicators: a plain-text base over the whole grid, then one uniform setter per rectangle of
 * equal values (runs down a column, neighbouring columns with the same run joined), and one
 * per-cell setter only over the blocks whose look depends on the data (`PerSel`: a value's
 * integer or decimal format, a category colour) — one block per run of such columns, whatever
 * the rows.
 *
 * A text cell inside a numeric run is written with a leading apostrophe, so Sheets keeps it as
 * typed ("=IMPORTRANGE(…)" stays text — domain.md §7) as it would in a plain-text cell.
 */
import { nilaiLiteral, TEKS } from '../lembar-bidang';
import type { GridRekap, KotakGrid, SelGrid } from './model';

/** Blocks written cell by cell, found by `rekapKeGrid` (one per section). */
export interface PerSel {
  readonly format: readonly KotakGrid[];
  readonly latar: readonly KotakGrid[];
  readonly tebal: readonly KotakGrid[];
}

/** A rectangle set to one value. */
export interface Olesan<T> {
  readonly kotak: KotakGrid;
  readonly nilai: T;
}

export interface RencanaGaya {
  /** After the plain-text base: one setNumberFormat each. */
  readonly format: readonly Olesan<string>[];
  readonly latar: readonly Olesan<string>[];
  /** One setNumberFormats / setBackgrounds / setFontWeights each, from the grid's `numberFormats` / `backgrounds` / `fontWeights`. */
  readonly perSel: PerSel;
  /** One setFontWeight('bold') each. */
  readonly tebal: readonly KotakGrid[];
  /** The values to write: `values`, with text in non-plain-text cells kept literal. */
  readonly values: readonly (readonly SelGrid[])[];
}

/**
 * What a cell adds to a run: a value joins (or starts) the run of that value, `null` lets a run
 * pass through without starting one, `undefined` ends any run.
 */
type Kelas<T> = (row: number, column: number) => T | null | undefined;

function di(kotak: readonly KotakGrid[], row: number, column: number): boolean {
  return kotak.some((k) => row >= k.row && row < k.row + k.numRows && column >= k.column && column < k.column + k.numColumns);
}

/** Rectangles of equal values: runs down each column, equal runs of neighbouring columns joined. 1-based. */
export function kotakSeragam<T>(rows: number, columns: number, kelas: Kelas<T>): Olesan<T>[] {
  const hasil: { kotak: { row: number; column: number; numRows: number; numColumns: number }; nilai: T }[] = [];
  let terbuka = new Map<string, number>();
  for (let c = 1; c <= columns; c++) {
    const lanjut = new Map<string, number>();
    let run: { mulai: number; akhir: number; nilai: T } | null = null;
    const tutup = (): void => {
      if (!run) return;
      const kunci = `${run.mulai}:${run.akhir}:${run.nilai}`;
      const i = terbuka.get(kunci);
      if (i !== undefined) {
        hasil[i].kotak.numColumns++;
        lanjut.set(kunci, i);
      } else {
        lanjut.set(kunci, hasil.push({ kotak: { row: run.mulai, column: c, numRows: run.akhir - run.mulai + 1, numColumns: 1 }, nilai: run.nilai }) - 1);
      }
      run = null;
    };
    for (let r = 1; r <= rows; r++) {
      const v = kelas(r, c);
      if (v === undefined || (v !== null && run !== null && run.nilai !== v)) tutup();
      if (v === null || v === undefined) continue;
      if (run === null) run = { mulai: r, akhir: r, nilai: v };
      else run.akhir = r;
    }
    tutup();
    terbuka = lanjut;
  }
  return hasil;
}

export function rencanaGaya(grid: GridRekap, perSel: PerSel): RencanaGaya {
  const rows = grid.values.length;
  const columns = grid.values[0]?.length ?? 0;
  const format = kotakSeragam<string>(rows, columns, (r, c) => {
    if (di(perSel.format, r, c)) return undefined;
    return typeof grid.values[r - 1][c - 1] === 'number' ? grid.numberFormats[r - 1][c - 1] : null;
  }).filter((o) => o.nilai !== TEKS);
  const latar = kotakSeragam<string>(rows, columns, (r, c) => (di(perSel.latar, r, c) ? undefined : grid.backgrounds[r - 1][c - 1] ?? undefined));
  const tebal = kotakSeragam<'bold'>(rows, columns, (r, c) => (!di(perSel.tebal, r, c) && grid.fontWeights[r - 1][c - 1] === 'bold' ? 'bold' : undefined)).map((o) => o.kotak);
  // A cell is plain text unless a numeric run covers it or its per-cell block gives it another format.
  const angka = format.map((o) => o.kotak);
  const format_ = (r: number, c: number): string => (di(perSel.format, r + 1, c + 1) ? grid.numberFormats[r][c] : di(angka, r + 1, c + 1) ? '' : TEKS);
  const values = grid.values.map((line, r) => line.map((x, c) => (typeof x === 'string' ? nilaiLiteral(format_(r, c), x) : x)));
  return { format, latar, perSel, tebal, values };
}

/**
 * The rectangles `values` is written in: rows 1..`barisKepala` (titles and the detail header)
 * across the whole width, then below them each run of neighbouring columns holding a value. A
 * column empty below the header is not sent: the writer starts from an empty tab, so its cells
 * already are what it would write. At most one rectangle per two columns, whatever the rows; the
 * tab shows the same as after one setValues of the whole grid.
 */
export function kotakNilai(values: readonly (readonly SelGrid[])[], barisKepala: number): KotakGrid[] {
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const atas = Math.min(barisKepala, rows);
  const hasil: KotakGrid[] = atas > 0 ? [{ row: 1, column: 1, numRows: atas, numColumns: columns }] : [];
  if (rows === atas) return hasil;
  let mulai = 0;
  for (let c = 1; c <= columns + 1; c++) {
    const berisi = c <= columns && values.slice(atas).some((r) => r[c - 1] !== '');
    if (berisi && mulai === 0) mulai = c;
    if (!berisi && mulai > 0) {
      hasil.push({ row: atas + 1, column: mulai, numRows: rows - atas, numColumns: c - mulai });
      mulai = 0;
    }
  }
  return hasil;
}
