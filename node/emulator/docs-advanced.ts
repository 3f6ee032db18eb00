/**
 * The Advanced Docs service, v1 (the `Docs` global a script gets once its manifest lists
 * `{"userSymbol": "Docs", "serviceId": "docs", "version": "v1"}` under
 * `dependencies.enabledAdvancedServices`): `Docs.Documents.batchUpdate` and `Docs.Documents.get`
 * over the emulator's documents (document/model.ts). https://developers.google.com/apps-script/advanced/docs
 *
 * https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate: "Each request is
 * validated before being applied. If any request is not valid, then the entire request will fail
 * and nothing will be applied" — the requests are applied to a copy, kept only when all succeed.
 * Authorization scopes (that page): documents, drive or drive.file (scope-table.ts, 'Docs:…').
 *
 * Indexes: docs-structure.ts. The fake keeps one paragraph per cell (CellRecord) and refuses a
 * "\n" inserted into a cell. A header or footer is a segment of its own, named by `segmentId`;
 * only paragraphs are modelled in it. documents.get: docs-get.ts.
 *
 * Modelled requests, as their reference (…/documents/request) describes them: insertText (location
 * only; "\n" splits the paragraph, the new paragraphs keep its paragraph style), insertTable
 * ("a newline character will be inserted before the inserted table, therefore the table start index
 * will be at the specified location index + 1": the paragraph is split there), insertPageBreak
 * ("a page break followed by a newline": at a paragraph's start only), updateParagraphStyle
 * (namedStyleType, alignment, indentStart, spaceAbove, spaceBelow, lineSpacing; alignment only in
 * cells), updateTextStyle (bold, italic, underline, fontSize, weightedFontFamily, foregroundColor,
 * backgroundColor, link), createParagraphBullets (a new list), updateTableColumnProperties
 * (FIXED_WIDTH in PT), pinTableHeaderRows, updateTableCellStyle (only: no borders on a whole table),
 * deleteContentRange (within one paragraph's text), createHeader and createFooter (DEFAULT; a second
 * one refused) and updateDocumentStyle (useFirstPageHeaderFooter). Anything else — another request, field, unit or
 * location form — throws "Docs fake: … is not modelled.", so the fake cannot silently answer wrong.
 */
import { GOOGLE_DOCS_MIME, type FakeDrive } from './drive';
import {
  cloneContent,
  deleteRange,
  emptyContent,
  insertText,
  runsText,
  styleRange,
  type AlignmentName,
  type CellRecord,
  type DocumentContent,
  type GlyphName,
  type ParagraphRecord,
  type TableRecord,
  type TextRun,
  type TextStyle,
} from './document/model';
import { documentResource } from './docs-get';
import { NAMED, Positions, cellsIn, paragraphLength, paragraphsIn } from './docs-structure';
import type { Workspace } from './workspace';

type Request = GoogleAppsScript.Docs.Schema.Request & Record<string, unknown>;
type Dimension = GoogleAppsScript.Docs.Schema.Dimension;
type OptionalColor = GoogleAppsScript.Docs.Schema.OptionalColor;

export type FakeDocumentsCollection = Pick<GoogleAppsScript.Docs.Collection.DocumentsCollection, 'batchUpdate' | 'get'>;

const REST = 'docs.documents.batchUpdate';

function unsupported(what: string): Error {
  return new Error(`Docs fake: ${what} is not modelled.`);
}

/** Google's refusal of one request: "API call to … failed with error: Invalid requests[3].insertText: …". */
class InvalidRequest extends Error {}

const ALIGNMENT: Readonly<Record<string, AlignmentName>> = { START: 'LEFT', CENTER: 'CENTER', END: 'RIGHT', JUSTIFIED: 'JUSTIFY' };
/** …/documents/request#BulletGlyphPreset: the first level's glyph of the presets Lapkin uses. */
const PRESETS: Readonly<Record<string, GlyphName>> = {
  BULLET_DISC_CIRCLE_SQUARE: 'BULLET',
  NUMBERED_DECIMAL_ALPHA_ROMAN: 'NUMBER',
  NUMBERED_DECIMAL_NESTED: 'NUMBER',
};

function points(d: Dimension | undefined, what: string): number {
  if (!d) return 0;
  if (d.unit !== 'PT') throw unsupported(`${what} in unit ${String(d.unit)}`);
  return Number(d.magnitude ?? 0);
}

function hex(c: OptionalColor | undefined): string | undefined {
  const rgb = c?.color?.rgbColor;
  if (!rgb) return undefined;
  const h = (n: number | undefined) => Math.round((n ?? 0) * 255).toString(16).padStart(2, '0');
  return `#${h(rgb.red)}${h(rgb.green)}${h(rgb.blue)}`;
}

function fieldList(fields: unknown, known: readonly string[], what: string): string[] {
  const list = String(fields ?? '').split(',').map((f) => f.trim()).filter(Boolean);
  if (list.length === 0) throw new InvalidRequest('At least one field must be listed in \'fields\'.');
  for (const f of list) if (!known.includes(f)) throw unsupported(`${what} field "${f}"`);
  return list;
}

/**
 * The document a batch changes: its body and its headers and footers, each with its own indexes.
 * A location or range names its segment by `segmentId` ("An empty segment ID signifies the
 * document's body", …/documents/request#Location); an id no header or footer has is refused.
 */
class Segments {
  private readonly bySegment = new Map<string, Positions>();
  constructor(readonly content: DocumentContent) {
    this.bySegment.set('', new Positions(content.body, 1));
  }
  get body(): Positions {
    return this.at('');
  }
  at(segmentId: string | undefined): Positions {
    const id = segmentId ?? '';
    let pos = this.bySegment.get(id);
    if (!pos) {
      const segment = this.content.segments?.[id];
      if (!segment) throw new InvalidRequest(`The segment ID ${id} does not exist in the document.`);
      pos = new Positions(segment.content, 0, id);
      this.bySegment.set(id, pos);
    }
    return pos;
  }
}

function checkRange(doc: Segments, range: GoogleAppsScript.Docs.Schema.Range | undefined): [Positions, number, number] {
  if (!range) throw unsupported('a request without a range');
  const pos = doc.at(range.segmentId);
  const a = Number(range.startIndex);
  const b = Number(range.endIndex);
  const end = pos.end();
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b <= a) throw new InvalidRequest(`The range (${a}, ${b}) is invalid.`);
  if (b > end) throw new InvalidRequest(`Index ${b - 1} must be less than the end index of the referenced segment, ${end}.`);
  return [pos, a, b];
}

function location(doc: Segments, loc: GoogleAppsScript.Docs.Schema.Location | undefined): [Positions, number] {
  if (!loc) throw unsupported('endOfSegmentLocation, or a request without a location');
  const pos = doc.at(loc.segmentId);
  const index = Number(loc.index);
  const end = pos.end();
  if (!Number.isInteger(index) || index < pos.base) throw new InvalidRequest(`Index ${index} must be at least ${pos.base}.`);
  if (index >= end) throw new InvalidRequest(`Index ${index} must be less than the end index of the referenced segment, ${end}.`);
  return [pos, index];
}

const OUTSIDE_PARAGRAPH = 'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.';

/** The top-level paragraph holding `index` and the text offset there (refuses specials and tables). */
function paragraphAt(pos: Positions, index: number): { k: number; p: ParagraphRecord; offset: number } {
  const k = pos.find(index);
  const e = pos.elements[k];
  if (e.type === 'TABLE') throw new InvalidRequest(OUTSIDE_PARAGRAPH);
  if (e.pageBreak || e.horizontalRule || e.image) throw unsupported('inserting into a paragraph holding a page break, rule or image');
  return { k, p: e, offset: index - pos.starts[k] };
}

function withRuns(p: ParagraphRecord, runs: TextRun[]): ParagraphRecord {
  const { runs: _old, pageBreak: _b, horizontalRule: _r, image: _i, ...attrs } = p;
  return { ...JSON.parse(JSON.stringify(attrs)), runs } as ParagraphRecord;
}

/** Splits runs at `offset` into [before, after]. */
function cut(runs: readonly TextRun[], offset: number): [TextRun[], TextRun[]] {
  const before: TextRun[] = [];
  const after: TextRun[] = [];
  let at = 0;
  for (const run of runs) {
    const end = at + run.text.length;
    if (end <= offset) before.push({ ...run });
    else if (at >= offset) after.push({ ...run });
    else {
      before.push({ ...run, text: run.text.slice(0, offset - at) });
      after.push({ ...run, text: run.text.slice(offset - at) });
    }
    at = end;
  }
  return [before, after];
}

// ---- requests ------------------------------------------------------------------------------------

function applyInsertText(doc: Segments, r: NonNullable<Request['insertText']>): void {
  if (r.endOfSegmentLocation) throw unsupported('insertText at endOfSegmentLocation');
  const [pos, index] = location(doc, r.location);
  const text = String(r.text ?? '');
  const k = pos.find(index);
  const e = pos.elements[k];
  if (e.type === 'TABLE') {
    const cell = pos.cells(k).find((c) => index >= c.start && index <= c.start + runsText(c.cell.runs).length);
    if (!cell) throw new InvalidRequest(OUTSIDE_PARAGRAPH);
    if (text.includes('\n')) throw unsupported('a newline inserted into a table cell (one paragraph per cell)');
    insertText(cell.cell.runs, index - cell.start, text);
    pos.shift(k, text.length);
    return;
  }
  const { p, offset } = paragraphAt(pos, index);
  insertText(p.runs, offset, text);
  if (!text.includes('\n')) {
    pos.shift(k, text.length);
    return;
  }
  // Each "\n" closes a paragraph; every piece keeps the paragraph's style.
  const pieces: ParagraphRecord[] = [];
  let rest = p.runs;
  for (let i = runsText(rest).indexOf('\n'); i >= 0; i = runsText(rest).indexOf('\n')) {
    const [head, tail] = cut(rest, i);
    pieces.push(withRuns(p, head));
    rest = cut(tail, 1)[1];
  }
  p.runs = rest;
  pos.elements.splice(k, 0, ...pieces);
  pos.rebuildFrom(k);
}

function applyInsertTable(doc: Segments, r: NonNullable<Request['insertTable']>): void {
  if (r.endOfSegmentLocation) throw unsupported('insertTable at endOfSegmentLocation');
  const rows = Number(r.rows);
  const columns = Number(r.columns);
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 1 || columns < 1) throw new InvalidRequest('The table must have at least one row and one column.');
  const [pos, index] = location(doc, r.location);
  // Google allows a table in a header or footer; Lapkin puts none there, so it is not modelled.
  if (pos.segmentId) throw unsupported('a table in a header or footer');
  const { k, p, offset } = paragraphAt(pos, index);
  const [head, tail] = cut(p.runs, offset);
  const table: TableRecord = { type: 'TABLE', rows: Array.from({ length: rows }, () => Array.from({ length: columns }, (): CellRecord => ({ runs: [] }))), columnWidths: {} };
  p.runs = tail;
  pos.elements.splice(k, 0, withRuns(p, head), table);
  pos.rebuildFrom(k);
}

function applyInsertPageBreak(doc: Segments, r: NonNullable<Request['insertPageBreak']>): void {
  const [pos, index] = location(doc, r.location);
  // …/documents/request#InsertPageBreakRequest: "Page breaks cannot be inserted inside a table,
  // equation, footnote, header or footer."
  if (pos.segmentId) throw new InvalidRequest('Page breaks cannot be inserted inside a table, equation, footnote, header or footer.');
  const { k, p, offset } = paragraphAt(pos, index);
  if (offset !== 0) throw unsupported('a page break inserted inside a paragraph\'s text');
  pos.elements.splice(k, 0, { ...withRuns(p, []), type: 'PARAGRAPH', pageBreak: true });
  pos.rebuildFrom(k);
}

/**
 * deleteContentRange (…/documents/request#DeleteContentRangeRequest), only within one paragraph's
 * text (its newline kept): what Lapkin deletes is a template's marker. Deleting across paragraphs,
 * tables or a newline merges structure in ways the reference describes only in part, so those
 * ranges are not modelled.
 */
function applyDelete(doc: Segments, r: { range?: GoogleAppsScript.Docs.Schema.Range }): void {
  const [pos, a, b] = checkRange(doc, r.range);
  const { k, p, offset } = paragraphAt(pos, a);
  if (b > pos.starts[k] + paragraphLength(p) - 1) throw unsupported('deleteContentRange beyond one paragraph\'s text');
  deleteRange(p.runs, offset, offset + (b - a));
  pos.shift(k, -(b - a));
}

const PARAGRAPH_FIELDS = ['namedStyleType', 'alignment', 'indentStart', 'spaceAbove', 'spaceBelow', 'lineSpacing'] as const;

function applyParagraphStyle(doc: Segments, r: NonNullable<Request['updateParagraphStyle']>): void {
  const [pos, a, b] = checkRange(doc, r.range);
  const fields = fieldList(r.fields, PARAGRAPH_FIELDS, 'updateParagraphStyle');
  const s = r.paragraphStyle ?? {};
  const alignment = s.alignment === undefined ? undefined : ALIGNMENT[s.alignment];
  if (fields.includes('alignment') && s.alignment !== undefined && !alignment) throw new InvalidRequest(`Invalid value for alignment: ${s.alignment}`);
  for (const { p } of paragraphsIn(pos, a, b)) {
    for (const f of fields) {
      if (f === 'namedStyleType') {
        const named = NAMED[String(s.namedStyleType ?? 'NORMAL_TEXT')];
        if (!named) throw new InvalidRequest(`Invalid value for namedStyleType: ${String(s.namedStyleType)}`);
        p.heading = named;
      } else if (f === 'alignment') p.alignment = alignment ?? 'LEFT';
      else if (f === 'indentStart') p.indentStart = points(s.indentStart, 'indentStart');
      else if (f === 'spaceAbove') p.spacingBefore = points(s.spaceAbove, 'spaceAbove');
      else if (f === 'spaceBelow') p.spacingAfter = points(s.spaceBelow, 'spaceBelow');
      // The API's lineSpacing is a percentage (100 = single); DocumentApp's a multiple.
      else if (f === 'lineSpacing') p.lineSpacing = Number(s.lineSpacing ?? 100) / 100;
    }
  }
  const inCells = [...cellsIn(pos, a, b)];
  if (inCells.length > 0 && fields.some((f) => f !== 'alignment')) throw unsupported('a paragraph style other than alignment in a table cell');
  for (const c of inCells) c.cell.alignment = alignment ?? 'LEFT';
}

const TEXT_FIELDS = ['bold', 'italic', 'underline', 'fontSize', 'weightedFontFamily', 'foregroundColor', 'backgroundColor', 'link'] as const;

function textStyle(s: GoogleAppsScript.Docs.Schema.TextStyle, fields: readonly string[]): TextStyle {
  const out: TextStyle = {};
  for (const f of fields) {
    if (f === 'bold') out.bold = s.bold || undefined;
    else if (f === 'italic') out.italic = s.italic || undefined;
    else if (f === 'underline') out.underline = s.underline || undefined;
    else if (f === 'fontSize') out.fontSize = s.fontSize ? points(s.fontSize, 'fontSize') : undefined;
    else if (f === 'weightedFontFamily') out.fontFamily = s.weightedFontFamily?.fontFamily ?? undefined;
    else if (f === 'foregroundColor') out.foregroundColor = hex(s.foregroundColor);
    else if (f === 'backgroundColor') out.backgroundColor = hex(s.backgroundColor);
    else if (f === 'link') {
      if (s.link && !s.link.url) throw unsupported('a link to something other than a URL');
      out.linkUrl = s.link?.url ?? undefined;
    }
  }
  return out;
}

function applyTextStyle(doc: Segments, r: NonNullable<Request['updateTextStyle']>): void {
  const [pos, a, b] = checkRange(doc, r.range);
  const style = textStyle(r.textStyle ?? {}, fieldList(r.fields, TEXT_FIELDS, 'updateTextStyle'));
  const apply = (runs: TextRun[], start: number, special: number): void => {
    const from = Math.max(0, a - start - special);
    const to = Math.min(runsText(runs).length, b - start - special);
    styleRange(runs, from, to, style);
  };
  for (const { p, start } of paragraphsIn(pos, a, b)) apply(p.runs, start, paragraphLength(p) - runsText(p.runs).length - 1);
  for (const c of cellsIn(pos, a, b)) apply(c.cell.runs, c.start, 0);
}

function applyBullets(doc: Segments, r: NonNullable<Request['createParagraphBullets']>): void {
  const [pos, a, b] = checkRange(doc, r.range);
  const glyph = PRESETS[String(r.bulletPreset)];
  if (!glyph) throw unsupported(`the bullet preset ${String(r.bulletPreset)}`);
  const found = [...paragraphsIn(pos, a, b)];
  if (found.length === 0) return;
  // Each request makes a new list (its own numbering), whatever stands next to it.
  const used = pos.elements.map((e) => (e.type === 'LIST_ITEM' ? Number(/(\d+)$/.exec(e.listId ?? '')?.[1] ?? 0) : 0));
  const listId = `kix.list${Math.max(0, ...used) + 1}`;
  for (const { p } of found) Object.assign(p, { type: 'LIST_ITEM', listId, glyphType: glyph, nestingLevel: 0 });
}

function tableAt(doc: Segments, loc: { index?: number; segmentId?: string } | undefined, what: string): TableRecord {
  if (loc?.segmentId) throw unsupported('a table in a header or footer');
  const pos = doc.body;
  const index = Number(loc?.index);
  const k = pos.find(index);
  const e = pos.elements[k];
  if (pos.starts[k] !== index || e?.type !== 'TABLE') throw new InvalidRequest(`The provided table start location for ${what} is invalid: no table starts at index ${index}.`);
  return e;
}

interface ColumnRequest {
  tableStartLocation?: { index?: number };
  columnIndices?: number[];
  tableColumnProperties?: { widthType?: string; width?: Dimension };
  fields?: string;
}

function applyColumns(doc: Segments, r: ColumnRequest): void {
  const table = tableAt(doc, r.tableStartLocation, 'updateTableColumnProperties');
  const fields = fieldList(r.fields, ['width', 'widthType'], 'updateTableColumnProperties');
  const props = r.tableColumnProperties ?? {};
  if (!fields.includes('width') || props.widthType !== 'FIXED_WIDTH') throw unsupported('a column width other than FIXED_WIDTH');
  const width = points(props.width, 'width');
  // The reference: "The minimum column width is 5 points" (…/request#UpdateTableColumnPropertiesRequest).
  if (width < 5) throw new InvalidRequest('The column width must be at least 5 points.');
  const columns = table.rows[0]?.length ?? 0;
  const indices = r.columnIndices && r.columnIndices.length ? r.columnIndices : Array.from({ length: columns }, (_, i) => i);
  for (const c of indices) {
    if (!Number.isInteger(c) || c < 0 || c >= columns) throw new InvalidRequest(`Column index ${c} is out of range.`);
    table.columnWidths[c] = width;
  }
}

function applyPin(doc: Segments, r: { tableStartLocation?: { index?: number }; pinnedHeaderRowsCount?: number }): void {
  const table = tableAt(doc, r.tableStartLocation, 'pinTableHeaderRows');
  const n = Number(r.pinnedHeaderRowsCount ?? 0);
  if (!Number.isInteger(n) || n < 0 || n > table.rows.length) throw new InvalidRequest(`pinnedHeaderRowsCount ${n} is out of range.`);
  table.headerRows = n;
}

interface CellStyleRequest {
  tableRange?: { tableCellLocation?: { tableStartLocation?: { index?: number }; rowIndex?: number; columnIndex?: number }; rowSpan?: number; columnSpan?: number };
  tableCellStyle?: Record<string, { width?: Dimension } | undefined>;
  fields?: string;
}

/** updateTableCellStyle, only as Lapkin uses it: every border of the whole table set to width 0 (a table without lines). */
function applyCellStyle(doc: Segments, r: CellStyleRequest): void {
  const location = r.tableRange?.tableCellLocation;
  const table = tableAt(doc, location?.tableStartLocation, 'updateTableCellStyle');
  const borders = ['borderTop', 'borderBottom', 'borderLeft', 'borderRight'];
  const fields = fieldList(r.fields, borders, 'updateTableCellStyle');
  const whole = location?.rowIndex === 0 && location.columnIndex === 0 && r.tableRange?.rowSpan === table.rows.length && r.tableRange?.columnSpan === (table.rows[0]?.length ?? 0);
  if (!whole || fields.length !== 4 || borders.some((b) => points(r.tableCellStyle?.[b]?.width, b) !== 0)) throw unsupported('a cell style other than no borders on the whole table');
  table.borderWidth = 0;
}

/** A reply; @types/google-apps-script (docs_v1) predates CreateHeaderResponse and CreateFooterResponse. */
type Reply = GoogleAppsScript.Docs.Schema.Response & { createHeader?: { headerId: string }; createFooter?: { footerId: string } };

/**
 * createHeader / createFooter (…/documents/request#CreateHeaderRequest, #CreateFooterRequest):
 * "The new header is applied to the SectionStyle at the location of the SectionBreak if
 * specified, otherwise it is applied to the DocumentStyle. If a header of the specified type
 * already exists, a 400 bad request error is returned." The only type is DEFAULT
 * (…/documents/request#HeaderFooterType). The reply carries the new id
 * (…/documents/response#CreateHeaderResponse: headerId; #CreateFooterResponse: footerId), which a
 * later request can only name in a later batch: the id is not known before. A new segment holds
 * one empty paragraph. Section breaks (sectionBreakLocation) are not modelled.
 */
function applyCreateSegment(doc: Segments, kind: 'header' | 'footer', r: { type?: string; sectionBreakLocation?: unknown }): Reply {
  const Kind = kind === 'header' ? 'Header' : 'Footer';
  if (r.sectionBreakLocation) throw unsupported(`create${Kind} at a section break`);
  if (r.type !== 'DEFAULT') throw new InvalidRequest(`Invalid value for type: ${String(r.type)}`);
  const key = kind === 'header' ? 'defaultHeaderId' : 'defaultFooterId';
  // The text is ours: the reference says only that the request fails with 400.
  if (doc.content[key]) throw new InvalidRequest(`A default ${kind} already exists.`);
  const segments = (doc.content.segments ??= {});
  const id = `kix.${kind}${Object.keys(segments).length + 1}`;
  segments[id] = { kind, content: [{ type: 'PARAGRAPH', heading: 'NORMAL', runs: [] }] };
  doc.content[key] = id;
  return kind === 'header' ? { createHeader: { headerId: id } } : { createFooter: { footerId: id } };
}

/**
 * updateDocumentStyle (…/documents/request#UpdateDocumentStyleRequest), only its
 * useFirstPageHeaderFooter ("Whether to use the first page header / footer IDs for the first
 * page", …/rest/v1/documents#DocumentStyle).
 */
function applyDocumentStyle(doc: Segments, r: { documentStyle?: { useFirstPageHeaderFooter?: boolean }; fields?: string }): void {
  fieldList(r.fields, ['useFirstPageHeaderFooter'], 'updateDocumentStyle');
  doc.content.useFirstPageHeaderFooter = Boolean(r.documentStyle?.useFirstPageHeaderFooter);
}

function apply(doc: Segments, request: Request): Reply {
  const kinds = Object.keys(request).filter((key) => request[key] !== undefined);
  if (kinds.length !== 1) throw new InvalidRequest('Exactly one request kind must be set.');
  const r = request as Record<string, never>;
  switch (kinds[0]) {
    case 'insertText':
      applyInsertText(doc, r.insertText);
      break;
    case 'insertTable':
      applyInsertTable(doc, r.insertTable);
      break;
    case 'insertPageBreak':
      applyInsertPageBreak(doc, r.insertPageBreak);
      break;
    case 'updateParagraphStyle':
      applyParagraphStyle(doc, r.updateParagraphStyle);
      break;
    case 'updateTextStyle':
      applyTextStyle(doc, r.updateTextStyle);
      break;
    case 'createParagraphBullets':
      applyBullets(doc, r.createParagraphBullets);
      break;
    case 'updateTableColumnProperties':
      applyColumns(doc, r.updateTableColumnProperties);
      break;
    case 'pinTableHeaderRows':
      applyPin(doc, r.pinTableHeaderRows);
      break;
    case 'updateTableCellStyle':
      applyCellStyle(doc, r.updateTableCellStyle);
      break;
    case 'deleteContentRange':
      applyDelete(doc, r.deleteContentRange);
      break;
    case 'updateDocumentStyle':
      applyDocumentStyle(doc, r.updateDocumentStyle);
      break;
    case 'createHeader':
      return applyCreateSegment(doc, 'header', r.createHeader);
    case 'createFooter':
      return applyCreateSegment(doc, 'footer', r.createFooter);
    default:
      throw unsupported(`the request ${kinds[0]}`);
  }
  return {};
}

class FakeDocuments implements FakeDocumentsCollection {
  constructor(
    private readonly ws: Workspace,
    private readonly drive: FakeDrive,
  ) {}

  /** The user's own Google Doc; the fake has no sharing, so a document is its owner's alone. */
  private file(documentId: string, method: string) {
    const file = this.drive.files.get(String(documentId));
    if (!file || file.trashed || file.mimeType !== GOOGLE_DOCS_MIME || (file.owner ?? this.ws.owner.email) !== this.ws.current().effectiveUser.email) {
      throw new Error(`API call to docs.documents.${method} failed with error: Requested entity was not found.`);
    }
    return file;
  }

  batchUpdate(resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId: string): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    this.ws.record('Docs', 'Documents.batchUpdate', { write: true });
    if (resource.writeControl) throw unsupported('writeControl');
    const file = this.file(documentId, 'batchUpdate');
    const copy = cloneContent(file.content ?? emptyContent());
    const doc = new Segments(copy);
    const requests = (resource.requests ?? []) as Request[];
    const replies = requests.map((request, i) => {
      try {
        return apply(doc, request);
      } catch (e) {
        if (e instanceof InvalidRequest) {
          const kind = Object.keys(request)[0];
          throw new Error(`API call to ${REST} failed with error: Invalid requests[${i}].${kind}: ${e.message}`);
        }
        throw e;
      }
    });
    file.content = copy;
    return { documentId: file.id, replies };
  }

  /**
   * https://developers.google.com/docs/api/reference/rest/v1/documents/get: the body's structural
   * elements with their start and end indexes, the headers and footers by id, and the
   * DocumentStyle's default header and footer ids. Text styles are not returned.
   */
  get(documentId: string): GoogleAppsScript.Docs.Schema.Document {
    this.ws.record('Docs', 'Documents.get');
    const file = this.file(documentId, 'get');
    return documentResource(file.id, file.name, file.content ?? emptyContent());
  }
}

/** The `Docs` global: `Documents.batchUpdate` and `Documents.get` are modelled. */
export function createDocsAdvanced(ws: Workspace, drive: FakeDrive): { readonly Documents: FakeDocumentsCollection } {
  return { Documents: new FakeDocuments(ws, drive) };
}
