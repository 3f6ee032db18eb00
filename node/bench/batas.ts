/**
 * The bench's Google-limit measurements (issue "three years inside Google's limits"), each from
 * operations run on the emulator: cells and property bytes after three years with every year-end
 * step (tahun.ts), a busy collection day's trigger runtime (pemicu.ts), the last submit's calls in
 * the first and fifth cycle, and the cell-by-cell recap baseline (naif.ts) beside Lapkin's recap.
 */
import { MAX_CELLS } from '../emulator/spreadsheet/model';
import { MAX_STORE_BYTES } from '../emulator/properties';
import { ukurHariPemicu, type HariPemicu } from './pemicu';
import { ukurTahunan, type HasilTahunan } from './tahun';
import type { HasilTarget } from './target';
import type { Ukuran } from './beban';

export interface HasilBatas {
  readonly tahunan: HasilTahunan;
  readonly pemicu: HariPemicu | { readonly error: string };
}

export const TAHUN_DIUKUR = 3;

export function ukurBatas(u: Ukuran, progres: (pesan: string) => void): HasilBatas {
  const tahunan = ukurTahunan(u, TAHUN_DIUKUR, (h) => progres(`tahun ${h.tahun}: ${h.cells} sel, ${h.propertyBytes} byte properti`));
  let pemicu: HasilBatas['pemicu'];
  try {
    pemicu = ukurHariPemicu(u);
  } catch (e) {
    pemicu = { error: typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e) };
  }
  return { tahunan, pemicu };
}

/** The JSON keys the issue names. */
export function kunciJson(b: HasilBatas, baseline: unknown): Record<string, unknown> {
  const akhir = b.tahunan.years.at(-1);
  return {
    cellsAfterYears: b.tahunan.years.length === TAHUN_DIUKUR ? akhir?.cells ?? null : null,
    propertyBytesAfterYears: b.tahunan.years.length === TAHUN_DIUKUR ? akhir?.propertyBytes ?? null : null,
    years: b.tahunan.years,
    ...(b.tahunan.error ? { yearsError: b.tahunan.error } : {}),
    triggerMsPerDay: 'error' in b.pemicu ? null : b.pemicu.triggerMsPerDay,
    triggerDay: b.pemicu,
    submitCalls: { cycle1: b.tahunan.submit.cycle1.calls, cycle5: b.tahunan.submit.cycle5.calls },
    baseline,
  };
}

export function targetBatas(b: HasilBatas): HasilTarget[] {
  const { years, error, submit } = b.tahunan;
  const lengkap = years.length === TAHUN_DIUKUR;
  const akhir = years.at(-1);
  const gagal = (target: string): HasilTarget => ({ target, putusan: 'FAIL', rincian: `tidak selesai: ${error ?? 'tahun kurang'}` });
  const hasil: HasilTarget[] = [];
  const tSel = `cellsAfterYears < ${MAX_CELLS.toLocaleString('id-ID')} (3 tahun × 5 siklus, Tutup tahun tiap tahun)`;
  hasil.push(!lengkap || !akhir ? gagal(tSel) : { target: tSel, putusan: akhir.cells < MAX_CELLS ? 'PASS' : 'FAIL', rincian: years.map((y) => `${y.tahun}: ${y.cells.toLocaleString('id-ID')}`).join('; ') });
  const tProp = `propertyBytesAfterYears < ${MAX_STORE_BYTES / 1024} KB`;
  hasil.push(!lengkap || !akhir ? gagal(tProp) : { target: tProp, putusan: akhir.propertyBytes < MAX_STORE_BYTES ? 'PASS' : 'FAIL', rincian: years.map((y) => `${y.tahun}: ${y.propertyBytes.toLocaleString('id-ID')} byte`).join('; ') });
  const tKirim = 'submit: panggilan sama pada siklus ke-1 dan ke-5';
  hasil.push(submit.cycle1.calls === 0 || submit.cycle5.calls === 0 ? gagal(tKirim) : { target: tKirim, putusan: submit.cycle1.calls === submit.cycle5.calls ? 'PASS' : 'FAIL', rincian: `${submit.cycle1.calls} → ${submit.cycle5.calls}` });
  const tPemicu = 'triggerMsPerDay ≤ sepertiga kuota runtime pemicu akun konsumen (30 dari 90 menit)';
  if ('error' in b.pemicu) hasil.push({ target: tPemicu, putusan: 'FAIL', rincian: b.pemicu.error });
  else {
    const p = b.pemicu;
    hasil.push({ target: tPemicu, putusan: p.triggerMsPerDay <= p.quotaMs / 3 ? 'PASS' : 'FAIL', rincian: `${(p.triggerMsPerDay / 60000).toFixed(1)} menit: ${p.edits} edit (${p.msPerEdit} ms per ketikan, ${p.msPerSubmit} ms per kirim)` });
  }
  return hasil;
}
