/**
 * The shapes that cross google.script.run between the sidebar and the server (plain data only:
 * ISO strings, never Dates). The sidebar imports these types; the functions are in api.ts.
 */
import type { StatusTampil } from '../core/siklus';
import type { Masalah, Periode } from '../core/types';

/** `mulaiSiklus(masukan)`. */
export interface MasukanMulaiSiklus {
  readonly periode: Periode;
  /** Absent = the Tahun in Pengaturan (the only year the targets are for). */
  readonly tahun?: number;
  /** yyyy-mm-dd; empty/absent = the default from the SOP template (`batasWaktuBawaan`). */
  readonly batasWaktu?: string;
  readonly catatan?: string;
  /** Set when the user confirmed starting a new period while another is open. */
  readonly konfirmasi?: boolean;
}

export type HasilMulaiSiklus =
  | { readonly status: 'ok'; readonly pesan: string; readonly tabDibuat: readonly string[] }
  /** Another period is open: ask the user, then call again with `konfirmasi: true`. */
  | { readonly status: 'perlu-konfirmasi'; readonly pesan: string }
  /** The same period was started already; nothing changed. */
  | { readonly status: 'ditolak'; readonly pesan: string }
  /** Configuration or form problems, all of them; `uraian` is one Indonesian line per problem. */
  | { readonly status: 'masalah'; readonly pesan: string; readonly masalah: readonly Masalah[]; readonly uraian: readonly string[] };

/** `siapkanLembarKerja()`. */
export interface HasilSiapkan {
  readonly pesan: string;
  /** What was added ("tab Pengaturan", "kolom Indikator ▸ Pagu (Rp)"); empty when nothing was missing. */
  readonly ditambahkan: readonly string[];
  /** Problems still in the configuration (read right after setup), one line each. */
  readonly masalah: readonly string[];
}

export interface BidangPanel {
  readonly kode: string;
  /** User input: escape before putting it in HTML. */
  readonly nama: string;
  readonly tab: string;
  readonly status: StatusTampil;
  /** 'Belum diisi', 'Sedang diisi', 'Terkirim', 'Dikembalikan', 'Terlambat'. */
  readonly labelStatus: string;
  /** Indicators whose realisasi is filled / all indicators of the bidang. */
  readonly terisi: number;
  readonly jumlahIndikator: number;
}

export interface SiklusPanel {
  readonly id: string;
  readonly periode: Periode;
  /** 'TW I 2026'. */
  readonly label: string;
  readonly tahun: number;
  /** yyyy-mm-dd and '10 April 2026'. */
  readonly batasWaktu: string;
  readonly batasWaktuTampil: string;
  /** ISO timestamp. */
  readonly dimulai: string;
  readonly catatan: string;
  /** False while a start is under way or was cut off (run Mulai siklus again to finish it). */
  readonly lengkap: boolean;
  readonly bidang: readonly BidangPanel[];
  /** Bidang that submitted / all bidang. */
  readonly terkirim: number;
  readonly jumlahBidang: number;
}

/** `getPanelState()`. */
export interface PanelState {
  readonly spreadsheetName: string;
  /** The running user's e-mail ('' when Google does not tell). */
  readonly pengguna: string;
  readonly admin: boolean;
  /** The open cycle; null before the first start. */
  readonly siklus: SiklusPanel | null;
}

/** `buatRekap(masukan)`: absent fields = the open cycle's period and year, submitted data only. */
export interface MasukanBuatRekap {
  readonly periode?: Periode;
  readonly tahun?: number;
  /** Also use the drafts of bidang that have not submitted; their rows are marked "(draf)". */
  readonly sertakanDraf?: boolean;
}

export type HasilBuatRekap =
  /** `tab`: "Rekap TW I 2026" / "Rekap Tahunan 2026", built or rebuilt in place. */
  | { readonly status: 'ok'; readonly pesan: string; readonly tab: string }
  /** Nothing to recap (no cycle for that period); nothing changed. */
  | { readonly status: 'ditolak'; readonly pesan: string }
  /** Configuration problems, one Indonesian line each in `uraian`. */
  | { readonly status: 'masalah'; readonly pesan: string; readonly masalah: readonly Masalah[]; readonly uraian: readonly string[] };
