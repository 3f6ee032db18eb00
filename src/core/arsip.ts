/**
 * The archive of submissions ("Arsip Kiriman"): every submission of a bidang tab, as it was sent,
 * one row per indicator. A hidden tab only the admins may edit; rows are only ever appended, so an
 * earlier version survives a return for correction and a later edit of the bidang tab. Pure.
 */
import { rasioIsian } from './agregasi';
import { formatAngkaPenuh } from './format';
import { masalahTab } from './konfigurasi/tabel';
import { kolomLembar, posisiKolom, TIDAK_ADA_DATA, type BarisIsian } from './lembar-bidang';
import { idSiklus, pernahDibuka, type StatusSiklus } from './siklus';
import { TEKS_ISIAN, type Isian, type TeksIsian, type Masalah, type Nilai, type Periode, type Rasio } from './types';

export const NAMA_TAB_ARSIP = 'Arsip Kiriman';

export const KOLOM_ARSIP: readonly string[] = [
  'Siklus', 'Bidang', 'Versi', 'Dikirim', 'Oleh', 'Kode indikator', 'Realisasi', 'Tidak ada data (alasan)',
  'Realisasi anggaran', 'Penjelasan', 'Faktor pendukung', 'Faktor penghambat', 'Upaya', 'Bukti dukung',
  // Added with rasio indicators, last so that rows archived before them read the same.
  'Pembilang', 'Penyebut',
];

export interface Kiriman {
  /** idSiklus, e.g. 'TW1-2026'. */
  readonly siklus: string;
  /** The bidang's kode. */
  readonly bidang: string;
  /** 1, 2… per siklus + bidang. */
  readonly versi: number;
  /** ISO timestamp. */
  readonly dikirim: string;
  readonly oleh: string;
  readonly isian: readonly Isian[];
}

/** Text written so Sheets keeps it as typed (a leading apostrophe; domain.md §7: no formula runs). */
function teks(s: string): string {
  return s === '' ? '' : `'${s}`;
}

function nilaiSel(v: Nilai | number | null): string | number {
  if (v === null) return '';
  return typeof v === 'number' ? v : teks(v);
}

/** One row per indicator, in KOLOM_ARSIP order; text kept as text. */
export function kirimanKeBaris(k: Kiriman): (string | number)[][] {
  return k.isian.map((i) => [
    teks(k.siklus), teks(k.bidang), k.versi, teks(k.dikirim), teks(k.oleh), teks(i.kodeIndikator),
    nilaiSel(i.realisasi), teks(i.tidakAdaData ?? ''), nilaiSel(i.realisasiAnggaran), ...TEKS_ISIAN.map((f) => teks(i[f])),
    nilaiSel(i.pembilang ?? null), nilaiSel(i.penyebut ?? null),
  ]);
}

/**
 * A row read back from the tab (getValues), as it must be written again to stay the same: padded
 * to KOLOM_ARSIP, numbers as numbers, text as text.
 */
export function barisTulisUlang(row: readonly unknown[]): (string | number)[] {
  return KOLOM_ARSIP.map((_, i) => {
    const v = row[i];
    return typeof v === 'number' ? v : teks(str(v));
  });
}

function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

function nilai(v: unknown): Nilai | null {
  if (typeof v === 'number') return v;
  const s = str(v);
  return s === '' ? null : s;
}

/** Submissions from the tab's values (header row first), in the order they were appended. */
export function bacaArsip(values: readonly (readonly unknown[])[]): Kiriman[] {
  const peta = new Map<string, { k: Omit<Kiriman, 'isian'>; isian: Isian[] }>();
  for (const row of values.slice(1)) {
    const siklus = str(row[0]);
    const bidang = str(row[1]);
    const versi = Number(row[2]);
    if (siklus === '' || bidang === '' || !Number.isFinite(versi)) continue;
    const kunci = `${siklus}\u0000${bidang}\u0000${versi}`;
    let grup = peta.get(kunci);
    if (!grup) {
      grup = { k: { siklus, bidang, versi, dikirim: str(row[3]), oleh: str(row[4]) }, isian: [] };
      peta.set(kunci, grup);
    }
    const anggaran = row[8];
    const alasan = str(row[7]);
    const angka = (v: unknown): number | null => (typeof v === 'number' ? v : null);
    grup.isian.push({
      kodeIndikator: str(row[5]),
      realisasi: nilai(row[6]),
      tidakAdaData: alasan === '' ? null : alasan,
      realisasiAnggaran: typeof anggaran === 'number' ? anggaran : null,
      ...(Object.fromEntries(TEKS_ISIAN.map((f, j) => [f, str(row[9 + j])])) as Pick<Isian, TeksIsian>),
      // Rows archived before rasio indicators have no such cells: null.
      pembilang: angka(row[14]),
      penyebut: angka(row[15]),
    });
  }
  return [...peta.values()].map((g) => ({ ...g.k, isian: g.isian }));
}

/** The highest version submitted for the cycle and bidang; null when it never was. */
export function kirimanTerakhir(arsip: readonly Kiriman[], siklus: string, bidang: string): Kiriman | null {
  let terakhir: Kiriman | null = null;
  for (const k of arsip) {
    if (k.siklus === siklus && k.bidang === bidang && (terakhir === null || k.versi > terakhir.versi)) terakhir = k;
  }
  return terakhir;
}

/**
 * Realisasi per indicator per quarter of a year, from the submissions that stand in the TW1..TW4
 * cycles: a bidang's latest version, unless the cycle's state (`siklus`, the states known) says
 * the bidang is not 'terkirim' — a submission returned for correction and not sent again is not
 * the record.
 */
export function realisasiPerTw(arsip: readonly Kiriman[], tahun: number, siklus: readonly StatusSiklus[]): Map<string, (Nilai | null)[]> {
  return perTw(arsip, tahun, siklus, (i) => i.realisasi);
}

/** Pembilang and penyebut per indicator per quarter (rasio indicators), from the same submissions as `realisasiPerTw`. */
export function rasioPerTw(arsip: readonly Kiriman[], tahun: number, siklus: readonly StatusSiklus[]): Map<string, (Rasio | null)[]> {
  const hasil = perTw(arsip, tahun, siklus, rasioIsian);
  for (const [kode, tw] of hasil) if (tw.every((r) => r === null)) hasil.delete(kode);
  return hasil;
}

function perTw<T>(arsip: readonly Kiriman[], tahun: number, siklus: readonly StatusSiklus[], nilaiDari: (i: Isian) => T | null): Map<string, (T | null)[]> {
  const hasil = new Map<string, (T | null)[]>();
  (['TW1', 'TW2', 'TW3', 'TW4'] as const).forEach((periode, tw) => {
    const id = idSiklus(periode, tahun);
    // A cycle only prepared and then left has no bidang status to go by: the admin's entries count.
    const status = siklus.find((s) => s.id === id && pernahDibuka(s));
    const berlaku = (kode: string): boolean => (status?.bidang.find((b) => b.kode === kode)?.status ?? 'terkirim') === 'terkirim';
    const bidang = new Set(arsip.filter((k) => k.siklus === id && berlaku(k.bidang)).map((k) => k.bidang));
    for (const b of bidang) {
      for (const isian of kirimanTerakhir(arsip, id, b)?.isian ?? []) {
        const baris = hasil.get(isian.kodeIndikator) ?? [null, null, null, null];
        baris[tw] = nilaiDari(isian);
        hasil.set(isian.kodeIndikator, baris);
      }
    }
  });
  return hasil;
}

/** The fields compared with the snapshot, by bidang-tab column id. */
const DIBANDINGKAN: readonly (keyof Isian & string)[] = ['realisasi', 'pembilang', 'penyebut', 'realisasiAnggaran', ...TEKS_ISIAN];

function tampil(isian: Isian | undefined, kolom: keyof Isian): string {
  if (!isian) return '(tidak ada)';
  if (kolom === 'realisasi' && isian.tidakAdaData !== null) return TIDAK_ADA_DATA;
  // A rasio row's realisasi is computed from its pair, which is compared on its own.
  if (kolom === 'realisasi' && (isian.pembilang != null || isian.penyebut != null)) return '(dihitung)';
  const v = isian[kolom];
  if (v === null || v === undefined || v === '') return '(kosong)';
  return typeof v === 'number' ? formatAngkaPenuh(v) : `"${String(v)}"`;
}

/**
 * Cells of the bidang tab (`baris`, as read now) whose value differs from what `kiriman` submitted —
 * realisasi, realisasi anggaran and every text column — one problem per cell, "berubah setelah
 * dikirim (dikirim: 12, sekarang: 15)"; and each submitted indicator whose row is gone from the tab.
 */
export function perubahanSejakKirim(kiriman: Kiriman, baris: readonly BarisIsian[], periode: Periode, tab: string): Masalah[] {
  const kolom = kolomLembar(periode);
  const hasil: Masalah[] = [];
  for (const b of baris) {
    const dikirim = kiriman.isian.find((i) => i.kodeIndikator === b.isian.kodeIndikator);
    for (const id of DIBANDINGKAN) {
      const lama = tampil(dikirim, id);
      const baru = tampil(b.isian, id);
      if (lama !== baru) {
        hasil.push(masalahTab(tab, `berubah setelah dikirim (dikirim: ${lama}, sekarang: ${baru}).`, b.baris, kolom[posisiKolom(periode, id) - 1].judul));
      }
    }
  }
  const ada = new Set(baris.map((b) => b.isian.kodeIndikator));
  for (const i of kiriman.isian) {
    if (!ada.has(i.kodeIndikator)) hasil.push(masalahTab(tab, `baris indikator ${i.kodeIndikator} hilang setelah dikirim (realisasi dikirim: ${tampil(i, 'realisasi')}).`));
  }
  return hasil;
}
