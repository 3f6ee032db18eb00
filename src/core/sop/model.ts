/**
 * Types of the SOP module: templates (transcribed from the seeds or read from an "SOP" tab),
 * durations, office calendars and local wall-clock times.
 */

/** A time standard: whole working days plus office minutes (domain.md §2). */
export interface Durasi {
  readonly hariKerja: number;
  readonly menit: number;
}

/**
 * A plain wall-clock time in the spreadsheet's time zone (the caller converts with
 * Utilities.formatDate). `bulan` is 1–12; `menit` is minutes after midnight.
 */
export interface WaktuLokal {
  readonly tahun: number;
  readonly bulan: number;
  readonly hari: number;
  readonly menit: number;
}

/** The office's working calendar: Mon–Fri minus holidays, within office hours. */
export interface Kalender {
  /** Holidays as yyyy-mm-dd. */
  readonly hariLibur: readonly string[];
  /** Opening and closing time, minutes after midnight (default 480 and 960). */
  readonly jamMulai: number;
  readonly jamSelesai: number;
  /** A weekday's own hours (0 = Sunday … 6 = Saturday), e.g. a shorter Friday; the others use the above. */
  readonly jamPerHari?: Readonly<Partial<Record<number, { readonly mulai: number; readonly selesai: number }>>>;
}

/** The cycle's own events that advance SOP rows. */
export type Peristiwa =
  | 'nota-dinas-dibuat'
  | 'siklus-dimulai'
  | 'bidang-mengirim'
  | 'semua-terkirim'
  | 'rekap-dibuat'
  | 'draf-lkj-dibuat'
  | 'surat-peringatan-dibuat';

/** Normalised roles of the SOPs' pelaksana. */
export type PeranId =
  | 'kasubbag'
  | 'sekretaris'
  | 'kepala'
  | 'kabag'
  | 'asisten'
  | 'kabid'
  | 'staf'
  | 'tim-lkj'
  | 'pengadministrasi'
  | 'kasi'
  | 'fungsional'
  | 'ketua-tim'
  | 'subkoordinator'
  | 'kepala-upt';

export interface SopBaris {
  /** 1-based position in the template; the key of the row (some seed rows print no number). */
  readonly urutan: number;
  /** The step number as the source prints it; '' when it prints none. */
  readonly no: string;
  readonly kegiatan: string;
  /** The performer as written. */
  readonly pelaksana: string;
  /** The performer's normalised roles (several when the row names several). */
  readonly peran: readonly PeranId[];
  readonly kelengkapan: string;
  /** The time standard as written; '' when the source gives none. */
  readonly waktu: string;
  /** `waktu` parsed; null when the source gives no time standard. */
  readonly durasi: Durasi | null;
  readonly output: string;
  readonly keterangan: string;
  /** The cycle event that advances this row; absent for manual rows. */
  readonly peristiwa?: Peristiwa;
  /**
   * A placeholder for steps the source lost (sop-000 "Langkah 2–8 tidak terbaca di sumber"): shown
   * in the status tab, never tracked — never running, late, skipped or marked, never waited on.
   */
  readonly tidakTerbaca?: true;
}

export interface SopTemplate {
  readonly id: string;
  /** The SOP's name as the source writes it. */
  readonly judul: string;
  readonly instansi?: string;
  /** The seed file name, or the tab name of a custom SOP. */
  readonly sumber: string;
  /** What is incomplete or reconstructed in the source (Indonesian). */
  readonly catatanSumber: readonly string[];
  /** The total time the source states, as written (only `003_...txt` states one). */
  readonly totalWaktu?: string;
  readonly baris: readonly SopBaris[];
  /** A chain's templates, in order (`rangkaiTemplate`); absent for a single SOP. */
  readonly bagian?: readonly SopTemplate[];
}
