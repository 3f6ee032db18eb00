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

/** A problem of tab `tab`: at sheet row `baris` in column `kolom`, or (by default) of the tab as a whole. */
export function masalahTab(tab: string, pesan: string, baris = 0, kolom = ''): Masalah {
  return { tab, baris, kolom, pesan };
}

/** The problem of a required column missing from a tab's header row. */
export function kolomTidakAda(tab: string, judul: string): Masalah {
  return masalahTab(tab, `Kolom "${judul}" tidak ada di baris judul.`, 1, judul);
}

/** The problem of a configuration tab that is missing. */
export function tabTidakAda(tab: string): Masalah {
  return masalahTab(tab, `Tab ${tab} tidak ada. Jalankan Laporan Kinerja ▸ Siapkan lembar kerja.`);
}

/**
 * Reads `grid` (getValues of the tab, or null when the tab is missing) against `skema`; `kosong`
 * is the problem of a tab without rows.
 */
export function bacaTabel(skema: SkemaTabel, grid: readonly (readonly unknown[])[] | null, kosong: string): Tabel {
  if (grid === null) return { baris: [], masalah: [tabTidakAda(skema.tab)] };
  const header = (grid[0] ?? []).map((cell) => teks(cell).toLowerCase());
  const posisi: Record<string, number> = {};
  const masalah: Masalah[] = [];
  for (const kolom of skema.kolom) {
    const index = header.indexOf(kolom.judul.toLowerCase());
    if (index >= 0) posisi[kolom.id] = index;
    else if (kolom.wajib) masalah.push(kolomTidakAda(skema.tab, kolom.judul));
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
  if (baris.length === 0) masalah.push(masalahTab(skema.tab, kosong));
  return { baris, masalah };
}

/** A problem of `skema`'s tab at sheet row `baris`, in the column of `id` ('' = none). */
export function masalahTabel(skema: SkemaTabel, baris: number, id: string, pesan: string): Masalah {
  return masalahTab(skema.tab, pesan, baris, id === '' ? '' : judulKolom(skema, id));
}

/**
 * The checks every table row shares: each required column without choices filled (those with
 * choices have their own message), and a kode no earlier row used (`kodeDipakai`: upper-cased
 * kode → row). Pushes the problems to `daftar`; returns the upper-cased kode.
 */
export function periksaKode(skema: SkemaTabel, b: BarisTabel, kodeDipakai: Map<string, number>, daftar: Masalah[]): string {
  for (const k of skema.kolom) if (k.wajib && !k.pilihan && b.sel[k.id] === '') daftar.push(masalahTabel(skema, b.baris, k.id, 'Wajib diisi.'));
  const kode = b.sel.kode.toUpperCase();
  const sebelumnya = kodeDipakai.get(kode);
  if (kode === '') return kode;
  if (sebelumnya !== undefined) daftar.push(masalahTabel(skema, b.baris, 'kode', `Kode "${b.sel.kode}" sudah dipakai di baris ${sebelumnya}.`));
  else kodeDipakai.set(kode, b.baris);
  return kode;
}

/** The header a user sees for a column id of `skema`. */
export function judulKolom(skema: SkemaTabel, id: string): string {
  const kolom = skema.kolom.find((k) => k.id === id);
  if (!kolom) throw new Error(`Unknown column id ${id} in ${skema.tab}`);
  return kolom.judul;
}
