/**
 * Realisasi over quarters and its capaian "s.d. TW n" and annual (domain.md §4).
 * Target TW n is the target up to the end of quarter n (a running total for kumulatif,
 * a level otherwise), so capaian s.d. TW n = agg(R₁..Rₙ) against T_n, and the annual
 * capaian = agg(R₁..R₄) (or the final, audited value) against the target tahunan.
 */
import { alasanTargetTidakDapat, denganCatatan, hitungCapaian, labelTakDikenal, nilaiAngka, type AturanCapaian } from './capaian';
import { formatAngkaPenuh } from './format';
import { labelPeriode, nomorTriwulan, PERIODE } from './periode';
import type { Agregasi, Capaian, Indikator, Isian, Nilai, Periode, Rasio } from './types';

/**
 * A rasio's value: pembilang / penyebut × 100. Always a percentage, whatever the satuan: a rasio
 * indicator is a share ("persentase dokumen tepat waktu"), and its targets are written in percent.
 */
export function nilaiRasio(r: Rasio): number {
  return (r.pembilang * 100) / r.penyebut;
}

/** "19/50": a rasio as users read it beside its percentage. */
export function teksRasio(r: Rasio): string {
  return `${formatAngkaPenuh(r.pembilang)}/${formatAngkaPenuh(r.penyebut)}`;
}

/** The pembilang and penyebut of a row when both are numbers and the penyebut is above 0; else null. */
export function rasioIsian(isian: Pick<Isian, 'pembilang' | 'penyebut'> | null | undefined): Rasio | null {
  const pembilang = isian?.pembilang ?? null;
  const penyebut = isian?.penyebut ?? null;
  return pembilang !== null && penyebut !== null && Number.isFinite(pembilang) && penyebut > 0 ? { pembilang, penyebut } : null;
}

/** Σ pembilang / Σ penyebut of the given quarters (nulls skipped); null when none, or Σ penyebut is 0. */
export function jumlahRasio(rasioTw: readonly (Rasio | null)[]): Rasio | null {
  const ada = rasioTw.filter((r): r is Rasio => r !== null);
  const jumlah = ada.reduce((a, r) => ({ pembilang: a.pembilang + r.pembilang, penyebut: a.penyebut + r.penyebut }), { pembilang: 0, penyebut: 0 });
  return ada.length === 0 || jumlah.penyebut <= 0 ? null : jumlah;
}

/** Σ pembilang / Σ penyebut of the filled quarters of `nilaiTw` (null = missing), from the pairs index-aligned in `rasioTw`. */
export function rasioTerisi(nilaiTw: readonly (number | null)[], rasioTw: readonly (Rasio | null)[]): Rasio | null {
  return jumlahRasio(nilaiTw.map((v, i) => (v === null ? null : rasioTw[i] ?? null)));
}

/**
 * kumulatif = sum of filled quarters; terakhir = latest filled; rata-rata = mean of filled;
 * rasio = Σ pembilang / Σ penyebut × 100 over the filled quarters that have their pair in `rasioTw`
 * (index-aligned with `nilaiTw`; never the mean of the quarters' percentages). Null if none filled.
 */
export function agregasikan(agregasi: Agregasi, nilaiTw: readonly (number | null)[], rasioTw: readonly (Rasio | null)[] = []): number | null {
  const terisi = nilaiTw.filter((v): v is number => v !== null && Number.isFinite(v));
  if (terisi.length === 0) return null;
  const jumlah = terisi.reduce((a, b) => a + b, 0);
  switch (agregasi) {
    case 'kumulatif': return jumlah;
    case 'terakhir': return terisi[terisi.length - 1];
    case 'rata-rata': return jumlah / terisi.length;
    case 'rasio': {
      const r = rasioTerisi(nilaiTw, rasioTw);
      return r === null ? null : nilaiRasio(r);
    }
  }
}

/** How a rasio quarter archived with a number but without its pair is named (it counts as missing). */
const TANPA_RASIO = 'tanpa pembilang/penyebut';

/**
 * The flag of a figure built over missing quarters (domain.md §4: never silent), from the
 * quarters' numbers TW I..TW n (null = empty or "tidak ada data"): "TW I tidak ada data",
 * "TW III tidak ada data; s.d. TW II" when the last quarter is the missing one. The quarters in
 * `tanpaRasio` (indexes: a rasio quarter with a number but no pair, `twTanpaRasio`) are named
 * "TW I tanpa pembilang/penyebut" instead. A terakhir figure is built over earlier quarters only
 * when the last one is missing. Null when nothing is missing, or when nothing is filled (then
 * there is no figure to flag).
 */
export function catatanTwKosong(agregasi: Agregasi, angkaTw: readonly (number | null)[], tanpaRasio: readonly number[] = []): string | null {
  const n = angkaTw.length;
  const kosong = angkaTw.flatMap((v, i) => (v === null ? [i] : []));
  if (kosong.length === 0 || kosong.length === n) return null;
  const akhirKosong = angkaTw[n - 1] === null;
  if (agregasi === 'terakhir' && !akhirKosong) return null;
  const terisiTerakhir = n - 1 - [...angkaTw].reverse().findIndex((v) => v !== null);
  const daftar = (tw: number[], kata: string): { awal: number; teks: string }[] =>
    tw.length === 0 ? [] : [{ awal: tw[0], teks: `${tw.map((i) => labelPeriode(PERIODE[i])).join(', ')} ${kata}` }];
  const bagian = [
    ...daftar(kosong.filter((i) => !tanpaRasio.includes(i)), 'tidak ada data'),
    ...daftar(kosong.filter((i) => tanpaRasio.includes(i)), TANPA_RASIO),
  ].sort((a, b) => a.awal - b.awal).map((b) => b.teks);
  return `${bagian.join('; ')}${akhirKosong ? `; s.d. ${labelPeriode(PERIODE[terisiTerakhir])}` : ''}`;
}

/**
 * The quarters (indexes) of a rasio indicator that have a number but no pair — archived before
 * the indicator became rasio: they count as missing, and `catatanTwKosong` names them so. [] for
 * other agregasi.
 */
export function twTanpaRasio(agregasi: Agregasi, angkaTw: readonly (number | null)[], rasioTw: readonly (Rasio | null)[]): number[] {
  return agregasi !== 'rasio' ? [] : angkaTw.flatMap((v, i) => (v !== null && !rasioTw[i] ? [i] : []));
}

export interface PermintaanSampaiTw {
  readonly indikator: Pick<Indikator, 'polaritas' | 'agregasi' | 'targetTahunan' | 'targetTw'>;
  /** Realisasi of TW I..IV as entered (null / '' = belum diisi); quarters after the period are ignored. */
  readonly realisasiTw: readonly (Nilai | null)[];
  /**
   * Rasio indicators: pembilang and penyebut of TW I..IV, index-aligned with `realisasiTw`. A quarter
   * without its pair (archived before the indicator became rasio) counts as missing, and is flagged
   * "tanpa pembilang/penyebut".
   */
  readonly rasioTw?: readonly (Rasio | null)[];
  readonly periode: Periode;
  /** Annual only (ignored otherwise): the final (audited) realisasi; when filled it replaces the aggregate. */
  readonly realisasiFinal?: Nilai | null;
}

export interface HasilSampaiTw {
  /** The aggregated (or final) realisasi as a number; null when nothing is filled or a label is unknown. */
  readonly realisasi: number | null;
  /** 'final' when the annual final value was used instead of the quarters. */
  readonly sumber: 'agregat' | 'final';
  /** The missing quarters the aggregate was built over (`catatanTwKosong`); also the capaian's note. */
  readonly catatan: string | null;
  /** The target it is measured against: T_n, or the target tahunan for TAHUNAN. */
  readonly target: Nilai | null;
  readonly capaian: Capaian;
  /** Rasio indicators' aggregate: Σ pembilang and Σ penyebut of the quarters used; null otherwise or for a final value. */
  readonly rasio: Rasio | null;
}

/**
 * Realisasi s.d. TW n (aggregated by the indicator's agregasi) and its capaian against
 * target TW n; for TAHUNAN, R₁..R₄ (or `realisasiFinal` when filled) against the target
 * tahunan. The same precedence as `hitungCapaian`: target problems first; then a quarterly
 * label not on the qualitative scale makes the capaian tidak dapat dihitung, naming the
 * label and its quarter.
 */
export function capaianSampaiTw(p: PermintaanSampaiTw, aturan: AturanCapaian): HasilSampaiTw {
  const { indikator } = p;
  const n = nomorTriwulan(p.periode);
  const target = p.periode === 'TAHUNAN' ? indikator.targetTahunan : indikator.targetTw[n - 1];
  const hasil = (realisasi: number | null, sumber: 'agregat' | 'final', asli: Nilai | null, catatan: string | null = null, rasio: Rasio | null = null): HasilSampaiTw => ({
    realisasi,
    sumber,
    catatan,
    target,
    rasio,
    capaian: denganCatatan(hitungCapaian({ polaritas: indikator.polaritas, target, realisasi: asli }, aturan), catatan),
  });

  const finalAsli = p.periode === 'TAHUNAN' ? (p.realisasiFinal ?? null) : null;
  const final = nilaiAngka(finalAsli, aturan.skalaKualitatif);
  if (final !== null) return hasil(typeof final === 'number' ? final : null, 'final', finalAsli);

  const angkaTw: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    const v = nilaiAngka(p.realisasiTw[i] ?? null, aturan.skalaKualitatif);
    if (v !== null && typeof v !== 'number') {
      const alasan = alasanTargetTidakDapat(target, aturan, indikator.polaritas) ??
        labelTakDikenal(`realisasi ${labelPeriode(PERIODE[i])}`, v.tidakDikenal);
      return { realisasi: null, sumber: 'agregat', catatan: null, target, capaian: { jenis: 'tidak-dapat-dihitung', alasan }, rasio: null };
    }
    angkaTw.push(v);
  }
  const rasioTw = p.rasioTw ?? [];
  // A rasio quarter is its pair: without one it is missing, and named so.
  const tanpaRasio = twTanpaRasio(indikator.agregasi, angkaTw, rasioTw);
  for (const i of tanpaRasio) angkaTw[i] = null;
  const realisasi = agregasikan(indikator.agregasi, angkaTw, rasioTw);
  const rasio = indikator.agregasi === 'rasio' ? rasioTerisi(angkaTw, rasioTw) : null;
  return hasil(realisasi, 'agregat', realisasi, catatanTwKosong(indikator.agregasi, angkaTw, tanpaRasio), rasio);
}
