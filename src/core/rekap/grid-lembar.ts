/**
 * A tab built row by row as pure data, then squared off into `values`-shaped arrays so the
 * writer needs one setValues (and one call per format array) for the whole tab.
 */
import type { Nilai } from '../types';
import type { GridRekap, KotakGrid, SelGrid } from './model';

export interface Sel {
  readonly v: SelGrid;
  /** Sheets number format; '@' (plain text) for every string, so nothing typed is parsed. */
  readonly f: string;
  readonly bg: string | null;
  readonly tebal: boolean;
}

const FORMAT_BULAT = '#,##0';
export const FORMAT_DESIMAL = '#,##0.00';
export const FORMAT_PERSEN = '#,##0.00" %"';
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

/** An indicator value: whole numbers without decimals, others with two; labels as text. */
export function nilai(v: Nilai | null): Sel {
  if (typeof v === 'string') return teks(v);
  return angka(v, v !== null && Number.isInteger(v) ? FORMAT_BULAT : FORMAT_DESIMAL);
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
