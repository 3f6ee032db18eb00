// "Laporan Kinerja ▸ Uji dengan akun Kabid" through the built bundle: the two-account check an
// admin runs on real Google with one Kabid, played on the emulator. Every row must pass on the
// emulator for the accounts it declares, or the emulator (or the check) is wrong.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
// Sheets' refusal, pinned to Google's text by test/emulator/spreadsheet-protection.test.ts.
import { PROTECTED } from '../../node/emulator/spreadsheet/access';
import { ADMIN, KABID_KWN, KABID_POL, ORANG_LAIN, emulatorTerisi, sel, type Lingkungan } from '../bundle/helpers';

const TAB = 'Uji Akun Kabid';
const GMAIL = 'kabid.uji@gmail.com';
const KANTOR = 'kabid.uji@contoh.go.id';
const X = 'B13';
const Y = 'B14';
const KOTAK = 'B15';

interface HasilCek { id: string; lulus: boolean; diharapkan: string; teramati: string }
interface HasilUji { lulus: number; gagal: number; cek: HasilCek[]; ringkasan: string; teks: string }

function siap(lingkungan?: Lingkungan): Emulator {
  return emulatorTerisi(undefined, lingkungan);
}

/** The admin names `kabid` (answering the Workspace question when asked), then shares the file with the Kabid. */
function mulai(emu: Emulator, kabid: string, workspace?: 'YES' | 'NO', bagikan = true): { status: string; pesan: string } {
  emu.ui.queueResponse({ button: 'OK', text: kabid });
  if (workspace) emu.ui.queueResponse({ button: workspace });
  const hasil = emu.call(ADMIN, 'menuUjiKabidMulai') as { status: string; pesan: string };
  if (bagikan) emu.spreadsheet.addFileEditor(kabid);
  return hasil;
}

/** The Kabid types into X and Y, ticks the box, then runs the Kabid step. Returns the hand edits' outcomes. */
function langkahKabid(emu: Emulator, kabid: string): { x: unknown; y: unknown; kotak: unknown } {
  const x = emu.edit(kabid, TAB, X, 'ketikan X');
  const y = emu.edit(kabid, TAB, Y, 'ketikan Y');
  const kotak = emu.edit(kabid, TAB, KOTAK, true);
  emu.call(kabid, 'menuUjiKabidLangkah');
  return { x, y, kotak };
}

function laporan(emu: Emulator): HasilUji {
  return emu.call(ADMIN, 'menuUjiKabidLaporan') as HasilUji;
}

function baris(hasil: HasilUji, id: string): HasilCek | undefined {
  return hasil.cek.find((c) => c.id === id);
}

/** Every recorded write since `sejak` (apart from showing UI and taking the lock itself) held the document lock. */
function tulisanTanpaKunci(emu: Emulator, sejak: number): string[] {
  return emu.ws.calls.slice(sejak).filter((c) => c.write && !c.documentLockHeld && !c.method.startsWith('Ui.') && c.service !== 'LockService').map((c) => `${c.service}.${c.method}`);
}

describe('Uji dengan akun Kabid on the emulator', () => {
  it('a consumer Kabid (Gmail): X refuses, Y takes the typing, the trigger is told nothing, every row passes, every write under the lock', () => {
    const emu = siap();
    const sejak = emu.ws.calls.length;
    expect(mulai(emu, GMAIL).status).toBe('ok');
    expect(emu.ws.triggers.filter((t) => t.handlerFunction === 'onEditLapkin').map((t) => t.creator.email)).toEqual([ADMIN]);
    const tangan = langkahKabid(emu, GMAIL);
    expect(tangan).toEqual({ x: { ok: false, error: PROTECTED }, y: { ok: true, triggerErrors: [] }, kotak: { ok: true, triggerErrors: [] } });

    const hasil = laporan(emu);
    expect(hasil.cek.filter((c) => !c.lulus)).toEqual([]);
    expect(hasil.cek).toHaveLength(12);
    expect(baris(hasil, 'kabid-pemicu-aktif')).toMatchObject({ diharapkan: '""', teramati: '""' });
    expect(baris(hasil, 'kabid-pemicu-efektif')?.teramati).toBe(`"${ADMIN}"`);
    expect(baris(hasil, 'kabid-skrip-x')?.teramati).toBe(`"${PROTECTED}"`);
    expect(baris(hasil, 'kabid-ketik-y')?.teramati).toBe('"ketikan Y"');
    expect(hasil.ringkasan).toBe('Semua 12 cek lulus: Google berperilaku seperti yang diandaikan emulator Lapkin.');
    expect(tulisanTanpaKunci(emu, sejak)).toEqual([]);

    // The issue text names account kinds and roles, never an address.
    expect(hasil.teks).toContain('Akun Kabid: konsumen (gmail.com)');
    expect(hasil.teks).toContain('Kabid sudah editor file saat tab uji dibuat: tidak');
    expect(hasil.teks).toContain('[Lulus] kabid-pemicu-efektif: diharapkan "<pembuat pemicu/admin>"');
    expect(hasil.teks).not.toMatch(/@/);
    expect(emu.ui.dialogs.at(-1)).toMatchObject({ title: 'Uji dengan akun Kabid', modal: true });
    expect(emu.ui.dialogs.at(-1)?.html).toContain('<textarea readonly');

    // The Kabid's typing is back in Y after the script's write; the box and the rows are where the tab says.
    const tab = emu.spreadsheet.describeSheet(TAB, ADMIN);
    expect(sel(tab, 14, 2)?.value).toBe('ketikan Y');
    expect(sel(tab, 13, 2)?.value ?? '').toBe('');
  });

  it('a Kabid of the admin\'s Workspace domain: the trigger is told the address, and the report expects it when the admin says so', () => {
    const emu = siap({ workspaceDomains: ['contoh.go.id'] });
    mulai(emu, KANTOR, 'YES');
    langkahKabid(emu, KANTOR);
    const hasil = laporan(emu);
    expect(hasil.cek.filter((c) => !c.lulus)).toEqual([]);
    expect(baris(hasil, 'kabid-pemicu-aktif')).toMatchObject({ diharapkan: `"${KANTOR}"`, teramati: `"${KANTOR}"` });
    expect(baris(hasil, 'kabid-pemicu-e-user')?.teramati).toBe(`"${KANTOR}"`);
    expect(hasil.teks).toContain('Akun Kabid: Google Workspace (contoh.go.id, menurut admin)');
  });

  it('a wrong statement of the account kinds shows as failed trigger rows, both ways', () => {
    const workspace = siap({ workspaceDomains: ['contoh.go.id'] });
    mulai(workspace, KANTOR, 'NO');
    langkahKabid(workspace, KANTOR);
    const kataAdminKonsumen = laporan(workspace);
    expect(kataAdminKonsumen.cek.filter((c) => !c.lulus).map((c) => c.id)).toEqual(['kabid-pemicu-aktif', 'kabid-pemicu-e-user']);
    expect(kataAdminKonsumen.ringkasan).toBe('2 dari 12 cek gagal: Google berperilaku lain dari yang diandaikan emulator Lapkin.');

    const konsumen = siap();
    mulai(konsumen, KANTOR, 'YES');
    langkahKabid(konsumen, KANTOR);
    expect(laporan(konsumen).cek.filter((c) => !c.lulus).map((c) => c.id)).toEqual(['kabid-pemicu-aktif', 'kabid-pemicu-e-user']);
  });

  it('a Kabid who could already edit the file: X cannot tell the readings apart, and the report expects X editable and says so', () => {
    const emu = siap();
    const hasilMulai = mulai(emu, KABID_KWN, 'NO');
    expect(hasilMulai.pesan).toContain(`Perhatian: ${KABID_KWN} sudah dapat mengedit file ini`);
    expect(langkahKabid(emu, KABID_KWN).x).toEqual({ ok: true, triggerErrors: [] });
    const hasil = laporan(emu);
    expect(hasil.cek.filter((c) => !c.lulus)).toEqual([]);
    expect(hasil.teks).toContain('Kabid sudah editor file saat tab uji dibuat: ya');
  });

  it('rows not yet recorded fail with what is missing', () => {
    const emu = siap();
    mulai(emu, GMAIL);
    const hasil = laporan(emu);
    expect(baris(hasil, 'kabid-pemicu-aktif')?.teramati).toMatch(/^galat: belum tercatat: Kabid belum mencentang kotak B15/);
    expect(baris(hasil, 'kabid-ketik-x')?.teramati).toBe('galat: belum tercatat: Kabid belum menjalankan Langkah Kabid');
    expect(baris(hasil, 'kabid-editor-y')?.lulus).toBe(true);
  });

  it('only the named Kabid runs the Kabid step: another Kabid, an outsider, the admin and an empty e-mail are refused and nothing changes', () => {
    const emu = siap();
    mulai(emu, GMAIL);
    const tab = () => JSON.stringify(emu.spreadsheet.describeSheet(TAB, ADMIN));
    const sebelum = tab();
    for (const siapa of [KABID_POL, ORANG_LAIN, ADMIN]) {
      expect(() => emu.call(siapa, 'menuUjiKabidLangkah')).toThrow(`${siapa} bukan akun Kabid yang diuji`);
    }
    expect(() => emu.call('', 'menuUjiKabidLangkah')).toThrow(/^Google tidak memberi tahu alamat e-mail Anda/);
    expect(tab()).toBe(sebelum);
    // Nor can they write the Kabid's rows, tick the box or forge what the trigger saw by hand.
    expect(emu.edit(KABID_POL, TAB, 'B25', '"palsu"')).toEqual({ ok: false, error: PROTECTED });
    expect(emu.edit(KABID_POL, TAB, KOTAK, true)).toEqual({ ok: false, error: PROTECTED });
    expect(emu.edit(GMAIL, TAB, 'B18', '"palsu"')).toEqual({ ok: false, error: PROTECTED });
  });

  it('start, report and removal are for admins; an invalid or admin address is refused; removal leaves the trigger', () => {
    const emu = siap();
    for (const siapa of [KABID_KWN, ORANG_LAIN]) {
      expect(() => emu.call(siapa, 'menuUjiKabidMulai')).toThrow(/^Hanya admin/);
    }
    expect(mulai(emu, 'bukan-email', undefined, false).status).toBe('ditolak');
    expect(mulai(emu, ADMIN, undefined, false)).toMatchObject({ status: 'ditolak', pesan: expect.stringContaining('adalah admin Lapkin') });
    expect(emu.spreadsheet.sheetNames()).not.toContain(TAB);

    mulai(emu, GMAIL);
    expect(() => emu.call(GMAIL, 'menuUjiKabidLaporan')).toThrow(/^Hanya admin/);
    expect(() => emu.call(GMAIL, 'menuUjiKabidHapus')).toThrow(/^Hanya admin/);
    const sejak = emu.ws.calls.length;
    expect(emu.call(ADMIN, 'menuUjiKabidHapus')).toEqual({ pesan: `Tab "${TAB}" dihapus.` });
    expect(tulisanTanpaKunci(emu, sejak)).toEqual([]);
    expect(emu.spreadsheet.sheetNames()).not.toContain(TAB);
    expect([...emu.properties.document.keys()]).not.toContain('lapkin.ujiKabid');
    expect(emu.ws.triggers.filter((t) => t.handlerFunction === 'onEditLapkin')).toHaveLength(1);
    expect(() => emu.call(GMAIL, 'menuUjiKabidLangkah')).toThrow(/Belum ada uji akun Kabid/);
  });

  it('is a submenu of "Laporan Kinerja", after Diagnostik', () => {
    const emu = siap();
    emu.callWith({ email: '' }, 'onOpen', [{ authMode: 'LIMITED' }], 'LIMITED');
    const menu = emu.ui.menus.find((m) => m.title === 'Laporan Kinerja');
    const sub = menu?.items.at(-1);
    expect(sub).toEqual({
      kind: 'submenu',
      title: 'Uji dengan akun Kabid',
      items: [
        { kind: 'item', caption: 'Mulai (admin)', functionName: 'menuUjiKabidMulai' },
        { kind: 'item', caption: 'Langkah Kabid', functionName: 'menuUjiKabidLangkah' },
        { kind: 'item', caption: 'Laporan (admin)', functionName: 'menuUjiKabidLaporan' },
        { kind: 'item', caption: 'Hapus tab uji (admin)', functionName: 'menuUjiKabidHapus' },
      ],
    });
  });
});
