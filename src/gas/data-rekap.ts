/**
 * What a recap is built from, read from the workbook: the configuration the caller read, the
 * cycle state, the year's rows of Arsip Kiriman (one read) and — only when drafts are asked for — each bidang
 * tab that has not submitted (one read per tab). The number of reads does not grow with the
 * indicators.
 */
import { kirimanTerakhir, rasioPerTw, realisasiPerTw, type Kiriman } from '../core/arsip';
import { bacaBarisLembar, type BarisIsian } from '../core/lembar-bidang';
import type { MasukanRekap, RealisasiTw, SumberBidang } from '../core/rekap/model';
import { barisArsipTahun, type StatusSiklus } from '../core/siklus';
import { PERIODE } from '../core/periode';
import type { Konfigurasi, Nilai, Periode, Rasio } from '../core/types';
import { bacaArsipSejak } from './arsip';
import { semuaSiklus } from './siklus-store';
import { isiTab } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface PilihanDataRekap {
  readonly periode: Periode;
  readonly tahun: number;
  readonly sertakanDraf: boolean;
  /** The cycle of that period and year; null when it was never started (the annual recap still has the quarters). */
  readonly siklus: StatusSiklus | null;
}

/** The rows of a bidang tab as they stand now (one read); null when the tab is gone. */
export function barisTab(ss: Spreadsheet, tab: string, periode: Periode): BarisIsian[] | null {
  const isi = isiTab(ss, tab);
  return isi && bacaBarisLembar(isi, periode, tab).baris;
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
      draf: p.sertakanDraf && terkirim === null ? barisTab(ss, b.tab, siklus.periode)?.map((x) => x.isian) ?? null : null,
    };
  });
}

function empatTw(v: readonly (Nilai | null)[]): RealisasiTw {
  return [v[0] ?? null, v[1] ?? null, v[2] ?? null, v[3] ?? null];
}

/**
 * Realisasi TW I–IV of `tahun` per indicator kode, from what was submitted for each quarter's
 * cycle (`realisasiPerTw` over `arsip`), never from drafts or later edits of the bidang tabs.
 */
export function realisasiTerkirim(arsip: readonly Kiriman[], tahun: number, semua: readonly StatusSiklus[]): Map<string, (Nilai | null)[]> {
  return realisasiPerTw(arsip, tahun, siklusTwTahun(semua, tahun));
}

/** Pembilang and penyebut TW I–IV of `tahun` per rasio indicator kode, from the same submissions as `realisasiTerkirim`. */
export function rasioTerkirim(arsip: readonly Kiriman[], tahun: number, semua: readonly StatusSiklus[]): Map<string, (Rasio | null)[]> {
  return rasioPerTw(arsip, tahun, siklusTwTahun(semua, tahun));
}

function siklusTwTahun(semua: readonly StatusSiklus[], tahun: number): StatusSiklus[] {
  return PERIODE.slice(0, 4).map((tw) => semua.find((s) => s.periode === tw && s.tahun === tahun)).filter((s): s is StatusSiklus => s !== undefined);
}

/** What was submitted in the cycles of `tahun`, and those cycles' states (reads only that year's archive rows). */
export function arsipTahun(ss: Spreadsheet, tahun: number): { readonly arsip: Kiriman[]; readonly semua: StatusSiklus[] } {
  const semua = semuaSiklus();
  return { arsip: bacaArsipSejak(ss, barisArsipTahun(semua, tahun)), semua };
}

/** The recap's input for `p` under `konfigurasi`. */
export function bacaDataRekap(ss: Spreadsheet, konfigurasi: Konfigurasi, p: PilihanDataRekap): MasukanRekap {
  const { arsip, semua } = arsipTahun(ss, p.tahun);
  const perTw = realisasiTerkirim(arsip, p.tahun, semua);
  const umum = {
    konfigurasi,
    periode: p.periode,
    tahun: p.tahun,
    bidang: sumberBidang(ss, p, arsip),
    sertakanDraf: p.sertakanDraf,
    rasioTw: Object.fromEntries(rasioTerkirim(arsip, p.tahun, semua)),
  };
  if (p.periode === 'TAHUNAN') {
    const realisasiTw = new Map([...perTw].map(([kode, v]) => [kode, empatTw(v)] as const));
    return { ...umum, realisasiTw: Object.fromEntries(realisasiTw) };
  }
  return { ...umum, realisasiTwSebelumnya: Object.fromEntries(perTw) };
}
