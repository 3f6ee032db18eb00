/** Checks of the other services the add-on relies on: Lock, Properties, Utilities, Documents, Session. */
import { sama, pesanGalat, type Cek } from './cek';
import type { RuangUji } from './ruang-uji';

/** Runs before the diagnostics take the document lock, so the lock is free. */
export const CEK_KUNCI: readonly Cek<null>[] = [
  {
    id: 'kunci-bebas',
    label: 'LockService.getDocumentLock().tryLock(0) berhasil saat kunci bebas',
    harapan: () => sama(true),
    amati: () => {
      const kunci = LockService.getDocumentLock();
      const dapat = kunci.tryLock(0);
      if (dapat) kunci.releaseLock();
      return dapat;
    },
  },
];

const SAAT = new Date(Date.UTC(2026, 2, 31, 1, 2, 3));

function cekZona(id: string, zona: string, hasil: string): Cek<RuangUji> {
  return {
    id,
    label: `Utilities.formatDate di zona ${zona}`,
    harapan: () => sama(hasil),
    amati: () => Utilities.formatDate(SAAT, zona, 'yyyy-MM-dd HH:mm:ss'),
  };
}

function body(r: RuangUji): GoogleAppsScript.Document.Body {
  return r.dokumen().getBody();
}

export const CEK_LAYANAN: readonly Cek<RuangUji>[] = [
  {
    id: 'properti-9kb',
    label: 'Properti dokumen lebih dari 9 KB ditolak',
    harapan: () => sama('Argument too large: value'),
    amati: (r) => pesanGalat(() => PropertiesService.getDocumentProperties().setProperty(r.kunciProperti, 'x'.repeat(9 * 1024 + 1))),
  },
  {
    // https://developers.google.com/apps-script/guides/properties — "Data format: The Properties
    // service stores all data as strings … Data types that are not already strings are
    // automatically converted to strings".
    id: 'properti-string',
    label: 'Properti dokumen menyimpan string saja (angka kembali sebagai string)',
    harapan: () => sama(['string', '42']),
    amati: (r) => {
      const props = PropertiesService.getDocumentProperties();
      props.setProperty(r.kunciProperti, 42 as unknown as string);
      const v = props.getProperty(r.kunciProperti);
      return [typeof v, v];
    },
  },
  cekZona('tanggal-wib', 'Asia/Jakarta', '2026-03-31 08:02:03'),
  cekZona('tanggal-wita', 'Asia/Makassar', '2026-03-31 09:02:03'),
  cekZona('tanggal-wit', 'Asia/Jayapura', '2026-03-31 10:02:03'),
  {
    id: 'dokumen-tabel',
    label: 'DocumentApp: appendTable menulis seluruh grid',
    harapan: () => sama([['No', 'Indikator'], ['1', 'IKU 1']]),
    amati: (r) => {
      const t = body(r).appendTable([['No', 'Indikator'], ['1', 'IKU 1']]);
      return [0, 1].map((i) => [0, 1].map((j) => t.getCell(i, j).getText()));
    },
  },
  {
    id: 'dokumen-heading',
    label: 'DocumentApp: heading yang diatur terbaca kembali',
    harapan: () => sama([true, 'HEADING1']),
    amati: (r) => {
      const p = body(r).appendParagraph('BAB I PENDAHULUAN');
      p.setHeading(DocumentApp.ParagraphHeading.HEADING1);
      const h = p.getHeading();
      return [h === DocumentApp.ParagraphHeading.HEADING1, String(h)];
    },
  },
  {
    id: 'dokumen-replace',
    label: 'DocumentApp: replaceText mengganti penanda',
    harapan: () => sama('Capaian 85,00 %'),
    amati: (r) => {
      const b = body(r);
      const p = b.appendParagraph('Capaian {{persen}}');
      b.replaceText('\\{\\{persen\\}\\}', '85,00 %');
      return p.getText();
    },
  },
  {
    id: 'session-email',
    label: 'Session.getActiveUser().getEmail() memberi string',
    harapan: () => sama('string'),
    amati: () => typeof Session.getActiveUser().getEmail(),
  },
];
