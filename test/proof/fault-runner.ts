/**
 * Fault injection over one operation: for every k from 1 to the operation's call count, a fresh
 * workbook, the k-th service call fails, the operation is rerun without faults, and `periksa`
 * lists what is wrong afterwards (each sweep's `periksa` compares the state with the Log rows).
 * Every k must see the fault thrown at its k-th call — the same service method an uninterrupted
 * run makes k-th — and the faulted run must end in that error unless the operation caught it.
 * Returns "k=…: problem" lines (empty = every rerun recovered).
 *
 * Fault text: Apps Script's service errors read "Service <Name> failed|timed out while accessing
 * document with id <id>." (e.g. "Service Documents failed while accessing document with id…",
 * https://github.com/alexwforsythe/code-blocks/issues/168); the Sheets timeout variant is used here.
 */
import { expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import type { CallRecord } from '../../node/emulator/workspace';
import { panggilanSelama } from '../bundle/helpers';
import { pesanGalat } from './keadaan';

export const PESAN_TIMEOUT = 'Service Spreadsheets timed out while accessing document with id spreadsheet-1.';

export interface UjiGangguan {
  /** A fresh workbook in the state before the operation. */
  readonly siapkan: () => Emulator;
  /** Runs the operation once; returns its result (throws when it fails). */
  readonly jalankan: (emu: Emulator) => unknown;
  /** After the faulted run, before the rerun: what people do meanwhile (e.g. type). */
  readonly sela?: (emu: Emulator) => void;
  /** Problems after the rerun (empty = recovered). `hasil` is the rerun's result. */
  readonly periksa: (emu: Emulator, hasil: unknown) => string[];
}

const acuanPanggilan = new WeakMap<UjiGangguan, CallRecord[]>();

/** The service calls of one uninterrupted run, in order (run once per operation). */
export function panggilanOperasi(u: UjiGangguan): CallRecord[] {
  let panggilan = acuanPanggilan.get(u);
  if (!panggilan) {
    const emu = u.siapkan();
    panggilan = panggilanSelama(emu, () => u.jalankan(emu));
    acuanPanggilan.set(u, panggilan);
  }
  return panggilan;
}

export function jumlahPanggilan(u: UjiGangguan): number {
  return panggilanOperasi(u).length;
}

/** For long operations: the first and last call, every write call, and every `setiap`-th call. */
export function sampelK(u: UjiGangguan, setiap: number): number[] {
  const panggilan = panggilanOperasi(u);
  return panggilan.map((_, i) => i + 1).filter((k) => k === 1 || k === panggilan.length || k % setiap === 0 || panggilan[k - 1].write);
}

export function ujiSetiapK(u: UjiGangguan, n = jumlahPanggilan(u)): string[] {
  return ujiK(u, Array.from({ length: n }, (_, i) => i + 1));
}

/** 1..n cut into runs of at most `ukuran` k, so a long sweep is several tests of bounded length. */
function potonganK(n: number, ukuran: number): number[][] {
  return Array.from({ length: Math.ceil(n / ukuran) }, (_, i) => Array.from({ length: Math.min(ukuran, n - i * ukuran) }, (_, j) => i * ukuran + j + 1));
}

/**
 * Registers the sweep over every k as tests "k=a-b: `judul`" of at most `ukuran` k each (each k
 * replays the whole state before the operation, so a sweep in one test could pass the timeout).
 */
export function sapuanSetiapK(judul: string, u: UjiGangguan, ukuran: number): void {
  test.each(potonganK(jumlahPanggilan(u), ukuran).map((ks) => ({ ks, k: `${ks[0]}-${ks[ks.length - 1]}` })))(`k=$k: ${judul}`, ({ ks }) => {
    expect(ujiK(u, ks)).toEqual([]);
  });
}

/** As ujiSetiapK, for the listed k only. */
export function ujiK(u: UjiGangguan, daftarK: readonly number[]): string[] {
  const masalah: string[] = [];
  const acuan = panggilanOperasi(u).map((c) => `${c.service}.${c.method}`);
  for (const k of daftarK) {
    const emu = u.siapkan();
    emu.ws.injectFault({ atCall: k, message: PESAN_TIMEOUT });
    let gagal = '';
    try {
      u.jalankan(emu);
    } catch (e) {
      gagal = pesanGalat(e);
    }
    const kena = emu.ws.faultFired;
    emu.ws.clearFault();
    if (kena === null) {
      masalah.push(`k=${k}: the fault armed for call ${k} never fired`);
      continue;
    }
    if (kena.atCall !== k || `${kena.service}.${kena.method}` !== acuan[k - 1]) masalah.push(`k=${k}: the fault fired at call ${kena.atCall} (${kena.service}.${kena.method}), not at ${acuan[k - 1]}`);
    if (gagal !== '' && !gagal.includes(PESAN_TIMEOUT)) masalah.push(`k=${k}: the faulted run failed with "${gagal}" instead of the fault`);
    u.sela?.(emu);
    let hasil: unknown;
    try {
      hasil = u.jalankan(emu);
    } catch (e) {
      masalah.push(`k=${k}: the rerun failed: ${pesanGalat(e)}`);
      continue;
    }
    for (const m of u.periksa(emu, hasil)) masalah.push(`k=${k}: ${m}`);
  }
  return masalah;
}

/** The Log tab's Tindakan column (column C) from row 2. */
export function tindakanLog(emu: Emulator): string[] {
  if (!emu.spreadsheet.sheetNames().includes('Log')) return [];
  return emu.spreadsheet
    .describeSheet('Log')
    .cells.filter((c) => c.column === 3 && c.row > 1 && c.value !== null)
    .map((c) => String(c.value));
}

/** Every tab but `kecuali` as one comparable string (sheet ids left out: a rewritten tab gets a new one). */
export function gambarBuku(emu: Emulator, kecuali: readonly string[] = ['Log']): string {
  const tab = emu.spreadsheet.sheetNames().filter((n) => !kecuali.includes(n));
  return JSON.stringify(tab.map((n) => ({ ...emu.spreadsheet.describeSheet(n), sheetId: 0 })));
}
