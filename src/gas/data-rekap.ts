/**
 * What a recap is built from, read from the workbook: the configuration (one read per tab), the
 * cycle state (document properties), the Arsip Kiriman (one read) and — only when drafts are
 * asked for — each bidang tab that has not submitted (one read per tab). The number of reads
 * does not grow with the indicators.
 */
import { bacaArsip, kirimanTerakhir, NAMA_TAB_ARSIP, realisasiPerTw, type Kiriman } from '../core/arsip';
import { bacaKonfigurasi } from '../core/konfigurasi/index';
import { bacaIsianLembar } from '../core/lembar-bidang';
import type { MasukanRekap, RealisasiTw, SumberBidang } from '../core/rekap/model';
import type { StatusSiklus } from '../core/siklus';
import type { Isian, Masalah, Nilai, Periode } from '../core/types';
import { bacaGridKonfigurasi } from './tab-konfigurasi';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface PilihanDataRekap {
  readonly periode: Periode;
  readonly tahun: number;
  readonly sertakanDraf: boolean;
  /** The cycle of that period and year; null when it was never started (the annual recap still has the quarters). */
  readonly siklus: StatusSiklus | null;
}

export type HasilDataRekap =
  | { readonly ok: true; readonly masukan: MasukanRekap }
  | { readonly ok: false; readonly masalah: readonly Masalah[] };

function bacaArsipTab(ss: Spreadsheet): Kiriman[] {
  const sheet = ss.getSheetByName(NAMA_TAB_ARSIP);
  return sheet ? bacaArsip(sheet.getDataRange().getValues()) : [];
}

/** The draft rows of a bidang tab; null when the tab is gone. */
function draf(ss: Spreadsheet, tab: string, periode: Periode): readonly Isian[] | null {
  const sheet = ss.getSheetByName(tab);
  return sheet ? bacaIsianLembar(sheet.getDataRange().getValues(), periode, tab).isian : null;
}

function sumberBidang(ss: Spreadsheet, p: PilihanDataRekap, arsip: readonly Kiriman[]): SumberBidang[] {
  if (p.siklus === null) return [];
  const siklus = p.siklus;
  return siklus.bidang.map((b): SumberBidang => {
    const terkirim = b.status === 'terkirim' ? kirimanTerakhir(arsip, siklus.id, b.kode) : null;
    return {
      kodeBidang: b.kode,
      status: b.status,
      dikirimOleh: terkirim?.oleh ?? null,
      dikirimPada: terkirim?.dikirim ?? null,
      snapshot: terkirim?.isian ?? null,
      draf: p.sertakanDraf && terkirim === null ? draf(ss, b.tab, siklus.periode) : null,
    };
  });
}

function sebagaiRecord<T>(peta: ReadonlyMap<string, T>): Record<string, T> {
  const hasil: Record<string, T> = {};
  for (const [kunci, nilai] of peta) hasil[kunci] = nilai;
  return hasil;
}

function empatTw(v: readonly (Nilai | null)[]): RealisasiTw {
  return [v[0] ?? null, v[1] ?? null, v[2] ?? null, v[3] ?? null];
}

/** The recap's input for `p`; the configuration's problems when it cannot be read. */
export function bacaDataRekap(ss: Spreadsheet, p: PilihanDataRekap): HasilDataRekap {
  const konfigurasi = bacaKonfigurasi(bacaGridKonfigurasi(ss));
  if (!konfigurasi.ok) return { ok: false, masalah: konfigurasi.masalah };
  const arsip = bacaArsipTab(ss);
  // The quarters come from what was submitted for each quarter's cycle, never from drafts.
  const perTw = realisasiPerTw(arsip, p.tahun);
  const umum = {
    konfigurasi: konfigurasi.konfigurasi,
    periode: p.periode,
    tahun: p.tahun,
    bidang: sumberBidang(ss, p, arsip),
    sertakanDraf: p.sertakanDraf,
  };
  if (p.periode === 'TAHUNAN') {
    const realisasiTw = new Map([...perTw].map(([kode, v]) => [kode, empatTw(v)] as const));
    return { ok: true, masukan: { ...umum, realisasiTw: sebagaiRecord(realisasiTw) } };
  }
  return { ok: true, masukan: { ...umum, realisasiTwSebelumnya: sebagaiRecord(perTw) } };
}
