/**
 * "Uji dengan akun Kabid": each observation of the two-account run against the emulator's belief
 * (node/emulator/session.ts `visibleActiveUser`, node/emulator/spreadsheet/protection.ts
 * `explicit`). The beliefs follow the accounts: Workspace only where the admin confirmed it, and
 * Sel X refuses the Kabid only when the Kabid was shared after the tab was made.
 */
import { satuWorkspace, type KeadaanUjiKabid } from '../../core/uji-kabid/keadaan';
import { SEL_KOTAK_UJI_A1, SEL_X_A1, SEL_Y_A1 } from '../../core/uji-kabid/tata-letak';
import type { IsiTabUji } from '../uji-kabid';
import { DITOLAK, TIDAK_ADA_GALAT, cek, sama, type Cek, type Harapan } from './cek';

export interface KonteksUjiKabid extends IsiTabUji {
  readonly k: KeadaanUjiKabid;
  /** Lower-cased editors of Sel X's and Sel Y's protections as the admin reads them now (null: no protection). */
  readonly editorX: readonly string[] | null;
  readonly editorY: readonly string[] | null;
}

const BELUM_PEMICU = `belum tercatat: Kabid belum mencentang kotak ${SEL_KOTAK_UJI_A1}, atau pemicu onEdit tidak berjalan`;
const BELUM_KABID = 'belum tercatat: Kabid belum menjalankan Langkah Kabid';

function tercatat<T extends object>(isi: T, kunci: keyof T, belum: string): unknown {
  if (isi[kunci] === undefined) throw new Error(belum);
  return isi[kunci];
}

const pemicu = (kunci: keyof IsiTabUji['pemicu']) => (c: KonteksUjiKabid) => tercatat(c.pemicu, kunci, BELUM_PEMICU);
const kabid = (kunci: keyof IsiTabUji['kabid']) => (c: KonteksUjiKabid) => tercatat(c.kabid, kunci, BELUM_KABID);

/** What the admin's trigger is told about the Kabid: the address only within one Workspace domain. */
function alamatDiPemicu(c: KonteksUjiKabid): Harapan {
  return sama(satuWorkspace(c.k, c.k.kabid, c.k.pembuat) ? c.k.kabid : '');
}

const KOSONG: Harapan = { uraian: 'ditolak Sheets: sel tetap kosong', cocok: (t) => t === '' };
const TERISI: Harapan = { uraian: 'diterima: sel berisi ketikan Kabid', cocok: (t) => t !== '' };

/** Whether the protection's editors (as the admin reads them now) include the Kabid: a yes/no, so no address reaches the report. */
function memuatKabid(editor: readonly string[] | null, k: KeadaanUjiKabid): boolean {
  if (!editor) throw new Error('proteksi sel ini hilang');
  return editor.includes(k.kabid);
}

export const CEK_UJI_KABID: readonly Cek<KonteksUjiKabid>[] = [
  cek('kabid-pemicu-aktif', 'Pemicu onEdit admin: Session.getActiveUser() saat Kabid mencentang', alamatDiPemicu, pemicu('aktif')),
  cek('kabid-pemicu-e-user', 'Pemicu onEdit admin: e.user.getEmail() saat Kabid mencentang', alamatDiPemicu, pemicu('eUser')),
  cek('kabid-pemicu-efektif', 'Pemicu onEdit admin: Session.getEffectiveUser() adalah pembuat pemicu', (c: KonteksUjiKabid) => sama(c.k.pembuat), pemicu('efektif')),
  cek('kabid-pemicu-authmode', 'Pemicu onEdit admin: e.authMode', 'FULL', pemicu('authMode')),
  cek('kabid-langkah-aktif', 'Langkah Kabid (menu): Session.getActiveUser() adalah Kabid', (c: KonteksUjiKabid) => sama(c.k.kabid), kabid('aktif')),
  cek('kabid-langkah-efektif', 'Langkah Kabid (menu): Session.getEffectiveUser() adalah Kabid', (c: KonteksUjiKabid) => sama(c.k.kabid), kabid('efektif')),
  cek('kabid-ketik-x', `Ketikan Kabid di Sel X (${SEL_X_A1}), yang skripnya hanya memanggil addEditor(admin)`, (c: KonteksUjiKabid) => (c.k.sudahEditor ? TERISI : KOSONG), kabid('ketikX')),
  cek('kabid-ketik-y', `Ketikan Kabid di Sel Y (${SEL_Y_A1}), yang proteksinya mengikuti berbagi file`, () => TERISI, kabid('ketikY')),
  cek('kabid-skrip-x', `Skrip dengan hak Kabid menulis Sel X (${SEL_X_A1})`, (c: KonteksUjiKabid) => (c.k.sudahEditor ? sama(TIDAK_ADA_GALAT) : DITOLAK), kabid('tulisX')),
  cek('kabid-skrip-y', `Skrip dengan hak Kabid menulis Sel Y (${SEL_Y_A1})`, TIDAK_ADA_GALAT, kabid('tulisY')),
  cek('kabid-editor-x', `getEditors() proteksi Sel X (${SEL_X_A1}) memuat Kabid (dibaca admin)`, (c: KonteksUjiKabid) => sama(c.k.sudahEditor), (c: KonteksUjiKabid) => memuatKabid(c.editorX, c.k)),
  cek('kabid-editor-y', `getEditors() proteksi Sel Y (${SEL_Y_A1}) memuat Kabid (dibaca admin)`, true, (c: KonteksUjiKabid) => memuatKabid(c.editorY, c.k)),
];
