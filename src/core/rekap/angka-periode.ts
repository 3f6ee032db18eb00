/**
 * The figures of one indicator for the recap's period (domain.md §4): target, realisasi,
 * realisasi s.d. TW n / of the year, and capaian. The formulas are agregasi.ts's and capaian.ts's.
 */
import { capaianSampaiTw, rasioIsian } from '../agregasi';
import { denganCatatan, hitungCapaian, type AturanCapaian } from '../capaian';
import { ALASAN_RASIO, alasanTidakAdaData } from '../lembar-bidang';
import type { Capaian, Indikator, Isian, Nilai, Periode, Rasio } from '../types';
import type { BarisRekap, RealisasiTw } from './model';
import { capaianRenstra, type AcuanRenstra } from './capaian-renstra';
import { bandingkan } from './perbandingan';

export type AngkaPeriode = Pick<BarisRekap, 'target' | 'realisasi' | 'realisasiSd' | 'rasio' | 'capaian' | 'capaianTahunan' | 'tahunan'>;

/** A realisasi the bidang marked "tidak ada data" cannot be measured; the reason goes with it. */
function tanpaData(alasan: string): Capaian {
  return { jenis: 'tidak-dapat-dihitung', alasan: alasanTidakAdaData(alasan) };
}

/**
 * A rasio row (a draft: Kirim refuses it) with a Pembilang or Penyebut typed but no usable pair:
 * its capaian cannot be computed, as the bidang tab says.
 */
function rasioTakLengkap(indikator: Indikator, isian: Isian | null): boolean {
  return indikator.agregasi === 'rasio' && isian !== null && isian.tidakAdaData === null && rasioIsian(isian) === null &&
    ((isian.pembilang ?? null) !== null || (isian.penyebut ?? null) !== null);
}

const TIDAK_LENGKAP: Capaian = { jenis: 'tidak-dapat-dihitung', alasan: ALASAN_RASIO };

/** "belum diisi" becomes "tidak ada data" when the bidang said so. */
function denganTidakAdaData(capaian: Capaian, isian: Isian | null): Capaian {
  return capaian.jenis === 'belum-diisi' && isian !== null && isian.tidakAdaData !== null
    ? tanpaData(isian.tidakAdaData)
    : capaian;
}

/**
 * A quarter: capaian s.d. TW n = agg(R_1..n) / target TW n, with R_n from the bidang's row and
 * R_1..n-1 from `sebelumnya` (index 0 = TW I), and the same realisasi against the target tahunan.
 * Missing quarters — earlier ones, or R_n marked "tidak ada data" — are left out by the agregasi
 * (domain.md §4) and named in the capaian's note. An empty R_n (the bidang has not reported) is
 * belum diisi; with nothing filled at all, "tidak ada data" cannot be computed, with its reason.
 * A rasio indicator sums pembilang and penyebut: the earlier quarters' from `rasioSebelumnya`, R_n's
 * from the row.
 */
export function angkaTriwulan(
  indikator: Indikator,
  periode: Exclude<Periode, 'TAHUNAN'>,
  n: 1 | 2 | 3 | 4,
  isian: Isian | null,
  sebelumnya: readonly (Nilai | null)[],
  aturan: AturanCapaian,
  rasioSebelumnya: readonly (Rasio | null)[] = [],
): AngkaPeriode {
  const asli = isian?.realisasi ?? null;
  const realisasi = typeof asli === 'string' && asli.trim() === '' ? null : asli;
  const target = indikator.targetTw[n - 1];
  if (realisasi === null && (isian === null || isian.tidakAdaData === null)) {
    const capaian: Capaian = rasioTakLengkap(indikator, isian) ? TIDAK_LENGKAP : { jenis: 'belum-diisi' };
    return { target, realisasi: null, realisasiSd: null, rasio: null, capaian, capaianTahunan: null, tahunan: null };
  }
  const realisasiTw = [...Array.from({ length: n - 1 }, (_, i) => sebelumnya[i] ?? null), realisasi];
  const rasioTw = [...Array.from({ length: n - 1 }, (_, i) => rasioSebelumnya[i] ?? null), rasioIsian(isian)];
  const hasil = capaianSampaiTw({ indikator, realisasiTw, rasioTw, periode }, aturan);
  const capaianTahunan = hasil.realisasi === null
    ? null
    : denganCatatan(hitungCapaian({ polaritas: indikator.polaritas, target: indikator.targetTahunan, realisasi: hasil.realisasi }, aturan), hasil.catatan);
  return { target, realisasi, realisasiSd: hasil.realisasi, rasio: hasil.rasio, capaian: denganTidakAdaData(hasil.capaian, isian), capaianTahunan, tahunan: null };
}

/**
 * The year: agg(R_1..4) / target tahunan, where the final value — `nilaiFinal`, else what the
 * bidang entered as the year's realisasi in the annual cycle — replaces the aggregate. A rasio
 * indicator's aggregate is Σ pembilang / Σ penyebut of `rasioTw` (TW I–IV). The year's figure
 * is set against last year's and against the Renstra end target of `renstra` (capaian-renstra.ts;
 * without it, the Indikator tab's end target as an end condition).
 */
export function angkaTahunan(
  indikator: Indikator,
  isian: Isian | null,
  realisasiTw: RealisasiTw,
  nilaiFinalMasukan: Nilai | null,
  aturan: AturanCapaian,
  rasioTw: readonly (Rasio | null)[] = [],
  renstra?: AcuanRenstra,
): AngkaPeriode {
  const nilaiFinal = nilaiFinalMasukan ?? isian?.realisasi ?? null;
  const agregat = capaianSampaiTw({ indikator, realisasiTw, rasioTw, periode: 'TAHUNAN' }, aturan).realisasi;
  const hasil = capaianSampaiTw({ indikator, realisasiTw, rasioTw, periode: 'TAHUNAN', realisasiFinal: nilaiFinal }, aturan);
  const pol = indikator.polaritas;
  return {
    target: hasil.target,
    realisasi: hasil.sumber === 'final' ? nilaiFinal : agregat,
    realisasiSd: hasil.realisasi,
    // A final value typed as a pair shows that pair; one given by the admin (nilaiFinal) has none.
    rasio: hasil.sumber === 'final' ? (nilaiFinalMasukan === null ? rasioIsian(isian) : null) : hasil.rasio,
    capaian: rasioTakLengkap(indikator, isian) ? TIDAK_LENGKAP : denganTidakAdaData(hasil.capaian, isian),
    capaianTahunan: null,
    tahunan: {
      realisasiTw,
      agregat,
      nilaiFinal: hasil.sumber === 'final' ? nilaiFinal : null,
      sumber: hasil.sumber,
      dibandingTahunLalu: bandingkan(pol, hasil.realisasi, indikator.realisasiTahunLalu, aturan),
      renstra: capaianRenstra(indikator, hasil.realisasi, renstra, aturan),
    },
  };
}
