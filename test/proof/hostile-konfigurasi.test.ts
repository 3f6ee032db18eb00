/**
 * Hostile configuration typed by the admin into Pengaturan, Bidang and Indikator, then "Mulai siklus"
 * and "Siapkan lembar kerja". Either both name the cell ("Bidang, baris 6, kolom Kode: …") and the
 * start changes nothing, or the text is taken as typed: the cycle starts and the text shows literally
 * in the bidang tab and in the recap, never as a formula. A bidang name becomes part of a tab name:
 * Sheets allows at most 100 characters there (https://github.com/hildogjr/KiCost/issues/52: "Google
 * Spredasheet is <=100"); Lapkin keeps names to 80 so "TW I 2026 · " fits, and refuses \ / ? * [ ]
 * (Excel's forbidden characters, https://github.com/exceljs/exceljs/issues/2243), so an export stays valid.
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { ADMIN, emulatorTerisi } from '../bundle/helpers';
import { keadaan } from './keadaan';
import { IMPORTRANGE, rumusBerbahaya } from './hostile-masukan';

type Hasil = { status: string; pesan: string; uraian?: string[] };

interface Ketikan {
  readonly tab: 'Pengaturan' | 'Bidang' | 'Indikator';
  /** A cell, or for Pengaturan the label of its row (the value goes in column B). */
  readonly sel: string;
  readonly nilai: string;
}

interface KasusDitolak extends Ketikan {
  readonly nama: string;
  /** The line Mulai siklus and Siapkan lembar kerja give for it. */
  readonly uraian: string;
}

interface KasusDiterima extends Ketikan {
  readonly nama: string;
  /** The tab of the cycle the start makes for the bidang edited (row 6 = KWN); null: not shown there. */
  readonly tabBidang: string | null;
  /** How it shows, when not as typed (kode are upper-cased). */
  readonly tampak?: string;
}

const TAB_KWN = 'TW I 2026 · Bidang Kewaspadaan Nasional';
const PANJANG = 'Bidang Kewaspadaan Nasional '.repeat(3).slice(0, 81);

const DITOLAK: readonly KasusDitolak[] = [
  { nama: 'kode bidang kosong', tab: 'Bidang', sel: 'A6', nilai: '', uraian: 'Bidang, baris 6, kolom Kode: Wajib diisi.' },
  { nama: 'kode bidang ganda', tab: 'Bidang', sel: 'A6', nilai: 'POL', uraian: 'Bidang, baris 6, kolom Kode: Kode "POL" sudah dipakai di baris 4.' },
  { nama: 'nama bidang kosong', tab: 'Bidang', sel: 'B6', nilai: '', uraian: 'Bidang, baris 6, kolom Nama bidang: Wajib diisi.' },
  {
    nama: 'nama bidang ganda (nama tab yang sama)', tab: 'Bidang', sel: 'B6', nilai: 'Bidang Politik Dalam Negeri',
    uraian: 'Bidang, baris 6, kolom Nama bidang: Nama "Bidang Politik Dalam Negeri" sudah dipakai di baris 4 (nama tab tidak boleh sama).',
  },
  { nama: 'nama bidang dengan [ ] /', tab: 'Bidang', sel: 'B6', nilai: 'Bidang [Kewaspadaan]/Nasional', uraian: 'Bidang, baris 6, kolom Nama bidang: Nama tab tidak boleh memuat \\ / ? * [ atau ].' },
  { nama: 'nama bidang berisi script', tab: 'Bidang', sel: 'B6', nilai: '<script>alert(1)</script>', uraian: 'Bidang, baris 6, kolom Nama bidang: Nama tab tidak boleh memuat \\ / ? * [ atau ].' },
  { nama: 'nama bidang 81 karakter', tab: 'Bidang', sel: 'B6', nilai: PANJANG, uraian: 'Bidang, baris 6, kolom Nama bidang: Nama terlalu panjang untuk nama tab (81 karakter, paling banyak 80).' },
  { nama: 'e-mail Kabid rusak', tab: 'Bidang', sel: 'E6', nilai: 'kabid.kwn@', uraian: 'Bidang, baris 6, kolom E-mail Kabid: "kabid.kwn@" bukan alamat e-mail yang sah.' },
  { nama: 'satu e-mail staf rusak', tab: 'Bidang', sel: 'F6', nilai: 'staf.kwn@contoh.go.id, bukan email', uraian: 'Bidang, baris 6, kolom E-mail staf: "bukan email" bukan alamat e-mail yang sah.' },
  { nama: 'e-mail Kasubbag rusak', tab: 'Pengaturan', sel: 'E-mail Kasubbag', nilai: 'kasubbag@@contoh', uraian: 'Pengaturan, baris 12, kolom Nilai: E-mail Kasubbag: "kasubbag@@contoh" bukan alamat e-mail yang sah.' },
  {
    nama: 'satu e-mail admin rusak', tab: 'Pengaturan', sel: 'E-mail admin', nilai: `${ADMIN}, admin@@contoh`,
    uraian: 'Pengaturan, baris 13, kolom Nilai: E-mail admin: "admin@@contoh" bukan alamat e-mail yang sah.',
  },
  { nama: 'kode indikator kosong', tab: 'Indikator', sel: 'A2', nilai: '', uraian: 'Indikator, baris 2, kolom Kode: Wajib diisi.' },
  { nama: 'kode indikator ganda', tab: 'Indikator', sel: 'A3', nilai: 'IK-01', uraian: 'Indikator, baris 3, kolom Kode: Kode "IK-01" sudah dipakai di baris 2.' },
  { nama: 'bidang indikator tidak dikenal', tab: 'Indikator', sel: 'D2', nilai: 'XYZ', uraian: 'Indikator, baris 2, kolom Bidang: Bidang "XYZ" tidak ada di tab Bidang (tulis kode atau nama bidangnya).' },
];

const DITERIMA: readonly KasusDiterima[] = [
  { nama: 'nama bidang berupa rumus', tab: 'Bidang', sel: 'B6', nilai: IMPORTRANGE, tabBidang: `TW I 2026 · ${IMPORTRANGE}` },
  { nama: "nama bidang dengan ' dan !", tab: 'Bidang', sel: 'B6', nilai: "Bidang 'Kewaspadaan'!A1", tabBidang: "TW I 2026 · Bidang 'Kewaspadaan'!A1" },
  { nama: 'nama bidang emoji dan kanan ke kiri', tab: 'Bidang', sel: 'B6', nilai: 'Bidang 🛡️ \u202Eالوعي\u202C', tabBidang: 'TW I 2026 · Bidang 🛡️ \u202Eالوعي\u202C' },
  { nama: 'kode indikator berupa rumus', tab: 'Indikator', sel: 'A17', nilai: IMPORTRANGE, tabBidang: TAB_KWN, tampak: IMPORTRANGE.toUpperCase() },
  { nama: 'nama indikator berisi HTML', tab: 'Indikator', sel: 'C17', nilai: '<img src=x onerror=alert(1)>', tabBidang: TAB_KWN },
  { nama: 'sasaran diawali +', tab: 'Indikator', sel: 'B17', nilai: '+SUM(1,2)', tabBidang: TAB_KWN },
  { nama: 'satuan diawali @', tab: 'Indikator', sel: 'E17', nilai: '@SUM(1,2)', tabBidang: TAB_KWN },
  { nama: 'program diawali -', tab: 'Indikator', sel: 'O17', nilai: '-SUM(1,2)', tabBidang: null },
];

function ketik(emu: Emulator, k: Ketikan): void {
  let a1 = k.sel;
  if (k.tab === 'Pengaturan') {
    const label = emu.spreadsheet.describeSheet('Pengaturan').cells.find((c) => c.column === 1 && c.value === k.sel);
    if (!label) throw new Error(`Pengaturan has no row "${k.sel}"`);
    a1 = `B${label.row}`;
  }
  const h = emu.edit(ADMIN, k.tab, a1, k.nilai);
  if (!h.ok) throw new Error(`${k.tab}!${a1}: ${h.error}`);
}

function mulai(emu: Emulator): Hasil {
  return emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: '2026-04-15' }) as Hasil;
}

describe('hostile configuration: named and refused, nothing changes', () => {
  test.each(DITOLAK)('$nama', (k) => {
    const emu = emulatorTerisi();
    ketik(emu, k);
    const sebelum = keadaan(emu);
    const hasil = mulai(emu);
    expect(hasil.status).toBe('masalah');
    expect(hasil.uraian).toContain(k.uraian);
    expect(keadaan(emu)).toBe(sebelum);
    const siapkan = emu.call(ADMIN, 'siapkanLembarKerja') as { masalah: string[] };
    expect(siapkan.masalah).toContain(k.uraian);
  });
});

describe('hostile configuration: taken as typed, shown literally, never a formula', () => {
  test.each(DITERIMA)('$nama', (k) => {
    const emu = emulatorTerisi();
    ketik(emu, k);
    expect(mulai(emu).status).toBe('ok');
    const tampak = k.tampak ?? k.nilai;
    const tampil = (tab: string): boolean => emu.spreadsheet.describeSheet(tab).cells.some((c) => c.value === tampak && c.formula === undefined);
    if (k.tabBidang !== null) expect(tampil(k.tabBidang)).toBe(true);
    const rekap = emu.call(ADMIN, 'buatRekapDenganDraf') as Hasil & { tab?: string };
    expect(rekap.status).toBe('ok');
    expect(tampil(rekap.tab ?? '')).toBe(true);
    expect(rumusBerbahaya(emu)).toEqual([]);
  });

  // An address nobody can sign in with is still an address: the start goes through and the tab's
  // input cells list it as an editor; whether it has access to the file is Drive sharing's business.
  test('an unknown but well-formed Kabid e-mail is kept as typed in the input protection', () => {
    const emu = emulatorTerisi();
    ketik(emu, { tab: 'Bidang', sel: 'E6', nilai: 'Orang.Asing@lain.example' });
    expect(mulai(emu).status).toBe('ok');
    const proteksi = emu.spreadsheet.describeSheet(TAB_KWN).protections.filter((p) => p.type === 'RANGE');
    expect(proteksi.length).toBeGreaterThan(0);
    for (const p of proteksi) expect(p.editors).toContain('orang.asing@lain.example');
  });
});
