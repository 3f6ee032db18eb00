// "Laporan Kinerja ▸ Diagnostik" through the built bundle: the same checks an admin runs on real
// Google must all pass on the emulator, or the emulator (or the check) is wrong.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Emulator } from '../../node/emulator/index';
import { emulatorTerisi } from '../bundle/helpers';

const ADMIN = 'kasubbag@contoh.go.id';
const STAF = 'staf@contoh.go.id';

interface HasilCek {
  id: string;
  label: string;
  lulus: boolean;
  diharapkan: string;
  teramati: string;
}
interface HasilDiagnostik {
  lulus: number;
  gagal: number;
  cek: HasilCek[];
  sisa: string[];
  ringkasan: string;
}

/** Every behaviour the brief names; a check that disappears fails here. */
const CEK_WAJIB = [
  'getRange-awal-0', 'getRange-jumlah-0', 'setValues-baris', 'setValues-kolom', 'sel-kosong', 'angka-boolean-tanggal',
  'string-jadi-rumus', 'format-teks', 'apostrof', 'rumus-if', 'rumus-sum', 'rumus-average', 'rumus-round', 'rumus-iferror',
  'rumus-index-match', 'rumus-countif', 'rumus-antar-tab', 'rumus-div0', 'nama-tab-duplikat', 'nama-tab-100', 'teks-50001',
  'proteksi-editor-baru', 'proteksi-hapus-diri', 'proteksi-idiom', 'proteksi-peringatan', 'validasi-skrip', 'kunci-bebas',
  'properti-9kb', 'properti-string', 'tanggal-wib', 'tanggal-wita', 'tanggal-wit', 'dokumen-tabel', 'dokumen-heading',
  'dokumen-replace', 'session-email', 'drive-cari-nama', 'drive-dokumen-documentapp', 'proteksi-salinan-templat', 'docs-indeks',
];

function emulator(): Emulator {
  const emu = new Emulator({ owner: ADMIN });
  emu.loadBundle();
  emu.ws.strictLock = true;
  return emu;
}

function diagnostik(emu: Emulator, email = ADMIN): HasilDiagnostik {
  return emu.call(email, 'menuDiagnostik') as HasilDiagnostik;
}

describe('Diagnostik on the emulator', () => {
  it('passes every check, each writing under the document lock', () => {
    const emu = emulator();
    const hasil = diagnostik(emu);
    expect(hasil.cek.filter((c) => !c.lulus)).toEqual([]);
    expect(hasil.cek.map((c) => c.id)).toEqual(expect.arrayContaining(CEK_WAJIB));
    expect(hasil.gagal).toBe(0);
    expect(hasil.lulus).toBe(hasil.cek.length);
    expect(hasil.ringkasan).toBe(`Semua ${hasil.cek.length} cek lulus: Google berperilaku seperti yang diandaikan emulator Lapkin.`);
  });

  it('run by an admin who is not the owner, in a file shared with other editors, the protection checks see them removed', () => {
    // As the owner alone, "the owner and me" is everyone and the owner can never be removed: the
    // checks could not tell a working idiom from a broken one.
    const emu = emulatorTerisi();
    const admin = 'kasubbag.perkeu@contoh.go.id';
    const hasil = diagnostik(emu, admin);
    expect(hasil.cek.filter((c) => !c.lulus)).toEqual([]);
    const cek = (id: string) => hasil.cek.find((c) => c.id === id);
    expect(JSON.parse(cek('proteksi-editor-baru')!.teramati)).toEqual(expect.arrayContaining([admin, 'kabid.kwn@contoh.go.id', 'pemilik@contoh.go.id']));
    expect(JSON.parse(cek('proteksi-hapus-diri')!.teramati)).toContain(admin);
    expect(JSON.parse(cek('proteksi-idiom')!.teramati)).toEqual([admin, 'pemilik@contoh.go.id']);
  });

  it('records the expected and the observed value of each check', () => {
    const hasil = diagnostik(emulator());
    const cek = (id: string) => hasil.cek.find((c) => c.id === id);
    expect(cek('getRange-awal-0')).toMatchObject({ diharapkan: '"The starting row of the range is too small."', teramati: '"The starting row of the range is too small."' });
    expect(cek('rumus-div0')?.teramati).toBe('"#DIV/0!"');
    expect(cek('nama-tab-100')?.teramati).toMatch(/100 characters/);
  });

  it('removes its scratch tabs, document and property afterwards; the DocumentApp.create document it cannot trash is named for the admin', () => {
    const emu = emulator();
    const tabSebelum = emu.spreadsheet.sheetNames();
    const hasil = diagnostik(emu);
    expect(emu.spreadsheet.sheetNames()).toEqual(tabSebelum);
    const dokumen = [...emu.drive.files.values()].filter((f) => f.name.startsWith('Diagnostik Lapkin'));
    // The scratch documents, made through Drive as Lapkin makes its documents, are in the trash.
    expect(dokumen.filter((f) => f.trashed).map((f) => f.name)).toEqual([
      expect.stringMatching(/^Diagnostik Lapkin \S+ 'uji'$/),
      expect.stringMatching(/^Diagnostik Lapkin \S+ Docs API$/),
    ]);
    // Under drive.file the Drive API does not see what DocumentApp.create made (the belief the
    // check drive-dokumen-documentapp puts to Google), so that one stays and the admin is told.
    const tertinggal = dokumen.filter((f) => !f.trashed);
    expect(tertinggal.map((f) => f.name)).toEqual([expect.stringMatching(/^Diagnostik Lapkin \S+ \(DocumentApp\)$/)]);
    expect(hasil.sisa).toEqual([
      `Dokumen "${tertinggal[0].name}" dibuat dengan DocumentApp.create untuk cek drive-dokumen-documentapp; izin drive.file tidak membolehkan Lapkin membuangnya, jadi hapus dari Drive secara manual.`,
    ]);
    expect(emu.ui.dialogs[0].html).toContain('Belum terhapus');
    expect([...emu.properties.document.keys()].filter((k) => k.startsWith('lapkin.diagnostik'))).toEqual([]);
  });

  it('checks the Drive beliefs: a Lapkin document is found by its quoted name, a DocumentApp.create one is not seen', () => {
    const hasil = diagnostik(emulator());
    const cek = (id: string) => hasil.cek.find((c) => c.id === id);
    expect(cek('drive-cari-nama')).toMatchObject({ lulus: true, teramati: '["<dokumen uji>"]' });
    expect(cek('drive-dokumen-documentapp')).toMatchObject({
      lulus: true,
      teramati: '"API call to drive.files.get failed with error: File not found: <id>"',
    });
  });

  it('without the advanced Drive service, the document checks fail with the Indonesian reason and the rest still run', () => {
    // The built bundle with a manifest that enables no advanced service.
    const dir = mkdtempSync(join(tmpdir(), 'lapkin-tanpa-drive-'));
    cpSync('build', dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as Record<string, unknown>;
    delete manifest.dependencies;
    writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
    const emu = new Emulator({ owner: ADMIN });
    emu.loadBundle(dir);
    const hasil = diagnostik(emu);
    const gagal = hasil.cek.filter((c) => !c.lulus);
    expect(gagal.map((c) => c.id)).toEqual(['dokumen-tabel', 'dokumen-heading', 'dokumen-replace', 'drive-cari-nama', 'drive-dokumen-documentapp', 'docs-indeks']);
    expect(gagal[0].teramati).toMatch(/^galat: Layanan lanjutan Drive API belum aktif/);
    expect(emu.spreadsheet.sheetNames()).toEqual(['Sheet1']);
    rmSync(dir, { recursive: true });
  });

  it('checks the Docs API index arithmetic the fake assumes: paragraph, table, cells, list item, header, read back with Documents.get', () => {
    const cek = diagnostik(emulator()).cek.find((c) => c.id === 'docs-indeks');
    expect(cek?.lulus).toBe(true);
    const baris = JSON.parse(cek?.teramati ?? '[]') as string[];
    // What Lapkin's request list assumes (src/gas/docs-permintaan.ts): an empty 2 × 2 table is 1 + 2 × (1 + 2 × 2) = 11
    // indexes, one more for the "A" typed into its first cell, and an empty paragraph follows it.
    expect(baris).toContain('isi 7–19 tabel 2×2');
    expect(baris).toContain('isi 19–20 paragraf ""');
    expect(baris).toContain('header 0–7 paragraf "Kepala"');
    expect(baris).toContain('isi 20–24 butir daftar "tir"');
  });

  it('shows the admin the results in a modal dialog', () => {
    const emu = emulator();
    const hasil = diagnostik(emu);
    expect(emu.ui.dialogs).toHaveLength(1);
    expect(emu.ui.dialogs[0]).toMatchObject({ title: 'Diagnostik Lapkin', modal: true });
    expect(emu.ui.dialogs[0].html).toContain(hasil.ringkasan);
    // Error texts quote the tab name; in HTML the quotes arrive escaped.
    expect(emu.ui.dialogs[0].html).toContain('A sheet with the name &quot;DIAGNOSTIK LAPKIN');
  });

  it('a failing service makes its checks fail with the message, the others still run, and cleanup still happens', () => {
    const emu = emulator();
    emu.ws.injectFault({ atCall: 1, service: 'DocumentApp', message: 'Service Documents failed while accessing document.' });
    const hasil = diagnostik(emu);
    const gagal = hasil.cek.filter((c) => !c.lulus);
    expect(gagal.map((c) => c.id)).toEqual(['dokumen-tabel', 'dokumen-heading', 'dokumen-replace']);
    expect(gagal[0].teramati).toBe('galat: Service Documents failed while accessing document.');
    expect(hasil.ringkasan).toBe(`3 dari ${hasil.cek.length} cek gagal: Google berperilaku lain dari yang diandaikan emulator Lapkin.`);
    expect(emu.ui.dialogs[0].html).toContain('Laporkan cek yang gagal');
    expect(emu.spreadsheet.sheetNames()).toEqual(['Sheet1']);
  });

  it('refuses someone who is not an admin, and changes nothing', () => {
    const emu = new Emulator({ owner: ADMIN, fileEditors: [STAF] });
    emu.loadBundle();
    const tabSebelum = emu.spreadsheet.sheetNames();
    expect(() => diagnostik(emu, STAF)).toThrow(/Hanya admin/);
    expect(emu.spreadsheet.sheetNames()).toEqual(tabSebelum);
    expect(emu.drive.files.size).toBe(0);
    expect(emu.ui.dialogs).toHaveLength(0);
  });

  it('is on the "Laporan Kinerja" menu', () => {
    const emu = emulator();
    emu.callWith({ email: '' }, 'onOpen', [{ authMode: 'LIMITED' }], 'LIMITED');
    const menu = emu.ui.menus.find((m) => m.title === 'Laporan Kinerja');
    expect(menu?.items).toContainEqual(expect.objectContaining({ caption: 'Diagnostik', functionName: 'menuDiagnostik' }));
  });
});
