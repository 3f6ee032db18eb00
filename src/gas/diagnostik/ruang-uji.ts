/**
 * The scratch space the checks run in: two tabs in the current spreadsheet (the add-on's
 * `spreadsheets.currentonly` scope cannot create a spreadsheet), one Google Doc and one document
 * property, all named with one unique prefix, and removed again by `bersihkan`.
 */
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
  /** The scratch document, created on first use; throws (every time) when it could not be created. */
  readonly dokumen: () => GoogleAppsScript.Document.Document;
}

export function jejakBaru(zona: string): Jejak {
  const cap = Utilities.formatDate(new Date(), zona, 'yyyyMMdd-HHmmss');
  return { awalan: `Diagnostik Lapkin ${cap}`, kunciProperti: `lapkin.diagnostik.${cap}`, dokumenId: null };
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
  // Created once: when creating it fails, every document check fails with that same reason.
  let dokumen: { readonly doc: GoogleAppsScript.Document.Document } | { readonly galat: unknown } | null = null;
  return {
    ss,
    tab,
    namaTab,
    namaTabLain,
    zona: ss.getSpreadsheetTimeZone(),
    saya,
    pemilik,
    kunciProperti: jejak.kunciProperti,
    dokumen: () => {
      if (!dokumen) {
        try {
          const doc = DocumentApp.create(jejak.awalan);
          jejak.dokumenId = doc.getId();
          dokumen = { doc };
        } catch (galat) {
          dokumen = { galat };
        }
      }
      if ('galat' in dokumen) throw dokumen.galat;
      return dokumen.doc;
    },
  };
}

/**
 * Deletes every tab whose name starts with the prefix (any case: also one a check created by
 * mistake), trashes the document (drive.file lets a script trash files it created) and deletes
 * the property. Returns what could not be removed, one Indonesian line each. Call under the lock.
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
  if (jejak.dokumenId) {
    try {
      DriveApp.getFileById(jejak.dokumenId).setTrashed(true);
    } catch (e) {
      sisa.push(`Dokumen "${jejak.awalan}" tidak dapat dibuang ke sampah (${pesanDari(e)}); hapus dari Drive secara manual.`);
    }
  }
  try {
    PropertiesService.getDocumentProperties().deleteProperty(jejak.kunciProperti);
  } catch (e) {
    sisa.push(`Properti dokumen "${jejak.kunciProperti}" tidak dapat dihapus (${pesanDari(e)}).`);
  }
  return sisa;
}
