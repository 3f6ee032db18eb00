import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { ADMIN, KABID_KWN, TAB_KWN_TW1, barisKode, emulatorTerisi, selKolom } from './helpers';

/** A Perjanjian Kinerja table as offices keep it (headers their own way, Sasaran merged, a row number, bidang by name). */
const PK = [
  ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target 2026', 'Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV', 'Penanggung Jawab', 'Kode', 'Polaritas', 'Agregasi'],
  ['1', 'Meningkatnya akuntabilitas kinerja', 'Nilai SAKIP Badan', 'nilai', '75', '70', '72', '74', '75', 'SEK', 'IK-01', 'positif', 'terakhir'],
  ['2', 'Terkendalinya potensi konflik sosial', 'Jumlah konflik sosial', 'kejadian', '8', '2', '4', '6', '8', 'Bidang Kewaspadaan Nasional', 'IK-18', 'negatif', 'kumulatif'],
  ['3', '', 'Persentase deteksi dini ditindaklanjuti', '%', '90%', 'sembilan puluh', '90%', '90%', '90%', 'KWN', 'IK-19', 'positif', 'terakhir'],
];

/**
 * Lapkin's Indikator tab has drop-downs that refuse a pasted target, so the admin first empties it
 * (Kosongkan tab Indikator; the typed rows are kept in "Indikator lama"), then pastes the PK at A1
 * (cell writes as the admin).
 */
function tempelDiTabKosong(emu: Emulator, rows: readonly (readonly string[])[]): void {
  const lama = emu.edit(ADMIN, 'Indikator', 'F2', '70');
  // Refused by the Polaritas drop-down, whose help text Sheets shows as the refusal.
  expect(lama.ok ? '' : lama.error).toBe('positif: makin tinggi makin baik; negatif: makin rendah makin baik.');
  const tanya = emu.call(ADMIN, 'kosongkanTabIndikator') as { status: string; pesan: string };
  expect(tanya).toEqual({ status: 'perlu-konfirmasi', pesan: expect.stringContaining('Isinya disimpan di tab "Indikator lama"') });
  expect(emu.spreadsheet.sheetNames()).not.toContain('Indikator lama');
  const hasil = emu.call(ADMIN, 'kosongkanTabIndikator', { konfirmasi: true }) as { status: string; pesan: string };
  expect(hasil.pesan).toMatch(/^Tab Indikator sudah kosong: tempel tabel Perjanjian Kinerja/);
  expect(emu.spreadsheet.describeSheet('Indikator lama', ADMIN).cells.some((c) => c.value === 'Nilai SAKIP Badan')).toBe(true);
  // The new tab is the admins' like the old one.
  expect(emu.edit(KABID_KWN, 'Indikator', 'A1', 'x').ok).toBe(false);
  rows.forEach((row, r) => row.forEach((v, c) => expect(emu.edit(ADMIN, 'Indikator', `${String.fromCharCode(65 + c)}${r + 1}`, v).ok).toBe(true)));
}

describe('Indikator from the office PK, through the bundle', () => {
  test('a pasted PK is understood; its bad row blocks Mulai siklus by row and column until fixed', () => {
    const emu = emulatorTerisi();
    tempelDiTabKosong(emu, PK);
    const siapkan = emu.call(ADMIN, 'siapkanLembarKerja') as { ditambahkan: string[]; masalah: string[] };
    // The office headers count as Lapkin's columns: only those the PK lacks are added beside them.
    expect(siapkan.ditambahkan).toEqual(['kolom Indikator ▸ Target akhir Renstra', 'kolom Indikator ▸ Realisasi tahun lalu', 'kolom Indikator ▸ Program', 'kolom Indikator ▸ Pagu (Rp)']);
    expect(siapkan.masalah).toEqual(['Indikator, baris 4, kolom Target TW I: "sembilan puluh" bukan angka, bukan rentang (mis. 80–90) dan bukan predikat dari Skala predikat.']);

    const ditolak = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: '2099-04-15' }) as { status: string; uraian: string[] };
    expect(ditolak.status).toBe('masalah');
    expect(ditolak.uraian).toEqual(siapkan.masalah);
    expect(emu.spreadsheet.sheetNames()).not.toContain(TAB_KWN_TW1);

    expect(emu.edit(ADMIN, 'Indikator', 'F4', '90%').ok).toBe(true);
    const hasil = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: '2099-04-15' }) as { status: string; tabDibuat: string[] };
    expect(hasil.status).toBe('ok');
    const tab = emu.spreadsheet.describeSheet(TAB_KWN_TW1, KABID_KWN);
    // The merged Sasaran cell (empty in row 4) is the one above it.
    expect(selKolom(tab, 'Sasaran strategis', barisKode(tab, 'IK-19'))?.value).toBe('Terkendalinya potensi konflik sosial');
    expect(tab.cells.some((c) => c.value === 'Nilai SAKIP Badan')).toBe(false);
  });
});
