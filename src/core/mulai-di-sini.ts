/**
 * "Mulai di sini": the first run from an empty spreadsheet to a started TW I, as six steps, each
 * with what is still missing, computed from what the workbook holds now (so it can be left and
 * resumed). Pure: the server reads the tabs and passes them in.
 */
import { uraianMasalah, type GridKonfigurasi, type HasilKonfigurasi } from './konfigurasi/index';
import { KUNCI_PENGATURAN, SKEMA_BIDANG, TAB_BIDANG, TAB_INDIKATOR, TAB_PENGATURAN } from './konfigurasi/skema';
import { hanyaContoh } from './konfigurasi/tempel-pk';
import type { Masalah } from './types';

export type IdLangkahMulai = 'siapkan' | 'pengaturan' | 'bidang' | 'indikator' | 'sop' | 'mulai';

export interface LangkahMulai {
  readonly id: IdLangkahMulai;
  readonly judul: string;
  readonly selesai: boolean;
  /** What is still missing, one Indonesian line each ("Indikator, baris 4, kolom …: …"). */
  readonly kurang: readonly string[];
}

/** `getMulaiDiSini()`: the steps, and the spreadsheet's time zone as "Asia/Jakarta (WIB)". */
export interface KeadaanMulaiDiSini {
  readonly langkah: readonly LangkahMulai[];
  readonly zonaWaktu: string;
}

export interface MasukanMulaiDiSini {
  readonly grid: GridKonfigurasi;
  /** What `bacaKonfigurasi(grid)` said. */
  readonly hasil: HasilKonfigurasi;
  /** The SOP tab exists. */
  readonly adaTabSop: boolean;
  /** The spreadsheet's time zone (IANA id). */
  readonly zonaWaktu: string;
  /** Problems of the chosen SOP template; null when the configuration cannot be read yet. */
  readonly masalahSop: readonly Masalah[] | null;
  /** The label of the cycle started (its bidang tabs open), null before the first. */
  readonly siklus: string | null;
  /** The label of a cycle prepared but not started yet (Siapkan siklus); absent or null when none. */
  readonly disiapkan?: string | null;
}

/** The zones of WIB, WITA and WIT (File ▸ Setelan ▸ Zona waktu). */
const ZONA_INDONESIA: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const SIAPKAN_DULU = 'Jalankan langkah 1 (Siapkan lembar kerja) lebih dulu.';

/** The problems of `tab`, one line each; a tab not made yet only points to step 1. */
function baris(masalah: readonly Masalah[], tab: string, grid: unknown): string[] {
  return grid === null ? [SIAPKAN_DULU] : masalah.filter((m) => m.tab === tab).map(uraianMasalah);
}

function langkah(id: IdLangkahMulai, judul: string, kurang: readonly string[]): LangkahMulai {
  return { id, judul, selesai: kurang.length === 0, kurang };
}

/** The six steps; a step is done when nothing is missing. */
export function langkahMulaiDiSini(m: MasukanMulaiDiSini): LangkahMulai[] {
  const { grid, hasil } = m;
  const masalah = hasil.ok ? [] : hasil.masalah;
  const tabKurang = ([[TAB_PENGATURAN, grid.pengaturan], [TAB_BIDANG, grid.bidang], [TAB_INDIKATOR, grid.indikator], ['SOP', m.adaTabSop ? [] : null]] as const)
    .filter(([, g]) => g === null)
    .map(([t]) => t);
  const nip = KUNCI_PENGATURAN.find((k) => k.id === 'kepalaNip')!.label;
  const nipKosong = grid.pengaturan !== null && grid.pengaturan.some((r) => String(r[0]).trim() === nip && String(r[1] ?? '').trim() === '');
  const zona = ZONA_INDONESIA[m.zonaWaktu];
  const contohBidang = SKEMA_BIDANG.contoh[0].join('\u0000');
  const bidangContoh = (grid.bidang ?? []).slice(1).some((r) => r.slice(0, 6).map((v) => String(v ?? '').trim()).join('\u0000') === contohBidang);
  const indikatorContoh = grid.indikator !== null && grid.indikator.length > 1 && hanyaContoh(grid.indikator) && grid.indikator.slice(1).some((r) => r.some((v) => String(v ?? '').trim() !== ''));
  return [
    langkah('siapkan', 'Siapkan lembar kerja', tabKurang.map((t) => `Tab ${t} belum ada.`)),
    langkah('pengaturan', 'Pengaturan: OPD, Kepala dan NIP, tahun, zona waktu', [
      ...baris(masalah, TAB_PENGATURAN, grid.pengaturan),
      ...(nipKosong ? [`${TAB_PENGATURAN}: ${nip} belum diisi (dicetak di tanda tangan LKj).`] : []),
      ...(zona ? [] : [`Zona waktu spreadsheet ${m.zonaWaktu}, bukan WIB/WITA/WIT: pilih File ▸ Setelan ▸ Zona waktu, mis. (GMT+07:00) Jakarta.`]),
    ]),
    langkah('bidang', 'Bidang, dengan e-mail Kabid dan staf', [
      ...baris(masalah, TAB_BIDANG, grid.bidang),
      ...(bidangContoh ? [`${TAB_BIDANG}: baris contoh "${SKEMA_BIDANG.contoh[0][1]}" masih ada; ganti dengan bidang OPD Anda.`] : []),
    ]),
    langkah('indikator', 'Indikator dari Perjanjian Kinerja', [
      ...baris(masalah, TAB_INDIKATOR, grid.indikator),
      ...(indikatorContoh ? [`${TAB_INDIKATOR}: hanya baris contoh; tempel tabel PK Anda (Kosongkan tab Indikator, lalu tempel di A1).`] : []),
    ]),
    langkah('sop', 'Template SOP', m.masalahSop === null ? ['Selesaikan Pengaturan, Bidang dan Indikator lebih dulu.'] : m.masalahSop.map(uraianMasalah)),
    langkah('mulai', 'Mulai siklus TW I', m.siklus !== null ? [] : m.disiapkan ? [`Siklus ${m.disiapkan} sudah disiapkan; tab bidangnya belum dibuka (Mulai siklus).`] : ['Belum ada siklus yang dimulai.']),
  ];
}

/** The zone's Indonesian name (WIB, WITA, WIT), '' for any other. */
export function namaZona(zonaWaktu: string): string {
  return ZONA_INDONESIA[zonaWaktu] ?? '';
}
