/**
 * The domain model (domain.md §1–§4). Pure data: no Apps Script, no Dates across module
 * boundaries that cross google.script.run (ISO strings there).
 */

export type Polaritas = 'positif' | 'negatif';
/**
 * How quarters combine (domain.md §4). 'rasio': the bidang enters pembilang and penyebut per quarter;
 * a quarter's realisasi is pembilang / penyebut × 100 and s.d. TW n is Σ pembilang / Σ penyebut × 100.
 */
export type Agregasi = 'kumulatif' | 'terakhir' | 'rata-rata' | 'rasio';

/** A rasio indicator's pembilang and penyebut for one period (penyebut > 0). */
export interface Rasio {
  readonly pembilang: number;
  readonly penyebut: number;
}
/** The reporting period of a cycle. */
export type Periode = 'TW1' | 'TW2' | 'TW3' | 'TW4' | 'TAHUNAN';
/**
 * Negative-polarity formula (domain.md §4): '2T-R' is the default `(2T − R) / T × 100`
 * (floored at 0); 'T/R' is the alternative `T / R × 100`.
 */
export type RumusNegatif = '2T-R' | 'T/R';
/**
 * What a target of 0 gives (domain.md §4): 'tidak-dapat-dihitung' (the default), or 'nol-100' for
 * offices whose negative indicators ("jumlah konflik", "temuan") aim at 0: R = 0 → 100 %, R > 0 → 0 %.
 */
export type TargetNol = 'tidak-dapat-dihitung' | 'nol-100';

/** A value of an indicator: a number, or a predikat label of a qualitative indicator. */
export type Nilai = number | string;

/** One band of the category scale: capaian ≥ min (and below the previous band's min). */
export interface BatasKategori {
  readonly kategori: string;
  readonly min: number;
}

export interface Pejabat {
  readonly nama: string;
  readonly nip: string;
  readonly jabatan: string;
}

export interface Pengaturan {
  readonly instansi: string;
  readonly pemerintahDaerah: string;
  readonly alamat: string;
  readonly tahun: number;
  readonly kepala: Pejabat;
  readonly kasubbag: Pejabat & { readonly email: string };
  /** Lower-cased e-mails of the administrators (the Kasubbag and whoever else runs the cycle). */
  readonly adminEmails: readonly string[];
  readonly rumusNegatif: RumusNegatif;
  /** Optional cap on capaian (e.g. 100 or 120); null = no cap (the default). */
  readonly batasAtasCapaian: number | null;
  /** What a target of 0 gives. */
  readonly targetNol: TargetNol;
  /** Cap on each capaian when averaging over indicators (Ikhtisar, sasaran, bidang); default 120. */
  readonly batasRataRata: number;
  /** Bands, highest first; the last band has min −Infinity. */
  readonly skalaKategori: readonly BatasKategori[];
  /** Predikat label → number, for qualitative indicators (e.g. WTP → 4). */
  readonly skalaKualitatif: Readonly<Record<string, number>>;
  /**
   * Office holidays as ISO dates (yyyy-mm-dd), in the spreadsheet's time zone: the national
   * holidays and cuti bersama Lapkin ships (libur-nasional.ts) and the local ones of Pengaturan.
   */
  readonly hariLibur: readonly string[];
  /**
   * Office hours as minutes after midnight, e.g. 480–960 for 08:00–16:00; `perHari` overrides a
   * weekday's (1 = Monday … 6 = Saturday), e.g. a shorter Friday.
   */
  readonly jamKantor: {
    readonly mulai: number;
    readonly selesai: number;
    readonly perHari: Readonly<Partial<Record<number, { readonly mulai: number; readonly selesai: number }>>>;
  };
  /** The SOP template's id (a built-in template or 'kustom' for the SOP tab). */
  readonly templateSop: string;
  /** Drive folder id for generated documents; '' = beside the spreadsheet. */
  readonly folderKeluaran: string;
  /** Send e-mail notifications (submissions, reminders). */
  readonly kirimEmail: boolean;
}

export interface Bidang {
  readonly kode: string;
  readonly nama: string;
  readonly kabid: Pejabat & { readonly email: string };
  /** Lower-cased e-mails of the staff who fill the bidang's tab. */
  readonly stafEmails: readonly string[];
}

export interface Indikator {
  readonly kode: string;
  readonly sasaran: string;
  readonly indikator: string;
  /** The responsible bidang's kode. */
  readonly bidang: string;
  readonly satuan: string;
  readonly polaritas: Polaritas;
  readonly agregasi: Agregasi;
  readonly targetTahunan: Nilai | null;
  /** Target up to the end of TW I..IV (a running total for kumulatif, a level otherwise). */
  readonly targetTw: readonly [Nilai | null, Nilai | null, Nilai | null, Nilai | null];
  readonly targetRenstra: Nilai | null;
  readonly realisasiTahunLalu: Nilai | null;
  readonly program: string;
  readonly pagu: number | null;
}

export interface Konfigurasi {
  readonly pengaturan: Pengaturan;
  readonly bidang: readonly Bidang[];
  readonly indikator: readonly Indikator[];
}

/** A problem found in user input, always naming where it is. Messages are Indonesian. */
export interface Masalah {
  readonly tab: string;
  /** 1-based sheet row; 0 when the problem is the tab itself. */
  readonly baris: number;
  /** The column's header as the user sees it; '' when the problem is a whole row or tab. */
  readonly kolom: string;
  readonly pesan: string;
}

/** The text fields of an `Isian`, in the order every table shows them. */
export const TEKS_ISIAN = ['penjelasan', 'faktorPendukung', 'faktorPenghambat', 'upaya', 'buktiDukung'] as const;
export type TeksIsian = (typeof TEKS_ISIAN)[number];

/** The text fields of `isian`; '' each when there is none. */
export function teksIsian(isian: Isian | null | undefined): Pick<Isian, TeksIsian> {
  return Object.fromEntries(TEKS_ISIAN.map((k) => [k, isian?.[k] ?? ''])) as Pick<Isian, TeksIsian>;
}

/** What a bidang enters for one indicator in one cycle. */
export interface Isian {
  readonly kodeIndikator: string;
  /** null = belum diisi (distinct from a real 0). */
  readonly realisasi: Nilai | null;
  /** Reason given when realisasi is explicitly "tidak ada data"; null otherwise. */
  readonly tidakAdaData: string | null;
  readonly realisasiAnggaran: number | null;
  /**
   * Rasio indicators: pembilang and penyebut as entered (null = empty; absent in rows of other
   * indicators and in archives older than rasio). The realisasi is then pembilang / penyebut × 100.
   */
  readonly pembilang?: number | null;
  readonly penyebut?: number | null;
  readonly penjelasan: string;
  readonly faktorPendukung: string;
  readonly faktorPenghambat: string;
  readonly upaya: string;
  readonly buktiDukung: string;
}

export type StatusBidang = 'belum-diisi' | 'sedang-diisi' | 'terkirim' | 'dikembalikan';

/** Capaian of one indicator (domain.md §4). */
export type Capaian =
  | {
      readonly jenis: 'nilai';
      readonly persen: number;
      readonly kategori: string;
      /** Shown beside the figure wherever it appears: missing quarters ("TW I tidak ada data"), a rule's note. */
      readonly catatan?: string;
    }
  | { readonly jenis: 'tidak-dapat-dihitung'; readonly alasan: string }
  | { readonly jenis: 'belum-diisi' };
