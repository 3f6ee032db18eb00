/**
 * The permission matrix (README "Keamanan"): every server function of build/Code.js (except the
 * simple triggers onOpen/onInstall, which only build the menu) tried as each kind of person. The
 * table is the design; a refused call throws an Indonesian message and changes nothing; an allowed
 * call raises no error and has the effect it exists for (a tab, a document, a status, an e-mail…).
 * Session.getActiveUser().getEmail() may be '' (domain.md §7,
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser()), and '' is never anybody.
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { hurufKolom, posisiKolom } from '../../src/core/lembar-bidang';
import { ADMIN, KABID_KWN, KABID_POL, ORANG_LAIN, TAB_KWN_TW1, barisKode, emulatorTerisi } from '../bundle/helpers';
import { ISIAN_KWN, isi, statusBidang } from '../bundle/kirim-bantuan';
import { fungsiServer, keadaan, pesanGalat } from './keadaan';

type Peran = 'admin' | 'bidangSendiri' | 'bidangLain' | 'orangLuar' | 'tanpaEmail';

const EMAIL: Record<Peran, string> = {
  admin: ADMIN,
  bidangSendiri: KABID_KWN,
  bidangLain: KABID_POL,
  orangLuar: ORANG_LAIN,
  tanpaEmail: '',
};

const SEMUA: readonly Peran[] = ['admin', 'bidangSendiri', 'bidangLain', 'orangLuar', 'tanpaEmail'];
const HANYA_ADMIN: readonly Peran[] = ['admin'];

/** What an allowed call is checked against: the workbook, Drive, mail and UI before it, and its result. */
interface Jejak {
  readonly emu: Emulator;
  readonly peran: Peran;
  readonly hasil: unknown;
  readonly sebelum: Ringkas;
}

interface Ringkas {
  readonly tab: readonly string[];
  readonly berkas: number;
  readonly surel: number;
  readonly log: number;
  readonly sidebar: number;
  readonly dialog: number;
  readonly keadaan: string;
}

function ringkas(emu: Emulator): Ringkas {
  return {
    tab: emu.spreadsheet.sheetNames(),
    berkas: emu.drive.toJSON().files.filter((f) => !f.trashed).length,
    surel: emu.mail.outbox.length,
    log: emu.spreadsheet.describeSheet('Log', ADMIN).lastRow,
    sidebar: emu.ui.sidebars.length,
    dialog: emu.ui.dialogs.length,
    keadaan: keadaan(emu),
  };
}

interface Baris {
  /** Who may run it. */
  readonly boleh: readonly Peran[];
  /** What an allowed call must have done (it must also not throw). */
  readonly efek: (j: Jejak) => void;
  /** The refusal others get when it is not "Hanya admin…" ('' gets the no-e-mail message everywhere). */
  readonly tolak?: RegExp;
  readonly args?: readonly unknown[] | ((emu: Emulator, peran: Peran) => readonly unknown[]);
  /** Answers to the prompts a menu item asks. */
  readonly jawaban?: ReadonlyArray<{ button: 'OK' | 'YES' | 'NO'; text?: string }>;
  /** What the admin did first (before the state is compared). */
  readonly siapkan?: (emu: Emulator) => void;
}

/** "Uji dengan akun Kabid" started by the admin for the bidang's own Kabid (same consumer domain: "No" to Workspace). */
function ujiKabidDimulai(emu: Emulator): void {
  emu.ui.queueResponse({ button: 'OK', text: KABID_KWN });
  emu.ui.queueResponse({ button: 'NO' });
  emu.call(ADMIN, 'menuUjiKabidMulai');
}

type Objek = Record<string, unknown>;
const obj = (v: unknown): Objek => (typeof v === 'object' && v !== null ? (v as Objek) : {});
const tabBaru = (nama: string) => (j: Jejak): void => {
  expect(j.sebelum.tab).not.toContain(nama);
  expect(j.emu.spreadsheet.sheetNames()).toContain(nama);
};
const statusOk = (j: Jejak): void => expect(obj(j.hasil).status, String(obj(j.hasil).pesan)).toBe('ok');
const dokumenBaru = (j: Jejak): void => {
  expect(j.emu.drive.toJSON().files.filter((f) => !f.trashed).length).toBeGreaterThan(j.sebelum.berkas);
};
const logBaru = (j: Jejak): void => expect(j.emu.spreadsheet.describeSheet('Log', ADMIN).lastRow).toBeGreaterThan(j.sebelum.log);
const semua = (...cek: ((j: Jejak) => void)[]) => (j: Jejak): void => cek.forEach((c) => c(j));
/** The Monday after the bidang's deadline (siap: 15 April 2099): late, and warning letters may be made. */
const lewatBatas = (emu: Emulator): void => emu.ws.setNow(new Date('2099-04-20T02:00:00Z'));
const kwnTerisi = (emu: Emulator): void => isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
const kwnTerkirim = (emu: Emulator): void => {
  kwnTerisi(emu);
  expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true).ok).toBe(true);
};
/**
 * TW II started on a custom SOP (the SOP tab, pre-filled from the demo's template) whose Kabid steps
 * are marked by hand: their Peristiwa cleared, and every step given a time standard.
 */
function sopDenganLangkahKabid(emu: Emulator): void {
  const baris = emu.spreadsheet.describeSheet('Pengaturan', ADMIN).cells.find((c) => c.column === 1 && c.value === 'Template SOP')!.row;
  expect(emu.edit(ADMIN, 'Pengaturan', `B${baris}`, 'kustom').ok).toBe(true);
  const sop = emu.spreadsheet.describeSheet('SOP', ADMIN);
  const nilai = (r: number, k: number): string => String(sop.cells.find((c) => c.row === r && c.column === k)?.value ?? '');
  for (let r = 2; r <= sop.lastRow; r++) {
    if (nilai(r, 2) === '') continue;
    if (nilai(r, 5) === '') expect(emu.edit(ADMIN, 'SOP', `E${r}`, '1 hari').ok).toBe(true);
    if (nilai(r, 3) === 'Kabid' && nilai(r, 8) !== '') expect(emu.edit(ADMIN, 'SOP', `H${r}`, '').ok).toBe(true);
  }
  expect(emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW2', batasWaktu: '2099-07-15', konfirmasi: true })).toMatchObject({ status: 'ok' });
}

/** TW III started although TW II never ran (an office starting mid-year), and the admin typed KWN's TW II into the TW III tab. */
function tw2DiketikAdmin(emu: Emulator): void {
  expect(emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW3', batasWaktu: '2099-10-15', konfirmasi: true })).toMatchObject({ status: 'ok' });
  const tab = emu.spreadsheet.describeSheet('TW3-26·KWN', ADMIN);
  expect(emu.edit(ADMIN, 'TW3-26·KWN', `${hurufKolom(posisiKolom('TW3', 'realisasiTW2'))}${barisKode(tab, 'IK-16')}`, 7).ok).toBe(true);
}

/** A step the role's panel says it may mark and that is not done yet. */
function langkahBolehDitandai(emu: Emulator, peran: Peran): readonly unknown[] {
  const panel = emu.call(EMAIL[peran], 'getPanelState') as { sop: { langkah: { urutan: number; status: string; bolehDitandai: boolean }[] } };
  const l = panel.sop.langkah.find((x) => x.bolehDitandai && x.status !== 'selesai');
  if (!l) throw new Error(`no SOP step ${peran} may mark`);
  return [{ urutan: l.urutan, catatan: 'uji' }];
}

/** The design. A server function missing here fails the test: decide who may run it first. */
const MATRIKS: Readonly<Record<string, Baris>> = {
  getPanelState: { boleh: SEMUA, efek: (j) => expect(j.hasil).toMatchObject({ pengguna: EMAIL[j.peran], admin: j.peran === 'admin', siklus: { label: 'TW I 2026' } }) },
  // The panel's yes/no question (the menu's Sheets dialog): asks, changes nothing.
  tanyaYaTidak: { boleh: SEMUA, args: ['Mulai siklus', 'Lanjutkan?'], efek: (j) => expect(keadaan(j.emu)).toBe(j.sebelum.keadaan) },
  openSidebar: { boleh: SEMUA, efek: (j) => expect(j.emu.ui.sidebars.length).toBe(j.sebelum.sidebar + 1) },
  siapkanLembarKerja: { boleh: HANYA_ADMIN, efek: semua(logBaru, (j) => expect(obj(j.hasil).pesan).toMatch(/Konfigurasi siap/)) },
  menuSiapkanLembarKerja: { boleh: HANYA_ADMIN, efek: semua(logBaru, (j) => expect(j.emu.ui.alerts.at(-1)?.prompt).toMatch(/Konfigurasi siap/)) },
  kosongkanTabIndikator: { boleh: HANYA_ADMIN, args: [{ konfirmasi: true }], efek: semua(statusOk, logBaru, (j) => expect(j.emu.spreadsheet.sheetNames().length).toBe(j.sebelum.tab.length + 1)) },
  // The year's cycles are kept (hidden), its history written; the TW I cycle is still open (isian missing: asked again).
  tutupTahun: { boleh: HANYA_ADMIN, args: [{ konfirmasi: true }], efek: semua(statusOk, logBaru, tabBaru('Riwayat Capaian')) },
  menuTutupTahun: { boleh: HANYA_ADMIN, jawaban: [{ button: 'YES' }, { button: 'YES' }], efek: semua(logBaru, tabBaru('Riwayat Capaian')) },
  getMulaiDiSini: { boleh: HANYA_ADMIN, efek: (j) => expect(obj(j.hasil).langkah).toHaveLength(6) },
  // The persiapan of the next period: its SOP status tab, no bidang tab yet (the open TW I is closed).
  siapkanSiklus: { boleh: HANYA_ADMIN, args: [{ periode: 'TW2', batasWaktu: '2099-07-15', konfirmasi: true }], efek: semua(statusOk, logBaru, tabBaru('Status SOP TW II 2026'), (j) => expect(j.emu.spreadsheet.sheetNames()).not.toContain('TW2-26·KWN')) },
  mulaiSiklus: { boleh: HANYA_ADMIN, args: [{ periode: 'TW2', batasWaktu: '2099-07-15', konfirmasi: true }], efek: semua(statusOk, tabBaru('TW2-26·KWN')) },
  menuMulaiSiklus: { boleh: HANYA_ADMIN, jawaban: [{ button: 'OK', text: 'TW II' }, { button: 'YES' }], efek: tabBaru('TW2-26·KWN') },
  buatTabRekap: { boleh: HANYA_ADMIN, args: [{}], efek: semua(statusOk, tabBaru('Rekap TW1-26')) },
  buatRekapDenganDraf: { boleh: HANYA_ADMIN, efek: semua(statusOk, tabBaru('Rekap TW1-26')) },
  menuBuatRekap: { boleh: HANYA_ADMIN, jawaban: [{ button: 'OK', text: '' }], efek: tabBaru('Rekap TW1-26') },
  menuDiagnostik: { boleh: HANYA_ADMIN, efek: (j) => { expect(obj(j.hasil).gagal).toBe(0); expect(j.emu.ui.dialogs.length).toBe(j.sebelum.dialog + 1); } },
  menuUjiKabidMulai: { boleh: HANYA_ADMIN, jawaban: [{ button: 'OK', text: 'kabid.uji@gmail.com' }], efek: semua(statusOk, tabBaru('Uji Akun Kabid')) },
  menuUjiKabidLaporan: { boleh: HANYA_ADMIN, siapkan: ujiKabidDimulai, efek: (j) => { expect(obj(j.hasil).cek).not.toEqual([]); expect(j.emu.ui.dialogs.length).toBe(j.sebelum.dialog + 1); } },
  menuUjiKabidHapus: { boleh: HANYA_ADMIN, siapkan: ujiKabidDimulai, efek: (j) => { expect(j.sebelum.tab).toContain('Uji Akun Kabid'); expect(j.emu.spreadsheet.sheetNames()).not.toContain('Uji Akun Kabid'); } },
  // Only the Kabid the admin named (here the bidang's own) records what their own run sees.
  menuUjiKabidLangkah: { boleh: ['bidangSendiri'], siapkan: ujiKabidDimulai, tolak: /bukan akun Kabid yang diuji/, efek: (j) => expect(obj(j.hasil).pesan).toMatch(/^Tercatat di tab "Uji Akun Kabid"/) },
  kumpulkanData: { boleh: HANYA_ADMIN, efek: semua(statusOk, logBaru, (j) => expect(obj(j.hasil).pesan).toBe('TW I 2026: 0/5 terkirim.')) },
  kirimAtasNamaBidang: { boleh: HANYA_ADMIN, args: [{ bidang: 'KWN' }], siapkan: kwnTerisi, efek: semua(statusOk, (j) => expect(statusBidang(j.emu, 'KWN')).toBe('terkirim')) },
  simpanTriwulanSebelumnya: { boleh: HANYA_ADMIN, siapkan: tw2DiketikAdmin, efek: semua(statusOk, logBaru) },
  menuSimpanTriwulanSebelumnya: { boleh: HANYA_ADMIN, siapkan: tw2DiketikAdmin, efek: logBaru },
  kembalikanUntukPerbaikan: { boleh: HANYA_ADMIN, args: [{ bidang: 'KWN', alasan: 'Lengkapi bukti dukung' }], siapkan: kwnTerkirim, efek: semua(statusOk, (j) => expect(statusBidang(j.emu, 'KWN')).toBe('dikembalikan')) },
  kirimPengingat: { boleh: HANYA_ADMIN, siapkan: lewatBatas, efek: semua(statusOk, (j) => expect(j.emu.mail.outbox.length).toBeGreaterThan(j.sebelum.surel)) },
  buatNotaDinas: { boleh: HANYA_ADMIN, efek: semua(statusOk, dokumenBaru) },
  buatSuratPeringatan: { boleh: HANYA_ADMIN, siapkan: lewatBatas, efek: semua(statusOk, dokumenBaru) },
  buatDokumenLkj: { boleh: HANYA_ADMIN, efek: semua(statusOk, dokumenBaru) },
  buatDokumenLkjDenganDraf: { boleh: HANYA_ADMIN, efek: semua(statusOk, dokumenBaru) },
  menuBuatNotaDinas: { boleh: HANYA_ADMIN, efek: dokumenBaru },
  menuBuatSuratPeringatan: { boleh: HANYA_ADMIN, siapkan: lewatBatas, efek: dokumenBaru },
  menuBuatDrafLkj: { boleh: HANYA_ADMIN, jawaban: [{ button: 'NO' }], efek: dokumenBaru },
  // The bidang's own people check their tab before ticking Kirim; nobody else sees its problems.
  periksaIsian: { boleh: ['admin', 'bidangSendiri'], args: [{ bidang: 'KWN' }], tolak: /bukan Kabid atau staf/, efek: (j) => expect(j.hasil).toMatchObject({ status: 'masalah', masalah: expect.arrayContaining([expect.objectContaining({ tab: TAB_KWN_TW1 })]) }) },
  // Whoever holds an SOP role may call it; which step each role may mark is test/bundle/sop-status.
  tandaiLangkahSop: { boleh: ['admin', 'bidangSendiri', 'bidangLain'], args: langkahBolehDitandai, siapkan: sopDenganLangkahKabid, tolak: /tidak tercatat sebagai pelaksana SOP/, efek: (j) => expect(obj(j.hasil).pesan).toMatch(/^Langkah \d+ ditandai selesai\.$/) },
  // The hourly trigger runs it as the admin who made it; called any other way only an admin's call does anything.
  perbaruiStatusSop: { boleh: HANYA_ADMIN, siapkan: (emu) => emu.ws.advance(3600 * 1000), efek: (j) => expect(keadaan(j.emu)).not.toBe(j.sebelum.keadaan) },
  // Without an edit event of the Kirim box (a direct call) it does nothing, for anyone.
  onEditLapkin: { boleh: SEMUA, efek: (j) => expect(keadaan(j.emu)).toBe(j.sebelum.keadaan) },
};

const PEMICU_SEDERHANA = ['onOpen', 'onInstall'];

/** The demo OPD with TW I started and one value typed by the bidang. */
function siap(): Emulator {
  const emu = emulatorTerisi();
  const hasil = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', batasWaktu: '2099-04-15' }) as { status: string };
  expect(hasil.status).toBe('ok');
  return emu;
}

function argumen(emu: Emulator, fungsi: string, peran: Peran): readonly unknown[] {
  const args = MATRIKS[fungsi].args ?? [];
  if (typeof args !== 'function') return args;
  // A role not allowed is asked with what the admin may mark (the refusal must come first).
  return args(emu, MATRIKS[fungsi].boleh.includes(peran) ? peran : 'admin');
}

function coba(emu: Emulator, fungsi: string, peran: Peran, args: readonly unknown[]): { ok: true; hasil: unknown } | { ok: false; pesan: string } {
  for (const j of MATRIKS[fungsi].jawaban ?? []) emu.ui.queueResponse(j);
  try {
    return { ok: true, hasil: emu.call(EMAIL[peran], fungsi, ...args) };
  } catch (e) {
    return { ok: false, pesan: pesanGalat(e) };
  }
}

describe('permission matrix', () => {
  test('every server function of the bundle has a row in the matrix', () => {
    expect(fungsiServer().filter((f) => !PEMICU_SEDERHANA.includes(f))).toEqual(Object.keys(MATRIKS).sort());
  });

  for (const fungsi of Object.keys(MATRIKS)) {
    for (const peran of SEMUA) {
      const boleh = MATRIKS[fungsi].boleh.includes(peran);
      test(`${fungsi} as ${peran}: ${boleh ? 'allowed' : 'refused, nothing changes'}`, () => {
        const emu = siap();
        expect(Object.keys(emu.ws.entryPoints), `${fungsi} is not in build/Code.js`).toContain(fungsi);
        MATRIKS[fungsi].siapkan?.(emu);
        const args = argumen(emu, fungsi, peran);
        const sebelum = ringkas(emu);
        const hasil = coba(emu, fungsi, peran, args);
        if (boleh) {
          // Allowed means it did its work: no error of any kind, and the effect it exists for.
          expect(hasil.ok ? 'ok' : hasil.pesan).toBe('ok');
          if (hasil.ok) MATRIKS[fungsi].efek({ emu, peran, hasil: hasil.hasil, sebelum });
          return;
        }
        expect(hasil.ok).toBe(false);
        if (!hasil.ok) {
          expect(hasil.pesan).toMatch(peran === 'tanpaEmail' ? /Google tidak memberi tahu alamat e-mail Anda/ : (MATRIKS[fungsi].tolak ?? /Hanya admin/));
        }
        expect(keadaan(emu)).toBe(sebelum.keadaan);
      });
    }
  }
});

/**
 * Grid edits of the configuration: only admins may type into Pengaturan (else anyone could add
 * their e-mail to E-mail admin and pass every admin check above). Sheets refuses the edit.
 */
describe('permission matrix: typing into Pengaturan ▸ E-mail admin', () => {
  for (const peran of SEMUA) {
    const boleh = peran === 'admin';
    test(`as ${peran}: ${boleh ? 'allowed' : 'refused by Sheets'}`, () => {
      const emu = siap();
      const baris = emu.spreadsheet.describeSheet('Pengaturan', ADMIN).cells.find((c) => c.column === 1 && c.value === 'E-mail admin')?.row;
      const hasil = emu.edit(EMAIL[peran], 'Pengaturan', `B${baris}`, `${ADMIN}, ${EMAIL[peran]}`);
      expect(hasil.ok).toBe(boleh);
    });
  }
});
