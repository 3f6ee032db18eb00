/** Runs every landed operation once at one size and records its service calls and modelled time. */
import type { Emulator } from '../emulator/index';
import { emulatorUkuran, type Ukuran } from './beban';
import { modelMs } from './latensi';
import { operasiTersedia, type KunciOperasi } from './operasi';
import { pasangPenghitungSel, selDari } from './sel';

export interface HasilOperasi {
  readonly calls: number;
  readonly modelledMs: number;
  /** Calls per `Service.method`, for finding what grows. */
  readonly counts: Readonly<Record<string, number>>;
  /** Set when the operation did not complete; later operations are then not run. */
  readonly error?: string;
}

export interface HasilUkuran {
  readonly bidang: number;
  readonly indicatorsPerBidang: number;
  readonly ops: Partial<Record<KunciOperasi, HasilOperasi>>;
}

/** Runs every landed operation at size `u`; `lalu` then gets the emulator (for measurements that need the recap built). */
export function ukur(u: Ukuran, lalu?: (emu: Emulator) => void): HasilUkuran {
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
    ops[op.kunci] = { calls: calls.length, modelledMs: Math.round(modelMs(calls, selDari)), counts: emu.ws.callCounts(sejak), ...(error ? { error } : {}) };
    if (error) break;
  }
  lalu?.(emu);
  return { bidang: u.bidang, indicatorsPerBidang: u.indikatorPerBidang, ops };
}
