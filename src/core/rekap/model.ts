/**
 * The recap (rekap triwulan / tahunan) as data: what `buatRekap` takes and returns, and the
 * recap tab's layout that `rekapKeGrid` returns. Pure types; the LKj builder reads `Rekap`.
 * Numbers are plain numbers (percentages as 0–100+, money in rupiah); dates are ISO strings.
 */
import type {
  Agregasi,
  Capaian,
  Isian,
  Konfigurasi,
  Nilai,
  Periode,
  Polaritas,
  Rasio,
  StatusBidang,
} from '../types';
import type { Renstra } from '../konfigurasi/renstra';
import type { RiwayatIndikator } from '../riwayat';
import type { CapaianRenstra } from './capaian-renstra';

/** Realisasi TW I..IV of one indicator (index 0 = TW I); null = not filled. */
export type RealisasiTw = readonly [Nilai | null, Nilai | null, Nilai | null, Nilai | null];

/** What one bidang handed in for the cycle being recapped. */
export interface SumberBidang {
  readonly kodeBidang: string;
  readonly status: StatusBidang;
  /** E-mail of whoever submitted; null when not submitted. */
  readonly dikirimOleh: string | null;
  /** ISO timestamp of the submission; null when not submitted. */
  readonly dikirimPada: string | null;
  /** The rows as submitted (the snapshot); used when the status is 'terkirim'. */
  readonly snapshot: readonly Isian[] | null;
  /** The current draft rows; used (and marked as draft) only when drafts are included. */
  readonly draf: readonly Isian[] | null;
}

export interface MasukanRekap {
  readonly konfigurasi: Konfigurasi;
  readonly periode: Periode;
  readonly tahun: number;
  readonly bidang: readonly SumberBidang[];
  /** Use draft rows of bidang that have not submitted (default false). */
  readonly sertakanDraf?: boolean;
  /**
   * Quarterly recaps: realisasi of the EARLIER quarters per indicator kode, from earlier cycles'
   * snapshots (index 0 = TW I; entries at or after the current quarter are ignored).
   */
  readonly realisasiTwSebelumnya?: Readonly<Record<string, readonly (Nilai | null)[]>>;
  /** Annual recap: realisasi TW I–IV per indicator kode. */
  readonly realisasiTw?: Readonly<Record<string, RealisasiTw>>;
  /**
   * Rasio indicators: pembilang and penyebut TW I–IV per indicator kode, from earlier cycles'
   * snapshots (quarterly recaps use the quarters before the current one, whose pair is its row's).
   */
  readonly rasioTw?: Readonly<Record<string, readonly (Rasio | null)[]>>;
  /** Annual recap: the final (audited) realisasi per indicator kode; overrides the aggregate. */
  readonly nilaiFinal?: Readonly<Record<string, Nilai | null>>;
  /**
   * Annual recap: the read Renstra tab, for the capaian against its end targets; absent = the
   * Indikator tab's end targets, read as end conditions.
   */
  readonly renstra?: Renstra;
  /** Annual recap with `renstra`: earlier years' realisasi (Riwayat Capaian), summed for a kumulatif target. */
  readonly riwayat?: readonly RiwayatIndikator[];
}

export type Arah = 'naik' | 'turun' | 'tetap';

/** This year's realisasi set against last year's. */
export interface Perbandingan {
  /** The reference value as configured. */
  readonly pembanding: Nilai;
  /** Realisasi minus reference, in numbers (labels mapped by the qualitative scale). */
  readonly selisih: number;
  readonly arah: Arah;
  /** Whether the difference is good news given the polarity ('tetap' is not). */
  readonly lebihBaik: boolean;
}

/** The annual recap's extra columns for one indicator. */
export interface DetailTahunan {
  readonly realisasiTw: RealisasiTw;
  /** Aggregate of TW I–IV by the indicator's agregasi; null when no quarter is filled. */
  readonly agregat: number | null;
  /** The final (audited) value when given; it replaces the aggregate. */
  readonly nilaiFinal: Nilai | null;
  readonly sumber: 'final' | 'agregat';
  /** Null when last year's realisasi or this year's figure is missing. */
  readonly dibandingTahunLalu: Perbandingan | null;
  /** Against the Renstra end target (capaian-renstra.ts; the LKj's analysis 3 says the same); null when there is none. */
  readonly renstra: CapaianRenstra | null;
}

export interface BarisRekap {
  /** 1-based number within its sasaran. */
  readonly nomor: number;
  readonly kode: string;
  readonly sasaran: string;
  readonly indikator: string;
  readonly bidang: { readonly kode: string; readonly nama: string };
  readonly satuan: string;
  readonly polaritas: Polaritas;
  readonly agregasi: Agregasi;
  readonly program: string;
  /** The indicator's pagu anggaran as configured. */
  readonly pagu: number | null;
  /** Target of the period: target s.d. TW n (quarterly) or target tahunan (annual). */
  readonly target: Nilai | null;
  /**
   * Realisasi of the period: the quarter's own value (quarterly) or the year's figure used for
   * capaian — the final value, else the aggregate (annual). Null = belum diisi.
   */
  readonly realisasi: Nilai | null;
  /** Realisasi s.d. TW n (quarterly) or the year's figure (annual), as a number; null when missing. */
  readonly realisasiSd: number | null;
  /** Rasio indicators: Σ pembilang and Σ penyebut behind `realisasiSd` (null for a final value and other indicators). */
  readonly rasio: Rasio | null;
  /**
   * Capaian of the period; its category (when computable) is `capaian.kategori`, and
   * `capaian.catatan` names the missing quarters it was built over.
   */
  readonly capaian: Capaian;
  /** Quarterly only (null in the annual recap): realisasi s.d. TW n against the target tahunan. */
  readonly capaianTahunan: Capaian | null;
  /** The reason given when the bidang marked the realisasi "tidak ada data". */
  readonly tidakAdaData: string | null;
  readonly realisasiAnggaran: number | null;
  readonly penjelasan: string;
  readonly faktorPendukung: string;
  readonly faktorPenghambat: string;
  readonly upaya: string;
  readonly buktiDukung: string;
  /** The row came from a bidang's unsubmitted draft. */
  readonly dariDraf: boolean;
  /** Present in the annual recap only. */
  readonly tahunan: DetailTahunan | null;
}

export interface KelompokSasaran {
  /** 1-based, in the configuration's order of first appearance. */
  readonly nomor: number;
  readonly sasaran: string;
  readonly baris: readonly BarisRekap[];
}

/** Indicators per category and the mean capaian of a set of rows. */
export interface RingkasanKategori {
  readonly jumlahIndikator: number;
  /** Every band of the configured scale, highest first, zero counts included. */
  readonly perKategori: readonly { readonly kategori: string; readonly jumlah: number }[];
  readonly tidakDapatDihitung: number;
  readonly belumDiisi: number;
  /** Mean capaian of the computable indicators; null when none is computable. */
  readonly rataRataCapaian: number | null;
  /** Category of the mean; null when the mean is null. */
  readonly kategoriRataRata: string | null;
}

export interface RingkasanBidang extends RingkasanKategori {
  readonly kode: string;
  readonly nama: string;
}

export interface RingkasanSasaran extends RingkasanKategori {
  readonly nomor: number;
  readonly sasaran: string;
}

export interface BarisAnggaran {
  readonly program: string;
  /** Sum of the programme's indicators' pagu (null counts as 0). */
  readonly pagu: number;
  /** Sum of the programme's indicators' realisasi anggaran (null counts as 0). */
  readonly realisasiAnggaran: number;
  /** realisasi / pagu × 100; null when pagu is 0. */
  readonly penyerapan: number | null;
  /** Mean capaian of the programme's computable indicators; null when none. */
  readonly rataRataCapaian: number | null;
  readonly jumlahIndikator: number;
}

export interface TabelAnggaran {
  /** Programmes in the order they first appear in the configuration (indicators without a programme are left out). */
  readonly program: readonly BarisAnggaran[];
  /** The total row; its `program` is 'Jumlah'. */
  readonly total: BarisAnggaran;
}

export interface StatusPengiriman {
  readonly kode: string;
  readonly nama: string;
  readonly status: StatusBidang;
  readonly dikirimOleh: string | null;
  /** ISO timestamp. */
  readonly dikirimPada: string | null;
  readonly jumlahIndikator: number;
  /** Indicators with a realisasi (or "tidak ada data") in the rows used. */
  readonly terisi: number;
  /** The bidang's rows in this recap are its draft. */
  readonly dariDraf: boolean;
}

export interface SasaranDanNilai {
  readonly nomor: number;
  readonly sasaran: string;
  readonly rataRataCapaian: number;
}

/** The figures the LKj writes out in its Ikhtisar Eksekutif and conclusions. */
export interface Sorotan {
  /** All indicators of the recap. */
  readonly keseluruhan: RingkasanKategori;
  /** Null when no sasaran has a computable mean. */
  readonly sasaranTerbaik: SasaranDanNilai | null;
  readonly sasaranTerburuk: SasaranDanNilai | null;
  /** % penyerapan of the whole budget; null when the total pagu is 0. */
  readonly penyerapanAnggaran: number | null;
}

export interface Rekap {
  readonly periode: Periode;
  readonly tahun: number;
  /** "Rekap TW I 2026" / "Rekap Tahunan 2026". */
  readonly judul: string;
  readonly instansi: string;
  readonly pemerintahDaerah: string;
  readonly sertakanDraf: boolean;
  /** The cap each capaian takes in the averages (Pengaturan ▸ Batas atas rata-rata). */
  readonly batasRataRata: number;
  readonly sasaran: readonly KelompokSasaran[];
  readonly ringkasanBidang: readonly RingkasanBidang[];
  readonly ringkasanSasaran: readonly RingkasanSasaran[];
  readonly anggaran: TabelAnggaran;
  readonly statusBidang: readonly StatusPengiriman[];
  readonly sorotan: Sorotan;
}

/** A rectangle on the tab; 1-based like Apps Script's getRange(row, column, numRows, numColumns). */
export interface KotakGrid {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export type SelGrid = string | number;

/**
 * The recap tab as pure data. All arrays are `values`-shaped (same rows, same columns), so the
 * writer can call setValues / setNumberFormats / setBackgrounds / setFontWeights once each.
 * Apply `numberFormats` BEFORE `values`: setValues parses strings as typed input, and only a
 * cell already formatted '@' keeps "=IMPORTRANGE(…)" as text (domain.md §7).
 */
export interface GridRekap {
  /** '' = empty cell. User-typed text is verbatim; its cells have format '@'. */
  readonly values: readonly (readonly SelGrid[])[];
  readonly numberFormats: readonly (readonly string[])[];
  /** '#rrggbb', or null for no fill. */
  readonly backgrounds: readonly (readonly (string | null)[])[];
  readonly fontWeights: readonly (readonly ('normal' | 'bold')[])[];
  readonly merges: readonly KotakGrid[];
  /** The title block above section A. */
  readonly frozenRows: number;
  /** The column header row of section A (the indicator table), which sets the column widths. */
  readonly barisKepalaDetail: number;
  /** 1-based row where each block's heading stands. */
  readonly anchors: {
    readonly detail: number;
    readonly ringkasanBidang: number;
    readonly ringkasanSasaran: number;
    readonly anggaran: number;
    readonly status: number;
  };
  /** Chart data: a label column and a mean-capaian column, header row included. */
  readonly grafik: {
    readonly capaianPerSasaran: KotakGrid;
    readonly capaianPerBidang: KotakGrid;
  };
}

export interface OpsiGrid {
  /** ISO date (yyyy-mm-dd) of printing, in the spreadsheet's time zone. */
  readonly tanggalCetak: string;
  /** The spreadsheet's IANA time zone, for submission times (default 'Asia/Jakarta'). */
  readonly zonaWaktu?: string;
}
