/**
 * Renders a document model (src/core/dokumen/model.ts) into an existing Google Docs body with
 * DocumentApp, at its end or from a child index on: the office's own template (a template's
 * marker, src/gas/dokumen-template.ts). Lapkin's built-in layout is written in one Docs API call
 * instead (src/gas/dokumen-docs-api.ts); this path's cost still grows with the blocks.
 *
 * Cost (domain.md §7: every call is a round trip): a table is one `appendTable(grid)` or
 * `insertTable(index, grid)` call plus a few calls per styled row (header, group and bold rows:
 * getRow → editAsText → setBold), never per cell; a paragraph is one append or insert, plus one
 * call per non-default paragraph setting and, only when some run is styled, one `editAsText` and
 * one call per style of each styled run. A plain left-aligned paragraph is a single call; a list
 * item two (append, setGlyphType; consecutive items join one list).
 */
import {
  lowerBlocks,
  runsText,
  tableGrid,
  type Alignment,
  type HeadingLevel,
  type ImageBlock,
  type ListBlock,
  type ParagraphBlock,
  type Run,
  type TableBlock,
  type Block,
  type DocumentModel,
} from '../core/dokumen/model';

type Body = GoogleAppsScript.Document.Body;
type Text = GoogleAppsScript.Document.Text;

/** Background of text a person still has to write (light yellow). */
const HIGHLIGHT = '#fff2cc';

function headingStyle(level: HeadingLevel): GoogleAppsScript.Document.ParagraphHeading {
  const h = DocumentApp.ParagraphHeading;
  return [h.TITLE, h.HEADING1, h.HEADING2, h.HEADING3][level];
}

/** Sets a paragraph's alignment unless it is the default (left), which needs no call. */
function align(p: GoogleAppsScript.Document.Paragraph, value: Alignment | undefined): void {
  if (!value || value === 'left') return;
  const a = DocumentApp.HorizontalAlignment;
  p.setAlignment({ center: a.CENTER, right: a.RIGHT, justify: a.JUSTIFY }[value]);
}

function isStyled(run: Run): boolean {
  return Boolean(run.bold || run.italic || run.underline || run.size || run.link || run.highlight);
}

/** Applies each run's style to its stretch of `text` (one call per style, only where styled). */
function styleRuns(text: () => Text, runs: readonly Run[]): void {
  if (!runs.some((r) => isStyled(r) && r.text)) return;
  const target = text();
  let start = 0;
  for (const run of runs) {
    const end = start + run.text.length - 1;
    if (run.text && isStyled(run)) {
      if (run.bold) target.setBold(start, end, true);
      if (run.italic) target.setItalic(start, end, true);
      if (run.underline) target.setUnderline(start, end, true);
      if (run.size) target.setFontSize(start, end, run.size);
      if (run.link) target.setLinkUrl(start, end, run.link);
      if (run.highlight) target.setBackgroundColor(start, end, HIGHLIGHT);
    }
    start += run.text.length;
  }
}

/**
 * Where rendered elements go: appended at the end of the body (`put('Paragraph', text)` is
 * appendParagraph(text)), or inserted one after another from a child index on
 * (insertParagraph(index++, text)). Both renderings share every other line below.
 */
interface Place {
  (kind: 'Paragraph', text: string): GoogleAppsScript.Document.Paragraph;
  (kind: 'ListItem', text: string): GoogleAppsScript.Document.ListItem;
  (kind: 'Table', cells: string[][]): GoogleAppsScript.Document.Table;
  (kind: 'Image', blob: GoogleAppsScript.Base.Blob): GoogleAppsScript.Document.InlineImage;
  (kind: 'PageBreak' | 'HorizontalRule'): unknown;
}

function placeParagraph(place: Place, block: ParagraphBlock): void {
  const p = place('Paragraph', runsText(block.runs));
  align(p, block.align);
  if (block.indent) p.setIndentStart(block.indent);
  styleRuns(() => p.editAsText(), block.runs);
}

function placeTable(place: Place, block: TableBlock): void {
  const table = place('Table', tableGrid(block));
  const styled: Array<{ index: number; italic: boolean }> = [
    ...block.header.map((_, index) => ({ index, italic: false })),
    ...block.rows.flatMap((row, i) => {
      const index = block.header.length + i;
      if (row.kind === 'group') return [{ index, italic: true }];
      return row.bold ? [{ index, italic: false }] : [];
    }),
  ];
  for (const { index, italic } of styled) {
    const text = table.getRow(index).editAsText().setBold(true);
    if (italic) text.setItalic(true);
  }
}

/**
 * Items placed one after another join one list (https://developers.google.com/apps-script/reference/document/list-item:
 * setListId is only needed for items that are not consecutive). Every item sets its glyph: on live
 * Google an item left at the default is numbered, so a bullet must be asked for.
 */
function placeList(place: Place, block: ListBlock): void {
  for (const runs of block.items) {
    const item = place('ListItem', runsText(runs));
    item.setGlyphType(block.numbered ? DocumentApp.GlyphType.NUMBER : DocumentApp.GlyphType.BULLET);
    styleRuns(() => item.editAsText(), runs);
  }
}

function placeImage(place: Place, block: ImageBlock): void {
  const blob = Utilities.newBlob(Utilities.base64Decode(block.base64), block.mimeType, 'gambar');
  place('Image', blob).setWidth(block.width).setHeight(block.height);
}

/**
 * Renders `blocks` at the end of `body`, or (with `start`) inserted from child index `start` on;
 * returns the index just after the last inserted element.
 */
function render(body: Body, blocks: readonly Block[], start?: number): number {
  let index = start ?? 0;
  const methods = body as unknown as Record<string, (...args: unknown[]) => unknown>;
  const place = ((kind: string, ...args: unknown[]) =>
    start === undefined ? methods[`append${kind}`](...args) : methods[`insert${kind}`](index++, ...args)) as Place;
  for (const block of lowerBlocks(blocks)) {
    switch (block.kind) {
      case 'heading': {
        align(place('Paragraph', block.text).setHeading(headingStyle(block.level)), block.align);
        break;
      }
      case 'paragraph':
        placeParagraph(place, block);
        break;
      case 'table':
        placeTable(place, block);
        break;
      case 'list':
        placeList(place, block);
        break;
      case 'pageBreak':
        place('PageBreak');
        break;
      case 'rule':
        place('HorizontalRule');
        break;
      case 'image':
        placeImage(place, block);
        break;
    }
  }
  return index;
}

/** Appends the whole model to `body`, in order. */
export function renderToBody(body: Body, model: DocumentModel): void {
  render(body, model.blocks);
}

/**
 * Inserts `blocks` into `body` from child index `childIndex` on, in order (a table is still one
 * insertTable call with the whole grid). Returns the index just after the last inserted element.
 */
export function renderAt(body: Body, childIndex: number, blocks: readonly Block[]): number {
  return render(body, blocks, childIndex);
}
