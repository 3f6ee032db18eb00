/**
 * The permission matrix (README "Keamanan"): every server function of build/Code.js (except the
 * simple triggers onOpen/onInstall, which only build the menu) tried as each kind of person. The
 * table is the design; a refused call throws an Indonesian message and changes nothing.
 * Session.getActiveUser().getEmail() may be '' (domain.md §7,
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser()), and '' is never anybody.
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { ADMIN, KABID_KWN, KABID_POL, ORANG_LAIN, emulatorTerisi } from '../bundle/helpers';
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

interface Baris {
  /** Who may run it. */
  readonly boleh: readonly Peran[];
  /** Allowed, but changes nothing for anyone (a trigger handler called without its event). */
  readonly tanpaPerubahan?: boolean;
  /** The refusal others get when it is not "Hanya admin…" ('' gets the no-e-mail message everywhere). */
  readonly tolak?: RegExp;
  readonly args?: readonly unknown[];
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

/** The design. A server function missing here fails the test: decide who may run it first. */
const MATRIKS: Readonly<Record<string, Baris>> = {
  getPanelState: { boleh: SEMUA },
  // The panel's yes/no question (the menu's Sheets dialog): asks, changes nothing.
  tanyaYaTidak: { boleh: SEMUA, tanpaPerubahan: true, args: ['Mulai siklus', 'Lanjutkan?'] },
  openSidebar: { boleh: SEMUA },
  siapkanLembarKerja: { boleh: HANYA_ADMIN },
  menuSiapkanLembarKerja: { boleh: HANYA_ADMIN },
  mulaiSiklus: { boleh: HANYA_ADMIN, args: [{ periode: 'TW2', batasWaktu: '2099-07-15', konfirmasi: true }] },
  menuMulaiSiklus: { boleh: HANYA_ADMIN, jawaban: [{ button: 'OK', text: 'TW II' }, { button: 'YES' }] },
  buatTabRekap: { boleh: HANYA_ADMIN, args: [{}] },
  buatRekapDenganDraf: { boleh: HANYA_ADMIN },
  menuBuatRekap: { boleh: HANYA_ADMIN, jawaban: [{ button: 'OK', text: '' }] },
  menuDiagnostik: { boleh: HANYA_ADMIN },
  menuUjiKabidMulai: { boleh: HANYA_ADMIN, jawaban: [{ button: 'OK', text: 'kabid.uji@gmail.com' }] },
  menuUjiKabidLaporan: { boleh: HANYA_ADMIN, siapkan: ujiKabidDimulai },
  menuUjiKabidHapus: { boleh: HANYA_ADMIN, siapkan: ujiKabidDimulai },
  // Only the Kabid the admin named (here the bidang's own) records what their own run sees.
  menuUjiKabidLangkah: { boleh: ['bidangSendiri'], siapkan: ujiKabidDimulai, tolak: /bukan akun Kabid yang diuji/ },
  kumpulkanData: { boleh: HANYA_ADMIN },
  kirimAtasNamaBidang: { boleh: HANYA_ADMIN, args: [{ bidang: 'KWN' }] },
  kembalikanUntukPerbaikan: { boleh: HANYA_ADMIN, args: [{ bidang: 'KWN', alasan: 'Lengkapi bukti dukung' }] },
  kirimPengingat: { boleh: HANYA_ADMIN },
  buatNotaDinas: { boleh: HANYA_ADMIN },
  buatSuratPeringatan: { boleh: HANYA_ADMIN },
  buatDokumenLkj: { boleh: HANYA_ADMIN },
  buatDokumenLkjDenganDraf: { boleh: HANYA_ADMIN },
  menuBuatNotaDinas: { boleh: HANYA_ADMIN },
  menuBuatSuratPeringatan: { boleh: HANYA_ADMIN },
  menuBuatDrafLkj: { boleh: HANYA_ADMIN, jawaban: [{ button: 'NO' }] },
  // The bidang's own people check their tab before ticking Kirim; nobody else sees its problems.
  periksaIsian: { boleh: ['admin', 'bidangSendiri'], args: [{ bidang: 'KWN' }], tolak: /bukan Kabid atau staf/ },
  // Whoever holds an SOP role may call it; which step each role may mark is test/bundle/sop-status.
  tandaiLangkahSop: { boleh: ['admin', 'bidangSendiri', 'bidangLain'], args: [{ urutan: 1, catatan: 'uji' }], tolak: /tidak tercatat sebagai pelaksana SOP/ },
  // The hourly trigger runs it as the admin who made it; called any other way only an admin's call does anything.
  perbaruiStatusSop: { boleh: HANYA_ADMIN },
  // Without an edit event of the Kirim box (a direct call) it does nothing, for anyone.
  onEditLapkin: { boleh: SEMUA, tanpaPerubahan: true },
};

const PEMICU_SEDERHANA = ['onOpen', 'onInstall'];

/** The demo OPD with TW I started and one value typed by the bidang. */
function siap(): Emulator {
  const emu = emulatorTerisi();
  const hasil = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', batasWaktu: '2099-04-15' }) as { status: string };
  expect(hasil.status).toBe('ok');
  return emu;
}

/** The refusals of the access checks; any other outcome (a result, or a refusal about the data) means the check let the caller through. */
const PENOLAKAN_AKSES = /Hanya admin|Google tidak memberi tahu alamat e-mail Anda|bukan Kabid atau staf|tidak tercatat sebagai pelaksana SOP|bukan akun Kabid yang diuji/;

function coba(emu: Emulator, fungsi: string, peran: Peran): { ok: true } | { ok: false; pesan: string } {
  const baris = MATRIKS[fungsi];
  for (const j of baris.jawaban ?? []) emu.ui.queueResponse(j);
  try {
    emu.call(EMAIL[peran], fungsi, ...(baris.args ?? []));
    return { ok: true };
  } catch (e) {
    const pesan = pesanGalat(e);
    return PENOLAKAN_AKSES.test(pesan) ? { ok: false, pesan } : { ok: true };
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
        if (!(fungsi in emu.ws.entryPoints)) return; // not in this bundle; the first test names it
        MATRIKS[fungsi].siapkan?.(emu);
        const sebelum = keadaan(emu);
        const hasil = coba(emu, fungsi, peran);
        if (boleh) {
          expect(hasil).toEqual({ ok: true });
          if (MATRIKS[fungsi].tanpaPerubahan) expect(keadaan(emu)).toBe(sebelum);
          return;
        }
        expect(hasil.ok).toBe(false);
        if (!hasil.ok) {
          expect(hasil.pesan).toMatch(peran === 'tanpaEmail' ? /Google tidak memberi tahu alamat e-mail Anda/ : (MATRIKS[fungsi].tolak ?? /Hanya admin/));
        }
        expect(keadaan(emu)).toBe(sebelum);
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
