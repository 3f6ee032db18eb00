/**
 * The shapes that cross google.script.run between the sidebar and the server (plain data only:
 * ISO strings, never Dates). The sidebar imports these types; the functions are in api.ts.
 */
import type { StatusTampil } from '../core/siklus';
import type { StatusLangkah } from '../core/sop/status';
import type { Isian, Masalah, Periode } from '../core/types';
import type { DokumenTersimpan } from '../core/dokumen/model';
import type { Tahap } from '../core/tahap';

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
  /** Other changes it made ("tab kosong \"Sheet1\" dihapus"), one line each. */
  readonly diubah: readonly string[];
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
  /** A link that opens the tab ('' when the tab is missing). */
  readonly url: string;
}

/** A bidang the running (non-admin) user fills: the first thing their panel shows. */
export interface BidangSaya extends BidangPanel {
  /** The Kirim check box's cell ("D5"). */
  readonly selKirim: string;
  /** Why the admin returned it (the status cell's note), when the status is 'dikembalikan'; else ''. */
  readonly alasanKembali: string;
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
  /** False while prepared, while a start is under way or after one was cut off (run Mulai siklus again to finish it). */
  readonly lengkap: boolean;
  /** Prepared (Siapkan siklus), its bidang tabs not open yet: Mulai siklus opens them. */
  readonly persiapan: boolean;
  readonly bidang: readonly BidangPanel[];
  /** Bidang that submitted / all bidang. */
  readonly terkirim: number;
  readonly jumlahBidang: number;
  /** Admins: the closed quarters that never ran as a cycle ('TW I', 'TW II'), which the admin may enter; [] for others. */
  readonly triwulanTanpaSiklus: readonly string[];
}

/** `tandaiLangkahSop(masukan)`: mark an SOP step by hand. */
export interface MasukanTandaiSop {
  /** The step's position in the SOP (LangkahSopPanel.urutan). */
  readonly urutan: number;
  readonly catatan?: string;
  /** Default 'selesai'; 'dilewati' and 'ulang' (run a finished step again: a correction loop) are for the admin only. */
  readonly status?: 'selesai' | 'dilewati' | 'ulang';
}

export interface HasilTandaiSop {
  readonly pesan: string;
}

export interface LangkahSopPanel {
  readonly urutan: number;
  /** 'Langkah 6' or 'Langkah ke-9' (a step the SOP prints no number for). */
  readonly nama: string;
  /** From the SOP (a custom SOP tab is user input): escape. */
  readonly kegiatan: string;
  readonly pelaksana: string;
  readonly status: StatusLangkah;
  /** 'Belum', 'Berjalan', 'Selesai', 'Terlambat', 'Dilewati'. */
  readonly labelStatus: string;
  /** '8 April 2026 11.15'; '' when the step has no time standard. */
  readonly tenggat: string;
  readonly oleh: string;
  readonly catatan: string;
  /** The running user may mark this step (tandaiLangkahSop). */
  readonly bolehDitandai: boolean;
}

/** The SOP status of the open cycle. */
export interface SopPanel {
  readonly judul: string;
  /** The "Status SOP <periode>" tab. */
  readonly tab: string;
  /** 'Langkah 7: Kabid menerima …'; null when every step is closed. */
  readonly saatIni: string | null;
  /** The current step's position (`LangkahSopPanel.urutan`), which the marking form offers first; null when none. */
  readonly urutanSaatIni: number | null;
  /** Who the cycle waits on ("Menunggu Kabid Bidang Politik, …"). */
  readonly menunggu: string;
  /** One line per late step. */
  readonly terlambat: readonly string[];
  /** The SOP's total standard time and the working time spent so far. */
  readonly standarWaktu: string;
  readonly waktuBerjalan: string;
  readonly langkah: readonly LangkahSopPanel[];
}

/** `getPanelState()`. */
export interface PanelState {
  readonly spreadsheetName: string;
  /** The running user's e-mail ('' when Google does not tell). */
  readonly pengguna: string;
  readonly admin: boolean;
  /** The open cycle; null before the first start. */
  readonly siklus: SiklusPanel | null;
  /** Admins: the latest documents Lapkin made (drafts, memos, letters), newest first; [] for others. */
  readonly dokumen: readonly DokumenPanel[];
  /** The open cycle's SOP status; null without a cycle or an SOP record. */
  readonly sop: SopPanel | null;
  /** Admins: where the cycle stands (core/tahap.ts); null for others. */
  readonly tahap: Tahap | null;
  /** Non-admins: the open cycle's bidang they fill (their e-mail among its editors); [] for admins. */
  readonly bidangSaya: readonly BidangSaya[];
}

/** A generated document: `jenis` ('Draf LKj', 'Nota dinas', 'Surat peringatan'), name, link, ISO time. */
export type DokumenPanel = DokumenTersimpan;

/** `buatDokumenLkj(masukan)`, `buatNotaDinas()`, `buatSuratPeringatan()`. */
export type HasilBuatDokumen =
  /** `catatan`: what the admin should know (where the files went, template problems), one line each. */
  | { readonly status: 'ok'; readonly pesan: string; readonly dokumen: readonly DokumenPanel[]; readonly catatan: readonly string[] }
  /** Nothing to make (no cycle, no late bidang); nothing created. */
  | { readonly status: 'ditolak'; readonly pesan: string }
  /** Configuration problems, one Indonesian line each in `uraian`. */
  | { readonly status: 'masalah'; readonly pesan: string; readonly masalah: readonly Masalah[]; readonly uraian: readonly string[] };

/** `buatTabRekap(masukan)`: absent fields = the open cycle's period and year, submitted data only. */
export interface MasukanBuatRekap {
  readonly periode?: Periode;
  readonly tahun?: number;
  /** Also use the drafts of bidang that have not submitted; their rows are marked "(draf)". */
  readonly sertakanDraf?: boolean;
}

export type HasilBuatRekap =
  /** `tab`: "Rekap TW1-26" / "Rekap THN-26" (core/nama-tab.ts), built or rebuilt in place. */
  | { readonly status: 'ok'; readonly pesan: string; readonly tab: string }
  /** Nothing to recap (no cycle for that period); nothing changed. */
  | { readonly status: 'ditolak'; readonly pesan: string }
  /** Configuration problems, one Indonesian line each in `uraian`. */
  | { readonly status: 'masalah'; readonly pesan: string; readonly masalah: readonly Masalah[]; readonly uraian: readonly string[] };

/** `kirimAtasNamaBidang`, `periksaIsian`, `kembalikanUntukPerbaikan`: absent `bidang` = the tab on screen. */
export interface MasukanBidang {
  /** The bidang's kode. */
  readonly bidang?: string;
}

/** `kembalikanUntukPerbaikan(masukan)`: absent `alasan` = asked for in a dialog. */
export interface MasukanKembalikan extends MasukanBidang {
  readonly alasan?: string;
}

/** The outcome of submitting, checking, returning and reminding. */
export type HasilAksi =
  | { readonly status: 'ok'; readonly pesan: string }
  /** Not done, for the reason in `pesan` (already submitted, nobody late, no mail quota…); nothing changed. */
  | { readonly status: 'ditolak'; readonly pesan: string }
  /** The tab has problems, one Indonesian line each in `uraian`, naming the cell; nothing submitted. */
  | { readonly status: 'masalah'; readonly pesan: string; readonly masalah: readonly Masalah[]; readonly uraian: readonly string[] };

/** One bidang in the data set "Kumpulkan data" gathers. */
export interface DataBidang {
  readonly kode: string;
  readonly nama: string;
  readonly status: StatusTampil;
  /** The submitted version gathered against; 0 when never submitted. */
  readonly versi: number;
  readonly isian: readonly Isian[];
}

/** `kumpulkanData()`. */
export interface HasilKumpulkan {
  readonly status: 'ok';
  /** "4/5 terkirim; 1 sel berubah setelah dikirim." */
  readonly pesan: string;
  readonly terkirim: number;
  readonly jumlahBidang: number;
  readonly data: readonly DataBidang[];
  /** Cells that differ from the submitted snapshot, one Indonesian line each ("…!P9 (Realisasi TW I): berubah setelah dikirim …"). */
  readonly berubah: readonly string[];
}
