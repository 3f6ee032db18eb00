import { describe, expect, test } from 'vitest';
import { ADMIN, KABID_KWN, STAF_KWN } from './helpers';
import { barisBerlabel, emulatorRekap, isi, mulai, rekap, selRekap, TAB_KWN } from './rekap-helpers';

const REKAP = 'Rekap TW I 2026';
const CAPAIAN = 'Capaian s.d. TW I (%)';

/** TW I started; the Kabid typed domain.md §4's worked examples into the KWN tab (not submitted). */
function contohTerisi(): ReturnType<typeof emulatorRekap> {
  const emu = emulatorRekap();
  mulai(emu, 'TW1');
  const tab = TAB_KWN('TW I');
  isi(emu, KABID_KWN, tab, 'TW1', 'C-01', { realisasi: 85, realisasiAnggaran: 750000 });
  isi(emu, KABID_KWN, tab, 'TW1', 'C-02', { realisasi: 4 });
  isi(emu, KABID_KWN, tab, 'TW1', 'C-03', { realisasi: 10 });
  isi(emu, STAF_KWN, tab, 'TW1', 'C-04', { realisasi: 20 });
  isi(emu, STAF_KWN, tab, 'TW1', 'C-05', { realisasi: 5 });
  return emu;
}

describe('Buat rekap: the quarterly recap tab', () => {
  test('every worked example of domain.md §4 appears as a value with its category, drafts marked', () => {
    const emu = contohTerisi();
    const hasil = rekap(emu, { sertakanDraf: true });
    expect(hasil).toMatchObject({ status: 'ok', tab: REKAP });
    const tab = emu.spreadsheet.describeSheet(REKAP);
    expect(selRekap(tab, 'C-01', CAPAIAN)).toMatchObject({ value: 85, display: '85,00 %' });
    expect(selRekap(tab, 'C-01', 'Kategori')?.value).toBe('Tinggi');
    expect(selRekap(tab, 'C-01', 'Realisasi Anggaran')?.display).toBe('Rp 750.000');
    expect(selRekap(tab, 'C-02', CAPAIAN)?.value).toBe(150);
    expect(selRekap(tab, 'C-02', 'Kategori')?.value).toBe('Sangat Tinggi');
    expect(selRekap(tab, 'C-03', CAPAIAN)?.value).toBe(75);
    expect(selRekap(tab, 'C-03', 'Kategori')?.value).toBe('Sedang');
    expect(selRekap(tab, 'C-04', CAPAIAN)?.value).toBe(0);
    expect(selRekap(tab, 'C-04', 'Kategori')?.value).toBe('Sangat Rendah');
    // T = 0: never 0 % or 100 %, and distinct from a row nobody filled.
    expect(String(selRekap(tab, 'C-05', CAPAIAN)?.value)).toMatch(/^tidak dapat dihitung/);
    expect(selRekap(tab, 'C-05', 'Kategori')?.value ?? '').toBe('');
    expect(selRekap(tab, 'C-08', CAPAIAN)?.value).toBe('belum diisi');
    // A record, not live formulas into the bidang tab; the category colours differ by band.
    expect(tab.cells.filter((c) => c.formula !== undefined)).toEqual([]);
    expect(selRekap(tab, 'C-01', CAPAIAN)?.background).toBeDefined();
    expect(selRekap(tab, 'C-04', CAPAIAN)?.background).not.toBe(selRekap(tab, 'C-01', CAPAIAN)?.background);
    expect(selRekap(tab, 'C-01', 'Keterangan')?.value).toBe('(draf)');
    expect(tab.frozenRows).toBeGreaterThan(0);
    expect(tab.cells.find((c) => c.row === tab.frozenRows && c.column === 3)?.value).toBe('Indikator Kinerja');
  });

  test('the alternative negative formula from Pengaturan: T 8, R 4 gives 200 %', () => {
    const emu = contohTerisi();
    const pengaturan = emu.spreadsheet.describeSheet('Pengaturan', ADMIN);
    const baris = pengaturan.cells.find((c) => c.column === 1 && c.value === 'Rumus polaritas negatif')!.row;
    expect(emu.edit(ADMIN, 'Pengaturan', `B${baris}`, 'T / R').ok).toBe(true);
    rekap(emu, { sertakanDraf: true });
    const tab = emu.spreadsheet.describeSheet(REKAP);
    expect(selRekap(tab, 'C-02', CAPAIAN)?.value).toBe(200);
    expect(selRekap(tab, 'C-03', CAPAIAN)?.value).toBe(80);
    expect(selRekap(tab, 'C-04', CAPAIAN)?.value).toBe(40);
  });

  test('drafts stay out by default: nothing submitted means nothing filled', () => {
    const emu = contohTerisi();
    expect(rekap(emu).status).toBe('ok');
    const tab = emu.spreadsheet.describeSheet(REKAP);
    expect(selRekap(tab, 'C-01', CAPAIAN)?.value).toBe('belum diisi');
    expect(selRekap(tab, 'C-01', 'Keterangan')?.value ?? '').toBe('');
    expect(tab.cells.some((c) => String(c.value).startsWith('Termasuk data draf'))).toBe(false);
    const status = barisBerlabel(tab, 'Bidang Kewaspadaan Nasional', 2);
    expect(Object.values(status).map((c) => c.value)).toContain('Belum diisi');
  });

  test('text the bidang typed stays literal: formulas in a penjelasan are shown, not run', () => {
    const emu = emulatorRekap();
    mulai(emu, 'TW1');
    const impor = '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/x","A1:B2")';
    const tautan = '=HYPERLINK("http://contoh.invalid","klik")';
    isi(emu, KABID_KWN, TAB_KWN('TW I'), 'TW1', 'C-01', { realisasi: 90, penjelasan: impor, faktorPendukung: tautan, upaya: '+62 811' });
    rekap(emu, { sertakanDraf: true });
    const tab = emu.spreadsheet.describeSheet(REKAP);
    for (const [judul, teks] of [['Penjelasan', impor], ['Faktor Pendukung', tautan], ['Upaya', '+62 811']] as const) {
      const cell = selRekap(tab, 'C-01', judul);
      expect(cell?.value).toBe(teks);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.numberFormat).toBe('@');
    }
  });

  test('rebuilding gives the same tab in place, with each chart once; new data shows after a rebuild', () => {
    const emu = contohTerisi();
    rekap(emu, { sertakanDraf: true });
    const pertama = emu.spreadsheet.describeSheet(REKAP);
    expect(pertama.charts.map((c) => c.title)).toEqual([
      'Rata-rata capaian per bidang, TW I 2026 (%)',
      'Rata-rata capaian per sasaran strategis, TW I 2026 (%)',
    ]);
    expect(pertama.charts.every((c) => c.chartType === 'BAR')).toBe(true);
    expect(pertama.charts[0].data[0]).toEqual(['Bidang', 'Rata-rata Capaian (%)']);
    expect(pertama.charts[0].data.find((r) => r[0] === 'Bidang Kewaspadaan Nasional')?.[1]).toBeCloseTo((85 + 120 + 75 + 0) / 4, 9); // 150 % counts as 120 % in averages

    rekap(emu, { sertakanDraf: true });
    expect(emu.spreadsheet.describeSheet(REKAP)).toEqual(pertama);
    expect(emu.spreadsheet.sheetNames().filter((n) => n.startsWith('Rekap'))).toEqual([REKAP]);

    isi(emu, KABID_KWN, TAB_KWN('TW I'), 'TW1', 'C-01', { realisasi: 95 });
    rekap(emu, { sertakanDraf: true });
    const ketiga = emu.spreadsheet.describeSheet(REKAP);
    expect(ketiga.sheetId).toBe(pertama.sheetId);
    expect(selRekap(ketiga, 'C-01', CAPAIAN)?.value).toBe(95);
    expect(ketiga.charts).toHaveLength(2);
  });

  test('each build is in the Log; only admins build, others get an Indonesian refusal', () => {
    const emu = contohTerisi();
    rekap(emu, { sertakanDraf: true });
    const log = emu.spreadsheet.describeSheet('Log');
    const baris = log.cells.filter((c) => c.column === 3 && c.value === 'Buat rekap').map((c) => c.row);
    expect(baris).toHaveLength(1);
    const akhir = log.cells.filter((c) => c.row === baris[0]).map((c) => c.value);
    expect(akhir).toContain(ADMIN);
    expect(akhir).toContain('Rekap TW I 2026; 0 dari 5 bidang terkirim; data draf 1 bidang disertakan');
    expect(() => rekap(emu, {}, KABID_KWN)).toThrow(/Hanya admin/);
    expect(rekap(emu, { periode: 'TW2' })).toEqual({ status: 'ditolak', pesan: 'Siklus TW II 2026 belum dimulai, jadi belum ada data untuk direkap.' });
  });

  test('from the menu: the open cycle by default, drafts on request', () => {
    const emu = contohTerisi();
    emu.ui.queueResponse({ button: 'OK', text: '' });
    emu.ui.queueResponse({ button: 'YES' });
    emu.call(ADMIN, 'menuBuatRekap');
    expect(emu.ui.alerts.at(-1)?.prompt).toBe('Tab "Rekap TW I 2026" selesai dibuat: 0 dari 5 bidang terkirim; data draf 1 bidang disertakan.');
    expect(selRekap(emu.spreadsheet.describeSheet(REKAP), 'C-01', CAPAIAN)?.value).toBe(85);
  });
});
