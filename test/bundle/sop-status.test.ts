/** SOP tracking through the built bundle: the status tab, the cycle's events, manual marks, lateness. */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import type { SheetView } from '../../node/emulator/view';
import { ADMIN, KABID_KWN, KABID_POL, ORANG_LAIN, TAB_KWN_TW1, emulatorTerisi, sel } from './helpers';
import { BATAS, ISIAN_KWN, ISIAN_POL, TAB_POL_TW1, isi, siklusDimulai, type Hasil } from './kirim-bantuan';

const TAB = 'Status SOP TW I 2026';
/** sop-001 (the demo's template): step urutan n is on row 7 + n; columns as in KOLOM_STATUS. */
const K = { status: 6, tenggat: 8, selesai: 10, oleh: 11, catatan: 12 } as const;
const baris = (urutan: number): number => 7 + urutan;

function lihat(emu: Emulator): SheetView {
  return emu.spreadsheet.describeSheet(TAB, ADMIN);
}
function nilai(emu: Emulator, urutan: number, kolom: number): unknown {
  return sel(lihat(emu), baris(urutan), kolom)?.value;
}
function log(emu: Emulator): { pengguna: unknown; tindakan: unknown; rincian: unknown }[] {
  const v = emu.spreadsheet.describeSheet('Log', ADMIN);
  return Array.from({ length: v.lastRow - 1 }, (_, i) => ({ pengguna: sel(v, i + 2, 2)?.value, tindakan: sel(v, i + 2, 3)?.value, rincian: sel(v, i + 2, 4)?.value }));
}
function barisPengaturan(emu: Emulator, label: string): number {
  const c = emu.spreadsheet.describeSheet('Pengaturan', ADMIN).cells.find((x) => x.column === 1 && x.value === label);
  if (!c) throw new Error(`No Pengaturan row ${label}`);
  return c.row;
}
/** Template SOP = kustom; the SOP tab (pre-filled from sop-001) gets the time standards its source lacks. */
function sopKustom(emu: Emulator): void {
  emu.edit(ADMIN, 'Pengaturan', `B${barisPengaturan(emu, 'Template SOP')}`, 'kustom');
  for (let r = 10; r <= 15; r++) expect(emu.edit(ADMIN, 'SOP', `E${r}`, '1 hari').ok).toBe(true);
}
function tandai(emu: Emulator, email: string, masukan: Record<string, unknown>): { pesan: string } {
  return emu.call(email, 'tandaiLangkahSop', masukan) as { pesan: string };
}
/** Fires the hourly trigger Mulai siklus installed, as its creator. */
function jalankanPemicu(emu: Emulator): void {
  const t = emu.ws.triggers.find((x) => x.handlerFunction === 'perbaruiStatusSop');
  if (!t) throw new Error('no perbaruiStatusSop trigger');
  emu.callWith(t.creator, 'perbaruiStatusSop', [], 'FULL');
}

describe('SOP status', () => {
  test('Mulai siklus makes the status tab: planned in working time across the weekend and a holiday, admins only', () => {
    // 1 April 2026 09:00 WIB, a Wednesday; Pengaturan lists Friday 3 April as a holiday.
    const emu = siklusDimulai();
    expect(nilai(emu, 6, K.status)).toBe('Selesai'); // "Mendistribusikan surat": the request went out
    expect(nilai(emu, 6, K.oleh)).toBe('Lapkin');
    expect(nilai(emu, 1, K.status)).toBe('Belum'); // the nota dinas' preparation is marked by a person, never skipped
    expect(nilai(emu, 7, K.status)).toBe('Berjalan');
    // Re-planned from the actual finish of step 6 (09.00, when the tabs opened): 30 minutes of office time.
    expect(nilai(emu, 7, K.tenggat)).toBe('1 April 2026 09.30');
    // 4 hari: Thursday 2, (Friday 3 is a holiday, then the weekend), Monday 6, Tuesday 7, Wednesday 8.
    expect(nilai(emu, 8, K.tenggat)).toBe('8 April 2026 09.30');
    expect(sel(lihat(emu), 3, 2)?.value).toBe('4 hari kerja 2 jam 15 menit');
    expect(emu.edit(KABID_KWN, TAB, 'L9', 'bukan hak saya').ok).toBe(false);
    expect(emu.edit(ADMIN, TAB, `E${baris(11)}`, 'Rekap dibuat').ok).toBe(true);
    expect(log(emu).some((l) => l.tindakan === 'SOP: Siklus dimulai' && String(l.rincian).includes('Langkah 6: Belum → Selesai'))).toBe(true);
  });

  test('submissions by check box advance the submission steps; the recap advances its step', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true).ok).toBe(true);
    expect(nilai(emu, 7, K.status)).toBe('Berjalan');
    expect(nilai(emu, 7, K.catatan)).toBe('1 dari 5 bidang sudah mengirim.');
    isi(emu, KABID_POL, TAB_POL_TW1, ISIAN_POL);
    expect(emu.edit(KABID_POL, TAB_POL_TW1, 'D5', true).ok).toBe(true);
    expect(nilai(emu, 8, K.catatan)).toBe('2 dari 5 bidang sudah mengirim.');
    const panel = emu.call(ADMIN, 'getPanelState') as { sop: { menunggu: string } };
    expect(panel.sop.menunggu).toContain('Kabid Bidang Ideologi dan Wawasan Kebangsaan');
    expect(panel.sop.menunggu).not.toContain('Kewaspadaan Nasional');
    expect(panel.sop.menunggu).not.toContain('Politik Dalam Negeri');

    expect((emu.call(ADMIN, 'buatTabRekap') as Hasil).status).toBe('ok');
    expect(nilai(emu, 11, K.status)).toBe('Selesai'); // "Laporan Rekapitulasi"
    expect(nilai(emu, 11, K.oleh)).toBe(ADMIN);
    // Three bidang sent nothing: the collection stays open and the cycle waits on them, not on the recap's reader.
    expect(nilai(emu, 10, K.status)).toBe('Belum');
    expect(nilai(emu, 7, K.status)).toBe('Berjalan');
    expect(nilai(emu, 12, K.status)).toBe('Belum');
    const sesudah = emu.call(ADMIN, 'getPanelState') as { sop: { menunggu: string } };
    expect(sesudah.sop.menunggu).toMatch(/^Menunggu Kabid .*Kabid Bidang Ideologi dan Wawasan Kebangsaan, /);
    expect(sesudah.sop.menunggu).not.toContain('Politik Dalam Negeri');
  });

  test('a manual mark: the wrong role is refused, the right role accepted and logged', () => {
    const emu = siklusDimulai();
    // The Kepala's e-mail, in the optional Pengaturan row that Siapkan lembar kerja added.
    const r = emu.spreadsheet.describeSheet('Pengaturan', ADMIN).cells.find((c) => c.column === 1 && c.value === 'E-mail Kepala')?.row;
    expect(r).toBeDefined();
    expect(emu.edit(ADMIN, 'Pengaturan', `B${r}`, ORANG_LAIN).ok).toBe(true);

    expect(() => tandai(emu, KABID_KWN, { urutan: 12 })).toThrow('Langkah 11 dikerjakan oleh Sekretaris; Kabid tidak dapat menandainya.');
    expect(() => tandai(emu, KABID_KWN, { urutan: 7 })).toThrow(/diperbarui otomatis oleh Lapkin/);
    expect(() => tandai(emu, 'siapa@lain.go.id', { urutan: 5 })).toThrow(/tidak tercatat sebagai pelaksana SOP/);

    expect(tandai(emu, ORANG_LAIN, { urutan: 5, catatan: 'Surat ditandatangani' }).pesan).toBe('Langkah 5 ditandai selesai.');
    const panel = emu.call(ORANG_LAIN, 'getPanelState') as { sop: { langkah: { urutan: number; status: string; oleh: string; bolehDitandai: boolean }[] } };
    expect(panel.sop.langkah[4]).toMatchObject({ status: 'selesai', oleh: ORANG_LAIN, bolehDitandai: true });
    expect(panel.sop.langkah[0].bolehDitandai).toBe(false);
    // The Kepala cannot write the admins-only tabs: the Log row is written by the next admin run.
    expect(log(emu).some((l) => l.pengguna === ORANG_LAIN)).toBe(false);
    jalankanPemicu(emu);
    expect(log(emu).find((l) => l.pengguna === ORANG_LAIN)).toMatchObject({ tindakan: 'SOP: tandai langkah' });
    expect(String(log(emu).find((l) => l.pengguna === ORANG_LAIN)?.rincian)).toContain('Langkah 5: Belum → Selesai (Surat ditandatangani)');
    expect(nilai(emu, 5, K.status)).toBe('Selesai');
  });

  test('the admin corrects any row, with a note, in the tab and the Log', () => {
    const emu = siklusDimulai();
    expect(tandai(emu, ADMIN, { urutan: 6, status: 'dilewati', catatan: 'Nota dinas dikirim manual' }).pesan).toBe('Langkah 6 ditandai dilewati.');
    expect(nilai(emu, 6, K.status)).toBe('Dilewati');
    expect(nilai(emu, 6, K.catatan)).toBe('Nota dinas dikirim manual');
    expect(log(emu).at(-1)).toMatchObject({ pengguna: ADMIN, tindakan: 'SOP: koreksi admin' });
    expect(() => tandai(emu, KABID_KWN, { urutan: 6, status: 'dilewati' })).toThrow(/hanya admin/);
  });

  test('a custom SOP with an unreadable Waktu is reported with its cell; nothing is created', () => {
    const emu = emulatorTerisi();
    sopKustom(emu);
    expect(emu.edit(ADMIN, 'SOP', 'E3', 'sebentar saja').ok).toBe(true);
    const sebelum = emu.spreadsheet.sheetNames();
    const hasil = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: BATAS }) as Hasil;
    expect(hasil.status).toBe('masalah');
    expect(hasil.uraian).toEqual([
      'SOP, baris 3, kolom Waktu: Waktu "sebentar saja" tidak dapat dibaca. Tulis angka dan satuan (menit, jam, hari, hari kerja/HK, minggu atau bulan), misalnya "2 hari", "45 menit" atau "25 hari kerja + 1 jam".',
    ]);
    expect(emu.spreadsheet.sheetNames()).toEqual(sebelum);
    expect((emu.call(ADMIN, 'siapkanLembarKerja') as { masalah: string[] }).masalah[0]).toMatch(/^SOP, baris 3, kolom Waktu/);
  });

  test('a custom SOP maps its own events; overdue rows are coloured once the clock passes the due time', () => {
    const emu = emulatorTerisi();
    sopKustom(emu);
    expect(emu.edit(ADMIN, 'SOP', 'H9', '').ok).toBe(true); // step 8 is marked by hand in this office
    expect((emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: BATAS }) as Hasil).status).toBe('ok');
    expect(nilai(emu, 7, 5)).toBe('Bidang mengirim');
    expect(nilai(emu, 8, 5) ?? '').toBe('');
    expect(nilai(emu, 7, K.status)).toBe('Berjalan');
    expect(sel(lihat(emu), baris(7), K.status)?.background).toBe('#fff2cc');
    emu.ws.setNow(new Date('2026-04-01T05:00:00Z')); // 12.00 WIB, past 09.30 (step 6 finished at 09.00, + 30 minutes)
    jalankanPemicu(emu);
    expect(nilai(emu, 7, K.status)).toBe('Terlambat');
    expect(sel(lihat(emu), baris(7), K.status)?.background).toBe('#f4cccc');
    expect(sel(lihat(emu), baris(8), K.status)?.background).toBeUndefined();
    const panel = emu.call(ADMIN, 'getPanelState') as { sop: { terlambat: string[]; menunggu: string } };
    expect(panel.sop.terlambat).toEqual([expect.stringMatching(/^Langkah 7 \(tenggat 1 April 2026 09\.30\), Kabid: /)]);
    expect(panel.sop.menunggu).toContain('(terlambat)');
  });
});
