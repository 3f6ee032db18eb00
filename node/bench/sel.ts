/**
 * How many cells of data each recorded Range call carried, for the per-cell part of the latency
 * model (`latensi.ts`). Google's figure behind it (10,000 single-cell calls ≈ 70 s, one batched
 * call of 10,000 values ≈ 1 s) is about values transferred, so the count is the data the call
 * carries: the 2-D array passed to a batch setter (`setValues`, `setFormulas`, `setNumberFormats`,
 * `setBackgrounds`, `setNotes`, `setDataValidations`…) or returned by a batch getter (`getValues`,
 * `getFormulas`, `getNotes`…). A setter of one value for the whole range (`setNumberFormat`,
 * `setBackground`, `setFontWeight`, `setDataValidation(rule)`, `setWrap`, `merge`, `protect`,
 * `clear…`) carries one value whatever the range's size: it costs its call, no cells.
 *
 * The kernel records service and method only; the bench wraps the emulator's Range methods once
 * (in the bench process, never in tests of the product) and notes the carried cells against the
 * call record the method produced.
 */
import type { Ctx } from '../emulator/spreadsheet/context';
import { FakeRange } from '../emulator/spreadsheet/range';
import type { CallRecord } from '../emulator/workspace';

const selPanggilan = new WeakMap<CallRecord, number>();
let terpasang = false;
/** Nesting depth of wrapped calls: only the outermost (the script's own call) is counted. */
let kedalaman = 0;

/** Cells of `x` when it is a 2-D array (rows of arrays), else 0. */
function selLarik(x: unknown): number {
  if (!Array.isArray(x) || x.length === 0 || !x.every((r) => Array.isArray(r))) return 0;
  return (x as unknown[][]).reduce((n, r) => n + r.length, 0);
}

/** Wraps FakeRange's methods so each recorded Range call remembers the cells it carried (idempotent). */
export function pasangPenghitungSel(): void {
  if (terpasang) return;
  terpasang = true;
  const proto = FakeRange.prototype as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(FakeRange.prototype)) {
    const asli = proto[name];
    if (name === 'constructor' || typeof asli !== 'function') continue;
    proto[name] = function (this: FakeRange, ...args: unknown[]): unknown {
      const calls = (this as unknown as { ctx: Ctx }).ctx.ws.calls;
      const sebelum = calls.length;
      kedalaman++;
      let hasil: unknown;
      try {
        hasil = (asli as (...a: unknown[]) => unknown).apply(this, args);
      } finally {
        kedalaman--;
      }
      const call = calls[sebelum];
      if (kedalaman === 0 && call) selPanggilan.set(call, selLarik(args[0]) + selLarik(hasil));
      return hasil;
    };
  }
}

/** Cells of data the call carried (0 for calls that carry no 2-D array). */
export function selDari(call: CallRecord): number {
  return selPanggilan.get(call) ?? 0;
}
