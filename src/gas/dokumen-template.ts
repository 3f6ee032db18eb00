/**
 * A custom Google Docs template (Pengaturan ▸ Templat LKj): the template is copied into the output
 * folder, its `{{placeholders}}` filled with Body.replaceText, and the generated blocks inserted
 * exactly where their `{{#markers}}` stand; the marker's text goes, and everything else keeps the
 * template's own formatting (character styling, headings, page breaks). Unknown placeholders stay
 * visible and are reported; required markers the template lacks are reported and their blocks
 * added at the end.
 *
 * Cost: about ten calls per marker (find it, read its paragraph's index and text, take the marker
 * out) plus the blocks' own calls; nothing grows with the template's length.
 */
import { cariPlaceholder, periksaTemplate, type IsianTemplate } from '../core/dokumen/template';
import type { Block } from '../core/dokumen/model';
import { ambil } from '../core/rekap/sumber';
import { renderAt, renderToBody } from './dokumen-docs';
import { idDrive, namaBebas, type TempatKeluaran } from './dokumen-simpan';

type Body = GoogleAppsScript.Document.Body;
type Text = GoogleAppsScript.Document.Text;

const GOOGLE_DOCS = 'application/vnd.google-apps.document';

export interface HasilTemplatDocs {
  readonly id: string;
  readonly nama: string;
  readonly url: string;
  /** Indonesian lines for the result and the Log, one per problem. */
  readonly pesan: readonly string[];
  readonly tidakDikenal: readonly string[];
  readonly wajibTidakAda: readonly string[];
}

/** One `{{#marker}}` found in the body: its paragraph, that paragraph's child index, and where it sits in the text. */
interface Penanda {
  readonly nama: string;
  readonly elemen: GoogleAppsScript.Document.ContainerElement;
  readonly teks: Text;
  readonly indeks: number;
  readonly awal: number;
  /** Inclusive, as Google's offsets are. */
  readonly akhir: number;
}

/** `{{ nama }}` (or `{{#nama}}` for a block marker) in any letter case, as an RE2 pattern for Body.replaceText/findText. */
function polaIsian(nama: string, blok = false): string {
  const huruf = nama.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
  return `\\{\\{\\s*${blok ? '#\\s*' : ''}${huruf}\\s*\\}\\}`;
}

/** Every known block marker in the body's paragraphs, last first (so handling one never moves those before it). */
function cariPenanda(body: Body, nama: readonly string[]): Penanda[] {
  const semua: Penanda[] = [];
  for (const n of nama) {
    const pola = polaIsian(n, true);
    for (let hit = body.findText(pola); hit; hit = body.findText(pola, hit)) {
      const teks = hit.getElement().asText();
      const elemen = teks.getParent();
      semua.push({ nama: n, elemen, teks, indeks: body.getChildIndex(elemen), awal: hit.getStartOffset(), akhir: hit.getEndOffsetInclusive() });
    }
  }
  return semua.sort((a, b) => b.indeks - a.indeks || b.awal - a.awal);
}

/** Inserts a detached copy of the marker's paragraph (or list item) at `indeks`; returns its text. */
function salinDi(body: Body, elemen: GoogleAppsScript.Document.ContainerElement, indeks: number): Text {
  if (elemen.getType() === DocumentApp.ElementType.LIST_ITEM) return body.insertListItem(indeks, elemen.asListItem().copy()).editAsText();
  return body.insertParagraph(indeks, elemen.asParagraph().copy()).editAsText();
}

/**
 * Puts `blok` where the marker stands. Text after the marker moves to a copy of its paragraph
 * below the blocks (styling kept); text before it stays. A paragraph left holding only the marker
 * is removed, unless nothing follows it (a body must end with a paragraph): then it is emptied.
 */
function taruhBlok(body: Body, p: Penanda, blok: readonly Block[]): void {
  const isi = p.teks.getText();
  const sesudah = isi.slice(p.akhir + 1);
  const adaEkor = sesudah.trim() !== '';
  if (adaEkor) salinDi(body, p.elemen, p.indeks + 1).deleteText(0, p.akhir + sesudah.length - sesudah.trimStart().length);
  const berikut = renderAt(body, p.indeks + 1, blok);
  if (isi.slice(0, p.awal).trim() === '' && (adaEkor || berikut > p.indeks + 1)) p.elemen.removeFromParent();
  else p.teks.deleteText(p.awal, isi.length - 1);
}

function bukaTemplat(templat: string): GoogleAppsScript.Drive.File {
  const gagal = (sebab: string): Error =>
    new Error(`Templat LKj "${templat}" (Pengaturan ▸ Templat LKj) ${sebab} Perbaiki ID/URL-nya, atau kosongkan agar format bawaan dipakai.`);
  let file: GoogleAppsScript.Drive.File;
  try {
    file = DriveApp.getFileById(idDrive(templat));
  } catch {
    throw gagal('tidak dapat dibuka: berkasnya tidak ada, atau Lapkin tidak diberi akses (izin drive.file hanya mencakup berkas yang dibuat atau dibuka Lapkin).');
  }
  if (file.getMimeType() !== GOOGLE_DOCS) throw gagal('bukan dokumen Google Docs.');
  return file;
}

/** Copies the template into the output folder as `nama` (made unique) and fills it. */
export function isiTemplatDocs(templat: string, nama: string, tempat: TempatKeluaran, isian: IsianTemplate): HasilTemplatDocs {
  const salinan = bukaTemplat(templat).makeCopy(namaBebas(tempat.folder, nama), tempat.folder);
  const doc = DocumentApp.openById(salinan.getId());
  const body = doc.getBody();
  const teks = body.getText();
  const laporan = periksaTemplate(teks, isian);
  for (const [kunci, nilai] of Object.entries(isian.nilai)) body.replaceText(polaIsian(kunci), nilai);
  const dipakai = cariPlaceholder(teks)
    .filter((p) => p.blok && ambil(isian.blok, p.nama) !== undefined)
    .map((p) => p.nama);
  for (const penanda of cariPenanda(body, dipakai)) taruhBlok(body, penanda, isian.blok[penanda.nama]);
  for (const nama of laporan.wajibTidakAda) {
    renderToBody(body, { title: '', blocks: isian.blok[nama.replace(/^#/, '')] ?? [] });
  }
  const url = doc.getUrl();
  doc.saveAndClose();
  return {
    id: salinan.getId(),
    nama: salinan.getName(),
    url,
    ...laporan,
    pesan: [...laporan.pesan, ...laporan.wajibTidakAda.map((n) => `{{${n}}} ditambahkan di akhir dokumen.`)],
  };
}
