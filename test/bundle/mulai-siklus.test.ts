import { describe, expect, test } from 'vitest';
import { capaianSampaiTw } from '../../src/core/agregasi';
import { ATURAN_BAWAAN } from '../../src/core/capaian';
import { ADMIN, KABID_KWN, KABID_POL, ORANG_LAIN, STAF_KWN, TAB_KWN_TW1, barisKode, emulatorTerisi, panggilanSelama, sel, selKolom } from './helpers';

type Hasil = { status: string; pesan: string; tabDibuat?: string[]; uraian?: string[] };
// The bundle's Date is the real clock, not the emulator's (see the report): a deadline far ahead.
const BATAS = '2099-04-15';

function mulai(emu: ReturnType<typeof emulatorTerisi>, masukan: Record<string, unknown> = {}): Hasil {
  return emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: BATAS, ...masukan }) as Hasil;
}

describe('Mulai siklus', () => {
  test('one readable tab per bidang with the header block, the indicators and live capaian', () => {
    const emu = emulatorTerisi();
    const hasil = mulai(emu, { catatan: 'Mohon tepat waktu' });
    expect(hasil.status).toBe('ok');
    expect(hasil.tabDibuat).toHaveLength(5);
    expect(hasil.tabDibuat).toContain(TAB_KWN_TW1);
    const tab = emu.spreadsheet.describeSheet(TAB_KWN_TW1, KABID_KWN);
    expect(tab.frozenRows).toBe(7);
    // No, Kode, Sasaran and Indikator stay beside the input columns when scrolled sideways.
    expect(tab.frozenColumns).toBe(4);
    expect(sel(tab, 3, 8)?.value).toBe('15 April 2099');
    expect(sel(tab, 4, 8)?.value).toBe('Belum diisi');
    expect(sel(tab, 5, 4)?.validation?.criteria).toBe('CHECKBOX');
    const r = barisKode(tab, 'IK-16'); // kumulatif, target s.d. TW I = 12
    expect(selKolom(tab, 'Capaian (%)', r)?.value).toBe('belum diisi');

    // The bidang types; the capaian appears at once and equals the recap's computation.
    const real = selKolom(tab, 'Realisasi TW I', r)!;
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${String.fromCharCode(64 + real.column)}${r}`, 10).ok).toBe(true);
    const sesudah = emu.spreadsheet.describeSheet(TAB_KWN_TW1, KABID_KWN);
    const rekap = capaianSampaiTw({ indikator: { polaritas: 'positif', agregasi: 'kumulatif', targetTahunan: 48, targetTw: [12, 24, 36, 48] }, realisasiTw: [10], periode: 'TW1' }, ATURAN_BAWAAN).capaian;
    expect(rekap.jenis === 'nilai' && rekap.persen).toBeCloseTo(83.33333333, 6);
    expect(selKolom(sesudah, 'Capaian (%)', r)?.value).toBeCloseTo(rekap.jenis === 'nilai' ? rekap.persen : NaN, 8);
    expect(selKolom(sesudah, 'Kategori', r)?.value).toBe('Tinggi');
    // The status cell follows the typing, as the panel does.
    expect(sel(sesudah, 4, 8)?.value).toBe('Sedang diisi');
    // IK-16 counts laporan: whole numbers, as the recap shows them; IK-17 (%) keeps two decimals.
    expect(selKolom(sesudah, 'Realisasi TW I', r)?.display).toBe('10');
    expect(selKolom(sesudah, 'Target s.d. TW I', r)?.display).toBe('12');
    expect(selKolom(sesudah, 'Target s.d. TW I', barisKode(sesudah, 'IK-17'))?.numberFormat).toBe('#,##0.00');

    // Negative polarity, worked example T 8 (s.d. TW I = 2 here), R 1 → 150 %.
    const konflik = barisKode(sesudah, 'IK-18');
    expect(emu.edit(STAF_KWN, TAB_KWN_TW1, `${String.fromCharCode(64 + real.column)}${konflik}`, 1).ok).toBe(true);
    expect(selKolom(emu.spreadsheet.describeSheet(TAB_KWN_TW1), 'Capaian (%)', konflik)?.value).toBe(150);
  });

  test('protection: admins edit everything, the bidang only its inputs, everyone else nothing', () => {
    const emu = emulatorTerisi();
    mulai(emu);
    const r = barisKode(emu.spreadsheet.describeSheet(TAB_KWN_TW1), 'IK-16');
    const kolom = (judul: string): string => String.fromCharCode(64 + selKolom(emu.spreadsheet.describeSheet(TAB_KWN_TW1), judul, r)!.column);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${kolom('Penjelasan')}${r}`, 'Sesuai rencana').ok).toBe(true);
    expect(emu.edit(STAF_KWN, TAB_KWN_TW1, 'D5', true).ok).toBe(true); // the Kirim box
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${kolom('Target s.d. TW I')}${r}`, 1).ok).toBe(false);
    expect(emu.edit(KABID_POL, TAB_KWN_TW1, `${kolom('Penjelasan')}${r}`, 'bukan bidang saya').ok).toBe(false);
    expect(emu.edit(ORANG_LAIN, TAB_KWN_TW1, `${kolom('Realisasi TW I')}${r}`, 5).ok).toBe(false);
    expect(emu.edit(ADMIN, TAB_KWN_TW1, `${kolom('Target s.d. TW I')}${r}`, 13).ok).toBe(true);
    expect(emu.edit(ADMIN, TAB_KWN_TW1, `${kolom('Realisasi TW I')}${r}`, 7).ok).toBe(true);
    const p = emu.spreadsheet.describeSheet(TAB_KWN_TW1).protections;
    const range = p.find((x) => x.type === 'RANGE' && x.range !== 'D5');
    expect([...(range?.editors ?? [])].sort()).toEqual([ADMIN, 'pemilik@contoh.go.id', 'sekretaris@contoh.go.id', KABID_KWN, STAF_KWN].sort());
  });

  test('inputs are validated: a realisasi that is no number or label and a bukti dukung that is not a link are refused', () => {
    const emu = emulatorTerisi();
    mulai(emu);
    const view = emu.spreadsheet.describeSheet(TAB_KWN_TW1);
    const r = barisKode(view, 'IK-16');
    const huruf = (judul: string): string => String.fromCharCode(64 + selKolom(view, judul, r)!.column);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${huruf('Realisasi TW I')}${r}`, 'banyak').ok).toBe(false);
    // A negative number passes the sheet (growth rates may fall below 0); a negative count is refused at Kirim.
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${huruf('Realisasi TW I')}${r}`, -3).ok).toBe(true);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${huruf('Realisasi TW I')}${r}`, 'tidak ada data').ok).toBe(true);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${huruf('Bukti dukung (link)')}${r}`, 'lihat map biru').ok).toBe(false);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${huruf('Bukti dukung (link)')}${r}`, 'https://drive.google.com/x').ok).toBe(true);
  });

  test('a bad configuration: every problem at once, with tab, row and column; nothing created', () => {
    const emu = emulatorTerisi();
    emu.edit(ADMIN, 'Bidang', 'E6', 'kabid kwn@contoh');
    emu.edit(ADMIN, 'Indikator', 'D3', 'ZZZ');
    emu.edit(ADMIN, 'Indikator', 'H4', 'banyak');
    emu.edit(ADMIN, 'Indikator', 'P6', '-5.000');
    const sebelum = emu.spreadsheet.sheetNames();
    const hasil = mulai(emu);
    expect(hasil.status).toBe('masalah');
    expect(hasil.uraian).toEqual([
      'Bidang, baris 6, kolom E-mail Kabid: "kabid kwn@contoh" bukan alamat e-mail yang sah.',
      'Indikator, baris 3, kolom Bidang: Bidang "ZZZ" tidak ada di tab Bidang (tulis kode atau nama bidangnya).',
      'Indikator, baris 4, kolom Target tahunan: "banyak" bukan angka, bukan rentang (mis. 80–90) dan bukan predikat dari Skala predikat.',
      'Indikator, baris 6, kolom Pagu (Rp): Pagu tidak boleh negatif.',
    ]);
    expect(emu.spreadsheet.sheetNames()).toEqual(sebelum);
  });

  test('starting the same period twice refuses and changes nothing; typed values stay', () => {
    const emu = emulatorTerisi();
    mulai(emu);
    emu.edit(KABID_KWN, TAB_KWN_TW1, 'R8', 'Sudah dilaksanakan');
    const nama = emu.spreadsheet.sheetNames();
    const hasil = mulai(emu);
    expect(hasil.status).toBe('ditolak');
    expect(hasil.pesan).toMatch(/^Siklus TW I 2026 sudah dimulai/);
    expect(emu.spreadsheet.sheetNames()).toEqual(nama);
    expect(sel(emu.spreadsheet.describeSheet(TAB_KWN_TW1), 8, 18)?.value).toBe('Sudah dilaksanakan');
  });

  test('a start cut off half-way resumes: no duplicate tab, nothing typed lost', () => {
    // The fault lands just after the third bidang tab is inserted (counted on an uninterrupted run).
    const acuan = emulatorTerisi();
    const sisip = panggilanSelama(acuan, () => mulai(acuan)).flatMap((c, i) => (c.method === 'Spreadsheet.insertSheet' ? [i + 1] : []));
    const emu = emulatorTerisi();
    emu.ws.injectFault({ atCall: sisip[2] + 2, message: 'Exceeded maximum execution time' });
    expect(() => mulai(emu)).toThrow('Exceeded maximum execution time');
    const dibuat = emu.spreadsheet.sheetNames().filter((n) => n.startsWith('TW1-26·'));
    expect(dibuat.length).toBeGreaterThan(0);
    expect(dibuat.length).toBeLessThan(5);
    // Someone typed into the first tab before the admin noticed.
    expect(emu.edit(ADMIN, 'TW1-26·SEK', 'R8', 'diketik sebelum dilanjutkan').ok).toBe(true);
    const hasil = mulai(emu);
    expect(hasil.status).toBe('ok');
    const semua = emu.spreadsheet.sheetNames().filter((n) => n.startsWith('TW1-26·'));
    expect(semua).toHaveLength(5);
    expect(new Set(semua.map((n) => n.toLowerCase())).size).toBe(5);
    expect(sel(emu.spreadsheet.describeSheet('TW1-26·SEK'), 8, 18)?.value).toBe('diketik sebelum dilanjutkan');
  });

  test('the Sekretariat types into its tab while the start goes on: the tabs copied from it hold no input', () => {
    // Same-size tabs are copies of the first (insertSheet template); it may already hold typing.
    const acuan = emulatorTerisi();
    const sisip = panggilanSelama(acuan, () => mulai(acuan)).flatMap((c, i) => (c.method === 'Spreadsheet.insertSheet' ? [i + 1] : []));
    const emu = emulatorTerisi();
    const SEK = 'TW1-26·SEK';
    const diketik: { ok: boolean }[] = [];
    // The SOP status tab is inserted first (the persiapan), then the bidang tabs: the Sekretariat's is the first of them.
    emu.ws.beforeCall(sisip[2], () => {
      for (const [a1, v] of [['N8', 7], ['Q8', 1000], ['R8', 'teks Sekretariat'], ['S8', 'fd'], ['T8', 'fh'], ['U8', 'up'], ['V8', 'https://drive.google.com/sek']] as const) diketik.push(emu.edit('sekretaris@contoh.go.id', SEK, a1, v));
    });
    expect(mulai(emu).status).toBe('ok');
    expect(diketik).toHaveLength(7);
    expect(diketik.every((h) => h.ok)).toBe(true);
    expect(sel(emu.spreadsheet.describeSheet(SEK), 8, 18)?.value).toBe('teks Sekretariat');
    const lain = emu.spreadsheet.sheetNames().filter((n) => n.startsWith('TW1-26·') && n !== SEK);
    expect(lain).toHaveLength(4);
    // At least one of them was copied from the Sekretariat's tab (as many indicator rows).
    const baris = (nama: string) => emu.spreadsheet.describeSheet(nama).cells.filter((c) => c.column === 2 && c.row >= 8 && c.value !== '').length;
    expect(lain.some((n) => baris(n) === baris(SEK))).toBe(true);
    for (const nama of lain) {
      const isian = emu.spreadsheet.describeSheet(nama).cells.filter((c) => c.row >= 8 && c.column >= 14 && c.column <= 20 && c.value !== '' && c.value !== null);
      expect(isian.map((c) => `${nama}!${c.row},${c.column}=${String(c.value)}`)).toEqual([]);
    }
  });

  test('a new period while another is open asks first, then keeps the old tabs; a TW I never submitted is no closed quarter', () => {
    const emu = emulatorTerisi();
    mulai(emu);
    const r = barisKode(emu.spreadsheet.describeSheet(TAB_KWN_TW1), 'IK-16');
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `N${r}`, 10).ok).toBe(true);
    const tanya = mulai(emu, { periode: 'TW2', batasWaktu: '2099-07-15' });
    // The question says what closing costs: the old tabs hidden, and who can no longer submit.
    expect(tanya).toEqual({
      status: 'perlu-konfirmasi',
      pesan: 'Siklus TW I 2026 masih berjalan. Mulai siklus TW II 2026? Siklus TW I 2026 ditutup: pengumpulannya berakhir dan tab bidangnya disembunyikan (tidak dihapus). ' +
        '5 dari 5 bidang belum mengirim (Sekretariat; Bidang Ideologi dan Wawasan Kebangsaan; Bidang Politik Dalam Negeri; Bidang Ketahanan Ekonomi, Sosial, Budaya dan Organisasi Kemasyarakatan; Bidang Kewaspadaan Nasional) dan tidak dapat mengirim lagi.',
    });
    expect(emu.spreadsheet.sheetNames().some((n) => n.startsWith('TW2-'))).toBe(false);
    expect(mulai(emu, { periode: 'TW2', batasWaktu: '2099-07-15', konfirmasi: true }).status).toBe('ok');
    expect(emu.spreadsheet.sheetNames()).toContain(TAB_KWN_TW1);
    const tw2 = emu.spreadsheet.describeSheet('TW2-26·KWN', KABID_KWN);
    const baris = barisKode(tw2, 'IK-16');
    // The closed quarters come from Arsip Kiriman, as in the recap (mulai-siklus-sebelumnya.test.ts).
    expect(selKolom(tw2, 'Realisasi TW I', baris)).toMatchObject({ editable: false });
    expect(selKolom(tw2, 'Realisasi TW I', baris)?.value ?? '').toBe('');
    expect(selKolom(tw2, 'Capaian (%)', baris)?.value).toBe('belum diisi');
  });

  test('the panel shows the period, the deadline and each bidang\'s status', () => {
    const emu = emulatorTerisi();
    expect((emu.call(KABID_KWN, 'getPanelState') as { siklus: unknown; admin: boolean })).toMatchObject({ siklus: null, admin: false });
    mulai(emu);
    emu.edit(KABID_KWN, TAB_KWN_TW1, 'N8', 3);
    const panel = emu.call(ADMIN, 'getPanelState') as { admin: boolean; siklus: { label: string; batasWaktuTampil: string; bidang: { kode: string; status: string; terisi: number; jumlahIndikator: number }[] } };
    expect(panel.admin).toBe(true);
    expect(panel.siklus.label).toBe('TW I 2026');
    expect(panel.siklus.batasWaktuTampil).toBe('15 April 2099');
    expect(panel.siklus.bidang.find((b) => b.kode === 'KWN')).toMatchObject({ status: 'sedang-diisi', terisi: 1, jumlahIndikator: 5 });
    expect(panel.siklus.bidang.find((b) => b.kode === 'SEK')).toMatchObject({ status: 'belum-diisi', terisi: 0 });
    expect(JSON.parse(JSON.stringify(panel))).toEqual(panel); // plain data only
  });

  test('only admins start a cycle; a busy lock gives an Indonesian message', () => {
    const emu = emulatorTerisi();
    expect(() => emu.call(KABID_KWN, 'mulaiSiklus', { periode: 'TW1' })).toThrow(/Hanya admin/);
    const lain = emu.globals().LockService as GoogleAppsScript.Lock.LockService;
    emu.ws.run({ email: 'sekretaris@contoh.go.id' }, () => {
      expect(lain.getDocumentLock().tryLock(1000)).toBe(true);
      expect(() => mulai(emu)).toThrow(/sedang diubah oleh proses lain/);
    });
    expect(mulai(emu).status).toBe('ok');
  });

  test('from the menu: the period by prompt, a confirmation when another period is open, the outcome in an alert', () => {
    const emu = emulatorTerisi();
    mulai(emu);
    emu.ui.queueResponse({ button: 'OK', text: 'triwulan 2' });
    emu.ui.queueResponse({ button: 'NO' });
    emu.call(ADMIN, 'menuMulaiSiklus');
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/^Siklus TW I 2026 masih berjalan/);
    expect(emu.spreadsheet.sheetNames().some((n) => n.startsWith('TW2-'))).toBe(false);
    emu.ui.queueResponse({ button: 'OK', text: 'TW III' });
    emu.ui.queueResponse({ button: 'YES' });
    emu.call(ADMIN, 'menuMulaiSiklus');
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/^Siklus TW III 2026 dimulai: 5 tab bidang dibuat, batas waktu \d+ \w+ \d{4}\.$/);
  });
});
