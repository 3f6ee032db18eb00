/**
 * The scratch space the checks run in: two tabs in the current spreadsheet (the add-on's
 * `spreadsheets.currentonly` scope cannot create a spreadsheet), two Google Docs made as Lapkin
 * makes its documents (Drive.Files.create; one then opened with DocumentApp.openById, one written
 * only through the Docs API) and one document property,
 * all named with one unique prefix, and removed again by `bersihkan`. A check may also make a
 * document with DocumentApp.create (cek-drive.ts); whether Lapkin can trash that one under
 * drive.file is what that check asks, so it may be left for the admin to delete.
 */
import { MIME_DOCS, buangKeSampah, buatBerkas } from '../drive';
import { pesanDari } from './cek';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The first row of the formula fixture (A: labels, B: numbers) on the main tab. */
export const BARIS_DATA = 10;

/** What was made, so cleanup can find it even when setting up stopped half-way. */
export interface Jejak {
  readonly awalan: string;
  readonly kunciProperti: string;
  dokumenId: string | null;
  /** The document a check made with DocumentApp.create. */
  dokumenDocumentAppId: string | null;
  /** The document the Docs API check writes (cek-docs.ts). */
  dokumenDocsId: string | null;
}

export interface RuangUji {
  readonly ss: Spreadsheet;
  readonly tab: Sheet;
  readonly namaTab: string;
  /** Holds 42 in A1, for the cross-tab reference. */
  readonly namaTabLain: string;
  readonly zona: string;
  /** The running user's and the owner's e-mails, lower-cased ('' when Google does not tell). */
  readonly saya: string;
  readonly pemilik: string;
  readonly kunciProperti: string;
  /** The scratch document's name (it holds a quote, so finding it by name checks the query escaping). */
  readonly namaDokumen: string;
  /** The scratch document's id, created by Drive.Files.create on first use; throws (every time) when that failed. */
  readonly idDokumen: () => string;
  /** The scratch document opened with DocumentApp; throws (every time) when it could not be made or opened. */
  readonly dokumen: () => GoogleAppsScript.Document.Document;
  /** Makes a document with DocumentApp.create (noted for cleanup) and returns its id. */
  readonly dokumenDocumentApp: () => string;
  /** A second scratch document, made through Drive on first use, for the Docs API check alone. */
  readonly dokumenDocs: () => string;
}

export function jejakBaru(zona: string): Jejak {
  const cap = Utilities.formatDate(new Date(), zona, 'yyyyMMdd-HHmmss');
  return { awalan: `Diagnostik Lapkin ${cap}`, kunciProperti: `lapkin.diagnostik.${cap}`, dokumenId: null, dokumenDocumentAppId: null, dokumenDocsId: null };
}

/** `buat`'s result, made on the first call; its error, thrown again on every call, when it failed. */
function sekali<T>(buat: () => T): () => T {
  let hasil: { readonly nilai: T } | { readonly galat: unknown } | null = null;
  return () => {
    if (!hasil) {
      try {
        hasil = { nilai: buat() };
      } catch (galat) {
        hasil = { galat };
      }
    }
    if ('galat' in hasil) throw hasil.galat;
    return hasil.nilai;
  };
}

/** Inserts the tabs and writes the fixture (two writes). Call under the document lock. */
export function siapkanRuangUji(ss: Spreadsheet, jejak: Jejak, saya: string, pemilik: string): RuangUji {
  const namaTab = jejak.awalan;
  const namaTabLain = `${jejak.awalan} B`;
  const tab = ss.insertSheet(namaTab);
  ss.insertSheet(namaTabLain).getRange(1, 1).setValue(42);
  tab.getRange(BARIS_DATA, 1, 3, 2).setValues([
    ['a', 10],
    ['b', 20],
    ['c', 0],
  ]);
  // Each made once: when making it fails, every check using it fails with that same reason.
  const namaDokumen = `${jejak.awalan} 'uji'`;
  const idDokumen = sekali(() => (jejak.dokumenId = buatBerkas(namaDokumen, MIME_DOCS)));
  const dokumen = sekali(() => DocumentApp.openById(idDokumen()));
  const dokumenDocs = sekali(() => (jejak.dokumenDocsId = buatBerkas(`${jejak.awalan} Docs API`, MIME_DOCS)));
  return {
    ss,
    tab,
    namaTab,
    namaTabLain,
    zona: ss.getSpreadsheetTimeZone(),
    saya,
    pemilik,
    kunciProperti: jejak.kunciProperti,
    namaDokumen,
    idDokumen,
    dokumen,
    dokumenDocumentApp: () => {
      jejak.dokumenDocumentAppId = DocumentApp.create(`${jejak.awalan} (DocumentApp)`).getId();
      return jejak.dokumenDocumentAppId;
    },
    dokumenDocs,
  };
}

/**
 * Deletes every tab whose name starts with the prefix (any case: also one a check created by
 * mistake), trashes the documents (Drive.Files.update; drive.file lets a script trash files it
 * created through Drive) and deletes the property. Returns what could not be removed, one
 * Indonesian line each. Call under the lock.
 */
export function bersihkan(ss: Spreadsheet, jejak: Jejak): string[] {
  const sisa: string[] = [];
  const awalan = jejak.awalan.toLowerCase();
  for (const sheet of ss.getSheets()) {
    const nama = sheet.getName();
    if (!nama.toLowerCase().startsWith(awalan)) continue;
    try {
      ss.deleteSheet(sheet);
    } catch (e) {
      sisa.push(`Tab "${nama}" tidak dapat dihapus (${pesanDari(e)}); hapus tab itu secara manual.`);
    }
  }
  const buang = (id: string | null, nama: string): void => {
    if (!id) return;
    try {
      buangKeSampah(id);
    } catch (e) {
      sisa.push(`Dokumen "${nama}" tidak dapat dibuang ke sampah (${pesanDari(e)}); hapus dari Drive secara manual.`);
    }
  };
  buang(jejak.dokumenId, `${jejak.awalan} 'uji'`);
  buang(jejak.dokumenDocsId, `${jejak.awalan} Docs API`);
  if (jejak.dokumenDocumentAppId) {
    try {
      buangKeSampah(jejak.dokumenDocumentAppId);
    } catch {
      // Expected under drive.file (cek-drive.ts): the Drive API does not see what DocumentApp.create made.
      sisa.push(
        `Dokumen "${jejak.awalan} (DocumentApp)" dibuat dengan DocumentApp.create untuk cek drive-dokumen-documentapp; ` +
          'izin drive.file tidak membolehkan Lapkin membuangnya, jadi hapus dari Drive secara manual.',
      );
    }
  }
  try {
    PropertiesService.getDocumentProperties().deleteProperty(jejak.kunciProperti);
  } catch (e) {
    sisa.push(`Properti dokumen "${jejak.kunciProperti}" tidak dapat dihapus (${pesanDari(e)}).`);
  }
  return sisa;
}
