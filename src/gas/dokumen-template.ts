/**
 * A custom Google Docs template (Pengaturan ▸ Templat LKj), a document the office made itself.
 * Under drive.file Lapkin may not copy that file through Drive (it did not create it), but the
 * `documents` scope opens any document the admin can open: so a new document is made in the output
 * folder and the template's body is copied into it element by element (paragraphs, list items,
 * tables, with their styling, inline images and page breaks). Of what lives outside the body only
 * the header's and footer's text comes over (Documents.get on the template): page numbers in them
 * (AutoText, which no request inserts), margins and page size do not, and the result says so. Then
 * the `{{placeholders}}` are filled with Body.replaceText, and the generated blocks go where their
 * `{{#markers}}` stand in ONE Docs API batchUpdate (src/gas/docs-templat.ts) with the header and
 * footer; the marker's text goes, and everything else keeps the template's own formatting. Unknown
 * placeholders stay visible and are reported; required markers the template lacks are reported and
 * their blocks added at the end.
 *
 * Cost: four calls per element of the template (getChild, copy, getType, append), three more per
 * table, one replaceText per known placeholder, then two Documents.get (the template, the new body)
 * and two batchUpdates (the blocks and header, the header's text), and DocumentApp for the
 * generated images and rules: the same calls with 20 or 6,000 indicators.
 */
import { cariPlaceholder, periksaTemplate, type IsianTemplate } from '../core/dokumen/template';
import { ambil } from '../core/rekap/sumber';
import { layananDocs, sisipkan, tulisDenganKepala } from './dokumen-docs-api';
import { kompilasiTemplat, polaIsian, teksSegmen } from './docs-templat';
import { dokumenBaru, idDrive, type DokumenDibuat, type TempatKeluaran } from './dokumen-simpan';

type Body = GoogleAppsScript.Document.Body;

/** Said with every document made from a template: what its copy does not carry. */
export const PESAN_BATAS_TEMPLAT =
  'Dari templat disalin isi badan dokumen (paragraf, daftar, tabel, gambar, pemisah halaman, dengan formatnya) dan teks header serta footernya; ' +
  'nomor halaman, margin, serta ukuran dan orientasi halaman templat tidak ikut — atur di dokumen hasil bila perlu.';

export interface HasilTemplatDocs extends DokumenDibuat {
  /** Indonesian lines for the result and the Log, one per problem. */
  readonly pesan: readonly string[];
  readonly tidakDikenal: readonly string[];
  readonly wajibTidakAda: readonly string[];
}

function bukaTemplat(templat: string): GoogleAppsScript.Document.Document {
  try {
    return DocumentApp.openById(idDrive(templat));
  } catch {
    throw new Error(
      `Templat LKj "${templat}" (Pengaturan ▸ Templat LKj) tidak dapat dibuka: berkasnya tidak ada, bukan dokumen Google Docs, atau akun Anda tidak dapat membukanya. ` +
        'Perbaiki ID/URL-nya, atau kosongkan agar format bawaan dipakai.',
    );
  }
}

/**
 * Appends a copy of every element of `sumber` to `tujuan` (a new document's body, whose own empty
 * first paragraph is then removed). A table appended at the end of a body gets an empty paragraph
 * after it (a body ends with a paragraph); once something follows, that paragraph is removed, so
 * the copy keeps the template's spacing. Returns, in Indonesian, what could not be copied:
 * elements other than paragraphs, list items and tables (a table of contents, for one).
 */
function salinIsi(sumber: Body, tujuan: Body): string[] {
  const jenis = DocumentApp.ElementType;
  const dilewati: string[] = [];
  let jumlah = tujuan.getNumChildren();
  /** Index of the empty paragraph added after the table just appended; -1 when none. */
  let kosong = -1;
  const n = sumber.getNumChildren();
  for (let i = 0; i < n; i++) {
    // A copy is detached, so it may go into another document; its type decides the append.
    const salinan = sumber.getChild(i).copy();
    const tipe = salinan.getType();
    if (tipe === jenis.PARAGRAPH) tujuan.appendParagraph(salinan as GoogleAppsScript.Document.Paragraph);
    else if (tipe === jenis.LIST_ITEM) tujuan.appendListItem(salinan as GoogleAppsScript.Document.ListItem);
    else if (tipe === jenis.TABLE) tujuan.appendTable(salinan as GoogleAppsScript.Document.Table);
    else {
      dilewati.push(tipe === jenis.TABLE_OF_CONTENTS ? 'daftar isi otomatis' : String(tipe));
      continue;
    }
    if (kosong >= 0) {
      tujuan.getChild(kosong).removeFromParent();
      jumlah--;
    }
    kosong = -1;
    if (tipe === jenis.TABLE) {
      const sebelum = jumlah;
      jumlah = tujuan.getNumChildren();
      if (jumlah === sebelum + 2) kosong = jumlah - 1;
    } else jumlah++;
  }
  if (n > 0 && jumlah > 1) tujuan.getChild(0).removeFromParent();
  return dilewati.length > 0 ? [`Bagian templat yang tidak dapat disalin, jadi dilewati: ${dilewati.join(', ')}.`] : [];
}

/** Each known `{{placeholder}}` in `teks` replaced by its value (as Body.replaceText does in the body). */
function isiTeks(teks: string, nilai: Readonly<Record<string, string>>): string {
  return Object.entries(nilai).reduce((t, [kunci, isi]) => t.replace(new RegExp(polaIsian(kunci), 'g'), () => isi), teks);
}

/**
 * A new document in the output folder as `nama` (made unique), holding the template's body, filled,
 * and the text of its header and footer (the header: `judul` when the template has none).
 */
export function isiTemplatDocs(templat: string, nama: string, judul: string, tempat: TempatKeluaran, isian: IsianTemplate): HasilTemplatDocs {
  const sumber = bukaTemplat(templat);
  const baru = dokumenBaru(tempat, nama);
  const doc = baru.doc;
  const body = doc.getBody();
  const dilewati = salinIsi(sumber.getBody(), body);
  const teks = body.getText();
  const laporan = periksaTemplate(teks, isian);
  for (const [kunci, nilai] of Object.entries(isian.nilai)) body.replaceText(polaIsian(kunci), nilai);
  const url = doc.getUrl();
  // Saved first, so the Docs API reads and writes what DocumentApp wrote.
  doc.saveAndClose();
  const penanda = Object.fromEntries(
    cariPlaceholder(teks).flatMap((p) => {
      const blok = p.blok ? ambil(isian.blok, p.nama) : undefined;
      return blok ? [[p.nama, blok] as const] : [];
    }),
  );
  const akhir = laporan.wajibTidakAda.flatMap((nama) => isian.blok[nama.replace(/^#/, '')] ?? []);
  const docs = layananDocs();
  const asli = docs.Documents.get(idDrive(templat));
  const { requests, sisipan } = kompilasiTemplat(docs.Documents.get(baru.id), penanda, akhir);
  tulisDenganKepala(baru.id, requests, isiTeks(teksSegmen(asli, 'header'), isian.nilai) || judul, isiTeks(teksSegmen(asli, 'footer'), isian.nilai));
  sisipkan(baru.id, sisipan);
  return {
    id: baru.id,
    nama: baru.nama,
    url,
    folder: tempat.urlFolder,
    ...laporan,
    pesan: [...laporan.pesan, ...laporan.wajibTidakAda.map((n) => `{{${n}}} ditambahkan di akhir dokumen.`), ...dilewati, PESAN_BATAS_TEMPLAT],
  };
}
