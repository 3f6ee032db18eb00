/**
 * Every Lapkin tab is protected for the admins only (src/gas/proteksi-admin.ts), and an admin
 * added later gets his rights on the tabs made before from "Siapkan lembar kerja" — until then his
 * operations refuse up front in Indonesian instead of stopping half-way on Sheets' English error.
 */
import { describe, expect, test } from 'vitest';
import { Emulator } from '../../node/emulator/index';
import { isiKonfigurasiContoh } from '../../node/fixtures/opd-contoh';
import { PESAN_HAK_ADMIN } from '../../src/gas/proteksi-admin';
import { keadaan, pesanGalat } from '../proof/keadaan';
import { ADMIN, KABID_KWN, ORANG_LAIN, TAB_KWN_TW1, barisKode, emulatorTerisi } from './helpers';
import { ISIAN_KWN, KOLOM, isi, siklusDimulai, statusBidang, type Hasil } from './kirim-bantuan';

// Sheets' refusal of a user edit in a protected range, as the emulator encodes it (test/emulator).
const PROTECTED = /^You are trying to edit a protected cell or object/;

function barisPengaturan(emu: Emulator, label: string): number {
  const cell = emu.spreadsheet.describeSheet('Pengaturan', ADMIN).cells.find((c) => c.column === 1 && c.value === label);
  if (!cell) throw new Error(`no Pengaturan row ${label}`);
  return cell.row;
}

function galat(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return pesanGalat(e);
  }
  return '';
}

describe('Lapkin tabs are for admins only', () => {
  test('a file shared only with the admins at Mulai siklus: a Kabid given the file later edits his inputs, never targets, formulas or other tabs', () => {
    // Every protection Lapkin makes sets its editors explicitly: an untouched one would mirror the
    // file's sharing, so whoever the file is shared with later could edit it (Range.protect reference).
    // The file's editors are exactly the admins of Pengaturan, so the admin-only protections' mirrored
    // editors already look right: only an explicit editor call keeps them from mirroring the file.
    const emu = new Emulator({ owner: 'pemilik@contoh.go.id', fileEditors: [ADMIN, 'sekretaris@contoh.go.id'] });
    emu.loadBundle();
    emu.ws.strictLock = true;
    isiKonfigurasiContoh(emu, 'pemilik@contoh.go.id');
    expect(emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: '2026-04-15' })).toMatchObject({ status: 'ok' });
    emu.spreadsheet.addFileEditor(KABID_KWN);
    emu.spreadsheet.addFileEditor(ORANG_LAIN);
    const tab = emu.spreadsheet.describeSheet(TAB_KWN_TW1, KABID_KWN);
    expect(tab.protections.some((p) => p.mirrorsFile)).toBe(false);
    const r = barisKode(tab, 'IK-16');
    // Indicator, target, and the realisasi s.d. / capaian / kategori formulas: refused; his own input: his.
    for (const kolom of ['D', 'H', 'I', 'J', 'K']) expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${kolom}${r}`, 1).ok).toBe(false);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${KOLOM.realisasi}${r}`, 7).ok).toBe(true);
    expect(emu.edit(ORANG_LAIN, TAB_KWN_TW1, `${KOLOM.realisasi}${r}`, 1).ok).toBe(false);
    expect(emu.edit(ORANG_LAIN, TAB_KWN_TW1, 'D5', true).ok).toBe(false);
    for (const [nama, a1] of [['Indikator', 'H2'], ['Pengaturan', 'B2'], ['Log', 'A2']] as const) expect(emu.edit(KABID_KWN, nama, a1, '1').ok).toBe(false);
  });

  test('a Kabid can neither make himself admin in Pengaturan nor lower his targets in Indikator; the admin can', () => {
    const emu = emulatorTerisi();
    const admin = `B${barisPengaturan(emu, 'E-mail admin')}`;
    const kabid = emu.edit(KABID_KWN, 'Pengaturan', admin, KABID_KWN);
    expect(kabid.ok).toBe(false);
    expect(kabid.ok ? '' : kabid.error).toMatch(PROTECTED);
    expect(emu.edit(KABID_KWN, 'Indikator', 'H2', '1').ok).toBe(false);
    expect(emu.edit(KABID_KWN, 'Bidang', 'B2', 'Bidang Saya').ok).toBe(false);
    expect(emu.edit(ADMIN, 'Indikator', 'H2', '1').ok).toBe(true);
  });

  test('the recap tab and the SOP status tab are protected too', () => {
    const emu = siklusDimulai();
    expect((emu.call(ADMIN, 'buatTabRekap', {}) as Hasil).status).toBe('ok');
    expect(emu.edit(KABID_KWN, 'Rekap TW1-26', 'A1', 'x').ok).toBe(false);
    expect(emu.edit(KABID_KWN, 'Status SOP TW I 2026', 'A1', 'x').ok).toBe(false);
    expect(emu.edit(ADMIN, 'Rekap TW1-26', 'A1', 'x').ok).toBe(true);
  });
});

describe('an admin added later', () => {
  test('refused up front until the old admin runs Siapkan lembar kerja; then returns a submission and builds the recap', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    expect((emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' }) as Hasil).status).toBe('ok');
    expect((emu.call(ADMIN, 'buatTabRekap', {}) as Hasil).status).toBe('ok');
    expect(emu.edit(ADMIN, 'Pengaturan', `B${barisPengaturan(emu, 'E-mail admin')}`, `${ADMIN}, ${ORANG_LAIN}`).ok).toBe(true);

    const sebelum = keadaan(emu);
    const kembalikan = (): unknown => emu.call(ORANG_LAIN, 'kembalikanUntukPerbaikan', { bidang: 'KWN', alasan: 'Lengkapi bukti dukung' });
    expect(galat(kembalikan)).toBe(PESAN_HAK_ADMIN);
    expect(galat(() => emu.call(ORANG_LAIN, 'buatTabRekap', {}))).toBe(PESAN_HAK_ADMIN);
    expect(galat(() => emu.call(ORANG_LAIN, 'siapkanLembarKerja'))).toBe(PESAN_HAK_ADMIN);
    expect(keadaan(emu)).toBe(sebelum);

    emu.call(ADMIN, 'siapkanLembarKerja');
    expect(kembalikan()).toMatchObject({ status: 'ok' });
    expect(statusBidang(emu, 'KWN')).toBe('dikembalikan');
    const r = barisKode(emu.spreadsheet.describeSheet(TAB_KWN_TW1), 'IK-16');
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${KOLOM.realisasi}${r}`, 11).ok).toBe(true);
    expect(emu.call(ORANG_LAIN, 'buatTabRekap', {})).toMatchObject({ status: 'ok' });
    expect(emu.call(ORANG_LAIN, 'siapkanLembarKerja')).toMatchObject({ masalah: [] });
  });

  test('Siapkan keeps a submitted tab locked for its bidang and an open one editable', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    expect((emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' }) as Hasil).status).toBe('ok');
    emu.call(ADMIN, 'siapkanLembarKerja');
    const r = barisKode(emu.spreadsheet.describeSheet(TAB_KWN_TW1), 'IK-16');
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${KOLOM.realisasi}${r}`, 11).ok).toBe(false);
    const pol = 'TW1-26·POL';
    expect(emu.edit('kabid.pol@contoh.go.id', pol, `${KOLOM.realisasi}${barisKode(emu.spreadsheet.describeSheet(pol), 'IK-09')}`, 5).ok).toBe(true);
  });
});
