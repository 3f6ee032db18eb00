/**
 * The persiapan through the built bundle (issue 15): Siapkan siklus makes the cycle and its SOP
 * status before any bidang tab, the nota dinas and its paraf and signature are tracked, and Mulai
 * siklus opens the tabs as the nota dinas' distribution. The Kasubbag is a consumer account.
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { ADMIN, KABID_KWN, TAB_KWN_TW1, emulatorTerisi, sel } from './helpers';
import { BATAS, type Hasil } from './kirim-bantuan';

const TAB_SOP = 'Status SOP TW I 2026';
/** sop-001 (the demo's template): step urutan n is on row 7 + n; Status is column 6, Oleh 11, Catatan 12. */
const status = (emu: Emulator, urutan: number, kolom = 6): unknown => sel(emu.spreadsheet.describeSheet(TAB_SOP, ADMIN), 7 + urutan, kolom)?.value;
const statusSemua = (emu: Emulator): unknown[] => Array.from({ length: 7 }, (_, i) => status(emu, i + 1));
const tandai = (emu: Emulator, urutan: number, catatan: string): void => {
  expect((emu.call(ADMIN, 'tandaiLangkahSop', { urutan, catatan }) as { pesan: string }).pesan).toBe(`Langkah ${urutan} ditandai selesai.`);
};
const jam = (emu: Emulator, n: number): void => emu.ws.advance(n * 3600 * 1000);
const logTindakan = (emu: Emulator): unknown[] => {
  const v = emu.spreadsheet.describeSheet('Log', ADMIN);
  return Array.from({ length: v.lastRow - 1 }, (_, i) => sel(v, i + 2, 3)?.value);
};
type Panel = { tahap: string; siklus: { label: string; persiapan: boolean; lengkap: boolean; batasWaktu: string } | null; bidangSaya: unknown[]; sop: { menunggu: string } | null };

describe('persiapan → nota dinas → Mulai siklus', () => {
  test('the nota dinas chain is tracked before the tabs open and ends Selesai, not Dilewati', () => {
    const emu = emulatorTerisi();
    const siap = emu.call(ADMIN, 'siapkanSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: BATAS }) as Hasil;
    expect(siap).toMatchObject({ status: 'ok', pesan: expect.stringMatching(/^Siklus TW I 2026 disiapkan, batas waktu 15 April 2026\. Buat nota dinas/) });
    // The cycle and its SOP status exist; no bidang tab yet.
    expect(emu.spreadsheet.sheetNames()).toContain(TAB_SOP);
    expect(emu.spreadsheet.sheetNames()).not.toContain(TAB_KWN_TW1);
    expect(statusSemua(emu)).toEqual(['Belum', 'Belum', 'Belum', 'Belum', 'Belum', 'Belum', 'Belum']);
    const panel = emu.call(ADMIN, 'getPanelState') as Panel;
    expect(panel).toMatchObject({ tahap: 'persiapan', siklus: { label: 'TW I 2026', persiapan: true, lengkap: false } });
    expect(panel.sop?.menunggu).toMatch(/^Menunggu Sekretaris: langkah 1, /);
    const guide = emu.call(ADMIN, 'getMulaiDiSini') as { langkah: { id: string; kurang: string[] }[] };
    expect(guide.langkah.find((l) => l.id === 'mulai')?.kurang).toEqual(['Siklus TW I 2026 sudah disiapkan; tab bidangnya belum dibuka (Mulai siklus).']);
    // Nothing a bidang does exists yet: the Kabid sees no tab, the per-bidang actions say why.
    expect((emu.call(KABID_KWN, 'getPanelState') as Panel).bidangSaya).toEqual([]);
    expect(() => emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' })).toThrow('Siklus TW I 2026 masih persiapan: tab bidang belum dibuka. Jalankan Mulai siklus untuk membukanya.');
    expect(emu.call(ADMIN, 'buatTabRekap')).toMatchObject({ status: 'ditolak', pesan: expect.stringContaining('masih persiapan') });

    // The Sekretaris' order and the Kasubbag TU's, marked by the Kasubbag; then the nota dinas is drafted.
    tandai(emu, 1, 'Disposisi Sekretaris');
    tandai(emu, 2, 'Disposisi ke pelaksana');
    jam(emu, 1);
    const nota = emu.call(ADMIN, 'buatNotaDinas') as { status: string; catatan: string[] };
    expect(nota.status).toBe('ok');
    expect(nota.catatan).toContain('Tab bidang belum dibuka, jadi nota dinas menulis "tautan belum tersedia"; tautan tiap tab ada di panel setelah Mulai siklus.');
    expect([status(emu, 3), status(emu, 3, 11), status(emu, 4)]).toEqual(['Selesai', 'Lapkin', 'Berjalan']);
    // Paraf by the Sekretaris and signature by the Kepala, marked as they happen.
    tandai(emu, 4, 'Diparaf');
    jam(emu, 20);
    tandai(emu, 5, 'Ditandatangani');
    expect(emu.call(ADMIN, 'siapkanSiklus', { periode: 'TW1', tahun: 2026 })).toMatchObject({ status: 'ditolak', pesan: expect.stringContaining('sudah disiapkan') });

    // The tabs open: the nota dinas is distributed, with the deadline it was prepared with.
    jam(emu, 1);
    const mulai = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026 }) as Hasil;
    expect(mulai).toMatchObject({ status: 'ok', pesan: expect.stringMatching(/^Siklus TW I 2026 dimulai: 5 tab bidang dibuat, batas waktu 15 April 2026\./) });
    expect(emu.spreadsheet.sheetNames()).toContain(TAB_KWN_TW1);
    expect(statusSemua(emu)).toEqual(['Selesai', 'Selesai', 'Selesai', 'Selesai', 'Selesai', 'Selesai', 'Berjalan']);
    expect(status(emu, 6, 11)).toBe('Lapkin');
    expect(emu.call(ADMIN, 'getPanelState')).toMatchObject({ tahap: 'pengumpulan', siklus: { persiapan: false, lengkap: true, batasWaktu: BATAS } });
    expect(logTindakan(emu)).toEqual(expect.arrayContaining(['Siapkan siklus', 'SOP: Nota dinas dibuat', 'Mulai siklus', 'SOP: Siklus dimulai']));
    expect(logTindakan(emu).filter((t) => t === 'Mulai siklus')).toHaveLength(1);
  });

  test('one click: Mulai siklus on a period never prepared prepares it on the way; the preparation steps stay open, none skipped', () => {
    const emu = emulatorTerisi();
    expect(emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: BATAS })).toMatchObject({ status: 'ok' });
    expect(statusSemua(emu)).toEqual(['Belum', 'Belum', 'Belum', 'Belum', 'Belum', 'Selesai', 'Berjalan']);
    expect(logTindakan(emu)).not.toContain('Siapkan siklus');
    // The nota dinas made afterwards still closes its own step.
    expect((emu.call(ADMIN, 'buatNotaDinas') as Hasil).status).toBe('ok');
    expect(status(emu, 3)).toBe('Selesai');
  });

  test('preparing the next period while TW I collects asks first, saying TW I closes and which bidang can no longer submit', () => {
    const emu = emulatorTerisi();
    expect(emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: BATAS })).toMatchObject({ status: 'ok' });
    const tanya = emu.call(ADMIN, 'siapkanSiklus', { periode: 'TW2', tahun: 2026 }) as Hasil;
    expect(tanya.status).toBe('perlu-konfirmasi');
    expect(tanya.pesan).toMatch(/^Siklus TW I 2026 masih berjalan\. Siapkan siklus TW II 2026\? Siklus TW I 2026 ditutup: pengumpulannya berakhir dan tab bidangnya disembunyikan \(tidak dihapus\)\. 5 dari 5 bidang belum mengirim \(Sekretariat; .*Bidang Kewaspadaan Nasional\) dan tidak dapat mengirim lagi\.$/);
    // Nothing changed until the admin agrees.
    expect(emu.call(ADMIN, 'getPanelState')).toMatchObject({ siklus: { label: 'TW I 2026', persiapan: false } });
    expect(emu.spreadsheet.sheetNames()).not.toContain('Status SOP TW II 2026');
  });
});
