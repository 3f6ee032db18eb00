/**
 * The latency model behind `modelledMs`: modelled Apps Script time of a list of recorded service
 * calls = Σ (base latency of the call's class) + Σ (cells of data carried × per-cell cost).
 * Google's figure is about values transferred, so the per-cell part is charged on the 2-D arrays a
 * call passes (`setValues`, `setNumberFormats`, `setBackgrounds`…) or gets back (`getValues`…),
 * never on the size of the range of a setter that carries one value (`setNumberFormat`,
 * `setBackground`, `setDataValidation(rule)`, `setWrap`, `merge`, `protect`, `clear`…): see
 * `sel.ts`. Every figure names its source; where no published measurement was found the figure
 * is marked as an assumption.
 */
import type { CallRecord } from '../emulator/workspace';

export interface KelasLatensi {
  /** What the class covers. */
  readonly kelas: string;
  readonly msPerCall: number;
  /** Extra cost per cell of data a call carries in or out (0 where the class carries no cells). */
  readonly msPerCell: number;
  readonly sumber: string;
}

const BEST_PRACTICES =
  'https://developers.google.com/apps-script/guides/support/best-practices — 100×100 cells set one by one ≈ 70 s, the same as one batched call ≈ 1 s';
const ZIRITIONE = 'https://ziritione.org/post/apps_script_performance — mean of 100 runs';

/** Google: 10,000 single-cell calls ≈ 70 s → 7 ms a call; one batched call carrying 10,000 values ≈ 1 s → ≈ 0.1 ms a value. */
export const SHEETS: KelasLatensi = { kelas: 'SpreadsheetApp (setiap panggilan)', msPerCall: 7, msPerCell: 0.1, sumber: BEST_PRACTICES };
export const PROPERTIES_BACA: KelasLatensi = { kelas: 'PropertiesService baca', msPerCall: 30, msPerCell: 0, sumber: `${ZIRITIONE}: getProperty 30 ms` };
export const PROPERTIES_TULIS: KelasLatensi = { kelas: 'PropertiesService tulis', msPerCall: 62, msPerCell: 0, sumber: `${ZIRITIONE}: setProperty 62 ms` };
export const LOCK: KelasLatensi = {
  kelas: 'LockService',
  msPerCall: 30,
  msPerCell: 0,
  sumber: 'asumsi: tidak ada pengukuran terbit; disamakan dengan satu baca PropertiesService (30 ms)',
};
export const DOKUMEN_BUAT: KelasLatensi = { kelas: 'Drive.Files.create / DocumentApp.create', msPerCall: 1500, msPerCell: 0, sumber: 'asumsi: tidak ada pengukuran terbit; satu file Drive baru' };
export const DOKUMEN: KelasLatensi = { kelas: 'DocumentApp (lainnya)', msPerCall: 7, msPerCell: 0, sumber: `asumsi: sama dengan SpreadsheetApp (${BEST_PRACTICES})` };
export const DRIVE: KelasLatensi = { kelas: 'Drive API (lainnya)', msPerCall: 100, msPerCell: 0, sumber: 'asumsi: satu panggilan Drive API' };
export const DOCS_API: KelasLatensi = {
  kelas: 'Docs API batchUpdate',
  msPerCall: 5000,
  msPerCell: 0,
  sumber: 'asumsi: tidak ada pengukuran terbit; satu batchUpdate yang membawa seluruh isi dokumen (ribuan permintaan), dihitung 5 s',
};
export const MAIL: KelasLatensi = { kelas: 'MailApp', msPerCall: 300, msPerCell: 0, sumber: 'asumsi: satu pengiriman e-mail' };
export const SCRIPT: KelasLatensi = { kelas: 'ScriptApp', msPerCall: 100, msPerCell: 0, sumber: 'asumsi: satu panggilan layanan pemicu' };
export const LOKAL: KelasLatensi = {
  kelas: 'Session, Utilities, Logger, HtmlService',
  msPerCall: 1,
  msPerCell: 0,
  sumber: 'asumsi: dijawab di dalam runtime Apps Script, tanpa perjalanan ke layanan lain',
};

/**
 * One execution's start: Apps Script loads and parses the whole project (build/Code.js) before the
 * called function runs, on every execution, a trigger's included. Charged once per execution in
 * `modelEksekusiMs` (the emulator's trigger-runtime ledger), not per call.
 */
export const MULAI_EKSEKUSI: KelasLatensi = {
  kelas: 'Mulai eksekusi (memuat dan mengurai build/Code.js)',
  msPerCall: 50,
  msPerCell: 0,
  sumber: 'asumsi: tidak ada pengukuran terbit; ~170 KB JavaScript diurai V8 ditambah awal runtime',
};

export const SEMUA_KELAS: readonly KelasLatensi[] = [MULAI_EKSEKUSI, SHEETS, PROPERTIES_BACA, PROPERTIES_TULIS, LOCK, DOKUMEN_BUAT, DOKUMEN, DRIVE, DOCS_API, MAIL, SCRIPT, LOKAL];

export function kelasDari(call: Pick<CallRecord, 'service' | 'method'>): KelasLatensi {
  switch (call.service) {
    case 'SpreadsheetApp':
      return SHEETS;
    case 'PropertiesService':
      // ziritione timed `getScriptProperties().getProperty` as one: the store getter is part of the
      // measured read or write, not a round trip of its own.
      if (/^PropertiesService\.get\w*Properties$/.test(call.method)) return LOKAL;
      return /\.(set|delete)/.test(call.method) ? PROPERTIES_TULIS : PROPERTIES_BACA;
    case 'LockService':
      return LOCK;
    case 'DocumentApp':
      return call.method === 'DocumentApp.create' ? DOKUMEN_BUAT : DOKUMEN;
    case 'Drive':
      // The advanced Drive service: a new file (a document, a folder, a copy) is charged as DocumentApp.create.
      return call.method === 'Files.create' || call.method === 'Files.copy' ? DOKUMEN_BUAT : DRIVE;
    case 'DriveApp':
      return DRIVE;
    case 'Docs':
      return DOCS_API;
    case 'MailApp':
      return MAIL;
    case 'ScriptApp':
      return SCRIPT;
    default:
      return LOKAL;
  }
}

/** Modelled milliseconds of `calls`; `sel(call)` gives the cells of data a call carried (0 otherwise). */
export function modelMs(calls: readonly CallRecord[], sel: (call: CallRecord) => number): number {
  let ms = 0;
  for (const call of calls) {
    const k = kelasDari(call);
    ms += k.msPerCall + k.msPerCell * sel(call);
  }
  return ms;
}

/** Modelled milliseconds of one whole execution: its start plus its calls. */
export function modelEksekusiMs(calls: readonly CallRecord[], sel: (call: CallRecord) => number = () => 0): number {
  return MULAI_EKSEKUSI.msPerCall + modelMs(calls, sel);
}
