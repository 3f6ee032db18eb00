/**
 * A rasio indicator end to end through the built bundle, as a consumer-account Kabid: pembilang and
 * penyebut typed per quarter, ticked Kirim, archived, carried into the next quarter's tab, and the
 * recap's s.d. figure Σ pembilang / Σ penyebut (TW I 9/10 = 90 %, TW II 10/40 = 25 % → 19/50 = 38 %,
 * where the mean of the percentages would be 57,5 %).
 */
import { describe, expect, test } from 'vitest';
import { hurufKolom, posisiKolom } from '../../src/core/lembar-bidang';
import type { Periode } from '../../src/core/types';
import { ADMIN, KABID_KWN, barisKode, selKolom } from './helpers';
import { barisArsip, kotakKirim } from './kirim-bantuan';
import { emulatorRekap, isi, mulai, rekap, S1, selRekap, TAB_KWN } from './rekap-helpers';

const PROGRAM = 'Program Peningkatan Kewaspadaan Nasional';
/** Kode, Sasaran, Indikator, Bidang, Satuan, Polaritas, Agregasi, Target tahunan, TW I–IV, Renstra, Tahun lalu, Program, Pagu. */
const INDIKATOR: readonly (readonly string[])[] = [
  ['C-01', S1, 'Persentase laporan tepat waktu', 'KWN', '%', 'positif', 'terakhir', '100', '100', '100', '100', '100', '', '', PROGRAM, ''],
  ['C-10', S1, 'Persentase dokumen tepat waktu', 'KWN', '%', 'positif', 'rasio', '50', '50', '50', '50', '50', '', '', PROGRAM, ''],
  ['C-09', S1, 'Nilai SAKIP', 'SEK', 'nilai', 'positif', 'terakhir', '75', '70', '72', '74', '75', '', '', 'Program Penunjang', ''],
];

function alamat(periode: Periode, id: string, baris: number): string {
  return `${hurufKolom(posisiKolom(periode, id))}${baris}`;
}

describe('rasio: pembilang and penyebut from the bidang tab to the recap', () => {
  test('the Indikator tab offers "rasio" in its Agregasi drop-down, whose help text says what it means', () => {
    const emu = emulatorRekap(INDIKATOR);
    const view = emu.spreadsheet.describeSheet('Indikator', ADMIN);
    const kolom = view.cells.find((c) => c.row === 1 && c.value === 'Agregasi')!.column;
    const validasi = view.cells.find((c) => c.row === 3 && c.column === kolom)?.validation;
    expect(validasi?.values).toEqual(['kumulatif', 'terakhir', 'rata-rata', 'rasio']);
    expect(validasi?.helpText).toContain('rasio: bidang mengisi pembilang dan penyebut tiap triwulan, realisasi s.d. = Σ pembilang / Σ penyebut × 100');
    expect(emu.edit(ADMIN, 'Indikator', `${String.fromCharCode(64 + kolom)}3`, 'proporsi').ok).toBe(false);
  });

  test('a rasio row whose Satuan is not "%" stops the cycle from starting, named on its Satuan cell', () => {
    const emu = emulatorRekap(INDIKATOR.map((r) => (r[0] === 'C-10' ? r.map((v, i) => (i === 4 ? 'dokumen' : v)) : r)));
    const hasil = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: '2099-12-31', konfirmasi: false }) as { status: string; uraian?: string[] };
    expect(hasil.status).toBe('masalah');
    expect(hasil.uraian).toEqual([
      'Indikator, baris 3, kolom Satuan: Agregasi rasio menghasilkan persentase (pembilang / penyebut × 100), jadi Satuan harus "%", bukan "dokumen". Ubah Satuan menjadi "%", atau pilih agregasi lain.',
    ]);
    expect(emu.spreadsheet.sheetNames()).not.toContain(TAB_KWN('TW I'));
  });

  test('a consumer-account Kabid submits 9/10 then 10/40; the TW II recap shows 38 % (19/50), not the mean 57,5 %', () => {
    const emu = emulatorRekap(INDIKATOR);
    mulai(emu, 'TW1');
    const tw1 = TAB_KWN('TW I');
    const awal = emu.spreadsheet.describeSheet(tw1, KABID_KWN);
    const r1 = barisKode(awal, 'C-10');
    // The cells say what a rasio row wants.
    expect(selKolom(awal, 'Realisasi TW I', r1)?.note).toMatch(/^Rasio: biarkan kosong/);
    expect(selKolom(awal, 'Pembilang TW I', r1)?.note).toMatch(/^Rasio: bagian yang memenuhi selama TW I/);
    expect(selKolom(awal, 'Penyebut TW I', barisKode(awal, 'C-01'))?.note).toBe('Tidak dipakai: hanya untuk indikator rasio.');
    // Sheets refuses a penyebut of 0 as it is typed.
    expect(emu.edit(KABID_KWN, tw1, alamat('TW1', 'penyebut', r1), 0).ok).toBe(false);

    isi(emu, KABID_KWN, tw1, 'TW1', 'C-01', { realisasi: 100 });
    isi(emu, KABID_KWN, tw1, 'TW1', 'C-10', { pembilang: 9, penyebut: 10 });
    const terisi = emu.spreadsheet.describeSheet(tw1, KABID_KWN);
    expect(selKolom(terisi, 'Realisasi s.d. TW I', r1)?.value).toBe(90);
    expect(selKolom(terisi, 'Capaian (%)', r1)?.value).toBe(180);
    expect(emu.edit(KABID_KWN, tw1, 'D5', true)).toEqual({ ok: true, triggerErrors: [] });
    expect(emu.spreadsheet.describeSheet(tw1, KABID_KWN).cells.find((c) => c.row === 4 && c.column === 8)?.value).toBe('Terkirim');
    // The archive keeps the pair beside the computed realisasi.
    const arsip = barisArsip(emu);
    const kolom = (judul: string): number => arsip[0]!.indexOf(judul);
    const c10 = arsip.find((r) => r[kolom('Kode indikator')] === 'C-10')!;
    expect([c10[kolom('Realisasi')], c10[kolom('Pembilang')], c10[kolom('Penyebut')]]).toEqual([90, 9, 10]);

    mulai(emu, 'TW2', true);
    const tw2 = TAB_KWN('TW II');
    const tab2 = emu.spreadsheet.describeSheet(tw2, KABID_KWN);
    const r2 = barisKode(tab2, 'C-10');
    expect(selKolom(tab2, 'Realisasi TW I', r2)).toMatchObject({ value: '90,00 (9/10)', editable: false });
    isi(emu, KABID_KWN, tw2, 'TW2', 'C-01', { realisasi: 100 });
    isi(emu, KABID_KWN, tw2, 'TW2', 'C-10', { pembilang: 10, penyebut: 40, realisasi: 25 });

    // Kirim names each problem by tab, cell and column: the typed realisasi, and the penjelasan that
    // 76 % (Σ 19/50 against 50) asks for — the mean 57,5 % would be 115 % and ask for none.
    expect(emu.edit(KABID_KWN, tw2, 'D5', true).ok).toBe(true);
    const ditolak = kotakKirim(emu.spreadsheet.describeSheet(tw2, KABID_KWN));
    expect(ditolak.value).toBe(false);
    expect(ditolak.note).toContain(`${tw2}!${alamat('TW2', 'realisasi', r2)} (Realisasi TW II): indikator rasio: kosongkan sel ini`);
    expect(ditolak.note).toContain(`${tw2}!${alamat('TW2', 'penjelasan', r2)} (Penjelasan): capaian 76,00 % di bawah 100 %: tulis penjelasannya.`);

    isi(emu, KABID_KWN, tw2, 'TW2', 'C-10', { realisasi: '', penjelasan: 'Banyak dokumen masuk di akhir triwulan' });
    const siap = emu.spreadsheet.describeSheet(tw2, KABID_KWN);
    expect(selKolom(siap, 'Realisasi s.d. TW II', r2)?.value).toBe(38);
    expect(selKolom(siap, 'Capaian (%)', r2)?.value).toBe(76);
    expect(selKolom(siap, 'Kategori', r2)?.value).toBe('Tinggi');
    expect(emu.edit(KABID_KWN, tw2, 'D5', true)).toEqual({ ok: true, triggerErrors: [] });
    expect(kotakKirim(emu.spreadsheet.describeSheet(tw2, KABID_KWN)).note).toMatch(/^Dikirim oleh/);

    expect(rekap(emu)).toMatchObject({ status: 'ok', tab: 'Rekap TW2-26' });
    const hasil = emu.spreadsheet.describeSheet('Rekap TW2-26', ADMIN);
    expect(selRekap(hasil, 'C-10', 'Agregasi')?.value).toBe('Rasio');
    expect(selRekap(hasil, 'C-10', 'Realisasi TW II')?.value).toBe(25);
    expect(selRekap(hasil, 'C-10', 'Realisasi s.d. TW II')).toMatchObject({ value: 38, display: '38,00' });
    expect(selRekap(hasil, 'C-10', 'Capaian s.d. TW II (%)')).toMatchObject({ value: 76, display: '76,00 %' });
    expect(selRekap(hasil, 'C-10', 'Keterangan')?.value).toBe('pembilang/penyebut 19/50');
  });

  test('an archive written before rasio (14 columns) still reads; its TW I has no pair, so it counts as missing and is named "tanpa pembilang/penyebut"; the next submission adds the columns', () => {
    const emu = emulatorRekap(INDIKATOR);
    mulai(emu, 'TW1');
    isi(emu, KABID_KWN, TAB_KWN('TW I'), 'TW1', 'C-01', { realisasi: 100 });
    isi(emu, KABID_KWN, TAB_KWN('TW I'), 'TW1', 'C-10', { pembilang: 9, penyebut: 10 });
    expect(emu.edit(KABID_KWN, TAB_KWN('TW I'), 'D5', true)).toEqual({ ok: true, triggerErrors: [] });
    // The tab as an older Lapkin left it: no Pembilang and Penyebut columns.
    const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    emu.ws.strictLock = false; // the test itself plays the older Lapkin
    emu.ws.run({ email: ADMIN }, () => app.getActiveSpreadsheet().getSheetByName('Arsip Kiriman')!.deleteColumns(15, 2));
    emu.ws.strictLock = true;
    const lama = barisArsip(emu);
    expect(lama[0]).toHaveLength(14);
    expect(lama[1]?.slice(0, 2)).toEqual(['TW1-2026', 'KWN']);

    mulai(emu, 'TW2', true);
    const tw2 = TAB_KWN('TW II');
    const tab2 = emu.spreadsheet.describeSheet(tw2, KABID_KWN);
    expect(selKolom(tab2, 'Realisasi TW I', barisKode(tab2, 'C-01'))?.value).toBe(100);
    expect(selKolom(tab2, 'Realisasi TW I', barisKode(tab2, 'C-10'))?.value).toBe(90);
    isi(emu, KABID_KWN, tw2, 'TW2', 'C-01', { realisasi: 100 });
    isi(emu, KABID_KWN, tw2, 'TW2', 'C-10', { pembilang: 10, penyebut: 40, penjelasan: 'Dokumen terlambat' });
    const isiTw2 = emu.spreadsheet.describeSheet(tw2, KABID_KWN);
    expect(selKolom(isiTw2, 'Realisasi s.d. TW II', barisKode(isiTw2, 'C-10'))?.value).toBe(25);
    expect(selKolom(isiTw2, 'Keterangan hitung', barisKode(isiTw2, 'C-10'))?.value).toBe('TW I tanpa pembilang/penyebut');
    expect(emu.edit(KABID_KWN, tw2, 'D5', true)).toEqual({ ok: true, triggerErrors: [] });
    // Widened in place: the header gains the two titles, the old rows stay where they were, and
    // the TW II submission adds its two rows (one per KWN indicator) below them.
    const arsip = barisArsip(emu);
    expect(arsip[0]?.slice(13)).toEqual(['Bukti dukung', 'Pembilang', 'Penyebut']);
    expect(arsip.slice(1, lama.length).map((r) => r.slice(0, 14))).toEqual(lama.slice(1));
    expect(arsip).toHaveLength(lama.length + 2);
    expect(arsip.slice(lama.length).map((r) => [r[0], r[1]])).toEqual([['TW2-2026', 'KWN'], ['TW2-2026', 'KWN']]);

    expect(rekap(emu)).toMatchObject({ status: 'ok' });
    const hasil = emu.spreadsheet.describeSheet('Rekap TW2-26', ADMIN);
    expect(selRekap(hasil, 'C-10', 'Realisasi s.d. TW II')?.value).toBe(25);
    expect(selRekap(hasil, 'C-10', 'Keterangan')?.value).toBe('pembilang/penyebut 10/40; TW I tanpa pembilang/penyebut');
    expect(selRekap(hasil, 'C-01', 'Realisasi s.d. TW II')?.value).toBe(100);
  });

  test('the year: Σ over the quarters submitted (19/50 = 38 %, TW III and IV named), then the annual cycle\'s final pair 30/60 replaces it', () => {
    const emu = emulatorRekap(INDIKATOR);
    const kirim = (periode: Periode, label: string, pembilang: number, penyebut: number): void => {
      isi(emu, KABID_KWN, TAB_KWN(label), periode, 'C-01', { realisasi: 100 });
      isi(emu, KABID_KWN, TAB_KWN(label), periode, 'C-10', { pembilang, penyebut, penjelasan: 'Dokumen terlambat' });
      expect(emu.edit(KABID_KWN, TAB_KWN(label), 'D5', true)).toEqual({ ok: true, triggerErrors: [] });
    };
    mulai(emu, 'TW1');
    kirim('TW1', 'TW I', 9, 10);
    mulai(emu, 'TW2', true);
    kirim('TW2', 'TW II', 10, 40);
    expect(rekap(emu, { periode: 'TAHUNAN' })).toMatchObject({ status: 'ok', tab: 'Rekap THN-26' });
    let tahunan = emu.spreadsheet.describeSheet('Rekap THN-26', ADMIN);
    expect(['Realisasi TW I', 'Realisasi TW II', 'Realisasi TW III'].map((j) => selRekap(tahunan, 'C-10', j)?.value ?? null)).toEqual([90, 25, null]);
    expect(selRekap(tahunan, 'C-10', 'Realisasi Tahunan')?.value).toBe(38);
    expect(selRekap(tahunan, 'C-10', 'Capaian (%)')?.value).toBe(76);
    expect(selRekap(tahunan, 'C-10', 'Sumber Realisasi')?.value).toBe('Agregat (TW III, TW IV tidak ada data; s.d. TW II)');
    expect(selRekap(tahunan, 'C-10', 'Keterangan')?.value).toBe('pembilang/penyebut 19/50; TW III, TW IV tidak ada data; s.d. TW II');

    mulai(emu, 'TAHUNAN', true);
    const tab = emu.spreadsheet.describeSheet(TAB_KWN('Tahunan'), KABID_KWN);
    const r = barisKode(tab, 'C-10');
    expect(['Realisasi TW I', 'Realisasi TW II'].map((j) => selKolom(tab, j, r)?.value)).toEqual(['90,00 (9/10)', '25,00 (10/40)']);
    expect(selKolom(tab, 'Realisasi tahunan', r)?.value).toBe(38);
    kirim('TAHUNAN', 'Tahunan', 30, 60);
    expect(rekap(emu)).toMatchObject({ status: 'ok' });
    tahunan = emu.spreadsheet.describeSheet('Rekap THN-26', ADMIN);
    expect(selRekap(tahunan, 'C-10', 'Realisasi Tahunan')?.value).toBe(50);
    expect(selRekap(tahunan, 'C-10', 'Sumber Realisasi')?.value).toBe('Nilai final');
    expect(selRekap(tahunan, 'C-10', 'Keterangan')?.value).toBe('pembilang/penyebut 30/60');
  });

  test('an office starting mid-year: the admin\'s typed pair is checked as Kirim checks it, named by tab, row and column, and saved only when right', () => {
    const emu = emulatorRekap(INDIKATOR);
    mulai(emu, 'TW3');
    const tw3 = TAB_KWN('TW III');
    const baris = (kode: string): number => barisKode(emu.spreadsheet.describeSheet(tw3, ADMIN), kode);
    const ketik = (kode: string, id: string, nilai: string | number): void => {
      expect(emu.edit(ADMIN, tw3, alamat('TW3', id, baris(kode)), nilai).ok).toBe(true);
    };
    const simpan = (): { status: string; uraian?: string[] } => emu.call(ADMIN, 'simpanTriwulanSebelumnya') as { status: string; uraian?: string[] };
    ketik('C-10', 'realisasiTW1', '80 (9/10)');
    ketik('C-10', 'realisasiTW2', '-10 (-1/10)');
    ketik('C-01', 'realisasiTW1', '90 (9/10)');
    const sebelum = barisArsip(emu).length;
    const salah = simpan();
    expect(salah.status).toBe('masalah');
    const sel = (kode: string, id: string): string => `${tw3}!${alamat('TW3', id, baris(kode))}`;
    expect(salah.uraian).toEqual([
      `${sel('C-01', 'realisasiTW1')} (Realisasi TW I): indikator ini bukan rasio (Agregasi "terakhir"): tulis angkanya saja, tanpa pembilang/penyebut dalam kurung.`,
      `${sel('C-10', 'realisasiTW1')} (Realisasi TW I): persentase 80 tidak sama dengan 9/10 = 90,00; tulis persentase dari pembilang/penyebut itu, mis. "90,00 (9/10)".`,
      `${sel('C-10', 'realisasiTW2')} (Realisasi TW II): pembilang -1 tidak boleh negatif.`,
    ]);
    expect(barisArsip(emu).length).toBe(sebelum);

    ketik('C-10', 'realisasiTW1', '90 (9/10)');
    ketik('C-10', 'realisasiTW2', '25 (10/40)');
    ketik('C-01', 'realisasiTW1', 100);
    expect(simpan().status).toBe('ok');
    const disimpan = barisArsip(emu).slice(sebelum).filter((r) => r[5] === 'C-10').map((r) => [r[0], r[6], r[14], r[15]]);
    expect(disimpan).toEqual([['TW1-2026', 90, 9, 10], ['TW2-2026', 25, 10, 40]]);
  });
});
