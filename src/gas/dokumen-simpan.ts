/**
 * Where generated documents go and what they are called. With the drive.file scope Lapkin can put
 * files only in a folder it made itself (src/gas/drive.ts), so documents go to Lapkin's own folder,
 * "Lapkin – <spreadsheet>", made in the admin's My Drive on first use (one per admin: each admin's
 * documents are in that admin's Drive), kept by id in the document properties, and made again when
 * it was deleted or trashed. The admin may move or rename it; Lapkin keeps using it. Pengaturan ▸
 * Folder keluaran is used when Lapkin can see that folder (Lapkin's own folder, linked there);
 * a folder made in Drive by hand falls back to Lapkin's own, and the result says so. A document
 * gets a name no file in the folder has yet, so an export never replaces an earlier one. The
 * latest documents are kept in the document properties for the sidebar.
 */
import { tulisDokumen, urlDokumen } from './dokumen-docs-api';
import { MIME_DOCS, MIME_FOLDER, buatBerkas, cariBerkas, folderTerlihat, literalKueri, namaBebas, urlFolder } from './drive';
import { withDocumentLock } from './kunci';
import { catatLog } from './log';
import { props } from './properti';
import type { DocumentModel, DokumenTersimpan } from '../core/dokumen/model';
import { BATAS_PROPERTI } from '../core/siklus';

export interface TempatKeluaran {
  readonly folderId: string;
  readonly namaFolder: string;
  readonly urlFolder: string;
  /** What the admin should know: where the documents went (always), and why not where asked. */
  readonly catatan: readonly string[];
}

const KUNCI_DOKUMEN = 'lapkin.dokumen.terbaru';
/** Lapkin's own folder of each admin: `lapkin.folder.<e-mail>` → folder id. */
const AWALAN_KUNCI_FOLDER = 'lapkin.folder.';
/** How many documents the sidebar lists. */
export const JUMLAH_DOKUMEN_TERBARU = 10;

/** The Drive id in an id or a Docs/Drive URL ('' when there is none). */
export function idDrive(teks: string): string {
  const t = teks.trim();
  const m = /\/(?:d|folders)\/([-\w]+)/.exec(t) ?? /[?&]id=([-\w]+)/.exec(t);
  if (m) return m[1];
  return /^[-\w]+$/.test(t) ? t : '';
}

/**
 * Lapkin's own folder for `email`: the one noted in the properties while it is there and out of
 * the trash; else one named "Lapkin – <spreadsheet>" that Lapkin made before (a run cut off before
 * noting its id), else a new one in My Drive.
 */
function folderLapkin(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, email: string): { readonly id: string; readonly nama: string } {
  const kunci = AWALAN_KUNCI_FOLDER + email.trim().toLowerCase();
  const tercatat = folderTerlihat(props().getProperty(kunci) ?? '');
  if (tercatat) return tercatat;
  // Under the lock, so that two runs at once make one folder.
  return withDocumentLock(() => {
    const nama = `Lapkin – ${ss.getName()}`;
    const id = cariBerkas(`name = ${literalKueri(nama)} and mimeType = '${MIME_FOLDER}' and trashed = false`) || buatBerkas(nama, MIME_FOLDER);
    props().setProperty(kunci, id);
    return { id, nama };
  });
}

/** The folder for documents made by `email`: Pengaturan ▸ Folder keluaran when Lapkin can use it, else Lapkin's own. */
export function tempatKeluaran(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, folderKeluaran: string, email: string): TempatKeluaran {
  const tempat = (f: { id: string; nama: string }, alasan: string[]): TempatKeluaran => ({
    folderId: f.id,
    namaFolder: f.nama,
    urlFolder: urlFolder(f.id),
    catatan: [...alasan, `Folder dokumen: "${f.nama}" ${urlFolder(f.id)}`],
  });
  if (folderKeluaran.trim() !== '') {
    const diminta = folderTerlihat(idDrive(folderKeluaran));
    if (diminta) return tempat(diminta, []);
    const sendiri = folderLapkin(ss, email);
    return tempat(sendiri, [
      `Folder keluaran "${folderKeluaran}" (Pengaturan) tidak dapat dipakai: dengan izin drive.file Lapkin hanya dapat menyimpan ke folder yang dibuatnya sendiri ` +
        `(atau folder itu tidak ada, sudah di sampah, atau bukan folder). Dokumen disimpan di folder Lapkin "${sendiri.nama}", yang boleh Anda pindahkan ke mana saja di Drive. ` +
        'Kosongkan Folder keluaran, atau isi dengan tautan folder Lapkin itu.',
    ]);
  }
  return tempat(folderLapkin(ss, email), []);
}

/** A document Lapkin made: its id, name, link and its folder's link. */
export interface DokumenDibuat {
  readonly id: string;
  readonly nama: string;
  readonly url: string;
  readonly folder: string;
}

/** A new, empty Google Doc in the output folder named `nama` (made unique), opened for writing. */
export function dokumenBaru(tempat: TempatKeluaran, nama: string): { id: string; nama: string; doc: GoogleAppsScript.Document.Document } {
  const bebas = namaBebas(tempat.folderId, nama);
  const id = buatBerkas(bebas, MIME_DOCS, tempat.folderId);
  return { id, nama: bebas, doc: DocumentApp.openById(id) };
}

/**
 * Creates a new Google Doc named `nama` (made unique in the folder) holding `model`: a fixed number
 * of calls whatever its length (src/gas/dokumen-docs-api.ts).
 */
export function simpanDokumen(model: DocumentModel, tempat: TempatKeluaran, nama: string): DokumenDibuat {
  const bebas = namaBebas(tempat.folderId, nama);
  const id = buatBerkas(bebas, MIME_DOCS, tempat.folderId);
  tulisDokumen(id, model);
  return { id, nama: bebas, url: urlDokumen(id), folder: tempat.urlFolder };
}

/** The latest documents, newest first. */
export function dokumenTerbaru(): DokumenTersimpan[] {
  const json = props().getProperty(KUNCI_DOKUMEN);
  return json ? (JSON.parse(json) as DokumenTersimpan[]) : [];
}

/** Puts `baru` in front of the list; the oldest fall off to stay under 9 KB. */
function catatDokumenTerbaru(baru: readonly DokumenTersimpan[]): void {
  let daftar = [...baru, ...dokumenTerbaru()].slice(0, JUMLAH_DOKUMEN_TERBARU);
  while (daftar.length > 1 && JSON.stringify(daftar).length > BATAS_PROPERTI) daftar = daftar.slice(0, -1);
  props().setProperty(KUNCI_DOKUMEN, JSON.stringify(daftar));
}

/**
 * Under the document lock: one Log row per new document (name, link, and `catatan`) and the
 * sidebar's list. Returns the documents as the sidebar lists them.
 */
export function catatDokumenBaru(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  siapa: { readonly email: string; readonly adminEmails: readonly string[] },
  jenis: string,
  dokumen: readonly Pick<DokumenDibuat, 'nama' | 'url' | 'folder'>[],
  catatan: readonly string[],
): DokumenTersimpan[] {
  const dibuat = new Date().toISOString();
  const baru = dokumen.map((d) => ({ jenis, nama: d.nama, url: d.url, folder: d.folder, dibuat }));
  withDocumentLock(() => {
    catatLog(ss, siapa.email, siapa.adminEmails, baru.map((d) => ({ tindakan: `Buat ${jenis.toLowerCase()}`, rincian: [d.nama, d.url, ...catatan].join('; ') })));
    catatDokumenTerbaru(baru);
  });
  return baru;
}
