/** Runs every landed operation once at one size and records its service calls and modelled time. */
import { emulatorUkuran, type Ukuran } from './beban';
import { modelMs } from './latensi';
import { operasiTersedia, type KunciOperasi } from './operasi';
import { pasangPenghitungSel, selDari } from './sel';
import type { CallRecord } from '../emulator/workspace';

export interface HasilOperasi {
  readonly calls: number;
  readonly modelledMs: number;
  /** Calls per `Service.method`, for finding what grows. */
  readonly counts: Readonly<Record<string, number>>;
  /** Cells of data carried per `Service.method` (the per-cell part of the model). */
  readonly cells: Readonly<Record<string, number>>;
  /** Set when the operation did not complete; later operations are then not run. */
  readonly error?: string;
}

export interface HasilUkuran {
  readonly bidang: number;
  readonly indicatorsPerBidang: number;
  readonly ops: Partial<Record<KunciOperasi, HasilOperasi>>;
}

/** Cells carried per `Service.method` among `calls`. */
function selPerMetode(calls: readonly CallRecord[]): Record<string, number> {
  const hasil: Record<string, number> = {};
  for (const c of calls) {
    const n = selDari(c);
    const kunci = `${c.service}.${c.method}`;
    if (n > 0) hasil[kunci] = (hasil[kunci] ?? 0) + n;
  }
  return hasil;
}

/** Runs the landed operations in order at size `u`; with `sampai`, stops after that operation. */
export function ukur(u: Ukuran, sampai?: KunciOperasi): HasilUkuran {
  pasangPenghitungSel();
  const emu = emulatorUkuran(u);
  const ops: Partial<Record<KunciOperasi, HasilOperasi>> = {};
  for (const op of operasiTersedia(emu)) {
    let error: string | undefined;
    let sejak = emu.ws.calls.length;
    try {
      op.siapkan?.(emu);
      sejak = emu.ws.calls.length;
      op.jalankan(emu);
    } catch (e) {
      // Errors thrown inside the bundle come from another realm (domain.md §7): no instanceof.
      error = typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
    }
    const calls = emu.ws.calls.slice(sejak);
    ops[op.kunci] = { calls: calls.length, modelledMs: Math.round(modelMs(calls, selDari)), counts: emu.ws.callCounts(sejak), cells: selPerMetode(calls), ...(error ? { error } : {}) };
    if (error || op.kunci === sampai) break;
  }
  return { bidang: u.bidang, indicatorsPerBidang: u.indikatorPerBidang, ops };
}
