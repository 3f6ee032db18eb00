/**
 * The Indonesian messages Lapkin shows a user when something is refused or fails, read
 * mechanically from src/: the argument of every `throw new Error(…)` and `ditolak(…)` in
 * src/server and src/gas, every `status: 'ditolak' | 'masalah', pesan: …` answer there, and every
 * `PESAN_*` / `TANPA_*` constant and the return of every `function pesan…(…): string` (a message
 * several places give) in those folders and in src/core/galat.ts (Google's errors in Indonesian,
 * with the one it builds). A message built from variables is written `…` where a variable goes; an argument
 * that is only a variable is not a message here (its text is one of the others). Diagnostik's
 * check results (src/gas/diagnostik) are its table, not messages. Node only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface PesanKode {
  /** The message with `…` for each variable part. */
  readonly teks: string;
  /** Where it is written: "src/server/kirim.ts:41". */
  readonly tempat: string;
}

function berkas(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? berkas(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Reads a string expression at `i` (quotes, templates, joined by `+`); null when it starts with anything else. */
function bacaEkspresi(src: string, i: number): string | null {
  let hasil = '';
  let ada = false;
  for (;;) {
    while (/\s/.test(src[i])) i++;
    const q = src[i];
    if (q === "'" || q === '"') {
      let j = i + 1;
      while (src[j] !== q) j += src[j] === '\\' ? 2 : 1;
      hasil += src.slice(i + 1, j).replace(/\\(.)/g, '$1');
      i = j + 1;
    } else if (q === '`') {
      let j = i + 1;
      while (src[j] !== '`') {
        if (src[j] === '\\') {
          hasil += src[j + 1];
          j += 2;
        } else if (src[j] === '$' && src[j + 1] === '{') {
          // Skip the balanced ${ … } (nested templates included): one variable part.
          let kedalaman = 1;
          j += 2;
          while (kedalaman > 0) {
            if (src[j] === '{') kedalaman++;
            else if (src[j] === '}') kedalaman--;
            else if (src[j] === '`') {
              j++;
              while (src[j] !== '`') j += src[j] === '\\' ? 2 : 1;
            }
            j++;
          }
          if (!hasil.endsWith('…')) hasil += '…';
        } else hasil += src[j++];
      }
      i = j + 1;
    } else return ada ? hasil : null;
    ada = true;
    let k = i;
    while (/\s/.test(src[k])) k++;
    if (src[k] !== '+') return hasil;
    i = k + 1;
  }
}

const POLA = [/throw new Error\(/g, /\bditolak\(/g, /status: '(?:ditolak|masalah)', pesan: /g, /\bconst (?:PESAN|TANPA)_[A-Z_]+\s*=/g, /\bfunction pesan[A-Z]\w*\([^)]*\): string \{\s*return /g];

/** In galat.ts a message may also be returned built ("Google Sheets sedang sibuk …"). */
const POLA_GALAT = [...POLA, /\breturn (?=`)/g];

function pesanDari(path: string, akar: string): PesanKode[] {
  const src = readFileSync(path, 'utf8');
  const hasil: PesanKode[] = [];
  for (const pola of path.endsWith('galat.ts') ? POLA_GALAT : POLA) {
    for (const m of src.matchAll(pola)) {
      const teks = bacaEkspresi(src, (m.index ?? 0) + m[0].length);
      if (teks === null || teks === '…') continue;
      const baris = src.slice(0, m.index).split('\n').length;
      hasil.push({ teks, tempat: `${relative(akar, path)}:${baris}` });
    }
  }
  return hasil;
}

/** Every message, once each (the first place it is written), in file order. */
export function pesanPengguna(akar = process.cwd()): PesanKode[] {
  const files = [...berkas(join(akar, 'src/server')), ...berkas(join(akar, 'src/gas')).filter((f) => !f.includes('diagnostik')), join(akar, 'src/core/galat.ts')];
  const dilihat = new Set<string>();
  return files.flatMap((f) => pesanDari(f, akar)).filter((p) => (dilihat.has(p.teks) ? false : (dilihat.add(p.teks), true)));
}
