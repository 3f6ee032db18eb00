/**
 * A document model as ONE request list for the Docs API (documents.batchUpdate,
 * https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate), so a document of
 * any length costs one call. Pure: no Apps Script global is touched here.
 *
 * Indexes (https://developers.google.com/docs/api/concepts/structure): a new document is a
 * section break [0, 1) and one empty paragraph "\n" [1, 2). Every block is inserted at the start of
 * that last paragraph (`end`), so what was inserted before never moves and every style request can
 * name final indexes. A paragraph is its text plus "\n"; a page break is inserted with its own
 * newline ("Inserts a page break followed by a newline"). A table is inserted at the newline of the
 * paragraph before it: "the table start index will be at the specified location index + 1", the
 * paragraph is split there, so the table follows it and an empty paragraph (the split-off rest)
 * follows the table. A table of R rows and C columns is 1 + R × (1 + C × 2) indexes long while empty
 * (table, each row, each cell and its empty paragraph); cells are filled last-first so the indexes
 * of those not yet filled stay as computed.
 *
 * What the Docs API cannot insert from a request list — an image from bytes (insertInlineImage
 * takes only a public URI) and a horizontal rule — is returned as `sisipan`: the body child index
 * where it belongs, for DocumentApp to insert afterwards (a fixed number per document).
 */
import {
  TABLE_FONT_PT,
  lowerBlocks,
  runsText,
  tableColumns,
  tableGrid,
  type Alignment,
  type Block,
  type HeadingLevel,
  type ImageBlock,
  type Run,
  type TableBlock,
} from '../core/dokumen/model';

type Request = GoogleAppsScript.Docs.Schema.Request;
type TextStyle = GoogleAppsScript.Docs.Schema.TextStyle;
type ParagraphStyle = GoogleAppsScript.Docs.Schema.ParagraphStyle;

/**
 * Requests the Docs API has but @types/google-apps-script (docs_v1) predates:
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#UpdateTableColumnPropertiesRequest
 * #PinTableHeaderRowsRequest, #UpdateTableCellStyleRequest and #CreateHeaderRequest.
 */
export interface PermintaanDocs extends Request {
  updateTableColumnProperties?: {
    tableStartLocation: { index: number };
    columnIndices: number[];
    tableColumnProperties: { widthType: 'FIXED_WIDTH'; width: { magnitude: number; unit: 'PT' } };
    fields: string;
  };
  pinTableHeaderRows?: { tableStartLocation: { index: number }; pinnedHeaderRowsCount: number };
  /** …/request#CreateHeaderRequest: the reply (…/response#CreateHeaderResponse) names the new header. */
  createHeader?: { type: 'DEFAULT' };
  /** …/request#CreateFooterRequest: the reply (…/response#CreateFooterResponse) names the new footer. */
  createFooter?: { type: 'DEFAULT' };
  /** …/request#UpdateDocumentStyleRequest: here only to give the first page its own (empty) header and footer. */
  updateDocumentStyle?: { documentStyle: { useFirstPageHeaderFooter: boolean }; fields: 'useFirstPageHeaderFooter' };
  /** …/request#UpdateTableCellStyleRequest: here only to take a table's lines away. */
  updateTableCellStyle?: {
    tableRange: { tableCellLocation: { tableStartLocation: { index: number }; rowIndex: number; columnIndex: number }; rowSpan: number; columnSpan: number };
    tableCellStyle: Record<'borderTop' | 'borderBottom' | 'borderLeft' | 'borderRight', { width: { magnitude: number; unit: 'PT' }; dashStyle: string; color: typeof HITAM }>;
    fields: string;
  };
}

export type Sisipan = { readonly anak: number } & ({ readonly jenis: 'gambar'; readonly gambar: ImageBlock } | { readonly jenis: 'garis' });

export interface KompilasiDocs {
  readonly requests: PermintaanDocs[];
  /** Images and rules, in document order, each with the body child index it goes to. */
  readonly sisipan: Sisipan[];
}

/** One typeface for the whole document, black: Indonesian government documents print in Arial. */
export const FONT = 'Arial';
/** Body text size in points. */
export const BODY_PT = 12;
const HEADING_PT: Record<HeadingLevel, number> = { 0: 16, 1: 14, 2: 12, 3: 12 };
const NAMED: Record<HeadingLevel, string> = { 0: 'TITLE', 1: 'HEADING_1', 2: 'HEADING_2', 3: 'HEADING_3' };
const ALIGN: Record<Alignment, string> = { left: 'START', center: 'CENTER', right: 'END', justify: 'JUSTIFIED' };
const HITAM = { color: { rgbColor: { red: 0, green: 0, blue: 0 } } };
/** The running header: 8 pt grey (#555555), as the .docx prints it (node/docx/render.ts). */
export const KEPALA_PT = 8;
const ABU = { color: { rgbColor: { red: 0x55 / 255, green: 0x55 / 255, blue: 0x55 / 255 } } };
/** Text a person still has to write: light yellow (#fff2cc). */
const SOROTAN = { color: { rgbColor: { red: 1, green: 242 / 255, blue: 204 / 255 } } };

const pt = (magnitude: number) => ({ magnitude, unit: 'PT' as const });
const range = (startIndex: number, endIndex: number) => ({ startIndex, endIndex });

function gayaRun(run: Run): { style: TextStyle; fields: string[] } | null {
  const style: TextStyle = {};
  if (run.bold) style.bold = true;
  if (run.italic) style.italic = true;
  if (run.underline) style.underline = true;
  if (run.size) style.fontSize = pt(run.size);
  if (run.link) style.link = { url: run.link };
  if (run.highlight) style.backgroundColor = SOROTAN;
  const fields = Object.keys(style);
  return fields.length ? { style, fields } : null;
}

/**
 * Where blocks go: the start `index` of an empty paragraph, which stays after them, and its body
 * child index `anak`. `setelahParagraf`: a plain text paragraph stands right before it, so a first
 * table can split that one's newline instead of leaving an empty paragraph before itself.
 */
export interface TempatBlok {
  readonly index: number;
  readonly anak: number;
  readonly setelahParagraf: boolean;
}

/** A new, empty document: its one empty paragraph at 1, nothing before it. */
export const DOKUMEN_BARU: TempatBlok = { index: 1, anak: 0, setelahParagraf: false };

/** The request list for `blocks` before the empty paragraph at `tempat` (by default, in a new, empty document). */
export function kompilasiDocs(blocks: readonly Block[], tempat: TempatBlok = DOKUMEN_BARU): KompilasiDocs & { readonly anakBaru: number } {
  const sisip: PermintaanDocs[] = [];
  const gaya: PermintaanDocs[] = [];
  const sisipan: Sisipan[] = [];
  /** Start of the empty paragraph the blocks go before: where the next block goes. */
  let end = tempat.index;
  /** Body children before that paragraph. */
  let anak = tempat.anak;

  const paragraf = (text: string, style: ParagraphStyle, runs?: readonly Run[]): number => {
    const start = end;
    sisip.push({ insertText: { location: { index: start }, text: `${text}\n` } });
    end += text.length + 1;
    anak++;
    const fields = Object.keys(style);
    gaya.push({ updateParagraphStyle: { range: range(start, end), paragraphStyle: style, fields: fields.join(',') } });
    let at = start;
    for (const run of runs ?? []) {
      const g = run.text ? gayaRun(run) : null;
      if (g) gaya.push({ updateTextStyle: { range: range(at, at + run.text.length), textStyle: g.style, fields: g.fields.join(',') } });
      at += run.text.length;
    }
    return start;
  };

  const tabel = (block: TableBlock): void => {
    const grid = tableGrid(block);
    const kolom = tableColumns(block);
    const rows = grid.length;
    const cols = kolom.length;
    const first = end === tempat.index && !tempat.setelahParagraf;
    const lokasi = first ? end : end - 1;
    const mulai = lokasi + 1;
    sisip.push({ insertTable: { rows, columns: cols, location: { index: lokasi } } });
    const kosong = (r: number, c: number): number => mulai + 1 + r * (1 + cols * 2) + 1 + c * 2 + 1;
    for (let r = rows - 1; r >= 0; r--) {
      for (let c = cols - 1; c >= 0; c--) {
        const text = grid[r][c] ?? '';
        if (text) sisip.push({ insertText: { location: { index: kosong(r, c) }, text } });
      }
    }
    // Final indexes, cell by cell.
    let geser = 0;
    for (let r = 0; r < rows; r++) {
      const header = r < block.header.length;
      const row = header ? null : block.rows[r - block.header.length];
      for (let c = 0; c < cols; c++) {
        const text = grid[r][c] ?? '';
        const awal = kosong(r, c) + geser;
        geser += text.length;
        const align = header ? 'CENTER' : row?.kind === 'group' ? 'START' : ALIGN[kolom[c].align];
        if (align !== 'START') gaya.push({ updateParagraphStyle: { range: range(awal, awal + text.length + 1), paragraphStyle: { alignment: align }, fields: 'alignment' } });
        const tebal = header || row?.kind === 'group' || (row?.kind === 'cells' && row.bold);
        if (text && tebal) {
          const style: TextStyle = row?.kind === 'group' ? { bold: true, italic: true } : { bold: true };
          gaya.push({ updateTextStyle: { range: range(awal, awal + text.length), textStyle: style, fields: Object.keys(style).join(',') } });
        }
      }
    }
    const panjang = 1 + rows * (1 + cols * 2) + geser;
    gaya.push({ updateTextStyle: { range: range(mulai, mulai + panjang), textStyle: { fontSize: pt(TABLE_FONT_PT) }, fields: 'fontSize' } });
    kolom.forEach((k, c) =>
      gaya.push({
        updateTableColumnProperties: {
          tableStartLocation: { index: mulai },
          columnIndices: [c],
          tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(k.width) },
          fields: 'width,widthType',
        },
      }),
    );
    if (block.borderless) {
      const garis = { width: pt(0), dashStyle: 'SOLID', color: HITAM };
      gaya.push({
        updateTableCellStyle: {
          tableRange: { tableCellLocation: { tableStartLocation: { index: mulai }, rowIndex: 0, columnIndex: 0 }, rowSpan: rows, columnSpan: cols },
          tableCellStyle: { borderTop: garis, borderBottom: garis, borderLeft: garis, borderRight: garis },
          fields: 'borderTop,borderBottom,borderLeft,borderRight',
        },
      });
    }
    if (block.header.length) gaya.push({ pinTableHeaderRows: { tableStartLocation: { index: mulai }, pinnedHeaderRowsCount: block.header.length } });
    if (first) {
      // The split-off empty paragraph stands before the table; the last paragraph follows it.
      end = mulai + panjang;
      anak += 2;
    } else {
      // The paragraph before keeps its style; the empty rest after the table becomes body text.
      gaya.push({ updateParagraphStyle: { range: range(mulai + panjang, mulai + panjang + 1), paragraphStyle: { namedStyleType: 'NORMAL_TEXT', alignment: 'START' }, fields: 'namedStyleType,alignment' } });
      end = mulai + panjang + 1;
      anak += 2;
    }
  };

  for (const block of lowerBlocks(blocks)) {
    switch (block.kind) {
      case 'heading': {
        const start = paragraf(block.text, { namedStyleType: NAMED[block.level], alignment: ALIGN[block.align ?? 'left'], spaceAbove: pt(block.level <= 1 ? 0 : 12), spaceBelow: pt(6) });
        if (block.text) gaya.push({ updateTextStyle: { range: range(start, start + block.text.length), textStyle: { bold: true, fontSize: pt(HEADING_PT[block.level]) }, fields: 'bold,fontSize' } });
        break;
      }
      case 'paragraph':
        paragraf(runsText(block.runs), { namedStyleType: 'NORMAL_TEXT', alignment: ALIGN[block.align ?? 'left'], indentStart: pt(block.indent ?? 0), spaceBelow: pt(block.align === 'justify' ? 6 : 0), lineSpacing: 115 }, block.runs);
        break;
      case 'list': {
        const start = end;
        for (const item of block.items) paragraf(runsText(item), { namedStyleType: 'NORMAL_TEXT', alignment: 'START' }, item);
        gaya.push({ createParagraphBullets: { range: range(start, end), bulletPreset: block.numbered ? 'NUMBERED_DECIMAL_ALPHA_ROMAN' : 'BULLET_DISC_CIRCLE_SQUARE' } });
        break;
      }
      case 'table':
        tabel(block);
        break;
      case 'pageBreak':
        sisip.push({ insertPageBreak: { location: { index: end } } });
        end += 2;
        anak++;
        break;
      case 'rule':
        sisipan.push({ anak, jenis: 'garis' });
        break;
      case 'image':
        sisipan.push({ anak, jenis: 'gambar', gambar: block });
        break;
    }
  }
  // One typeface and black text everywhere first; the blocks' own styles then override it.
  const dasar: PermintaanDocs[] =
    end > tempat.index ? [{ updateTextStyle: { range: range(tempat.index, end), textStyle: { weightedFontFamily: { fontFamily: FONT }, fontSize: pt(BODY_PT), foregroundColor: HITAM }, fields: 'weightedFontFamily,fontSize,foregroundColor' } }] : [];
  return { requests: [...sisip, ...dasar, ...gaya], sisipan, anakBaru: anak - tempat.anak };
}

/**
 * Asked for after the body, in the same batch: a default header. Its id comes back in that
 * batch's reply (…/response#CreateHeaderResponse), so its text (`isiSegmen`) can only go in a
 * second batch. Page numbers cannot be added at all: the Docs API has no request that inserts a
 * page number (AutoText is read-only in …/rest/v1/documents#AutoText, and the Request union at
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request lists no request
 * making one), and DocumentApp has none either; the admin adds them with Sisipkan ▸ Nomor halaman.
 */
export const BUAT_KEPALA: PermintaanDocs = { createHeader: { type: 'DEFAULT' } };
/** A default footer, made like the header: only a template's footer text goes there. */
export const BUAT_KAKI: PermintaanDocs = { createFooter: { type: 'DEFAULT' } };

/**
 * The first page (the cover, a letter's kop) without the running header: DocumentStyle's
 * useFirstPageHeaderFooter, "Whether to use the first page header / footer IDs for the first
 * page" (…/rest/v1/documents#DocumentStyle); no first-page header is made, so that page's is empty.
 */
export const HALAMAN_PERTAMA_POLOS: PermintaanDocs = { updateDocumentStyle: { documentStyle: { useFirstPageHeaderFooter: true }, fields: 'useFirstPageHeaderFooter' } };

/** Text for a header or footer `segmentId` (its indexes start at 0): small, grey, aligned as asked. */
export function isiSegmen(segmentId: string, teks: string, alignment: 'END' | 'CENTER'): PermintaanDocs[] {
  if (teks === '') return [];
  const at = (index: number) => ({ segmentId, index });
  return [
    { insertText: { location: at(0), text: teks } },
    {
      updateTextStyle: {
        range: { segmentId, startIndex: 0, endIndex: teks.length },
        textStyle: { weightedFontFamily: { fontFamily: FONT }, fontSize: pt(KEPALA_PT), foregroundColor: ABU },
        fields: 'weightedFontFamily,fontSize,foregroundColor',
      },
    },
    { updateParagraphStyle: { range: { segmentId, startIndex: 0, endIndex: teks.length + 1 }, paragraphStyle: { alignment }, fields: 'alignment' } },
  ];
}
