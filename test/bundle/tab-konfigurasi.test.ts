import { describe, expect, test } from 'vitest';
import { ADMIN, emulatorTerisi, sel } from './helpers';

describe('Siapkan lembar kerja on a Pengaturan tab the admin rearranged', () => {
  test('a title typed over row 1 stays; a deleted row comes back below the last row, nothing typed is overwritten', () => {
    const emu = emulatorTerisi();
    const judul = 'Pengaturan Laporan Kinerja Badan Kesbangpol 2026';
    expect(emu.edit(ADMIN, 'Pengaturan', 'A1', judul).ok).toBe(true);
    const sebelum = emu.spreadsheet.describeSheet('Pengaturan');
    const kirim = sebelum.cells.find((c) => c.column === 1 && c.value === 'Kirim e-mail')!;
    expect(emu.edit(ADMIN, 'Pengaturan', `A${kirim.row}`, '').ok).toBe(true);
    expect(emu.edit(ADMIN, 'Pengaturan', `B${kirim.row}`, '').ok).toBe(true);
    const terisi = sebelum.cells.filter((c) => c.value !== '' && c.value !== null && c.row !== kirim.row).map((c) => [c.row, c.column, c.value]);

    const hasil = emu.call(ADMIN, 'siapkanLembarKerja') as { ditambahkan: string[] };
    expect(hasil.ditambahkan).toEqual(['baris Pengaturan ▸ Kirim e-mail']);
    const sesudah = emu.spreadsheet.describeSheet('Pengaturan');
    expect(sel(sesudah, 1, 1)?.value).toBe(judul);
    for (const [row, column, value] of terisi) expect(sel(sesudah, row as number, column as number)?.value).toBe(row === 1 && column === 1 ? judul : value);
    expect(sesudah.cells.find((c) => c.column === 1 && c.value === 'Kirim e-mail')?.row).toBe(sebelum.lastRow + 1);
  });
});
