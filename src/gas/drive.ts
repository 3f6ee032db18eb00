/**
 * Lapkin's files in Drive, within the `drive.file` scope: through the Advanced Drive service (v3,
 * the `Drive` global, enabled in appsscript.json), never DriveApp — every DriveApp method needs
 * `drive` or `drive.readonly` (domain.md §7). Under drive.file the Drive API sees only what Lapkin
 * itself created through it; a document's body is written with DocumentApp (`documents` scope).
 * https://developers.google.com/apps-script/advanced/drive
 */
import { namaUnik } from '../core/siklus';

export const MIME_FOLDER = 'application/vnd.google-apps.folder';
export const MIME_DOCS = 'application/vnd.google-apps.document';

export const PESAN_DRIVE_TIDAK_AKTIF =
  'Layanan lanjutan Drive API belum aktif untuk skrip Lapkin, jadi dokumen tidak dapat dibuat atau dibuang. ' +
  'Admin: buka Ekstensi ▸ Apps Script ▸ Layanan (+) ▸ Drive API, versi v3 ▸ Tambahkan (atau push ulang Lapkin beserta appsscript.json-nya), lalu coba lagi.';

/** The Drive service, or the Indonesian reason it is missing (the advanced service is not enabled). */
export function layananDrive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) throw new Error(PESAN_DRIVE_TIDAK_AKTIF);
  return Drive;
}

/**
 * A string literal for a Drive query: backslashes and single quotes escaped with a backslash
 * ("name contains 'quinn\'s paper\\essay'",
 * https://developers.google.com/workspace/drive/api/guides/search-files).
 */
export function literalKueri(teks: string): string {
  return `'${teks.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function urlFolder(id: string): string {
  return `https://drive.google.com/drive/folders/${id}`;
}

/** Whether `galat` is the Drive API's 404 (a file that does not exist or that Lapkin may not see). */
export function tidakDitemukan(galat: unknown): boolean {
  const pesan = typeof galat === 'object' && galat !== null ? (galat as { message?: unknown }).message : galat;
  return /File not found/i.test(String(pesan));
}

/** The folder with this id, when Lapkin can see it and it is not in the trash; null otherwise. */
export function folderTerlihat(id: string): { readonly id: string; readonly nama: string } | null {
  if (id === '') return null;
  let f: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
  try {
    f = layananDrive().Files.get(id, { fields: 'id,name,mimeType,trashed' });
  } catch (e) {
    if (tidakDitemukan(e)) return null;
    throw e;
  }
  return f.mimeType === MIME_FOLDER && !f.trashed ? { id: String(f.id), nama: String(f.name) } : null;
}

/** The id of the first file Lapkin can see that matches `q` ('' when none). */
export function cariBerkas(q: string): string {
  const hasil = layananDrive().Files.list({ q, fields: 'files(id)', pageSize: 1 });
  return String(hasil.files?.[0]?.id ?? '');
}

/**
 * `dasar`, or `dasar (2)`, `dasar (3)`… — the first name no file in the folder has (outside the
 * trash), so an export never replaces an earlier one. One list call per name tried.
 */
export function namaBebas(folderId: string, dasar: string): string {
  return namaUnik(dasar, (nama) => cariBerkas(`name = ${literalKueri(nama)} and ${literalKueri(folderId)} in parents and trashed = false`) !== '');
}

/** Creates an empty file (a Google Doc, a folder) named `nama`, in `folderId` or else My Drive; returns its id. */
export function buatBerkas(nama: string, mimeType: string, folderId?: string): string {
  return String(layananDrive().Files.create({ name: nama, mimeType, ...(folderId ? { parents: [folderId] } : {}) }).id);
}

/** Moves a file Lapkin created to the trash. */
export function buangKeSampah(id: string): void {
  layananDrive().Files.update({ trashed: true }, id);
}
