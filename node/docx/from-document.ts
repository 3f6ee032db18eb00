/**
 * The emulator's Google Doc (describeDocument's tree) back into the core document model, so a Doc
 * the bundle wrote can be saved as .docx (renderDocx) or shown in the local page, saying what the
 * Doc says: headings, paragraphs with their styled runs, lists, tables (header, group and bold
 * rows as src/gas/docs-permintaan.ts styles them), page breaks and rules.
 *
 * Images (PNG, JPEG) keep their bytes and size, so the .docx shows the Doc's picture; the Doc's
 * header and footer text become the model's.
 */
import { BODY_PT } from '../../src/gas/docs-permintaan';
import type { BlockView, DocumentView, RunView } from '../emulator/document/index';
import { runsText, type Alignment, type DocumentModel, type HeadingLevel, type PrimitiveBlock, type Run, type TableColumn, type TableRow } from '../../src/core/dokumen/model';

type ParagraphView = Extract<BlockView, { type: 'PARAGRAPH' | 'LIST_ITEM' }>;
type TableView = Extract<BlockView, { type: 'TABLE' }>;

const HEADINGS: Readonly<Record<string, HeadingLevel>> = {
  TITLE: 0,
  HEADING1: 1,
  HEADING2: 2,
  HEADING3: 3,
  HEADING4: 3,
  HEADING5: 3,
  HEADING6: 3,
};

const ALIGNMENTS: Readonly<Record<string, Alignment | undefined>> = {
  CENTER: 'center',
  RIGHT: 'right',
  JUSTIFY: 'justify',
};

const NUMBERED_GLYPHS = new Set(['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER']);

function run(view: RunView): Run {
  return {
    text: view.text,
    ...(view.bold ? { bold: true } : {}),
    ...(view.italic ? { italic: true } : {}),
    ...(view.underline ? { underline: true } : {}),
    // The body size every run gets (src/gas/docs-permintaan.ts) is no style of its own.
    ...(view.size !== undefined && view.size !== BODY_PT ? { size: view.size } : {}),
    ...(view.link !== undefined ? { link: view.link } : {}),
    // The renderer marks text a person still has to write with a background colour.
    ...(view.background !== undefined ? { highlight: true } : {}),
  };
}

function runs(view: ParagraphView): Run[] {
  return view.runs.length > 0 ? view.runs.map(run) : [{ text: view.text }];
}

function paragraph(view: ParagraphView): PrimitiveBlock {
  const level = HEADINGS[view.heading];
  const align = ALIGNMENTS[view.alignment];
  if (level !== undefined) return { kind: 'heading', level, text: view.text, ...(align ? { align } : {}) };
  return {
    kind: 'paragraph',
    runs: runs(view),
    ...(align ? { align } : {}),
    ...(view.indentStart ? { indent: view.indentStart } : {}),
  };
}

/** Every non-empty cell of the row is entirely bold (and, with `italic`, italic too). */
function styledRow(table: TableView, index: number, italic: boolean): boolean {
  const cells = table.cellRuns[index] ?? [];
  const filled = cells.filter((cell) => cell.some((r) => r.text !== ''));
  return (
    filled.length > 0 &&
    filled.every((cell) => cell.filter((r) => r.text !== '').every((r) => r.bold && (!italic || r.italic)))
  );
}

const ALIGN_COLUMN: Readonly<Record<string, TableColumn['align']>> = { CENTER: 'center', RIGHT: 'right' };

/** The Doc's column widths and each column's alignment (that of its body cells), when widths were set. */
function columns(view: TableView, headerRows: number): TableColumn[] | undefined {
  const width = Math.max(0, ...view.rows.map((r) => r.length));
  if (Object.keys(view.columnWidths).length < width) return undefined;
  return Array.from({ length: width }, (_, c) => {
    const aligns = view.rows.slice(headerRows).flatMap((row, i) => (row[c] ? [view.cellAlignments[headerRows + i][c]] : []));
    const right = aligns.filter((a) => a === 'RIGHT').length;
    const center = aligns.filter((a) => a === 'CENTER').length;
    const align = right > aligns.length / 2 ? 'RIGHT' : center > aligns.length / 2 ? 'CENTER' : 'LEFT';
    return { width: view.columnWidths[c], align: ALIGN_COLUMN[align] ?? 'left' };
  });
}

function table(view: TableView): PrimitiveBlock {
  // Pinned header rows (the Docs API path) say it; else the bold rows on top (DocumentApp's).
  let headerRows = view.headerRows;
  if (headerRows === 0) while (headerRows < view.rows.length && styledRow(view, headerRows, false) && !styledRow(view, headerRows, true)) headerRows++;
  const rows = view.rows.slice(headerRows).map((cells, i): TableRow => {
    const index = headerRows + i;
    const onlyFirst = cells.slice(1).every((c) => c === '');
    if (cells.length > 1 && onlyFirst && styledRow(view, index, true)) return { kind: 'group', label: cells[0] ?? '' };
    return styledRow(view, index, false) ? { kind: 'cells', cells, bold: true } : { kind: 'cells', cells };
  });
  const cols = columns(view, headerRows);
  return { kind: 'table', header: view.rows.slice(0, headerRows), rows, ...(cols ? { columns: cols } : {}), ...(view.borderWidth === 0 ? { borderless: true } : {}) };
}

/** The blocks of the Doc in order; consecutive list items of one list become one list. */
export function modelFromDocument(doc: DocumentView): DocumentModel {
  const blocks: PrimitiveBlock[] = [];
  let listId: string | null = null;
  for (const view of doc.body) {
    if (view.type === 'LIST_ITEM') {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list' && listId === (view.listId ?? '')) {
        blocks[blocks.length - 1] = { ...last, items: [...last.items, runs(view)] };
      } else {
        blocks.push({ kind: 'list', numbered: NUMBERED_GLYPHS.has(view.glyphType ?? ''), items: [runs(view)] });
      }
      listId = view.listId ?? '';
      continue;
    }
    listId = null;
    switch (view.type) {
      case 'PARAGRAPH':
        // Docs keeps an empty paragraph after every table (a body cannot end in one): not content.
        if (view.text === '' && view.heading === 'NORMAL' && blocks[blocks.length - 1]?.kind === 'table') break;
        blocks.push(paragraph(view));
        break;
      case 'TABLE':
        blocks.push(table(view));
        break;
      case 'PAGE_BREAK':
        blocks.push({ kind: 'pageBreak' });
        break;
      case 'HORIZONTAL_RULE':
        blocks.push({ kind: 'rule' });
        break;
      case 'IMAGE':
        // The same picture as in the Doc (a chart, a logo); a type .docx cannot hold is named instead.
        if (view.contentType === 'image/png' || view.contentType === 'image/jpeg') {
          blocks.push({ kind: 'image', base64: view.base64, mimeType: view.contentType, width: view.width ?? 100, height: view.height ?? 100 });
        } else blocks.push({ kind: 'paragraph', runs: [{ text: `[Gambar: ${view.name}]`, italic: true }], align: 'center' });
        break;
    }
  }
  // A body always ends with a paragraph; an empty last one is not content.
  const last = blocks[blocks.length - 1];
  if (last?.kind === 'paragraph' && runsText(last.runs) === '' && !last.align) blocks.pop();
  // The Doc's header (Lapkin writes the title there), so the .docx prints what the Doc prints.
  const segmen = (isi: typeof doc.header) => isi?.flatMap((b) => ('text' in b ? [b.text] : [])).join(' ').trim();
  const header = segmen(doc.header);
  const footer = segmen(doc.footer);
  return { title: doc.name, ...(header !== undefined ? { header } : {}), ...(footer ? { footer } : {}), blocks };
}
