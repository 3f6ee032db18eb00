import { describe, expect, test } from 'vitest';
import type { Kiriman } from '../../src/core/arsip';
import { ATURAN_BAWAAN } from '../../src/core/capaian';
import type { BarisIsian } from '../../src/core/lembar-bidang';
import { BARIS_DATA_PERTAMA, bacaBarisLembar, kolomLembar, posisiKolom } from '../../src/core/lembar-bidang';
import type { StatusSiklus } from '../../src/core/siklus';
import { simpanSebelumnya, type PermintaanSebelumnya } from '../../src/core/triwulan-sebelumnya';
import type { Nilai, Rasio } from '../../src/core/types';
import { indikator, isian } from './rekap-fixture';

const TAB = 'TW3-26·B1';
const IND = [indikator('A-1', { satuan: 'orang' }), indikator('A-2', { satuan: '%' })];

/** A TW III tab row of `kode` at sheet row `baris` whose closed quarters show TW I and TW II. */
function baris(kode: string, nomor: number, tw1: Nilai | null, tw2: Nilai | null, rasio: (Rasio | null)[] = [null, null]): BarisIsian {
  return { baris: nomor, isian: isian(kode, null), sebelumnya: [tw1, tw2], sebelumnyaRasio: rasio };
}

/** The row of `kode` as read from a TW III tab whose closed-quarter cells hold what the admin typed. */
function diketik(kode: string, tw1: string | number, tw2: string | number = ''): BarisIsian {
  const values = Array.from({ length: BARIS_DATA_PERTAMA }, () => new Array<string | number>(kolomLembar('TW3').length).fill(''));
  const row = values[BARIS_DATA_PERTAMA - 1];
  row[posisiKolom('TW3', 'kode') - 1] = kode;
  row[posisiKolom('TW3', 'realisasiTW1') - 1] = tw1;
  row[posisiKolom('TW3', 'realisasiTW2') - 1] = tw2;
  return bacaBarisLembar(values, 'TW3', TAB).baris[0];
}

function permintaan(rows: BarisIsian[], ubah: Partial<PermintaanSebelumnya> = {}): PermintaanSebelumnya {
  return {
    periode: 'TW3', tahun: 2026, semua: [], arsip: [], indikator: IND, aturan: ATURAN_BAWAAN,
    tab: [{ kodeBidang: 'B1', tab: TAB, baris: rows, rumus: [] }],
    oleh: 'kasubbag@gmail.com', waktu: '2026-08-03T02:00:00.000Z', ...ubah,
  };
}

describe('simpanSebelumnya: the closed quarters an admin typed become those quarters\' submissions', () => {
  test('one submission per quarter with its filled values, made by the admin; an empty quarter makes none', () => {
    const h = simpanSebelumnya(permintaan([baris('A-1', 5, 30, null), baris('A-2', 6, 80, null)]));
    expect(h.masalah).toEqual([]);
    expect(h.kiriman).toHaveLength(1);
    expect(h.kiriman[0]).toMatchObject({ siklus: 'TW1-2026', bidang: 'B1', versi: 1, oleh: 'kasubbag@gmail.com', dikirim: '2026-08-03T02:00:00.000Z' });
    expect(h.kiriman[0].isian.map((i) => [i.kodeIndikator, i.realisasi])).toEqual([['A-1', 30], ['A-2', 80]]);
  });

  test('saved before: unchanged values make nothing; a changed one makes version 2, and a value emptied since is written empty', () => {
    const lama: Kiriman = { siklus: 'TW1-2026', bidang: 'B1', versi: 1, dikirim: '2026-08-01T02:00:00.000Z', oleh: 'kasubbag@gmail.com', isian: [isian('A-1', 30), isian('A-2', 80)] };
    expect(simpanSebelumnya(permintaan([baris('A-1', 5, 30, null), baris('A-2', 6, 80, null)], { arsip: [lama] })).kiriman).toEqual([]);
    const h = simpanSebelumnya(permintaan([baris('A-1', 5, 35, null), baris('A-2', 6, null, null)], { arsip: [lama] }));
    expect(h.kiriman).toHaveLength(1);
    expect(h.kiriman[0].versi).toBe(2);
    expect(h.kiriman[0].isian.map((i) => [i.kodeIndikator, i.realisasi])).toEqual([['A-1', 35], ['A-2', null]]);
  });

  test('a formula, a negative count and an unknown word are each named by row and column; nothing is saved', () => {
    const kolom1 = posisiKolom('TW3', 'realisasiTW1');
    const rumus: string[][] = [];
    rumus[4] = [];
    rumus[4][kolom1 - 1] = '=10+20';
    const rows = [baris('A-1', 5, 30, -2), baris('A-2', 6, 'lumayan', 70)];
    const h = simpanSebelumnya(permintaan(rows, { tab: [{ kodeBidang: 'B1', tab: TAB, baris: rows, rumus }] }));
    expect(h.kiriman).toEqual([]);
    expect(h.masalah.map((m) => [m.baris, m.kolom, m.pesan])).toEqual([
      [5, 'Realisasi TW I', 'berisi rumus =10+20; ketik angkanya saja (rumus tidak disimpan sebagai isian).'],
      [5, 'Realisasi TW II', 'tidak boleh negatif: satuannya "orang" dihitung per orang.'],
      [6, 'Realisasi TW I', '"lumayan" bukan angka dan bukan predikat dari Skala predikat.'],
    ]);
  });

  test('a quarter that ran as a cycle is not saved, and its column must equal the submission', () => {
    const tw2: StatusSiklus = {
      id: 'TW2-2026', periode: 'TW2', tahun: 2026, dimulai: '2026-07-01T02:00:00.000Z', dimulaiOleh: 'kasubbag@gmail.com', batasWaktu: '2026-07-15', catatan: '', lengkap: true,
      bidang: [{ kode: 'B1', nama: 'Bidang 1', tab: 'TW2-26·B1', siap: true, status: 'terkirim', editor: [] }],
    };
    const dikirim: Kiriman = { siklus: 'TW2-2026', bidang: 'B1', versi: 1, dikirim: '2026-07-10T02:00:00.000Z', oleh: 'kabid@gmail.com', isian: [isian('A-1', 12)] };
    const sama = simpanSebelumnya(permintaan([baris('A-1', 5, 30, 12)], { semua: [tw2], arsip: [dikirim] }));
    expect(sama.masalah).toEqual([]);
    expect(sama.berjalan).toEqual(['TW II 2026']);
    expect(sama.kiriman.map((k) => k.siklus)).toEqual(['TW1-2026']);
    const beda = simpanSebelumnya(permintaan([baris('A-1', 5, 30, 15)], { semua: [tw2], arsip: [dikirim] }));
    expect(beda.kiriman).toEqual([]);
    expect(beda.masalah[0].pesan).toMatch(/^berbeda dari kiriman siklus TW II 2026 \(dikirim: 12, sekarang: 15\)/);
  });

  test('a quarter whose cycle was only prepared and then left never ran: the admin enters it like a quarter without a cycle', () => {
    const tw2: StatusSiklus = {
      id: 'TW2-2026', periode: 'TW2', tahun: 2026, dimulai: '2026-07-01T02:00:00.000Z', dimulaiOleh: 'kasubbag@gmail.com', batasWaktu: '2026-07-15', catatan: '', lengkap: false, persiapan: true,
      bidang: [{ kode: 'B1', nama: 'Bidang 1', tab: 'TW2-26·B1', siap: false, status: 'belum-diisi', editor: [] }],
    };
    const h = simpanSebelumnya(permintaan([baris('A-1', 5, 30, 12)], { semua: [tw2] }));
    expect(h.masalah).toEqual([]);
    expect(h.berjalan).toEqual([]);
    expect(h.kiriman.map((k) => [k.siklus, k.isian.map((i) => i.realisasi)])).toEqual([['TW1-2026', [30]], ['TW2-2026', [12]]]);
  });

  test('a rasio indicator\'s quarter is saved with its pembilang and penyebut ("90 (9/10)"); a bare number is refused', () => {
    const ind = [...IND, indikator('A-3', { satuan: '%', agregasi: 'rasio' })];
    const h = simpanSebelumnya(permintaan([baris('A-3', 7, 90, null, [{ pembilang: 9, penyebut: 10 }, null])], { indikator: ind }));
    expect(h.masalah).toEqual([]);
    expect(h.kiriman[0].isian.map((i) => [i.kodeIndikator, i.realisasi, i.pembilang, i.penyebut])).toEqual([['A-3', 90, 9, 10]]);
    // The same percentage from another pair is a change: the sums differ.
    expect(simpanSebelumnya(permintaan([baris('A-3', 7, 90, null, [{ pembilang: 18, penyebut: 20 }, null])], { indikator: ind, arsip: h.kiriman })).kiriman[0]?.versi).toBe(2);
    const tanpa = simpanSebelumnya(permintaan([baris('A-3', 7, 90, null)], { indikator: ind }));
    expect(tanpa.kiriman).toEqual([]);
    expect(tanpa.masalah.map((m) => [m.baris, m.kolom, m.pesan])).toEqual([
      [7, 'Realisasi TW I', 'indikator rasio: tulis persentasenya dengan pembilang/penyebut dalam kurung, mis. "90 (9/10)".'],
    ]);
  });

  test('a typed pair is checked as Kirim checks it: the percentage must be the pair\'s, pembilang ≥ 0, penyebut > 0, and only on a rasio row', () => {
    const ind = [...IND, indikator('A-3', { satuan: '%', agregasi: 'rasio' })];
    const masalah = (b: BarisIsian): unknown[][] => {
      const h = simpanSebelumnya(permintaan([b], { indikator: ind }));
      expect(h.kiriman).toEqual([]);
      return h.masalah.map((m) => [m.tab, m.baris, m.kolom, m.pesan]);
    };
    expect(masalah(diketik('A-3', '80 (9/10)'))).toEqual([
      [TAB, 8, 'Realisasi TW I', 'persentase 80 tidak sama dengan 9/10 = 90,00; tulis persentase dari pembilang/penyebut itu, mis. "90,00 (9/10)".'],
    ]);
    expect(masalah(diketik('A-3', '(9/10)'))[0]?.[3]).toMatch(/^persentase "\(9\/10\)" tidak sama dengan 9\/10 = 90,00/);
    expect(masalah(diketik('A-3', '-10 (-1/10)'))).toEqual([[TAB, 8, 'Realisasi TW I', 'pembilang -1 tidak boleh negatif.']]);
    expect(masalah(diketik('A-3', '90 (9/0)'))).toEqual([[TAB, 8, 'Realisasi TW I', 'penyebut 0 harus lebih dari 0 (pembagi rasio).']]);
    expect(masalah(diketik('A-1', 30, '90 (9/10)'))).toEqual([
      [TAB, 8, 'Realisasi TW II', 'indikator ini bukan rasio (Agregasi "kumulatif"): tulis angkanya saja, tanpa pembilang/penyebut dalam kurung.'],
    ]);
    // What the tab itself writes (2 decimals) is the pair's exact percentage: 1/3 is saved as 33,333…
    const sah = simpanSebelumnya(permintaan([diketik('A-3', '33,33 (1/3)', '90 (9/10)')], { indikator: ind }));
    expect(sah.masalah).toEqual([]);
    expect(sah.kiriman.map((k) => [k.siklus, k.isian[0].realisasi, k.isian[0].pembilang, k.isian[0].penyebut])).toEqual([
      ['TW1-2026', 100 / 3, 1, 3], ['TW2-2026', 90, 9, 10],
    ]);
  });

  test('a rasio quarter that ran as a cycle: the same percentage from another pair differs from the submission and is named', () => {
    const ind = [...IND, indikator('A-3', { satuan: '%', agregasi: 'rasio' })];
    const tw1: StatusSiklus = {
      id: 'TW1-2026', periode: 'TW1', tahun: 2026, dimulai: '2026-04-01T02:00:00.000Z', dimulaiOleh: 'kasubbag@gmail.com', batasWaktu: '2026-04-15', catatan: '', lengkap: true,
      bidang: [{ kode: 'B1', nama: 'Bidang 1', tab: 'TW1-26·B1', siap: true, status: 'terkirim', editor: [] }],
    };
    const dikirim: Kiriman = {
      siklus: 'TW1-2026', bidang: 'B1', versi: 1, dikirim: '2026-04-10T02:00:00.000Z', oleh: 'kabid@gmail.com',
      isian: [{ ...isian('A-3', 90), pembilang: 9, penyebut: 10 }],
    };
    const ubah = { semua: [tw1], arsip: [dikirim], indikator: ind };
    expect(simpanSebelumnya(permintaan([diketik('A-3', '90,00 (9/10)')], ubah)).masalah).toEqual([]);
    const beda = simpanSebelumnya(permintaan([diketik('A-3', '90,00 (18/20)')], ubah));
    expect(beda.kiriman).toEqual([]);
    expect(beda.masalah.map((m) => [m.tab, m.baris, m.kolom])).toEqual([[TAB, 8, 'Realisasi TW I']]);
    expect(beda.masalah[0].pesan).toMatch(/^berbeda dari kiriman siklus TW I 2026 \(dikirim: 90 \(9\/10\), sekarang: 90 \(18\/20\)\)/);
  });
});
