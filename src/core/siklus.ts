/**
 * The state of a reporting cycle (period, tabs, per-bidang status, deadline) and the rules
 * around it: tab names, the default deadline, the status a person sees. Pure; `src/gas/siklus-store.ts`
 * keeps it durably.
 */
import { labelDariId } from './format';
import { labelSiklus } from './periode';
import { hariKerjaBerikut, isoHari, nomorHari } from './sop/kalender';
import { rencanaJadwal } from './sop/jadwal';
import { cariTemplate } from './sop/templates/index';
import { formatTanggal, parseTanggalIso, tanggalIso, toIso } from './tanggal';
import type { Periode, StatusBidang } from './types';

export interface BidangSiklus {
  readonly kode: string;
  readonly nama: string;
  readonly tab: string;
  /** The tab was written completely (values, formulas, formats, protections). */
  readonly siap: boolean;
  readonly status: StatusBidang;
  /** Who may type into the tab besides the admins (lower-cased). */
  readonly editor: readonly string[];
  /**
   * The version a submission under way is archiving; set before its archive rows are appended and
   * cleared with 'terkirim', so a rerun after a cut-off rewrites that version instead of adding one.
   */
  readonly versiTertunda?: number;
  /** The last version archived (Arsip Kiriman) in this cycle and who sent it; absent before the first submission. */
  readonly versi?: number;
  readonly oleh?: string;
}

export interface StatusSiklus {
  /** 'TW1-2026', 'TAHUNAN-2026'. */
  readonly id: string;
  readonly periode: Periode;
  readonly tahun: number;
  /** ISO timestamp of the start. */
  readonly dimulai: string;
  readonly dimulaiOleh: string;
  /** yyyy-mm-dd, in the spreadsheet's time zone; late after the end of that day. */
  readonly batasWaktu: string;
  readonly catatan: string;
  /** All tabs written; false while prepared, while a start is under way or after one was cut off. */
  readonly lengkap: boolean;
  /**
   * Prepared (Siapkan siklus): the state, the tab names and the SOP record exist, no bidang tab yet;
   * Mulai siklus opens the tabs and removes it. Absent once a start began.
   */
  readonly persiapan?: true;
  /**
   * The Arsip Kiriman row this cycle's submissions start at (the archive's last row + 1 when the
   * cycle started), so reading them costs the same in the fifth cycle as in the first.
   */
  readonly barisArsip?: number;
  readonly bidang: readonly BidangSiklus[];
}

/** What the dashboard shows for a bidang: the stored status, or 'terlambat' past the deadline. */
export type StatusTampil = StatusBidang | 'terlambat';

/** 'Belum diisi', 'Sedang diisi', 'Terkirim', 'Dikembalikan', 'Terlambat'. */
export const LABEL_STATUS = labelDariId<StatusTampil>(['belum-diisi', 'sedang-diisi', 'terkirim', 'dikembalikan', 'terlambat']);

export function idSiklus(periode: Periode, tahun: number): string {
  return `${periode}-${tahun}`;
}

/** `dasar`, else `dasar (2)`, `dasar (3)`…: the first that is not `dipakai`, cut to at most `maks` characters. */
export function namaUnik(dasar: string, dipakai: (nama: string) => boolean, maks = Infinity): string {
  for (let i = 1; ; i++) {
    const akhiran = i === 1 ? '' : ` (${i})`;
    const nama = dasar.slice(0, maks - akhiran.length) + akhiran;
    if (!dipakai(nama)) return nama;
  }
}

/**
 * The cycle opened its bidang tabs (or began to): a prepared one (Siapkan siklus) never ran, and
 * one abandoned while prepared leaves its quarter as if it had no cycle (no submissions exist).
 */
export function pernahDibuka(s: StatusSiklus | null | undefined): s is StatusSiklus {
  return s != null && s.persiapan !== true;
}

/**
 * The question before preparing or starting (`tindakan`) cycle `label` while `aktif` is open: that
 * cycle closes, its bidang tabs are hidden (not deleted) and its collection ends, so the admin is
 * told how many bidang (and which) have not submitted and will no longer be able to.
 */
export function pertanyaanGantiSiklus(aktif: StatusSiklus, tindakan: 'Siapkan' | 'Mulai', label: string): string {
  const lama = labelSiklus(aktif);
  if (aktif.persiapan) {
    return `Siklus ${lama} masih persiapan (tab bidangnya belum dibuka). ${tindakan} siklus ${label}? Persiapan siklus ${lama} ditinggalkan dan tab Status SOP-nya disembunyikan.`;
  }
  const belum = aktif.bidang.filter((b) => b.status !== 'terkirim');
  // A semicolon between names: a bidang's name may hold commas ("Bidang Ketahanan Ekonomi, Sosial, …").
  const pengumpulan = belum.length === 0
    ? 'Semua bidang sudah mengirim.'
    : `${belum.length} dari ${aktif.bidang.length} bidang belum mengirim (${belum.map((b) => b.nama).join('; ')}) dan tidak dapat mengirim lagi.`;
  return `Siklus ${lama} masih berjalan. ${tindakan} siklus ${label}? Siklus ${lama} ditutup: pengumpulannya berakhir dan tab bidangnya disembunyikan (tidak dihapus). ${pengumpulan}`;
}

/** Day number (sop/kalender.ts) of `iso` (yyyy-mm-dd); throws RangeError for anything else. */
export function nomorHariIso(iso: string): number {
  return nomorHari(tanggalIso(iso));
}

/** `jumlah` working days (Mon–Fri minus holidays) after `mulai` (yyyy-mm-dd) → yyyy-mm-dd. */
export function tambahHariKerja(mulai: string, jumlah: number, hariLibur: readonly string[]): string {
  const libur = new Set(hariLibur);
  let n = nomorHariIso(mulai);
  for (let i = 0; i < jumlah; i++) n = hariKerjaBerikut(n, libur);
  return isoHari(n);
}

/** Fallback deadline when the SOP template gives none: 10 working days after the start. */
export const HARI_KERJA_BAWAAN = 10;

/**
 * The default deadline for the bidang: when the SOP template's last "bidang sends its data" step
 * is due, planned from `hariIni` at the start of office hours; 10 working days when the template
 * is not a built-in one ('kustom') or has no such step.
 */
/**
 * Why the default deadline is the fallback of 10 working days, said to the admin (never silent):
 * the template is not a built-in one, or has no step where the bidang send their data
 * (`002_...txt`). Null when the template gives the deadline.
 */
export function catatanBatasBawaan(templateSop: string): string | null {
  const template = cariTemplate(templateSop);
  if (template?.baris.some((b) => b.peristiwa === 'bidang-mengirim')) return null;
  const sebab = template ? `SOP ${template.id} tidak memuat langkah pengiriman data oleh bidang` : 'SOP kustom tidak dipakai untuk batas waktu bawaan';
  return `Batas waktu bawaan ${HARI_KERJA_BAWAAN} hari kerja: ${sebab}.`;
}

export function batasWaktuBawaan(
  hariIni: string,
  templateSop: string,
  kalender: { readonly hariLibur: readonly string[]; readonly jamMulai: number; readonly jamSelesai: number },
): string {
  const template = cariTemplate(templateSop);
  const langkah = template?.baris.filter((b) => b.peristiwa === 'bidang-mengirim').pop();
  const hari = parseTanggalIso(hariIni);
  const tenggat = template && langkah && hari && rencanaJadwal(template, { ...hari, menit: kalender.jamMulai }, kalender).baris.find((b) => b.urutan === langkah.urutan)?.tenggat;
  return tenggat ? toIso(tenggat) : tambahHariKerja(hariIni, HARI_KERJA_BAWAAN, kalender.hariLibur);
}

export function statusTampil(b: BidangSiklus, batasWaktu: string, hariIni: string): StatusTampil {
  if (b.status !== 'terkirim' && hariIni > batasWaktu) return 'terlambat';
  return b.status;
}

/** '10 April 2026' from yyyy-mm-dd. */
export function tanggalTampil(iso: string): string {
  const t = parseTanggalIso(iso);
  return t === null ? iso : formatTanggal(t);
}

/** Document properties hold at most 9 KB per value (domain.md §7). */
export const BATAS_PROPERTI = 9 * 1024;

/** UTF-8 length of `s`, the measure of the 9 KB limit (no Node or Apps Script API needed). */
export function byteUtf8(s: string): number {
  return encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, 'x').length;
}

const AWALAN_SIKLUS = 'lapkin.siklus.';

/** The property holding the cycle's header (everything but the bidang, plus their order). */
export function kunciSiklus(id: string): string {
  return AWALAN_SIKLUS + id;
}

/** The property holding one bidang of a cycle. */
export function kunciBidangSiklus(id: string, kode: string): string {
  return `${AWALAN_SIKLUS}${id}.bidang.${kode}`;
}

type KepalaSiklus = Omit<StatusSiklus, 'bidang'> & {
  readonly kodeBidang: readonly string[];
  /** A cycle closed by Tutup tahun: its bidang kept in short (kode and tab only), no per-bidang values. */
  readonly ringkas?: readonly (readonly [string, string])[];
};

function nilaiProperti(kunci: string, v: unknown): string {
  const json = JSON.stringify(v);
  const ukuran = byteUtf8(json);
  if (ukuran > BATAS_PROPERTI) throw new Error(`Status siklus terlalu besar untuk disimpan (${kunci}: ${ukuran} byte, paling banyak ${BATAS_PROPERTI}).`);
  return json;
}

/** The property values of one bidang of cycle `id` (to record it alone). */
export function propertiBidangSiklus(id: string, b: BidangSiklus): Record<string, string> {
  const kunci = kunciBidangSiklus(id, b.kode);
  return { [kunci]: nilaiProperti(kunci, b) };
}

/**
 * The property values holding `s`, each under the 9 KB limit whatever the number of bidang: the
 * header (with the bidang order) and one value per bidang. Throws when one value alone is too big
 * (a very long catatan).
 */
export function propertiSiklus(s: StatusSiklus): Record<string, string> {
  const { bidang, ...kepala } = s;
  const kunci = kunciSiklus(s.id);
  const hasil: Record<string, string> = { [kunci]: nilaiProperti(kunci, { ...kepala, kodeBidang: bidang.map((b) => b.kode) }) };
  for (const b of bidang) Object.assign(hasil, propertiBidangSiklus(s.id, b));
  return hasil;
}

/**
 * The property changes that shrink closed cycle `s` to one value (Tutup tahun): its header with the
 * bidang as [kode, tab] pairs, every per-bidang value deleted (null). About 50 bytes a bidang instead
 * of about 330, so the store stays far below its 500 KB (domain.md §7) year after year. Throws when
 * even the short form passes 9 KB (bidang with very long tab names).
 */
export function ringkasSiklus(s: StatusSiklus): Record<string, string | null> {
  const { bidang, ...kepala } = s;
  const kunci = kunciSiklus(s.id);
  const hasil: Record<string, string | null> = {
    [kunci]: nilaiProperti(kunci, { ...kepala, lengkap: true, kodeBidang: [], ringkas: bidang.map((b) => [b.kode, b.tab]) }),
  };
  for (const b of bidang) hasil[kunciBidangSiklus(s.id, b.kode)] = null;
  return hasil;
}

/** Cycle `id` from the document properties (null when it was never saved). */
export function siklusDariProperti(id: string, props: Readonly<Record<string, string>>): StatusSiklus | null {
  const json = props[kunciSiklus(id)];
  if (json === undefined || json === '') return null;
  const { kodeBidang, ringkas, ...kepala } = JSON.parse(json) as KepalaSiklus;
  // A closed cycle: every bidang is done (its tabs are admin-only), so status and editors are fixed.
  if (ringkas) return { ...kepala, bidang: ringkas.map(([kode, tab]) => ({ kode, nama: kode, tab, siap: true, status: 'terkirim', editor: [] })) };
  const bidang = kodeBidang.map((kode) => {
    const b = props[kunciBidangSiklus(id, kode)];
    if (b === undefined) throw new Error(`Status siklus ${id} rusak: bidang ${kode} tidak tersimpan.`);
    return JSON.parse(b) as BidangSiklus;
  });
  return { ...kepala, bidang };
}

/** Every cycle saved in the document properties, in no particular order. */
export function semuaSiklusDariProperti(props: Readonly<Record<string, string>>): StatusSiklus[] {
  const hasil: StatusSiklus[] = [];
  for (const kunci of Object.keys(props)) {
    const id = kunci.slice(AWALAN_SIKLUS.length);
    // Cycle headers only: 'lapkin.siklus.TW1-2026', not its bidang nor 'lapkin.siklus.aktif'.
    if (!kunci.startsWith(AWALAN_SIKLUS) || !/^[A-Z0-9]+-\d+$/.test(id)) continue;
    const s = siklusDariProperti(id, props);
    if (s) hasil.push(s);
  }
  return hasil;
}

/** `s` with bidang `kode` submitted as version `versi` by `oleh` (no version pending). */
export function denganKiriman(s: StatusSiklus, kode: string, versi: number, oleh: string): StatusSiklus {
  const hasil = denganStatusBidang(s, kode, 'terkirim');
  return { ...hasil, bidang: hasil.bidang.map((b) => (b.kode === kode ? { ...b, versi, oleh } : b)) };
}

/** The first Arsip Kiriman row of the cycles of `tahun` among `siklus` (2, the first data row, when unknown). */
export function barisArsipTahun(siklus: readonly StatusSiklus[], tahun: number): number {
  const baris = siklus.filter((s) => s.tahun === tahun).map((s) => s.barisArsip ?? BARIS_ARSIP_PERTAMA);
  return baris.length === 0 ? BARIS_ARSIP_PERTAMA : Math.min(...baris);
}

/** The first data row of Arsip Kiriman (row 1 is its header). */
export const BARIS_ARSIP_PERTAMA = 2;

/**
 * `s` with bidang `kode`'s stored status set to `status`, and its `versiTertunda` set to
 * `versiTertunda` (cleared when absent).
 */
export function denganStatusBidang(s: StatusSiklus, kode: string, status: StatusBidang, versiTertunda?: number): StatusSiklus {
  return {
    ...s,
    bidang: s.bidang.map((b) => {
      if (b.kode !== kode) return b;
      const { versiTertunda: _lama, ...lain } = b;
      return versiTertunda === undefined ? { ...lain, status } : { ...lain, status, versiTertunda };
    }),
  };
}
