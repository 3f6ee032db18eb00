/**
 * A configuration tab read as a table: the header row maps column ids to positions (so an
 * admin may reorder columns), and each non-empty row below becomes a `BarisTabel`. Pure.
 */
import type { Masalah } from '../types';
import type { SkemaTabel } from './skema';

export interface BarisTabel {
  /** 1-based sheet row. */
  readonly baris: number;
  /** Cell text by column id ('' when the column is missing or empty). */
  readonly sel: Readonly<Record<string, string>>;
  /** The raw cell values by column id, for numbers Sheets already parsed. */
  readonly mentah: Readonly<Record<string, unknown>>;
}

export interface Tabel {
  readonly baris: readonly BarisTabel[];
  readonly masalah: readonly Masalah[];
}

function teks(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** Reads `grid` (getValues of the tab, or null when the tab is missing) against `skema`. */
export function bacaTabel(skema: SkemaTabel, grid: readonly (readonly unknown[])[] | null): Tabel {
  if (grid === null) {
    return {
      baris: [],
      masalah: [{ tab: skema.tab, baris: 0, kolom: '', pesan: `Tab ${skema.tab} tidak ada. Jalankan Laporan Kinerja ▸ Siapkan lembar kerja.` }],
    };
  }
  const header = (grid[0] ?? []).map((cell) => teks(cell).toLowerCase());
  const posisi: Record<string, number> = {};
  const masalah: Masalah[] = [];
  for (const kolom of skema.kolom) {
    const index = header.indexOf(kolom.judul.toLowerCase());
    if (index >= 0) posisi[kolom.id] = index;
    else if (kolom.wajib) masalah.push({ tab: skema.tab, baris: 1, kolom: kolom.judul, pesan: `Kolom "${kolom.judul}" tidak ada di baris judul.` });
  }
  const baris: BarisTabel[] = [];
  grid.slice(1).forEach((row, i) => {
    if (row.every((cell) => teks(cell) === '')) return;
    const sel: Record<string, string> = {};
    const mentah: Record<string, unknown> = {};
    for (const kolom of skema.kolom) {
      const index = posisi[kolom.id];
      mentah[kolom.id] = index === undefined ? '' : row[index];
      sel[kolom.id] = teks(mentah[kolom.id]);
    }
    baris.push({ baris: i + 2, sel, mentah });
  });
  return { baris, masalah };
}

/** The header a user sees for a column id of `skema`. */
export function judulKolom(skema: SkemaTabel, id: string): string {
  const kolom = skema.kolom.find((k) => k.id === id);
  if (!kolom) throw new Error(`Unknown column id ${id} in ${skema.tab}`);
  return kolom.judul;
}
