/**
 * A configuration tab read as a table: the header row maps column ids to positions (so an
 * admin may reorder columns or paste a table with the headers offices use, `judul.ts`), and each
 * non-empty row below becomes a `BarisTabel`. A column whose header is not understood but holds
 * data is reported, never silently ignored. Pure.
 */
import { hurufKolom } from '../lembar-bidang';
import type { Masalah } from '../types';
import { judulCocok, judulDiabaikan } from './judul';
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
  readonly skema: SkemaTabel;
  readonly baris: readonly BarisTabel[];
  readonly masalah: readonly Masalah[];
  /** The header as written in the tab, by column id (a column that is absent: its title). */
  readonly judul: Readonly<Record<string, string>>;
  /** Ids of the columns the header row has; a missing one is reported once, not on every row. */
  readonly ada: ReadonlySet<string>;
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
  const judul: Record<string, string> = Object.fromEntries(skema.kolom.map((k) => [k.id, k.judul]));
  if (grid === null) return { skema, baris: [], masalah: [tabTidakAda(skema.tab)], judul, ada: new Set() };
  const header = (grid[0] ?? []).map(teks);
  const lebar = Math.max(header.length, ...grid.map((r) => r.length));
  const posisi: Record<string, number> = {};
  const masalah: Masalah[] = [];
  const adaIsi = (c: number): boolean => grid.slice(1).some((r) => teks(r[c]) !== '');
  for (let c = 0; c < lebar; c++) {
    const tertulis = header[c] ?? '';
    const kolom = skema.kolom.find((k) => judulCocok(k, tertulis));
    if (kolom && posisi[kolom.id] !== undefined) {
      const pertama = header[posisi[kolom.id]];
      masalah.push(masalahTab(skema.tab, `Judul "${tertulis}" (kolom ${hurufKolom(c + 1)}) dan "${pertama}" (kolom ${hurufKolom(posisi[kolom.id] + 1)}) sama-sama dibaca sebagai ${kolom.judul}. Hapus atau ganti judul salah satunya.`, 1, tertulis));
    } else if (kolom) {
      posisi[kolom.id] = c;
      judul[kolom.id] = tertulis;
    } else if (adaIsi(c) && !judulDiabaikan(tertulis)) {
      const apa = tertulis === '' ? `Kolom ${hurufKolom(c + 1)} berisi data tetapi tidak berjudul` : `Judul "${tertulis}" (kolom ${hurufKolom(c + 1)}) tidak dikenal`;
      masalah.push(masalahTab(skema.tab, `${apa}, sehingga isinya tidak terbaca. Beri judul yang dikenal (mis. ${skema.kolom.slice(1, 3).map((k) => `"${k.judul}"`).join(' atau ')}) atau hapus kolomnya.`, 1, tertulis));
    }
  }
  for (const kolom of skema.kolom) if (kolom.wajib && posisi[kolom.id] === undefined) masalah.push(kolomTidakAda(skema.tab, kolom.judul));
  const baris: BarisTabel[] = [];
  grid.slice(1).forEach((row, i) => {
    // A row with nothing in the columns Lapkin reads (at most a row number) is an empty row.
    if (row.every((cell, c) => teks(cell) === '' || judulDiabaikan(header[c] ?? ''))) return;
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
  return { skema, baris, masalah, judul, ada: new Set(Object.keys(posisi)) };
}

/** A problem of `tabel`'s tab at sheet row `baris`, in the column of `id` ('' = none), named by its header as written. */
export function masalahTabel(tabel: Tabel, baris: number, id: string, pesan: string): Masalah {
  return masalahTab(tabel.skema.tab, pesan, baris, id === '' ? '' : (tabel.judul[id] ?? judulKolom(tabel.skema, id)));
}

/**
 * The checks every table row shares: each required column without choices filled (those with
 * choices have their own message), and a kode no earlier row used (`kodeDipakai`: upper-cased
 * kode → row). Pushes the problems to `daftar`; returns the upper-cased kode.
 */
export function periksaKode(tabel: Tabel, b: BarisTabel, kodeDipakai: Map<string, number>, daftar: Masalah[]): string {
  for (const k of tabel.skema.kolom) if (k.wajib && !k.pilihan && tabel.ada.has(k.id) && b.sel[k.id] === '') daftar.push(masalahTabel(tabel, b.baris, k.id, 'Wajib diisi.'));
  const kode = b.sel.kode.toUpperCase();
  const sebelumnya = kodeDipakai.get(kode);
  if (kode === '') return kode;
  if (sebelumnya !== undefined) daftar.push(masalahTabel(tabel, b.baris, 'kode', `Kode "${b.sel.kode}" sudah dipakai di baris ${sebelumnya}.`));
  else kodeDipakai.set(kode, b.baris);
  return kode;
}

/** The header a user sees for a column id of `skema`. */
export function judulKolom(skema: SkemaTabel, id: string): string {
  const kolom = skema.kolom.find((k) => k.id === id);
  if (!kolom) throw new Error(`Unknown column id ${id} in ${skema.tab}`);
  return kolom.judul;
}
