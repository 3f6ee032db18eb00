/**
 * A tab built row by row as pure data, then squared off into `values`-shaped arrays so the
 * writer needs one setValues (and one call per format array) for the whole tab.
 */
import { FORMAT_DESIMAL, formatNilai } from '../lembar-bidang';
import type { Nilai } from '../types';
import { kotakSeragam, type PerSel } from './grid-gaya';
import type { GridRekap, KotakGrid, SelGrid } from './model';

export interface Sel {
  readonly v: SelGrid;
  /** Sheets number format; '@' (plain text) for every string, so nothing typed is parsed. */
  readonly f: string;
  readonly bg: string | null;
  readonly tebal: boolean;
  /** Its number format depends on the value (whole or decimal): written cell by cell. */
  readonly formatSel?: boolean;
  /** Its colour depends on the value (a category) or its row repeats with the data: written cell by cell. */
  readonly latarSel?: boolean;
  /** Its weight is written cell by cell (rows that repeat with the data, e.g. sasaran groups). */
  readonly tebalSel?: boolean;
}

export const FORMAT_RUPIAH = '"Rp "#,##0';
const FORMAT_TEKS = '@';
const FORMAT_UMUM = 'General';

export const KOSONG: Sel = { v: '', f: FORMAT_UMUM, bg: null, tebal: false };

export function teks(s: string, gaya: { bg?: string | null; tebal?: boolean } = {}): Sel {
  return { v: s, f: FORMAT_TEKS, bg: gaya.bg ?? null, tebal: gaya.tebal ?? false };
}

export function angka(n: number | null, format: string, gaya: { bg?: string | null; tebal?: boolean } = {}): Sel {
  return n === null ? { ...KOSONG, bg: gaya.bg ?? null } : { v: n, f: format, bg: gaya.bg ?? null, tebal: gaya.tebal ?? false };
}

/**
 * An indicator value in the number format its satuan gives (lembar-bidang.ts `formatNilai`, the
 * same as the bidang tab's); a fraction of a counted unit keeps its decimals. Labels as text.
 */
export function nilai(v: Nilai | null, satuan: string): Sel {
  const format = formatNilai(satuan);
  const sel = typeof v === 'string' ? teks(v) : angka(v, v !== null && !Number.isInteger(v) ? FORMAT_DESIMAL : format);
  return { ...sel, formatSel: true };
}

/** `sel` coloured by its category: the colour is written cell by cell. */
export function berwarna(sel: Sel): Sel {
  return { ...sel, latarSel: true };
}

/**
 * A cell of a row that repeats with the data (a group heading): its fill and weight are written
 * cell by cell, so any number of such rows costs the same calls.
 */
export function kelompok(sel: Sel, bg: string): Sel {
  return { ...sel, bg, tebal: true, latarSel: true, tebalSel: true };
}

export class Lembar {
  private readonly baris: Sel[][] = [];
  private readonly gabungan: KotakGrid[] = [];

  /** Appends a row; returns its 1-based number. */
  tambah(sel: readonly Sel[]): number {
    this.baris.push([...sel]);
    return this.baris.length;
  }

  kosong(): void {
    this.tambah([]);
  }

  /** Merges `numColumns` cells of a row starting at `column`. */
  gabung(row: number, column: number, numColumns: number): void {
    if (numColumns > 1) this.gabungan.push({ row, column, numRows: 1, numColumns });
  }

  get lebar(): number {
    return Math.max(1, ...this.baris.map((b) => b.length));
  }

  /** Blocks whose formats, colours or weights are written cell by cell: one per run of such columns, whatever the rows. */
  perSel(): PerSel {
    const blok = (pilih: (s: Sel) => boolean | undefined): KotakGrid[] =>
      kotakSeragam(this.baris.length, this.lebar, (r, c) => {
        const s = this.baris[r - 1][c - 1];
        return s && pilih(s) ? true : null;
      }).map((o) => o.kotak);
    return { format: blok((s) => s.formatSel), latar: blok((s) => s.latarSel), tebal: blok((s) => s.tebalSel) };
  }

  selesai(): Pick<GridRekap, 'values' | 'numberFormats' | 'backgrounds' | 'fontWeights' | 'merges'> {
    const lebar = this.lebar;
    const penuh = this.baris.map((b) => [...b, ...Array.from({ length: lebar - b.length }, () => KOSONG)]);
    return {
      values: penuh.map((b) => b.map((s) => s.v)),
      numberFormats: penuh.map((b) => b.map((s) => s.f)),
      backgrounds: penuh.map((b) => b.map((s) => s.bg)),
      fontWeights: penuh.map((b) => b.map((s) => (s.tebal ? 'bold' : 'normal'))),
      merges: [...this.gabungan],
    };
  }
}
