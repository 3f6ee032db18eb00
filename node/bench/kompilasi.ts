/**
 * What the bundle's size costs each execution, measured: Apps Script's V8 compiles build/Code.js and
 * runs its top level (module constants, the entry object) before any entry point runs. Node runs
 * the same V8 engine; the medians of 30 fresh compiles and runs here stand in for that cost (Google's
 * own machines may differ, so this is an indication, the byte budget the target).
 */
import { readFileSync } from 'node:fs';
import { createContext, Script } from 'node:vm';

export interface HasilKompilasi {
  readonly kompilasiMs: number;
  readonly tingkatAtasMs: number;
}

function median(a: number[]): number {
  const urut = [...a].sort((x, y) => x - y);
  return Math.round(urut[urut.length >> 1] * 10) / 10;
}

export function ukurKompilasi(berkas = 'build/Code.js', kali = 30): HasilKompilasi {
  const kode = readFileSync(berkas, 'utf8');
  const kompilasi: number[] = [];
  const tingkatAtas: number[] = [];
  for (let i = 0; i < kali; i++) {
    const t0 = performance.now();
    // A new file name each time, so V8's compilation cache does not answer.
    const skrip = new Script(kode, { filename: `Code-${i}.js` });
    const t1 = performance.now();
    skrip.runInContext(createContext({}));
    kompilasi.push(t1 - t0);
    tingkatAtas.push(performance.now() - t1);
  }
  return { kompilasiMs: median(kompilasi), tingkatAtasMs: median(tingkatAtas) };
}
