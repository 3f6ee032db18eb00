/**
 * Writes a document model into a new Google Doc with a fixed number of calls, whatever its length:
 * one `Docs.Documents.batchUpdate` carrying every block and a header (src/gas/docs-permintaan.ts),
 * a second writing the title into that header, then — only
 * for the few images and rules a request list cannot carry — one DocumentApp open, one getBody and
 * one or three calls per image or rule. The advanced Docs service (v1, the `Docs` global) is enabled
 * in appsscript.json; its batchUpdate accepts the `documents` scope the manifest grants (or drive /
 * drive.file): https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate.
 */
import { BUAT_KAKI, BUAT_KEPALA, HALAMAN_PERTAMA_POLOS, isiSegmen, kompilasiDocs, type PermintaanDocs, type Sisipan } from './docs-permintaan';
import { headerText, type DocumentModel } from '../core/dokumen/model';

export const PESAN_DOCS_TIDAK_AKTIF =
  'Layanan lanjutan Google Docs API belum aktif untuk skrip Lapkin, jadi isi dokumen tidak dapat ditulis. ' +
  'Admin: buka Ekstensi ▸ Apps Script ▸ Layanan (+) ▸ Google Docs API, versi v1 ▸ Tambahkan (atau push ulang Lapkin beserta appsscript.json-nya), lalu coba lagi.';

/**
 * Said with every document: its header has the title, but page numbers must be added by hand
 * (no Docs API request or DocumentApp method inserts one; src/gas/docs-permintaan.ts).
 */
export const PESAN_NOMOR_HALAMAN =
  'Nomor halaman tidak dapat disisipkan oleh Lapkin (Google tidak menyediakannya untuk skrip). ' +
  'Di Google Docs pilih Sisipkan ▸ Nomor halaman sebelum mencetak.';

/** The Docs service, or the Indonesian reason it is missing (the advanced service is not enabled). */
export function layananDocs(): GoogleAppsScript.Docs {
  if (typeof Docs === 'undefined' || !Docs) throw new Error(PESAN_DOCS_TIDAK_AKTIF);
  return Docs;
}

/** The link a Google Doc opens at. */
export function urlDokumen(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/**
 * Writes `model` into the new, empty Google Doc `id` (made by Drive.Files.create): the body and a
 * header in one batch, the header's text in a second (its id is known only from the first's reply).
 */
export function tulisDokumen(id: string, model: DocumentModel): void {
  const { requests, sisipan } = kompilasiDocs(model.blocks);
  tulisDenganKepala(id, requests, headerText(model));
  sisipkan(id, sisipan);
}

type Balasan = { createHeader?: { headerId?: string }; createFooter?: { footerId?: string } } | undefined;

/**
 * Applies `requests` to the document `id` in one batch that also makes a default header (and, with
 * `kaki`, a footer) and leaves the first page its own empty ones; a second batch writes `kepala`
 * into the header, right-aligned, and `kaki` into the footer, centred (their ids come only in the
 * first batch's reply).
 */
export function tulisDenganKepala(id: string, requests: readonly PermintaanDocs[], kepala: string, kaki = ''): void {
  const docs = layananDocs();
  const tambahan = [HALAMAN_PERTAMA_POLOS, BUAT_KEPALA, ...(kaki ? [BUAT_KAKI] : [])];
  const balas = docs.Documents.batchUpdate({ requests: [...requests, ...tambahan] }, id).replies ?? [];
  const headerId = (balas[requests.length + 1] as Balasan)?.createHeader?.headerId;
  const footerId = kaki ? (balas[requests.length + 2] as Balasan)?.createFooter?.footerId : undefined;
  const isi = [...(headerId ? isiSegmen(headerId, kepala, 'END') : []), ...(footerId ? isiSegmen(footerId, kaki, 'CENTER') : [])];
  if (isi.length > 0) docs.Documents.batchUpdate({ requests: isi }, id);
}

/** Inserts the images and rules a request list cannot carry, with DocumentApp (none: no call). */
export function sisipkan(id: string, sisipan: readonly Sisipan[]): void {
  if (sisipan.length === 0) return;
  const doc = DocumentApp.openById(id);
  const body = doc.getBody();
  // Last first, so each child index still points where it was computed.
  for (const s of [...sisipan].reverse()) {
    if (s.jenis === 'garis') body.insertHorizontalRule(s.anak);
    else {
      const blob = Utilities.newBlob(Utilities.base64Decode(s.gambar.base64), s.gambar.mimeType, 'gambar');
      body.insertImage(s.anak, blob).setWidth(s.gambar.width).setHeight(s.gambar.height);
    }
  }
  doc.saveAndClose();
}
