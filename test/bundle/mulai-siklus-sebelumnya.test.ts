/**
 * A new quarter's bidang tab takes the closed quarters from what was submitted (Arsip Kiriman),
 * as the recap does, and its live capaian says what the recap says of the same tab.
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { hurufKolom, posisiKolom } from '../../src/core/lembar-bidang';
import { ADMIN, KABID_KWN, barisKode, selKolom } from './helpers';
import { emulatorRekap, isi, mulai, rekap, selRekap, TAB_KWN } from './rekap-helpers';

const KWN = ['C-01', 'C-02', 'C-03', 'C-04', 'C-05', 'C-06', 'C-07', 'C-08'];

/** Fills every KWN indicator of TW I (`nilai` by kode, others 50) and submits on the bidang's behalf. */
function kirimTw1(emu: Emulator, nilai: Record<string, number>): void {
  for (const kode of KWN) isi(emu, KABID_KWN, TAB_KWN('TW I'), 'TW1', kode, { realisasi: nilai[kode] ?? 50, penjelasan: 'Sesuai rencana' });
  expect(emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' })).toMatchObject({ status: 'ok' });
}

describe('Mulai siklus TW II: the closed quarter as submitted', () => {
  test('an admin\'s later edit of the TW I tab does not reach TW II; the submitted value does', () => {
    const emu = emulatorRekap();
    mulai(emu, 'TW1');
    kirimTw1(emu, { 'C-06': 20 });
    const tw1 = emu.spreadsheet.describeSheet(TAB_KWN('TW I'));
    expect(emu.edit(ADMIN, TAB_KWN('TW I'), `${hurufKolom(posisiKolom('TW1', 'realisasi'))}${barisKode(tw1, 'C-06')}`, 99).ok).toBe(true);
    mulai(emu, 'TW2', true);
    const tw2 = emu.spreadsheet.describeSheet(TAB_KWN('TW II'), KABID_KWN);
    const r = barisKode(tw2, 'C-06');
    expect(selKolom(tw2, 'Realisasi TW I', r)).toMatchObject({ value: 20, editable: false });
  });

  test('a TW I draft that was never submitted is no closed quarter', () => {
    const emu = emulatorRekap();
    mulai(emu, 'TW1');
    isi(emu, KABID_KWN, TAB_KWN('TW I'), 'TW1', 'C-06', { realisasi: 20 });
    mulai(emu, 'TW2', true);
    const tw2 = emu.spreadsheet.describeSheet(TAB_KWN('TW II'));
    expect(selKolom(tw2, 'Realisasi TW I', barisKode(tw2, 'C-06'))?.value ?? '').toBe('');
  });

  test('TW I = 20 and TW II empty: the tab says "belum diisi" as the recap does; "tidak ada data" leaves TW I, named, as in the recap', () => {
    const emu = emulatorRekap();
    mulai(emu, 'TW1');
    kirimTw1(emu, { 'C-06': 20, 'C-07': 70 });
    mulai(emu, 'TW2', true);
    isi(emu, KABID_KWN, TAB_KWN('TW II'), 'TW2', 'C-07', { realisasi: 'tidak ada data', penjelasan: 'Survei ditunda' });
    const tab = emu.spreadsheet.describeSheet(TAB_KWN('TW II'));
    expect(rekap(emu, { sertakanDraf: true }).status).toBe('ok');
    const hasil = emu.spreadsheet.describeSheet('Rekap TW II 2026');
    const c06 = barisKode(tab, 'C-06');
    expect(selKolom(tab, 'Capaian (%)', c06)?.value).toBe('belum diisi');
    expect(selKolom(tab, 'Realisasi s.d. TW II', c06)?.value ?? '').toBe('');
    expect(selRekap(hasil, 'C-06', 'Capaian s.d. TW II (%)')?.value).toBe('belum diisi');
    const c07 = selKolom(tab, 'Capaian (%)', barisKode(tab, 'C-07'))?.value;
    expect(c07).toBeTypeOf('number'); // terakhir: TW I's 70 by the rule (domain.md §4)
    expect(selRekap(hasil, 'C-07', 'Capaian s.d. TW II (%)')?.value).toBe(c07);
    expect(selKolom(tab, 'Keterangan hitung', barisKode(tab, 'C-07'))?.value).toBe('TW II tidak ada data; s.d. TW I');
    expect(selRekap(hasil, 'C-07', 'Keterangan')?.value).toBe('(draf); TW II tidak ada data; s.d. TW I');
  });

  test('the tab colours a category as the recap does, down to the lowest band', () => {
    const emu = emulatorRekap();
    mulai(emu, 'TW1');
    isi(emu, KABID_KWN, TAB_KWN('TW I'), 'TW1', 'C-04', { realisasi: 20 }); // negatif, T 8, R 20 → 0 % Sangat Rendah
    isi(emu, KABID_KWN, TAB_KWN('TW I'), 'TW1', 'C-01', { realisasi: 85 }); // 85 % Tinggi
    expect(rekap(emu, { sertakanDraf: true }).status).toBe('ok');
    const tab = emu.spreadsheet.describeSheet(TAB_KWN('TW I'));
    const hasil = emu.spreadsheet.describeSheet('Rekap TW I 2026');
    for (const [kode, kategori] of [['C-04', 'Sangat Rendah'], ['C-01', 'Tinggi']] as const) {
      const sel = selKolom(tab, 'Kategori', barisKode(tab, kode));
      expect(sel?.value).toBe(kategori);
      expect(sel?.background).toMatch(/^#/);
      expect(sel?.background).toBe(selRekap(hasil, kode, 'Kategori')?.background);
    }
  });
});
