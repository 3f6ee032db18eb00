import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { BARIS_JUDUL_TABEL, posisiKolom } from '../../src/core/lembar-bidang';
import type { Periode } from '../../src/core/types';
import { ADMIN, KABID_KWN } from './helpers';
import { barisBerlabel, emulatorRekap, isi, mulai, rekap, selRekap, TAB_KWN } from './rekap-helpers';

type Isian = Record<string, string | number>;
const LENGKAP = (realisasi: string | number): Isian =>
  realisasi === 'tidak ada data' ? { realisasi, penjelasan: 'Survei belum dilaksanakan' } : { realisasi, penjelasan: 'Sesuai rencana' };

/** Fills every KWN indicator of the open cycle (`nilai` by kode, others 50) and submits on the bidang's behalf. */
function kirimKwn(emu: Emulator, periode: Periode, label: string, nilai: Record<string, string | number>): void {
  for (const kode of ['C-01', 'C-02', 'C-03', 'C-04', 'C-05', 'C-06', 'C-07', 'C-08']) {
    isi(emu, KABID_KWN, TAB_KWN(label), periode, kode, LENGKAP(nilai[kode] ?? 50));
  }
  const hasil = emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' }) as { status: string; pesan: string; uraian?: string[] };
  expect(hasil, JSON.stringify(hasil)).toMatchObject({ status: 'ok' });
}

describe('Buat rekap from submitted data', () => {
  test('the submitted snapshot by default, with who and when; a return and resubmission shows the new data', () => {
    const emu = emulatorRekap();
    mulai(emu, 'TW1');
    kirimKwn(emu, 'TW1', 'TW I', { 'C-01': 85 });
    rekap(emu);
    let tab = emu.spreadsheet.describeSheet('Rekap TW I 2026');
    expect(selRekap(tab, 'C-01', 'Capaian s.d. TW I (%)')?.value).toBe(85);
    expect(selRekap(tab, 'C-01', 'Keterangan')?.value ?? '').toBe('');
    expect(selRekap(tab, 'C-09', 'Capaian s.d. TW I (%)')?.value).toBe('belum diisi');
    const status = Object.values(barisBerlabel(tab, 'Bidang Kewaspadaan Nasional', 2)).map((c) => c.value);
    expect(status).toEqual(expect.arrayContaining(['Terkirim', ADMIN, '1 April 2026 pukul 09.00 WIB', '8 dari 8']));

    expect(emu.call(ADMIN, 'kembalikanUntukPerbaikan', { bidang: 'KWN', alasan: 'C-01 keliru' })).toMatchObject({ status: 'ok' });
    rekap(emu);
    tab = emu.spreadsheet.describeSheet('Rekap TW I 2026');
    expect(selRekap(tab, 'C-01', 'Capaian s.d. TW I (%)')?.value).toBe('belum diisi');
    expect(Object.values(barisBerlabel(tab, 'Bidang Kewaspadaan Nasional', 2)).map((c) => c.value)).toContain('Dikembalikan');

    emu.ws.advance(60 * 60 * 1000);
    kirimKwn(emu, 'TW1', 'TW I', { 'C-01': 95 });
    rekap(emu);
    tab = emu.spreadsheet.describeSheet('Rekap TW I 2026');
    expect(selRekap(tab, 'C-01', 'Capaian s.d. TW I (%)')?.value).toBe(95);
    expect(Object.values(barisBerlabel(tab, 'Bidang Kewaspadaan Nasional', 2)).map((c) => c.value)).toContain('1 April 2026 pukul 10.00 WIB');
    expect(tab.charts).toHaveLength(2);
  });

  test('s.d. TW n from earlier quarters\' submissions: kumulatif 20 + 25 of 50 → 90 %, terakhir 70, —, 76 of 80 → 95 %, a missing quarter named', () => {
    const emu = emulatorRekap();
    mulai(emu, 'TW1');
    kirimKwn(emu, 'TW1', 'TW I', { 'C-06': 20, 'C-07': 70 });
    mulai(emu, 'TW2', true);
    kirimKwn(emu, 'TW2', 'TW II', { 'C-06': 25, 'C-07': 'tidak ada data' });
    rekap(emu);
    const tw2 = emu.spreadsheet.describeSheet('Rekap TW II 2026');
    expect(selRekap(tw2, 'C-06', 'Realisasi TW II')?.value).toBe(25);
    expect(selRekap(tw2, 'C-06', 'Realisasi s.d. TW II')?.value).toBe(45);
    expect(selRekap(tw2, 'C-06', 'Capaian s.d. TW II (%)')?.value).toBe(90);
    // terakhir with TW II "tidak ada data": TW I's 70 of T₂ by the rule, and the quarter named (domain.md §4).
    expect(selRekap(tw2, 'C-07', 'Realisasi s.d. TW II')?.value).toBe(70);
    expect(selRekap(tw2, 'C-07', 'Capaian s.d. TW II (%)')?.value).toBeTypeOf('number');
    expect(selRekap(tw2, 'C-07', 'Keterangan')?.value).toBe('TW II tidak ada data; s.d. TW I');
    expect(selRekap(tw2, 'C-06', 'Keterangan')?.value ?? '').toBe('');
    // The bidang tab of TW II says the same, live from its formulas.
    const lembar = emu.spreadsheet.describeSheet(TAB_KWN('TW II'));
    const baris07 = lembar.cells.find((c) => c.column === posisiKolom('TW2', 'kode') && c.value === 'C-07')!.row;
    const nilaiDi = (judul: string): unknown => {
      const kolom = lembar.cells.find((c) => c.row === BARIS_JUDUL_TABEL && c.value === judul)!.column;
      return lembar.cells.find((c) => c.row === baris07 && c.column === kolom)?.value;
    };
    expect(nilaiDi('Realisasi s.d. TW II')).toBe(70);
    expect(nilaiDi('Capaian (%)')).toBe(selRekap(tw2, 'C-07', 'Capaian s.d. TW II (%)')?.value);
    expect(nilaiDi('Keterangan hitung')).toBe('TW II tidak ada data; s.d. TW I');
    expect(nilaiDi('Capaian thd target tahunan (%)')).toBe(selRekap(tw2, 'C-07', 'Capaian thd Target Tahunan (%)')?.value);
    mulai(emu, 'TW3', true);
    kirimKwn(emu, 'TW3', 'TW III', { 'C-07': 76 });
    rekap(emu);
    const tw3 = emu.spreadsheet.describeSheet('Rekap TW III 2026');
    expect(selRekap(tw3, 'C-07', 'Capaian s.d. TW III (%)')?.value).toBeCloseTo(95, 9);
    expect(emu.spreadsheet.sheetNames()).toEqual(expect.arrayContaining(['Rekap TW II 2026', 'Rekap TW III 2026']));
  });

  test('the annual recap: TW I–IV side by side, each agregasi over missing quarters, the final value overriding', () => {
    const emu = emulatorRekap();
    const kuartal: [Periode, string, Record<string, string | number>][] = [
      ['TW1', 'TW I', { 'C-06': 20, 'C-07': 70, 'C-08': 60 }],
      ['TW2', 'TW II', { 'C-06': 25, 'C-07': 'tidak ada data', 'C-08': 'tidak ada data' }],
      ['TW3', 'TW III', { 'C-06': 'tidak ada data', 'C-07': 76, 'C-08': 90 }],
      ['TW4', 'TW IV', { 'C-06': 30, 'C-07': 'tidak ada data', 'C-08': 'tidak ada data' }],
    ];
    kuartal.forEach(([periode, label, nilai], i) => {
      mulai(emu, periode, i > 0);
      kirimKwn(emu, periode, label, nilai);
    });
    expect(rekap(emu, { periode: 'TAHUNAN' })).toMatchObject({ status: 'ok', tab: 'Rekap Tahunan 2026' });
    let tab = emu.spreadsheet.describeSheet('Rekap Tahunan 2026');
    const tw = (kode: string): unknown[] => ['Realisasi TW I', 'Realisasi TW II', 'Realisasi TW III', 'Realisasi TW IV'].map((j) => selRekap(tab, kode, j)?.value ?? null);
    expect(tw('C-06')).toEqual([20, 25, null, 30]);
    expect(selRekap(tab, 'C-06', 'Realisasi Tahunan')?.value).toBe(75); // kumulatif: sum of filled quarters
    expect(selRekap(tab, 'C-06', 'Capaian (%)')?.value).toBe(75);
    expect(selRekap(tab, 'C-07', 'Realisasi Tahunan')?.value).toBe(76); // terakhir: latest filled quarter
    expect(selRekap(tab, 'C-07', 'Capaian (%)')?.value).toBeCloseTo(95, 9);
    expect(selRekap(tab, 'C-08', 'Realisasi Tahunan')?.value).toBe(75); // rata-rata of filled quarters
    expect(selRekap(tab, 'C-08', 'Capaian (%)')?.value).toBeCloseTo(93.75, 9);
    expect(selRekap(tab, 'C-06', 'Sumber Realisasi')?.value).toBe('Agregat (TW III tidak ada data)');
    expect(selRekap(tab, 'C-07', 'Keterangan')?.value).toBe('TW II, TW IV tidak ada data; s.d. TW III');
    expect(selRekap(tab, 'C-06', 'Realisasi Tahun Lalu')?.value).toBe(80);
    expect(selRekap(tab, 'C-06', 'Target Akhir Renstra')?.value).toBe(120);
    expect(tab.charts).toHaveLength(2);

    // The annual cycle's submitted final value replaces the aggregate.
    mulai(emu, 'TAHUNAN', true);
    kirimKwn(emu, 'TAHUNAN', 'Tahunan', { 'C-06': 82 });
    rekap(emu);
    tab = emu.spreadsheet.describeSheet('Rekap Tahunan 2026');
    expect(selRekap(tab, 'C-06', 'Realisasi Tahunan')?.value).toBe(82);
    expect(selRekap(tab, 'C-06', 'Sumber Realisasi')?.value).toBe('Nilai final');
    expect(selRekap(tab, 'C-06', 'Capaian (%)')?.value).toBe(82);
    expect(tw('C-06')).toEqual([20, 25, null, 30]);
  });
});
