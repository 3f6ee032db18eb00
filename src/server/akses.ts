/** The admin gate shared by the entry points: the running user must be an admin. */
import { emailUnik } from '../core/email-unik';
import { emailAdminDariGrid } from '../core/konfigurasi/pengaturan';
import { TAB_PENGATURAN } from '../core/konfigurasi/skema';
import { periksaHakAdmin } from '../gas/proteksi-admin';
import { isiTab } from '../gas/spreadsheet';
import { PESAN_BUKAN_ADMIN, PESAN_TANPA_EMAIL, adalahAdmin, emailPemilik, emailPengguna } from '../gas/pengguna';

export interface Penjalan {
  readonly email: string;
  readonly admin: boolean;
  readonly adminEmails: readonly string[];
}

/** Who runs this (or whose `email` it is); admins are the owner and the e-mails listed in Pengaturan (one read). */
export function penjalan(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, email = emailPengguna()): Penjalan {
  const terdaftar = emailAdminDariGrid(isiTab(ss, TAB_PENGATURAN));
  const pemilik = emailPemilik(ss);
  const adminEmails = emailUnik([pemilik, ...terdaftar]);
  return { email, admin: adalahAdmin(email, pemilik, terdaftar), adminEmails };
}

/** Throws the Indonesian reason when the running user is not an admin. */
export function wajibAdmin(p: Penjalan): void {
  if (p.email === '') throw new Error(PESAN_TANPA_EMAIL);
  if (!p.admin) throw new Error(PESAN_BUKAN_ADMIN);
}

/** The gate of an admin operation that writes: an admin runs it, and can write every Lapkin tab and the Log. */
export function adminSiap(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Penjalan {
  const p = penjalan(ss);
  wajibAdmin(p);
  periksaHakAdmin(ss);
  return p;
}
