/** Who is running the script, and whether that person is an admin (issue 4). */

/** The active user's e-mail, lower-cased; '' when Google does not tell (domain.md §7). */
export function emailPengguna(): string {
  return Session.getActiveUser().getEmail().trim().toLowerCase();
}

/** The effective user's e-mail, lower-cased: whose authority the script runs with (a trigger's creator). */
export function emailEfektif(): string {
  return Session.getEffectiveUser().getEmail().trim().toLowerCase();
}

/** The spreadsheet owner's e-mail, lower-cased ('' when unknown, e.g. a shared drive). */
export function emailPemilik(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  const owner = ss.getOwner();
  return owner ? owner.getEmail().trim().toLowerCase() : '';
}

/** Admin = the owner or a listed admin. '' is never anybody. */
export function adalahAdmin(email: string, pemilik: string, adminEmails: readonly string[]): boolean {
  if (email === '') return false;
  return email === pemilik || adminEmails.includes(email);
}

export const PESAN_BUKAN_ADMIN =
  'Hanya admin (pemilik spreadsheet atau e-mail di Pengaturan ▸ E-mail admin) yang dapat melakukan ini.';
export const PESAN_TANPA_EMAIL =
  'Google tidak memberi tahu alamat e-mail Anda, jadi Lapkin tidak dapat memeriksa hak Anda. Jika Anda masuk dengan beberapa akun Google sekaligus, keluar dari akun lain atau buka spreadsheet di jendela penyamaran, lalu coba lagi.';
