/**
 * A custom Google Docs template (Pengaturan ▸ Templat LKj): the template is copied into the output
 * folder, its `{{placeholders}}` filled with Body.replaceText (the template's own formatting stays),
 * and the generated blocks put where their `{{#markers}}` stand. Unknown placeholders stay visible
 * and are reported; required markers the template lacks are reported and their blocks added at the end.
 *
 * Google's Body can append but not move elements, so the template's elements from the first marker
 * on are written again after the generated blocks (text, heading, alignment, list glyphs and table
 * cells; character styling of those elements is not carried over) and the originals removed. The
 * cost grows with the template's length, not with the recap's rows.
 */
import { pecahPenanda, periksaTemplate, type IsianTemplate } from '../core/dokumen/template';
import type { Block } from '../core/dokumen/model';
import { renderToBody } from './dokumen-docs';
import { idDrive, namaBebas, type TempatKeluaran } from './dokumen-simpan';

type Body = GoogleAppsScript.Document.Body;

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

/** A template element read back so it can be written again after the generated blocks. */
type Elemen =
  | { readonly jenis: 'paragraf'; readonly teks: string; readonly heading: GoogleAppsScript.Document.ParagraphHeading; readonly rata: GoogleAppsScript.Document.HorizontalAlignment | null }
  | { readonly jenis: 'daftar'; readonly teks: string; readonly glyph: GoogleAppsScript.Document.GlyphType | null }
  | { readonly jenis: 'tabel'; readonly grid: string[][] };

/** `{{ nama }}` in any letter case, as an RE2 pattern for Body.replaceText. */
function polaIsian(nama: string): string {
  const huruf = nama.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
  return `\\{\\{\\s*${huruf}\\s*\\}\\}`;
}

function bacaElemen(child: GoogleAppsScript.Document.Element): Elemen | null {
  const type = child.getType();
  if (type === DocumentApp.ElementType.PARAGRAPH) {
    const p = child.asParagraph();
    return { jenis: 'paragraf', teks: p.getText(), heading: p.getHeading(), rata: p.getAlignment() };
  }
  if (type === DocumentApp.ElementType.LIST_ITEM) {
    const item = child.asListItem();
    return { jenis: 'daftar', teks: item.getText(), glyph: item.getGlyphType() };
  }
  if (type === DocumentApp.ElementType.TABLE) {
    const table = child.asTable();
    const grid: string[][] = [];
    for (let r = 0; r < table.getNumRows(); r++) {
      const row = table.getRow(r);
      const cells: string[] = [];
      for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
      grid.push(cells);
    }
    return { jenis: 'tabel', grid };
  }
  return null;
}

function tulisTeks(body: Body, e: Extract<Elemen, { jenis: 'paragraf' | 'daftar' }>, teks: string): void {
  if (e.jenis === 'daftar') {
    const item = body.appendListItem(teks);
    if (e.glyph) item.setGlyphType(e.glyph);
    return;
  }
  const p = body.appendParagraph(teks).setHeading(e.heading);
  if (e.rata) p.setAlignment(e.rata);
}

/** Writes `e` again at the end of the body, its known markers replaced by their blocks. */
function tulisUlang(body: Body, e: Elemen, blok: Readonly<Record<string, readonly Block[]>>): void {
  if (e.jenis === 'tabel') {
    body.appendTable(e.grid);
    return;
  }
  const potongan = pecahPenanda(e.teks, blok);
  if (potongan.length === 1) {
    tulisTeks(body, e, e.teks);
    return;
  }
  for (const p of potongan) {
    if ('blok' in p) renderToBody(body, { title: '', blocks: blok[p.blok] });
    else if (p.teks.trim() !== '') tulisTeks(body, e, p.teks.trim());
  }
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
  const laporan = periksaTemplate(body.getText(), isian);
  for (const [kunci, nilai] of Object.entries(isian.nilai)) body.replaceText(polaIsian(kunci), nilai);

  // From the first element holding a known marker on, the template is written again around the blocks.
  const jumlah = body.getNumChildren();
  const elemen: Array<Elemen | null> = [];
  let pertama = -1;
  for (let i = 0; i < jumlah; i++) {
    const e = bacaElemen(body.getChild(i));
    if (pertama < 0 && e !== null && e.jenis !== 'tabel' && pecahPenanda(e.teks, isian.blok).length > 1) pertama = i;
    if (pertama >= 0) elemen.push(e);
  }
  if (pertama >= 0) {
    for (const e of elemen) if (e) tulisUlang(body, e, isian.blok);
  }
  for (const nama of laporan.wajibTidakAda) {
    renderToBody(body, { title: '', blocks: isian.blok[nama.replace(/^#/, '')] ?? [] });
  }
  if (pertama >= 0) {
    // A body must keep a last paragraph: the originals may go only once something follows them.
    if (body.getNumChildren() === jumlah) body.appendParagraph('');
    for (let i = pertama; i < jumlah; i++) body.getChild(pertama).removeFromParent();
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
