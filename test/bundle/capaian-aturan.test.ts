/**
 * Issue 15's capaian rules through the built bundle: the Pengaturan rows for target 0 and the cap on
 * averages, a range target, a number typed as a formula refused at Kirim, and the warning for a
 * cycle in a year without a national holiday list.
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { hurufKolom, posisiKolom } from '../../src/core/lembar-bidang';
import { ADMIN, KABID_KWN } from './helpers';
import { barisBerlabel, emulatorRekap, INDIKATOR_UJI, isi, mulai, rekap, selRekap, TAB_KWN } from './rekap-helpers';

/** Types `nilai` into the Pengaturan row labelled `label`. */
function pengaturan(emu: Emulator, label: string, nilai: string): void {
  const tab = emu.spreadsheet.describeSheet('Pengaturan', ADMIN);
  const baris = tab.cells.find((c) => c.column === 1 && c.value === label)?.row;
  if (baris === undefined) throw new Error(`Pengaturan has no row "${label}"`);
  expect(emu.edit(ADMIN, 'Pengaturan', `B${baris}`, nilai).ok).toBe(true);
}

describe('capaian rules from Pengaturan, through the bundle', () => {
  test('target 0 "R = 0 → 100 %" for a negative indicator, a range target, and averages capped at Batas atas rata-rata', () => {
    const indikator = [
      ...INDIKATOR_UJI.filter((r) => ['C-01', 'C-02'].includes(r[0])),
      ['C-10', INDIKATOR_UJI[1][1], 'Jumlah konflik sosial', 'KWN', 'kejadian', 'negatif', 'terakhir', '0', '0', '0', '0', '0', '0', '0', '', ''],
      ['C-11', INDIKATOR_UJI[0][1], 'Persentase kehadiran', 'KWN', '%', 'positif', 'terakhir', '80–90 %', '80–90 %', '80–90', '80–90', '80–90', '', '', '', ''],
    ];
    const emu = emulatorRekap(indikator);
    pengaturan(emu, 'Target 0', 'R = 0 → 100 %, R > 0 → 0 %');
    pengaturan(emu, 'Batas atas rata-rata (%)', '110');
    mulai(emu, 'TW1');
    const tab = TAB_KWN('TW I');
    isi(emu, KABID_KWN, tab, 'TW1', 'C-01', { realisasi: 85 });
    isi(emu, KABID_KWN, tab, 'TW1', 'C-02', { realisasi: 4 }); // (2 × 8 − 4) / 8 = 150 %
    isi(emu, KABID_KWN, tab, 'TW1', 'C-10', { realisasi: 0 }); // target 0, no conflict → 100 %
    isi(emu, KABID_KWN, tab, 'TW1', 'C-11', { realisasi: 99 }); // above 80–90: 99 / 90 = 110 %
    expect(rekap(emu, { sertakanDraf: true }).status).toBe('ok');
    const r = emu.spreadsheet.describeSheet('Rekap TW I 2026');
    const capaian = (kode: string): unknown => selRekap(r, kode, 'Capaian s.d. TW I (%)')?.value;
    expect(capaian('C-10')).toBe(100);
    expect(capaian('C-11')).toBeCloseTo(110, 9);
    // The bidang tab computes the same from its own formulas.
    const lembar = emu.spreadsheet.describeSheet(tab);
    const nilaiLembar = (kode: string, id: string): unknown => {
      const baris = lembar.cells.find((c) => c.column === posisiKolom('TW1', 'kode') && c.value === kode)!.row;
      return lembar.cells.find((c) => c.row === baris && c.column === posisiKolom('TW1', id))?.value;
    };
    expect(nilaiLembar('C-10', 'capaian')).toBe(100);
    expect(nilaiLembar('C-11', 'capaian')).toBeCloseTo(110, 9);
    // Bidang average: 85, 150 → 110, 100, 110 → (85 + 110 + 100 + 110) / 4 = 101,25.
    const bidang = Object.values(barisBerlabel(r, 'Bidang Kewaspadaan Nasional')).map((c) => c.value);
    expect(bidang[1]).toBeCloseTo(101.25, 9);
  });

  test('counts show without decimals, each realisasi cell says what it asks for, and "=1+1" is refused at Kirim, naming its cell', () => {
    const emu = emulatorRekap();
    mulai(emu, 'TW1');
    const tab = TAB_KWN('TW I');
    for (const kode of ['C-01', 'C-02', 'C-03', 'C-04', 'C-05', 'C-06', 'C-07', 'C-08']) isi(emu, KABID_KWN, tab, 'TW1', kode, { realisasi: 100, penjelasan: 'Sesuai' });
    const lembar = emu.spreadsheet.describeSheet(tab);
    const baris = lembar.cells.find((c) => c.column === posisiKolom('TW1', 'kode') && c.value === 'C-06')!.row;
    const baris07 = lembar.cells.find((c) => c.column === posisiKolom('TW1', 'kode') && c.value === 'C-07')!.row;
    const selDi = (r: number, id: string) => lembar.cells.find((c) => c.row === r && c.column === posisiKolom('TW1', id));
    // C-06 counts people (kumulatif): whole numbers, and its cell asks for the quarter's increment; C-07 is a percentage.
    expect([selDi(baris, 'target')?.numberFormat, selDi(baris, 'realisasi')?.numberFormat]).toEqual(['#,##0', '#,##0']);
    expect(selDi(baris07, 'realisasi')?.numberFormat).toBe('#,##0.00');
    expect(selDi(baris, 'realisasi')?.note).toMatch(/^Kumulatif: isi tambahan selama TW I saja/);
    const a1 = `${hurufKolom(posisiKolom('TW1', 'realisasi'))}${baris}`;
    expect(emu.edit(KABID_KWN, tab, a1, '=1+1').ok).toBe(true);
    const hasil = emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' }) as { status: string; uraian?: string[] };
    expect(hasil.status).toBe('masalah');
    expect(hasil.uraian).toContain(`${tab}!${a1} (Realisasi TW I): berisi rumus =1+1; ketik angkanya saja (rumus tidak disimpan sebagai isian).`);
  });

  test('a cycle running into a year without a national holiday list says so (the Tahunan cycle runs in January)', () => {
    const emu = emulatorRekap();
    const hasil = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TAHUNAN', tahun: 2026, batasWaktu: '2027-01-29', konfirmasi: true }) as { status: string; pesan: string };
    expect(hasil.status).toBe('ok');
    expect(hasil.pesan).toContain('Daftar libur nasional dan cuti bersama 2027 belum ada di Lapkin');
    const biasa = emulatorRekap();
    const tw1 = biasa.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: '2026-04-15' }) as { pesan: string };
    expect(tw1.pesan).not.toContain('belum ada di Lapkin');
  });
});
