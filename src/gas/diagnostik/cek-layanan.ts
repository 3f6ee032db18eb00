/** Checks of the other services the add-on relies on: Lock, Properties, Utilities, Documents, Session. */
import { cek, pesanGalat, type Cek } from './cek';
import type { RuangUji } from './ruang-uji';

/** Runs before the diagnostics take the document lock, so the lock is free. */
export const CEK_KUNCI: readonly Cek<null>[] = [
  cek('kunci-bebas', 'LockService.getDocumentLock().tryLock(0) berhasil saat kunci bebas', true, () => {
    const kunci = LockService.getDocumentLock();
    const dapat = kunci.tryLock(0);
    if (dapat) kunci.releaseLock();
    return dapat;
  }),
];

const SAAT = new Date(Date.UTC(2026, 2, 31, 1, 2, 3));

function cekZona(id: string, zona: string, jam: string): Cek<RuangUji> {
  return cek(id, `Utilities.formatDate di zona ${zona}`, `2026-03-31 ${jam}:02:03`, () => Utilities.formatDate(SAAT, zona, 'yyyy-MM-dd HH:mm:ss'));
}

function body(r: RuangUji): GoogleAppsScript.Document.Body {
  return r.dokumen().getBody();
}

const TABEL = [['No', 'Indikator'], ['1', 'IKU 1']];

export const CEK_LAYANAN: readonly Cek<RuangUji>[] = [
  cek('properti-9kb', 'Properti dokumen lebih dari 9 KB ditolak', 'Argument too large: value', (r: RuangUji) =>
    pesanGalat(() => PropertiesService.getDocumentProperties().setProperty(r.kunciProperti, 'x'.repeat(9 * 1024 + 1)))),
  // https://developers.google.com/apps-script/guides/properties — "Data format: The Properties
  // service stores all data as strings … Data types that are not already strings are
  // automatically converted to strings".
  cek('properti-string', 'Properti dokumen menyimpan string saja (angka kembali sebagai string)', ['string', '42'], (r: RuangUji) => {
    const props = PropertiesService.getDocumentProperties();
    props.setProperty(r.kunciProperti, 42 as unknown as string);
    const v = props.getProperty(r.kunciProperti);
    return [typeof v, v];
  }),
  cekZona('tanggal-wib', 'Asia/Jakarta', '08'),
  cekZona('tanggal-wita', 'Asia/Makassar', '09'),
  cekZona('tanggal-wit', 'Asia/Jayapura', '10'),
  cek('dokumen-tabel', 'DocumentApp: appendTable menulis seluruh grid', TABEL, (r: RuangUji) => {
    const t = body(r).appendTable(TABEL);
    return [0, 1].map((i) => [0, 1].map((j) => t.getCell(i, j).getText()));
  }),
  cek('dokumen-heading', 'DocumentApp: heading yang diatur terbaca kembali', [true, 'HEADING1'], (r: RuangUji) => {
    const p = body(r).appendParagraph('BAB I PENDAHULUAN');
    p.setHeading(DocumentApp.ParagraphHeading.HEADING1);
    const h = p.getHeading();
    return [h === DocumentApp.ParagraphHeading.HEADING1, String(h)];
  }),
  cek('dokumen-replace', 'DocumentApp: replaceText mengganti penanda', 'Capaian 85,00 %', (r: RuangUji) => {
    const b = body(r);
    const p = b.appendParagraph('Capaian {{persen}}');
    b.replaceText('\\{\\{persen\\}\\}', '85,00 %');
    return p.getText();
  }),
  cek('session-email', 'Session.getActiveUser().getEmail() memberi string', 'string', () => typeof Session.getActiveUser().getEmail()),
];
