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
    expect(hasil.ditambahkan).toEqual(['tab Pengaturan', 'tab Bidang', 'tab Indikator', 'tab Renstra', 'tab Narasi', 'tab SOP']);
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

  test('the Renstra and Narasi tabs: labelled rows with notes, the indicator table with its drop-down, protected for the admins', () => {
    const emu = emulatorContoh();
    emu.call('pemilik@contoh.go.id', 'siapkanLembarKerja');
    const renstra = emu.spreadsheet.describeSheet('Renstra');
    const kolomA = renstra.cells.filter((c) => c.column === 1 && typeof c.value === 'string' && c.value !== '').sort((a, b) => a.row - b.row);
    expect(kolomA.map((c) => c.value)).toEqual(['Renstra', 'Periode Renstra', 'Visi', 'Misi', 'Tujuan', 'Kode indikator']);
    expect(sel(renstra, 3, 1)?.note).toMatch(/Visi kepala daerah/);
    const judul = kolomA[5].row;
    expect([1, 2, 3, 4, 5].map((c) => sel(renstra, judul, c)?.value)).toEqual(['Kode indikator', 'Target akhir Renstra', 'Jenis target Renstra', 'Standar nasional/provinsi', 'Sumber standar']);
    expect(sel(renstra, judul + 1, 3)?.validation).toMatchObject({ criteria: 'VALUE_IN_LIST', values: ['kumulatif', 'kondisi akhir'] });
    // A word typed as a target warns, as in the Indikator tab.
    expect(emu.edit('pemilik@contoh.go.id', 'Renstra', `B${judul + 2}`, 'dua ribu').ok).toBe(true);
    expect(emu.edit('pemilik@contoh.go.id', 'Renstra', `D${judul + 2}`, '1.250').ok).toBe(true);
    const isi = emu.spreadsheet.describeSheet('Renstra');
    expect(sel(isi, judul + 2, 2)).toMatchObject({ invalid: true, validation: { helpText: expect.stringContaining('bukan kata seperti "dua ribu"') } });
    expect(sel(isi, judul + 2, 4)?.invalid).not.toBe(true);
    const narasi = emu.spreadsheet.describeSheet('Narasi');
    expect(narasi.cells.filter((c) => c.column === 1 && typeof c.value === 'string' && c.value !== '').map((c) => c.value)).toEqual(['Narasi', 'Tugas pokok dan fungsi', 'Struktur organisasi', 'Isu strategis', 'Langkah ke depan']);
    // Only admins may type in either (a Kabid could otherwise rewrite the LKj's chapters).
    for (const tab of ['Renstra', 'Narasi']) {
      expect(emu.spreadsheet.describeSheet(tab, ADMIN).protections[0]).toMatchObject({ type: 'SHEET' });
      expect(emu.edit(ORANG_LAIN, tab, 'B2', 'x').ok).toBe(false);
    }
    // Typed into, they are kept on the next run.
    expect(emu.edit('pemilik@contoh.go.id', 'Narasi', 'B2', 'Tupoksi kami').ok).toBe(true);
    expect((emu.call('pemilik@contoh.go.id', 'siapkanLembarKerja') as { ditambahkan: string[] }).ditambahkan).toEqual([]);
    expect(sel(emu.spreadsheet.describeSheet('Narasi'), 2, 2)?.value).toBe('Tupoksi kami');
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
