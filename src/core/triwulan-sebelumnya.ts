/**
 * An office that starts using Lapkin mid-year has no submissions for the quarters before its first
 * cycle, so every figure s.d. TW n would be flagged "TW I tidak ada data". The admin types those
 * quarters' realisasi into the bidang tabs' closed-quarter columns ("Realisasi TW I"…, which only
 * admins may edit) and saves them: each bidang's values of a quarter that never ran as a cycle
 * become that quarter's submission in Arsip Kiriman, made by the admin (and logged by the caller),
 * so the recap, the documents and the next cycles read them like any other. A quarter that ran as
 * a cycle keeps what its bidang submitted: its column must not differ from the submission. Pure.
 */
import { angkaTerlaluBesar } from './angka';
import { nilaiRasio, teksRasio } from './agregasi';
import { kirimanTerakhir, rasioPerTw, realisasiPerTw, type Kiriman } from './arsip';
import { nilaiAngka, type AturanCapaian } from './capaian';
import { formatAngka, formatAngkaPenuh } from './format';
import { masalahTab } from './konfigurasi/tabel';
import { kolomLembar, posisiKolom, samaDuaDesimal, satuanCacah, teksRasioTw, twSebelumnya, type BarisIsian } from './lembar-bidang';
import { labelPeriode, labelSiklus } from './periode';
import { idSiklus, pernahDibuka, type StatusSiklus } from './siklus';
import type { Indikator, Isian, Masalah, Nilai, Periode, Rasio } from './types';

/** One bidang tab of the open cycle as read: its rows and the same range's formulas ('' where none). */
export interface TabSebelumnya {
  readonly kodeBidang: string;
  readonly tab: string;
  readonly baris: readonly BarisIsian[];
  readonly rumus: readonly (readonly string[])[];
}

export interface PermintaanSebelumnya {
  /** The open cycle. */
  readonly periode: Periode;
  readonly tahun: number;
  /** Every cycle's state: a quarter with a cycle of its own ran, and keeps its submissions. */
  readonly semua: readonly StatusSiklus[];
  /** This year's Arsip Kiriman. */
  readonly arsip: readonly Kiriman[];
  readonly tab: readonly TabSebelumnya[];
  readonly indikator: readonly Indikator[];
  readonly aturan: AturanCapaian;
  /** The admin's e-mail and the ISO time: the new submissions' Oleh and Dikirim. */
  readonly oleh: string;
  readonly waktu: string;
}

export interface HasilSebelumnya {
  /** The submissions to append: one per quarter and bidang whose values changed since the last save. */
  readonly kiriman: Kiriman[];
  readonly masalah: Masalah[];
  /** The quarters that ran as cycles ("TW I 2026"), whose columns come from their submissions. */
  readonly berjalan: string[];
}

/** A rasio indicator's quarter keeps its pembilang and penyebut (typed "90 (9/10)", read by `bacaRasioTw`). */
function isianAdmin(kodeIndikator: string, realisasi: Nilai | null, rasio: Rasio | null = null): Isian {
  return {
    kodeIndikator, realisasi, tidakAdaData: null, realisasiAnggaran: null, pembilang: rasio?.pembilang ?? null, penyebut: rasio?.penyebut ?? null,
    penjelasan: '', faktorPendukung: '', faktorPenghambat: '', upaya: '', buktiDukung: '',
  };
}

/** The filled values of a submission (a rasio's pair included), by indicator kode. */
function terisi(isian: readonly Isian[]): Map<string, string> {
  return new Map(isian.flatMap((i) => (i.realisasi === null ? [] : [[i.kodeIndikator, `${String(i.realisasi)}|${i.pembilang ?? ''}/${i.penyebut ?? ''}`] as const])));
}

function sama(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([kode, v]) => b.get(kode) === v);
}

function tampil(v: Nilai | null, rasio: Rasio | null = null): string {
  if (v === null) return '(kosong)';
  if (rasio !== null) return `${typeof v === 'number' ? formatAngkaPenuh(v) : `"${v}"`} (${teksRasio(rasio)})`;
  return typeof v === 'number' ? formatAngkaPenuh(v) : `"${v}"`;
}

/** Whether two pairs are the same (null for none). */
function samaRasio(a: Rasio | null, b: Rasio | null): boolean {
  return a === null || b === null ? a === b : a.pembilang === b.pembilang && a.penyebut === b.penyebut;
}

/**
 * Why the pair `rasio` typed with percentage `v` cannot be saved (the checks Kirim makes on
 * Pembilang and Penyebut, and the percentage must be the pair's as the cell shows it); null when it can.
 */
function salahRasio(v: Nilai, rasio: Rasio, ind: Indikator): string | null {
  if (ind.agregasi !== 'rasio') return `indikator ini bukan rasio (Agregasi "${ind.agregasi}"): tulis angkanya saja, tanpa pembilang/penyebut dalam kurung.`;
  if (rasio.pembilang < 0) return `pembilang ${formatAngkaPenuh(rasio.pembilang)} tidak boleh negatif.`;
  if (rasio.penyebut <= 0) return `penyebut ${formatAngkaPenuh(rasio.penyebut)} harus lebih dari 0 (pembagi rasio).`;
  const persen = nilaiRasio(rasio);
  if (typeof v !== 'number' || !samaDuaDesimal(v, persen)) {
    return `persentase ${tampil(v)} tidak sama dengan ${teksRasio(rasio)} = ${formatAngka(persen, 2)}; tulis persentase dari pembilang/penyebut itu, mis. "${teksRasioTw(rasio)}".`;
  }
  return null;
}

/** Why `v` (with the pair `rasio` the cell showed) cannot be indicator `ind`'s realisasi; null when it can. */
function salahNilai(v: Nilai, rasio: Rasio | null, ind: Indikator, aturan: AturanCapaian): string | null {
  if (rasio !== null) return salahRasio(v, rasio, ind);
  if (ind.agregasi === 'rasio') return 'indikator rasio: tulis persentasenya dengan pembilang/penyebut dalam kurung, mis. "90 (9/10)".';
  const angka = nilaiAngka(v, aturan.skalaKualitatif);
  if (angka !== null && typeof angka !== 'number') return `"${angka.tidakDikenal}" bukan angka dan bukan predikat dari Skala predikat.`;
  if (typeof angka === 'number' && angka < 0 && satuanCacah(ind.satuan)) return `tidak boleh negatif: satuannya "${ind.satuan}" dihitung per ${ind.satuan}.`;
  return typeof angka === 'number' ? angkaTerlaluBesar(angka) : null;
}

/** The submissions the closed-quarter columns of the open cycle's bidang tabs make, or why none may be made. */
export function simpanSebelumnya(p: PermintaanSebelumnya): HasilSebelumnya {
  const kolom = kolomLembar(p.periode);
  const kiriman: Kiriman[] = [];
  const masalah: Masalah[] = [];
  const berjalan: string[] = [];
  twSebelumnya(p.periode).forEach((tw, j) => {
    const id = idSiklus(tw, p.tahun);
    const judul = `Realisasi ${labelPeriode(tw)}`;
    const posisi = posisiKolom(p.periode, `realisasi${tw}`);
    // A cycle only prepared and then left never ran: its quarter is entered like one without a cycle.
    const siklus = p.semua.find((s) => s.id === id && pernahDibuka(s));
    if (siklus) {
      berjalan.push(labelSiklus(siklus));
      const terkirim = realisasiPerTw(p.arsip, p.tahun, [siklus]);
      const rasioTerkirim = rasioPerTw(p.arsip, p.tahun, [siklus]);
      for (const t of p.tab) {
        for (const b of t.baris) {
          const kode = b.isian.kodeIndikator;
          const dikirim = terkirim.get(kode)?.[j] ?? null;
          const rasioDikirim = rasioTerkirim.get(kode)?.[j] ?? null;
          const sekarang = b.sebelumnya[j] ?? null;
          const rasioSekarang = b.sebelumnyaRasio[j] ?? null;
          if (sekarang !== dikirim || !samaRasio(rasioSekarang, rasioDikirim)) {
            masalah.push(masalahTab(t.tab, `berbeda dari kiriman siklus ${labelSiklus(siklus)} (dikirim: ${tampil(dikirim, rasioDikirim)}, sekarang: ${tampil(sekarang, rasioSekarang)}). Triwulan yang sudah berjalan sebagai siklus memakai kiriman bidangnya; kembalikan angkanya.`, b.baris, judul));
          }
        }
      }
      return;
    }
    for (const t of p.tab) {
      const isian: Isian[] = [];
      for (const b of t.baris) {
        const v = b.sebelumnya[j] ?? null;
        const rasio = b.sebelumnyaRasio[j] ?? null;
        if (v === null) continue;
        const rumus = t.rumus[b.baris - 1]?.[posisi - 1] ?? '';
        const ind = p.indikator.find((i) => i.kode === b.isian.kodeIndikator && i.bidang === t.kodeBidang);
        const salah = rumus !== ''
          ? `berisi rumus ${rumus}; ketik angkanya saja (rumus tidak disimpan sebagai isian).`
          : ind ? salahNilai(v, rasio, ind, p.aturan) : `indikator "${b.isian.kodeIndikator}" bukan milik bidang ini (lihat tab Indikator).`;
        if (salah !== null) masalah.push(masalahTab(t.tab, salah, b.baris, judul));
        else isian.push(isianAdmin(b.isian.kodeIndikator, v, ind?.agregasi === 'rasio' ? rasio : null));
      }
      const lama = kirimanTerakhir(p.arsip, id, t.kodeBidang);
      const sebelumnya = terisi(lama?.isian ?? []);
      if (sama(terisi(isian), sebelumnya)) continue;
      // A value saved before and emptied now is written empty, so the quarter no longer counts it.
      const baru = new Set(isian.map((i) => i.kodeIndikator));
      for (const kode of sebelumnya.keys()) if (!baru.has(kode)) isian.push(isianAdmin(kode, null));
      kiriman.push({ siklus: id, bidang: t.kodeBidang, versi: (lama?.versi ?? 0) + 1, dikirim: p.waktu, oleh: p.oleh, isian });
    }
  });
  const urutan = (m: Masalah): number => kolom.findIndex((k) => k.judul === m.kolom);
  masalah.sort((a, b) => a.tab.localeCompare(b.tab) || a.baris - b.baris || urutan(a) - urutan(b));
  return { kiriman: masalah.length > 0 ? [] : kiriman, masalah, berjalan };
}
