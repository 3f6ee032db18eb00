/**
 * How many cells each recorded Range call touched, for the per-cell part of the latency model.
 * The kernel records service and method only; the bench wraps the emulator's Range methods once
 * (in the bench process, never in tests of the product) and notes the range's size against the
 * call record the method produced. Metadata calls (A1 notation, bounds, offset…) touch no cells.
 */
import type { Ctx } from '../emulator/spreadsheet/context';
import { FakeRange } from '../emulator/spreadsheet/range';
import type { CallRecord } from '../emulator/workspace';

const TANPA_SEL = new Set([
  'constructor', 'getA1Notation', 'getRow', 'getColumn', 'getNumRows', 'getNumColumns', 'getLastRow',
  'getLastColumn', 'getSheet', 'offset', 'isPartOfMerge', 'protect',
]);

const selPanggilan = new WeakMap<CallRecord, number>();
let terpasang = false;

/** Wraps FakeRange's methods so each recorded Range call remembers its cell count (idempotent). */
export function pasangPenghitungSel(): void {
  if (terpasang) return;
  terpasang = true;
  const proto = FakeRange.prototype as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(FakeRange.prototype)) {
    const asli = proto[name];
    if (TANPA_SEL.has(name) || typeof asli !== 'function') continue;
    proto[name] = function (this: FakeRange, ...args: unknown[]): unknown {
      const calls = (this as unknown as { ctx: Ctx }).ctx.ws.calls;
      const sebelum = calls.length;
      const hasil = (asli as (...a: unknown[]) => unknown).apply(this, args);
      const call = calls[sebelum];
      if (call && !selPanggilan.has(call)) selPanggilan.set(call, this.rect.numRows * this.rect.numColumns);
      return hasil;
    };
  }
}

/** Cells the call touched (0 for calls that are not Range block calls). */
export function selDari(call: CallRecord): number {
  return selPanggilan.get(call) ?? 0;
}
