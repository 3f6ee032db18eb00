/**
 * Where generated documents go and what they are called: the output folder from Pengaturan, else
 * the spreadsheet's own folder, else My Drive (with the drive.file scope Lapkin may not read the
 * spreadsheet's folder, or a folder it did not create — domain.md §7); a name no file in that
 * folder has yet, so an export never replaces an earlier one. The latest documents are kept in the
 * document properties for the sidebar.
 */
import { createDocument } from './dokumen-docs';
import { withDocumentLock } from './kunci';
import { catatLog } from './log';
import { props } from './properti';
import type { DocumentModel, DokumenTersimpan } from '../core/dokumen/model';
import { BATAS_PROPERTI, namaUnik } from '../core/siklus';

type Folder = GoogleAppsScript.Drive.Folder;

export interface TempatKeluaran {
  readonly folder: Folder;
  /** My Drive's root: a new document is there already and need not be moved. */
  readonly akar: boolean;
  /** Why the documents are not where the admin expects them; '' when they are. */
  readonly catatan: string;
}

const KUNCI_DOKUMEN = 'lapkin.dokumen.terbaru';
/** How many documents the sidebar lists. */
export const JUMLAH_DOKUMEN_TERBARU = 10;

/** The Drive id in an id or a Docs/Drive URL ('' when there is none). */
export function idDrive(teks: string): string {
  const t = teks.trim();
  const m = /\/(?:d|folders)\/([-\w]+)/.exec(t) ?? /[?&]id=([-\w]+)/.exec(t);
  if (m) return m[1];
  return /^[-\w]+$/.test(t) ? t : '';
}

function folderSpreadsheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Folder | null {
  try {
    const parents = DriveApp.getFileById(ss.getId()).getParents();
    return parents.hasNext() ? parents.next() : null;
  } catch {
    return null;
  }
}

/** The folder for documents: Pengaturan ▸ Folder keluaran, else beside the spreadsheet, else My Drive. */
export function tempatKeluaran(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, folderKeluaran: string): TempatKeluaran {
  const akar = (catatan: string): TempatKeluaran => ({ folder: DriveApp.getRootFolder(), akar: true, catatan });
  if (folderKeluaran.trim() !== '') {
    try {
      return { folder: DriveApp.getFolderById(idDrive(folderKeluaran)), akar: false, catatan: '' };
    } catch {
      return akar(
        `Folder keluaran "${folderKeluaran}" (Pengaturan) tidak dapat dibuka dengan izin Lapkin (hanya berkas yang dibuat atau dibuka Lapkin), ` +
          'jadi dokumen disimpan di My Drive. Periksa ID folder, atau kosongkan Folder keluaran.',
      );
    }
  }
  const folder = folderSpreadsheet(ss);
  if (folder) return { folder, akar: false, catatan: '' };
  return akar(
    'Folder spreadsheet tidak dapat dibaca dengan izin Lapkin (drive.file), jadi dokumen disimpan di My Drive. ' +
      'Isi Pengaturan ▸ Folder keluaran untuk memilih folder lain.',
  );
}

/** `dasar`, or `dasar (2)`, `dasar (3)`… — the first name no file in the folder has. */
export function namaBebas(folder: Folder, dasar: string): string {
  return namaUnik(dasar, (nama) => folder.getFilesByName(nama).hasNext());
}

/** Moves a file Lapkin just created into the output folder (DocumentApp.create puts it in My Drive). */
export function pindahkan(id: string, tempat: TempatKeluaran): void {
  if (!tempat.akar) DriveApp.getFileById(id).moveTo(tempat.folder);
}

/** Creates a new Google Doc named `nama` (made unique in the folder) holding `model`. */
export function simpanDokumen(model: DocumentModel, tempat: TempatKeluaran, nama: string): { id: string; nama: string; url: string } {
  const bebas = namaBebas(tempat.folder, nama);
  const doc = createDocument({ ...model, title: bebas });
  const id = doc.getId();
  const url = doc.getUrl();
  doc.saveAndClose();
  pindahkan(id, tempat);
  return { id, nama: bebas, url };
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
  dokumen: readonly { readonly nama: string; readonly url: string }[],
  catatan: readonly string[],
): DokumenTersimpan[] {
  const dibuat = new Date().toISOString();
  const baru = dokumen.map((d) => ({ jenis, nama: d.nama, url: d.url, dibuat }));
  withDocumentLock(() => {
    catatLog(ss, siapa.email, siapa.adminEmails, baru.map((d) => ({ tindakan: `Buat ${jenis.toLowerCase()}`, rincian: [d.nama, d.url, ...catatan].join('; ') })));
    catatDokumenTerbaru(baru);
  });
  return baru;
}
