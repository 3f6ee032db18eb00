/**
 * The bench's Google-limit measurements, each from operations run on the emulator through the
 * built bundle:
 * - cells and property bytes after three years of five cycles with every year-end step. A 60 × 100
 *   year (five cycles: start, every bidang fills and submits, gather, recap; then Tutup tahun) is run
 *   in full and measured; years two and three repeat the same operations on the same configuration,
 *   so each adds what the measured year added. Running all fifteen 60 × 100 cycles takes over an hour
 *   on this machine; that a year's growth repeats is checked by running all three years at 5 × 20
 *   (`extrapolationCheck`: measured against extrapolated);
 * - a busy collection day's trigger runtime on the emulator's ledger (pemicu.ts);
 * - the last submit's calls in the first and the fifth cycle;
 * - the cell-by-cell recap baseline (naif.ts), reported beside Lapkin's recap in main.ts.
 */
import { MAX_CELLS } from '../emulator/spreadsheet/model';
import { MAX_STORE_BYTES } from '../emulator/properties';
import type { Ukuran } from './beban';
import { ukurHariPemicu, type HariPemicu } from './pemicu';
import { ukurTahunan, type HasilTahunan } from './tahun';
import type { HasilTarget } from './target';

export const TAHUN = 3;
const UKURAN_CEK: Ukuran = { bidang: 5, indikatorPerBidang: 20 };

export interface Perkiraan {
  readonly cells: number;
  readonly propertyBytes: number;
  /** The most the store holds in the last year, before its Tutup tahun. */
  readonly propertyBytesPeak: number;
}

export interface HasilBatas {
  /** One measured year at the bench's largest size. */
  readonly setahun: HasilTahunan;
  /** All three years at 5 × 20. */
  readonly cek: HasilTahunan;
  readonly pemicu: HariPemicu | { readonly error: string };
}

function pesan(e: unknown): string {
  return typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
}

/** After `tahun` years, from the first measured year: setup plus `tahun` times its growth. */
export function perkiraan(h: HasilTahunan, tahun: number): Perkiraan | null {
  const y = h.years[0];
  if (!y) return null;
  const selTahun = y.cells - h.cellsAfterSetup;
  const byteTahun = y.propertyBytes - h.propertyBytesAfterSetup;
  return {
    cells: h.cellsAfterSetup + tahun * selTahun,
    propertyBytes: h.propertyBytesAfterSetup + tahun * byteTahun,
    propertyBytesPeak: y.propertyBytesPeak + (tahun - 1) * byteTahun,
  };
}

export function ukurBatas(u: Ukuran, progres: (pesan: string) => void): HasilBatas {
  const cek = ukurTahunan(UKURAN_CEK, TAHUN, (h) => progres(`5 × 20, tahun ${h.tahun}: ${h.cells} sel`));
  const setahun = ukurTahunan(u, 1, (h) => progres(`${u.bidang} × ${u.indikatorPerBidang}, tahun ${h.tahun}: ${h.cells} sel, ${h.propertyBytes} byte properti`));
  let pemicu: HasilBatas['pemicu'];
  try {
    pemicu = ukurHariPemicu(u);
  } catch (e) {
    pemicu = { error: pesan(e) };
  }
  return { setahun, cek, pemicu };
}

/** The JSON keys the issue names, with what they were computed from. */
export function kunciJson(b: HasilBatas, baseline: unknown): Record<string, unknown> {
  const p = perkiraan(b.setahun, TAHUN);
  const pc = perkiraan(b.cek, TAHUN);
  const diukur = b.cek.years.at(-1);
  return {
    cellsAfterYears: p?.cells ?? null,
    propertyBytesAfterYears: p?.propertyBytes ?? null,
    propertyBytesPeak: p?.propertyBytesPeak ?? null,
    yearMeasured: { cellsAfterSetup: b.setahun.cellsAfterSetup, propertyBytesAfterSetup: b.setahun.propertyBytesAfterSetup, years: b.setahun.years, ...(b.setahun.error ? { error: b.setahun.error } : {}) },
    extrapolationCheck: { size: '5x20', years: b.cek.years, extrapolatedCells: pc?.cells ?? null, measuredCells: b.cek.years.length === TAHUN ? diukur?.cells ?? null : null, extrapolatedPropertyBytes: pc?.propertyBytes ?? null, measuredPropertyBytes: b.cek.years.length === TAHUN ? diukur?.propertyBytes ?? null : null, ...(b.cek.error ? { error: b.cek.error } : {}) },
    triggerMsPerDay: 'error' in b.pemicu ? null : b.pemicu.triggerMsPerDay,
    triggerDay: b.pemicu,
    submitCalls: { cycle1: b.setahun.submit.cycle1.calls, cycle5: b.setahun.submit.cycle5.calls },
    submitModelledMs: { cycle1: b.setahun.submit.cycle1.modelledMs, cycle5: b.setahun.submit.cycle5.modelledMs },
    baseline,
  };
}

export function targetBatas(b: HasilBatas): HasilTarget[] {
  const p = perkiraan(b.setahun, TAHUN);
  const pc = perkiraan(b.cek, TAHUN);
  const diukur = b.cek.years.length === TAHUN ? b.cek.years.at(-1) : undefined;
  const gagal = (target: string, sebab: string): HasilTarget => ({ target, putusan: 'FAIL', rincian: sebab });
  const hasil: HasilTarget[] = [];
  const tSel = `cellsAfterYears < ${MAX_CELLS.toLocaleString('id-ID')} (3 tahun × 5 siklus, Tutup tahun tiap tahun)`;
  hasil.push(!p || b.setahun.error ? gagal(tSel, `tahun pertama tidak selesai: ${b.setahun.error ?? '-'}`) : { target: tSel, putusan: p.cells < MAX_CELLS ? 'PASS' : 'FAIL', rincian: `${p.cells.toLocaleString('id-ID')} sel (setelah Siapkan ${b.setahun.cellsAfterSetup.toLocaleString('id-ID')}, +${(b.setahun.years[0].cells - b.setahun.cellsAfterSetup).toLocaleString('id-ID')} per tahun diukur)` });
  const tProp = `propertyBytesAfterYears < ${MAX_STORE_BYTES / 1024} KB, juga puncaknya dalam tahun ketiga`;
  hasil.push(!p || b.setahun.error ? gagal(tProp, 'tahun pertama tidak selesai') : { target: tProp, putusan: p.propertyBytes < MAX_STORE_BYTES && p.propertyBytesPeak < MAX_STORE_BYTES ? 'PASS' : 'FAIL', rincian: `${p.propertyBytes.toLocaleString('id-ID')} byte; puncak ${p.propertyBytesPeak.toLocaleString('id-ID')} byte` });
  const tCek = 'pertumbuhan per tahun berulang (5 × 20: 3 tahun diukur = perkiraan dari tahun pertama ± 1 %)';
  hasil.push(!pc || !diukur ? gagal(tCek, `tidak selesai: ${b.cek.error ?? '-'}`) : { target: tCek, putusan: Math.abs(diukur.cells - pc.cells) <= pc.cells * 0.01 ? 'PASS' : 'FAIL', rincian: `diukur ${diukur.cells.toLocaleString('id-ID')} sel, perkiraan ${pc.cells.toLocaleString('id-ID')}` });
  const { cycle1, cycle5 } = b.setahun.submit;
  const tKirim = 'submit: panggilan sama pada siklus ke-1 dan ke-5';
  hasil.push(cycle1.calls === 0 || cycle5.calls === 0 ? gagal(tKirim, 'tidak diukur') : { target: tKirim, putusan: cycle1.calls === cycle5.calls ? 'PASS' : 'FAIL', rincian: `${cycle1.calls} → ${cycle5.calls}` });
  const tPemicu = 'triggerMsPerDay ≤ sepertiga kuota runtime pemicu akun konsumen (30 dari 90 menit)';
  if ('error' in b.pemicu) hasil.push(gagal(tPemicu, b.pemicu.error));
  else {
    const x = b.pemicu;
    hasil.push({ target: tPemicu, putusan: x.triggerMsPerDay <= x.quotaMs / 3 ? 'PASS' : 'FAIL', rincian: `${(x.triggerMsPerDay / 60000).toFixed(1)} menit: ${x.edits} edit (${x.msPerEdit} ms per ketikan, ${x.msPerSubmit} ms per kirim)` });
  }
  return hasil;
}
