/**
 * Custom templates, the pure part: a template is text with `{{placeholders}}` (filled from
 * Pengaturan and the cycle) and block markers such as `{{#tabel_capaian}}` or `{{#bab3}}` (where
 * generated blocks go). Unknown placeholders stay visible in the output and are reported. The
 * Google Docs side (src/gas/dokumen-template.ts) fills a copy of the template.
 */
import { nilaiDariGrid } from '../konfigurasi/pengaturan';
import { labelPeriode } from '../periode';
import { formatTanggal, type TanggalLokal } from '../tanggal';
import type { Konfigurasi, Periode } from '../types';
import type { Block } from './model';

export interface Placeholder {
  /** Lower-case name without braces or '#'. */
  readonly nama: string;
  /** A block marker `{{#nama}}` rather than a text placeholder. */
  readonly blok: boolean;
}

const POLA = /\{\{\s*(#?)\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Every placeholder and block marker in the text, in order, each once. */
export function cariPlaceholder(teks: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const m of teks.matchAll(POLA)) {
    const p = { nama: m[2].toLowerCase(), blok: m[1] === '#' };
    if (!found.some((f) => f.nama === p.nama && f.blok === p.blok)) found.push(p);
  }
  return found;
}

/** The text placeholders every template may use. */
export function nilaiTemplate(
  konfigurasi: Konfigurasi,
  cycle: { readonly periode: Periode; readonly tahun: number; readonly tanggal: TanggalLokal },
): Record<string, string> {
  const { pengaturan } = konfigurasi;
  return {
    instansi: pengaturan.instansi,
    pemerintah_daerah: pengaturan.pemerintahDaerah,
    alamat: pengaturan.alamat,
    periode: labelPeriode(cycle.periode),
    tahun: String(cycle.tahun),
    tanggal: formatTanggal(cycle.tanggal),
    kepala: pengaturan.kepala.nama,
    nip_kepala: pengaturan.kepala.nip,
    jabatan_kepala: pengaturan.kepala.jabatan,
    kasubbag: pengaturan.kasubbag.nama,
    nip_kasubbag: pengaturan.kasubbag.nip,
    jabatan_kasubbag: pengaturan.kasubbag.jabatan,
  };
}

export interface IsianTemplate {
  readonly nilai: Readonly<Record<string, string>>;
  readonly blok: Readonly<Record<string, readonly Block[]>>;
  /** Names the template must contain; block markers written with '#', e.g. '#tabel_capaian'. */
  readonly wajib: readonly string[];
}

export interface HasilTemplate {
  /** Placeholders the template uses that nothing fills ('#name' for blocks). */
  readonly tidakDikenal: readonly string[];
  /** Required placeholders the template lacks. */
  readonly wajibTidakAda: readonly string[];
  /** Indonesian messages for the user, one per problem. */
  readonly pesan: readonly string[];
}

function label(p: Placeholder): string {
  return p.blok ? `#${p.nama}` : p.nama;
}

/** What a template's text lacks or holds in excess, with one Indonesian message per problem. */
export function periksaTemplate(teks: string, isian: IsianTemplate): HasilTemplate {
  const used = cariPlaceholder(teks);
  const known = (p: Placeholder): boolean => (p.blok ? p.nama in isian.blok : p.nama in isian.nilai);
  const tidakDikenal = used.filter((p) => !known(p)).map(label);
  const usedLabels = new Set(used.map(label));
  const wajibTidakAda = isian.wajib.filter((w) => !usedLabels.has(w.toLowerCase()));
  const pesan = [
    ...tidakDikenal.map((n) => `Isian {{${n}}} tidak dikenal; teksnya dibiarkan apa adanya.`),
    ...wajibTidakAda.map((n) => `Templat harus memuat {{${n}}}.`),
  ];
  return { tidakDikenal, wajibTidakAda, pesan };
}

/** Pengaturan ▸ Templat LKj as typed ('' = the built-in layout), from the tab's getValues grid. */
export function templatLkjDariGrid(grid: readonly (readonly unknown[])[] | null): string {
  return nilaiDariGrid(grid, 'templatLkj');
}
