import { describe, expect, test } from 'vitest';
import { ADMIN, ORANG_LAIN, emulatorContoh, emulatorTerisi, sel } from './helpers';

describe('Siapkan lembar kerja', () => {
  test('onOpen builds the Laporan Kinerja menu without reading the workbook', () => {
    const emu = emulatorContoh();
    const sebelum = emu.ws.calls.length;
    emu.callWith({ email: '' }, 'onOpen', [], 'LIMITED');
    const items = emu.ui.menus.find((m) => m.title === 'Laporan Kinerja')?.items.map((i) => (i.kind === 'item' ? i.caption : ''));
    expect(items?.slice(0, 3)).toEqual(['Siapkan lembar kerja', 'Mulai siklus', 'Buka panel']);
    expect(Object.keys(emu.ws.callCounts(sebelum)).filter((k) => !k.includes('Ui') && !k.includes('Menu') && k !== 'SpreadsheetApp.getUi')).toEqual([]);
  });

  test('creates the configuration tabs with headers, notes, drop-downs, frozen headers and example rows', () => {
    const emu = emulatorContoh();
    const hasil = emu.call('pemilik@contoh.go.id', 'siapkanLembarKerja') as { ditambahkan: string[]; masalah: string[] };
    expect(hasil.ditambahkan).toEqual(['tab Pengaturan', 'tab Bidang', 'tab Indikator', 'tab SOP']);
    // Fresh tabs still need the admin's data: setup says what is missing, all at once.
    expect(hasil.masalah).toEqual(expect.arrayContaining([expect.stringMatching(/^Pengaturan, baris \d+, kolom Nilai: Nama Kepala: Wajib diisi\.$/)]));
    const indikator = emu.spreadsheet.describeSheet('Indikator');
    expect(indikator.frozenRows).toBe(1);
    const polaritas = sel(indikator, 1, 6);
    expect(polaritas?.value).toBe('Polaritas');
    expect(polaritas?.note).toMatch(/makin tinggi makin baik/);
    expect(sel(indikator, 2, 6)?.validation).toMatchObject({ criteria: 'VALUE_IN_LIST', values: ['positif', 'negatif'], allowInvalid: false });
    expect(sel(indikator, 2, 1)?.value).toBe('IKU-01');
    const pengaturan = emu.spreadsheet.describeSheet('Pengaturan');
    const kirim = pengaturan.cells.find((c) => c.column === 1 && c.value === 'Kirim e-mail');
    expect(sel(pengaturan, kirim!.row, 2)?.validation?.values).toEqual(['Ya', 'Tidak']);
  });

  test('running it again adds only what is missing and keeps what the admin typed', () => {
    const emu = emulatorTerisi();
    expect(emu.edit('pemilik@contoh.go.id', 'Indikator', 'P1', '').ok).toBe(true); // the admin deleted the Pagu header
    const hasil = emu.call(ADMIN, 'siapkanLembarKerja') as { ditambahkan: string[]; masalah: string[] };
    expect(hasil.ditambahkan).toEqual(['kolom Indikator ▸ Pagu (Rp)']);
    const indikator = emu.spreadsheet.describeSheet('Indikator');
    expect(sel(indikator, 1, 17)?.value).toBe('Pagu (Rp)');
    expect(sel(indikator, 2, 1)?.value).toBe('IK-01');
    expect(sel(indikator, 2, 14)?.value).toBe('68,5');
    expect((emu.call(ADMIN, 'siapkanLembarKerja') as { ditambahkan: string[] }).ditambahkan).toEqual([]);
  });

  test('only an admin may run it; an unknown e-mail is nobody', () => {
    const emu = emulatorTerisi();
    expect(() => emu.call(ORANG_LAIN, 'siapkanLembarKerja')).toThrow(/Hanya admin/);
    expect(() => emu.call('', 'siapkanLembarKerja')).toThrow(/tidak memberi tahu alamat e-mail/);
  });

  test('every action leaves a row in the protected Log tab', () => {
    const emu = emulatorTerisi();
    const log = emu.spreadsheet.describeSheet('Log', ADMIN);
    expect(log.protections[0]).toMatchObject({ type: 'SHEET' });
    expect(sel(log, 2, 3)?.value).toBe('Siapkan lembar kerja');
    expect(sel(log, 2, 2)?.value).toBe('pemilik@contoh.go.id');
    expect(emu.spreadsheet.describeSheet('Log', ORANG_LAIN).cells.some((c) => c.editable)).toBe(false);
  });
});

describe('inline checks of the configuration tabs', () => {
  /** Whether the emulator judges `nilai` in the cell valid by its rule (Sheets' red corner when not), and the help text. */
  function periksa(tab: string, a1: string, nilai: string): { sah: boolean; bantuan: string | undefined } {
    const emu = emulatorContoh();
    emu.call('pemilik@contoh.go.id', 'siapkanLembarKerja');
    const hasil = emu.edit('pemilik@contoh.go.id', tab, a1, nilai);
    expect(hasil.ok).toBe(true); // a warning, never a refusal
    const view = emu.spreadsheet.describeSheet(tab);
    const c = view.cells.find((x) => `${String.fromCharCode(64 + x.column)}${x.row}` === a1);
    return { sah: c?.invalid !== true, bantuan: c?.validation?.helpText };
  }

  test('"dua ribu" as a target or pagu is flagged with help text; numbers as people type them and a predikat are not', () => {
    expect(periksa('Indikator', 'H2', 'dua ribu')).toEqual({ sah: false, bantuan: expect.stringContaining('bukan kata seperti "dua ribu"') });
    for (const ok of ['1.234', '12,5', '85%', 'WTP']) expect(periksa('Indikator', 'H2', ok).sah).toBe(true);
    expect(periksa('Indikator', 'P2', 'dua ribu').sah).toBe(false);
  });

  test('"bukan-email" as a Kabid or staff e-mail is flagged; one address, or several separated by commas, is not', () => {
    expect(periksa('Bidang', 'E2', 'bukan-email')).toEqual({ sah: false, bantuan: 'Tulis satu alamat e-mail, mis. kabid@contoh.go.id.' });
    expect(periksa('Bidang', 'E2', 'kabid@contoh.go.id').sah).toBe(true);
    expect(periksa('Bidang', 'F2', 'a@contoh.go.id, bukan-email').sah).toBe(false);
    expect(periksa('Bidang', 'F2', 'a@contoh.go.id, b@contoh.go.id').sah).toBe(true);
  });
});
