/**
 * Making room for a pasted Perjanjian Kinerja. Lapkin's Indikator tab has drop-downs (Polaritas,
 * Agregasi) that refuse a pasted target, so the PK goes into an empty tab; the old one is kept
 * under another name unless it holds nothing an admin typed (only the example row). Pure.
 */
import { SKEMA_INDIKATOR } from './skema';

function teks(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** The Indikator tab's rows below the header hold nothing but the example row Siapkan wrote (or nothing). */
export function hanyaContoh(grid: readonly (readonly unknown[])[]): boolean {
  const contoh = new Set(SKEMA_INDIKATOR.contoh.map((r) => r.filter((v) => v !== '').join('\u0000')));
  return grid.slice(1).every((row) => {
    const isi = row.map(teks).filter((v) => v !== '');
    return isi.length === 0 || contoh.has(isi.join('\u0000'));
  });
}

/** "Indikator lama", or "Indikator lama 2" … : the first name not in `ada`. */
export function namaTabLama(tab: string, ada: readonly string[]): string {
  const dasar = `${tab} lama`;
  if (!ada.includes(dasar)) return dasar;
  let n = 2;
  while (ada.includes(`${dasar} ${n}`)) n++;
  return `${dasar} ${n}`;
}
