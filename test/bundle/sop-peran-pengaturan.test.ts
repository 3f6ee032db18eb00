// The optional SOP-role rows of Pengaturan ("E-mail Kepala" …): created by setup with a note,
// validated as e-mails by the configuration reader, and absent rows are no problem.
import { describe, expect, test } from 'vitest';
import { ADMIN, emulatorTerisi, sel } from './helpers';

type Hasil = { status: string; uraian?: string[] };

function barisLabel(emu: ReturnType<typeof emulatorTerisi>, label: string): number | undefined {
  return emu.spreadsheet.describeSheet('Pengaturan', ADMIN).cells.find((c) => c.column === 1 && c.value === label)?.row;
}

describe('SOP role e-mails in Pengaturan', () => {
  test('setup adds every role row, empty, with a note saying it may stay empty', () => {
    const emu = emulatorTerisi();
    for (const label of ['E-mail Sekretaris', 'E-mail Kepala', 'E-mail Kabag', 'E-mail Asisten', 'E-mail Tim LKj', 'E-mail Pengadministrasi']) {
      const r = barisLabel(emu, label);
      expect(r, label).toBeDefined();
      const pengaturan = emu.spreadsheet.describeSheet('Pengaturan', ADMIN);
      expect(sel(pengaturan, r!, 2)?.value ?? '').toBe('');
      expect(sel(pengaturan, r!, 1)?.note).toMatch(/^Boleh kosong\./);
    }
    expect((emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', batasWaktu: '2099-04-15' }) as Hasil).status).toBe('ok');
  });

  test('a typo in a role e-mail is a configuration problem naming the row', () => {
    const emu = emulatorTerisi();
    const r = barisLabel(emu, 'E-mail Kepala');
    expect(emu.edit(ADMIN, 'Pengaturan', `B${r}`, 'kepala@contoh').ok).toBe(true);
    const hasil = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', batasWaktu: '2099-04-15' }) as Hasil;
    expect(hasil.status).toBe('masalah');
    expect(hasil.uraian).toContain(`Pengaturan, baris ${r}, kolom Nilai: E-mail Kepala: "kepala@contoh" bukan alamat e-mail yang sah.`);
  });

  test('a workbook set up before the rows existed still reads: a missing role row is no problem', () => {
    const emu = emulatorTerisi();
    const r = barisLabel(emu, 'E-mail Asisten');
    expect(emu.edit(ADMIN, 'Pengaturan', `A${r}`, '').ok).toBe(true);
    expect((emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', batasWaktu: '2099-04-15' }) as Hasil).status).toBe('ok');
  });
});
