/**
 * The Advanced Docs service, v1 (the `Docs` global a script gets once its manifest lists
 * `{"userSymbol": "Docs", "serviceId": "docs", "version": "v1"}` under
 * `dependencies.enabledAdvancedServices`): `Docs.Documents.batchUpdate` over the emulator's
 * documents (document/model.ts). https://developers.google.com/apps-script/advanced/docs
 *
 * https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate: "Each request is
 * validated before being applied. If any request is not valid, then the entire request will fail
 * and nothing will be applied" — the requests are applied to a copy, kept only when all succeed.
 * Authorization scopes (that page): documents, drive or drive.file (scope-table.ts, 'Docs:…').
 *
 * Indexes (https://developers.google.com/docs/api/concepts/structure): the body starts with a
 * section break [0, 1); a paragraph spans its text and its closing "\n" (a page break, rule or
 * inline image inside it is one index more); a table spans 1 (its start) + per row 1 + per cell 1
 * + the cell's paragraph. The fake keeps one paragraph per cell (CellRecord) and refuses a "\n"
 * inserted into a cell.
 *
 * Modelled requests, as their reference (…/documents/request) describes them: insertText (location
 * only; "\n" splits the paragraph, the new paragraphs keep its paragraph style), insertTable
 * ("a newline character will be inserted before the inserted table, therefore the table start index
 * will be at the specified location index + 1": the paragraph is split there), insertPageBreak
 * ("a page break followed by a newline": at a paragraph's start only), updateParagraphStyle
 * (namedStyleType, alignment, indentStart, spaceAbove, spaceBelow, lineSpacing; alignment only in
 * cells), updateTextStyle (bold, italic, underline, fontSize, weightedFontFamily, foregroundColor,
 * backgroundColor, link), createParagraphBullets (a new list), updateTableColumnProperties
 * (FIXED_WIDTH in PT), pinTableHeaderRows and updateTableCellStyle (only: no borders on a whole table). Anything else — another request, field, unit or
 * location form — throws "Docs fake: … is not modelled.", so the fake cannot silently answer wrong.
 */
import { GOOGLE_DOCS_MIME, type FakeDrive } from './drive';
import {
  cloneContent,
  emptyContent,
  insertText,
  runsText,
  styleRange,
  type AlignmentName,
  type CellRecord,
  type DocumentContent,
  type ElementRecord,
  type GlyphName,
  type HeadingName,
  type ParagraphRecord,
  type TableRecord,
  type TextRun,
  type TextStyle,
} from './document/model';
import type { Workspace } from './workspace';

type Request = GoogleAppsScript.Docs.Schema.Request & Record<string, unknown>;
type Dimension = GoogleAppsScript.Docs.Schema.Dimension;
type OptionalColor = GoogleAppsScript.Docs.Schema.OptionalColor;

export type FakeDocumentsCollection = Pick<GoogleAppsScript.Docs.Collection.DocumentsCollection, 'batchUpdate'>;

const REST = 'docs.documents.batchUpdate';

function unsupported(what: string): Error {
  return new Error(`Docs fake: ${what} is not modelled.`);
}

/** Google's refusal of one request: "API call to … failed with error: Invalid requests[3].insertText: …". */
class InvalidRequest extends Error {}

const NAMED: Readonly<Record<string, HeadingName>> = {
  NORMAL_TEXT: 'NORMAL',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING_1: 'HEADING1',
  HEADING_2: 'HEADING2',
  HEADING_3: 'HEADING3',
  HEADING_4: 'HEADING4',
  HEADING_5: 'HEADING5',
  HEADING_6: 'HEADING6',
};
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

// ---- positions ---------------------------------------------------------------------------------

function paragraphLength(p: ParagraphRecord): number {
  return (p.pageBreak ? 1 : 0) + (p.horizontalRule ? 1 : 0) + (p.image ? 1 : 0) + runsText(p.runs).length + 1;
}
function cellLength(cell: CellRecord): number {
  return 1 + runsText(cell.runs).length + 1;
}
function elementLength(e: ElementRecord): number {
  return e.type === 'TABLE' ? 1 + e.rows.reduce((n, row) => n + 1 + row.reduce((m, c) => m + cellLength(c), 0), 0) : paragraphLength(e);
}

interface CellAt {
  readonly cell: CellRecord;
  /** Index of the cell's paragraph's first character. */
  readonly start: number;
}

/** The body with each top-level element's start index, kept up to date as requests change lengths. */
class Positions {
  starts: number[] = [];
  constructor(readonly content: DocumentContent) {
    this.rebuildFrom(0);
  }
  /** Recomputes the starts from element `k` on (the elements before it did not move). */
  rebuildFrom(k: number): void {
    const body = this.content.body;
    this.starts.length = Math.min(this.starts.length, k);
    let at = k === 0 ? 1 : this.starts[k - 1] + elementLength(body[k - 1]);
    for (let j = k; j < body.length; j++) {
      this.starts[j] = at;
      at += elementLength(body[j]);
    }
  }
  /** The end of the body segment (exclusive). */
  end(): number {
    const n = this.content.body.length;
    return n === 0 ? 1 : this.starts[n - 1] + elementLength(this.content.body[n - 1]);
  }
  /** The top-level element holding `index`. */
  find(index: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  shift(after: number, delta: number): void {
    for (let j = after + 1; j < this.starts.length; j++) this.starts[j] += delta;
  }
  cells(k: number): CellAt[] {
    const table = this.content.body[k] as TableRecord;
    const out: CellAt[] = [];
    let at = this.starts[k] + 1;
    for (const row of table.rows) {
      at += 1;
      for (const cell of row) {
        out.push({ cell, start: at + 1 });
        at += cellLength(cell);
      }
    }
    return out;
  }
}

/** The paragraph (top-level) overlapped by [a, b), with its start. */
function* paragraphsIn(pos: Positions, a: number, b: number): Generator<{ k: number; p: ParagraphRecord; start: number }> {
  if (b <= a) return;
  for (let k = pos.find(a); k < pos.content.body.length && pos.starts[k] < b; k++) {
    const e = pos.content.body[k];
    if (e.type !== 'TABLE') yield { k, p: e, start: pos.starts[k] };
  }
}
function* cellsIn(pos: Positions, a: number, b: number): Generator<CellAt> {
  if (b <= a) return;
  for (let k = pos.find(a); k < pos.content.body.length && pos.starts[k] < b; k++) {
    if (pos.content.body[k].type !== 'TABLE') continue;
    for (const c of pos.cells(k)) if (c.start < b && c.start + runsText(c.cell.runs).length + 1 > a) yield c;
  }
}

function checkRange(pos: Positions, range: GoogleAppsScript.Docs.Schema.Range | undefined): [number, number] {
  if (!range || range.segmentId) throw unsupported('a range outside the body or without indexes');
  const a = Number(range.startIndex);
  const b = Number(range.endIndex);
  const end = pos.end();
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b <= a) throw new InvalidRequest(`The range (${a}, ${b}) is invalid.`);
  if (b > end) throw new InvalidRequest(`Index ${b - 1} must be less than the end index of the referenced segment, ${end}.`);
  return [a, b];
}

function location(pos: Positions, loc: GoogleAppsScript.Docs.Schema.Location | undefined): number {
  if (!loc || loc.segmentId) throw unsupported('a location outside the body, or endOfSegmentLocation');
  const index = Number(loc.index);
  const end = pos.end();
  if (!Number.isInteger(index) || index < 1) throw new InvalidRequest(`Index ${index} must be at least 1.`);
  if (index >= end) throw new InvalidRequest(`Index ${index} must be less than the end index of the referenced segment, ${end}.`);
  return index;
}

const OUTSIDE_PARAGRAPH = 'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.';

/** The top-level paragraph holding `index` and the text offset there (refuses specials and tables). */
function paragraphAt(pos: Positions, index: number): { k: number; p: ParagraphRecord; offset: number } {
  const k = pos.find(index);
  const e = pos.content.body[k];
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

function applyInsertText(pos: Positions, r: NonNullable<Request['insertText']>): void {
  if (r.endOfSegmentLocation) throw unsupported('insertText at endOfSegmentLocation');
  const index = location(pos, r.location);
  const text = String(r.text ?? '');
  const k = pos.find(index);
  const e = pos.content.body[k];
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
  pos.content.body.splice(k, 0, ...pieces);
  pos.rebuildFrom(k);
}

function applyInsertTable(pos: Positions, r: NonNullable<Request['insertTable']>): void {
  if (r.endOfSegmentLocation) throw unsupported('insertTable at endOfSegmentLocation');
  const rows = Number(r.rows);
  const columns = Number(r.columns);
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 1 || columns < 1) throw new InvalidRequest('The table must have at least one row and one column.');
  const { k, p, offset } = paragraphAt(pos, location(pos, r.location));
  const [head, tail] = cut(p.runs, offset);
  const table: TableRecord = { type: 'TABLE', rows: Array.from({ length: rows }, () => Array.from({ length: columns }, (): CellRecord => ({ runs: [] }))), columnWidths: {} };
  p.runs = tail;
  pos.content.body.splice(k, 0, withRuns(p, head), table);
  pos.rebuildFrom(k);
}

function applyInsertPageBreak(pos: Positions, r: NonNullable<Request['insertPageBreak']>): void {
  const { k, p, offset } = paragraphAt(pos, location(pos, r.location));
  if (offset !== 0) throw unsupported('a page break inserted inside a paragraph\'s text');
  pos.content.body.splice(k, 0, { ...withRuns(p, []), type: 'PARAGRAPH', pageBreak: true });
  pos.rebuildFrom(k);
}

const PARAGRAPH_FIELDS = ['namedStyleType', 'alignment', 'indentStart', 'spaceAbove', 'spaceBelow', 'lineSpacing'] as const;

function applyParagraphStyle(pos: Positions, r: NonNullable<Request['updateParagraphStyle']>): void {
  const [a, b] = checkRange(pos, r.range);
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

function applyTextStyle(pos: Positions, r: NonNullable<Request['updateTextStyle']>): void {
  const [a, b] = checkRange(pos, r.range);
  const style = textStyle(r.textStyle ?? {}, fieldList(r.fields, TEXT_FIELDS, 'updateTextStyle'));
  const apply = (runs: TextRun[], start: number, special: number): void => {
    const from = Math.max(0, a - start - special);
    const to = Math.min(runsText(runs).length, b - start - special);
    styleRange(runs, from, to, style);
  };
  for (const { p, start } of paragraphsIn(pos, a, b)) apply(p.runs, start, paragraphLength(p) - runsText(p.runs).length - 1);
  for (const c of cellsIn(pos, a, b)) apply(c.cell.runs, c.start, 0);
}

function applyBullets(pos: Positions, r: NonNullable<Request['createParagraphBullets']>): void {
  const [a, b] = checkRange(pos, r.range);
  const glyph = PRESETS[String(r.bulletPreset)];
  if (!glyph) throw unsupported(`the bullet preset ${String(r.bulletPreset)}`);
  const found = [...paragraphsIn(pos, a, b)];
  if (found.length === 0) return;
  // Each request makes a new list (its own numbering), whatever stands next to it.
  const used = pos.content.body.map((e) => (e.type === 'LIST_ITEM' ? Number(/(\d+)$/.exec(e.listId ?? '')?.[1] ?? 0) : 0));
  const listId = `kix.list${Math.max(0, ...used) + 1}`;
  for (const { p } of found) Object.assign(p, { type: 'LIST_ITEM', listId, glyphType: glyph, nestingLevel: 0 });
}

function tableAt(pos: Positions, loc: { index?: number } | undefined, what: string): TableRecord {
  const index = Number(loc?.index);
  const k = pos.find(index);
  const e = pos.content.body[k];
  if (pos.starts[k] !== index || e?.type !== 'TABLE') throw new InvalidRequest(`The provided table start location for ${what} is invalid: no table starts at index ${index}.`);
  return e;
}

interface ColumnRequest {
  tableStartLocation?: { index?: number };
  columnIndices?: number[];
  tableColumnProperties?: { widthType?: string; width?: Dimension };
  fields?: string;
}

function applyColumns(pos: Positions, r: ColumnRequest): void {
  const table = tableAt(pos, r.tableStartLocation, 'updateTableColumnProperties');
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

function applyPin(pos: Positions, r: { tableStartLocation?: { index?: number }; pinnedHeaderRowsCount?: number }): void {
  const table = tableAt(pos, r.tableStartLocation, 'pinTableHeaderRows');
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
function applyCellStyle(pos: Positions, r: CellStyleRequest): void {
  const location = r.tableRange?.tableCellLocation;
  const table = tableAt(pos, location?.tableStartLocation, 'updateTableCellStyle');
  const borders = ['borderTop', 'borderBottom', 'borderLeft', 'borderRight'];
  const fields = fieldList(r.fields, borders, 'updateTableCellStyle');
  const whole = location?.rowIndex === 0 && location.columnIndex === 0 && r.tableRange?.rowSpan === table.rows.length && r.tableRange?.columnSpan === (table.rows[0]?.length ?? 0);
  if (!whole || fields.length !== 4 || borders.some((b) => points(r.tableCellStyle?.[b]?.width, b) !== 0)) throw unsupported('a cell style other than no borders on the whole table');
  table.borderWidth = 0;
}

function apply(pos: Positions, request: Request): void {
  const kinds = Object.keys(request).filter((key) => request[key] !== undefined);
  if (kinds.length !== 1) throw new InvalidRequest('Exactly one request kind must be set.');
  const r = request as Record<string, never>;
  switch (kinds[0]) {
    case 'insertText':
      return applyInsertText(pos, r.insertText);
    case 'insertTable':
      return applyInsertTable(pos, r.insertTable);
    case 'insertPageBreak':
      return applyInsertPageBreak(pos, r.insertPageBreak);
    case 'updateParagraphStyle':
      return applyParagraphStyle(pos, r.updateParagraphStyle);
    case 'updateTextStyle':
      return applyTextStyle(pos, r.updateTextStyle);
    case 'createParagraphBullets':
      return applyBullets(pos, r.createParagraphBullets);
    case 'updateTableColumnProperties':
      return applyColumns(pos, r.updateTableColumnProperties);
    case 'pinTableHeaderRows':
      return applyPin(pos, r.pinTableHeaderRows);
    case 'updateTableCellStyle':
      return applyCellStyle(pos, r.updateTableCellStyle);
    default:
      throw unsupported(`the request ${kinds[0]}`);
  }
}

class FakeDocuments implements FakeDocumentsCollection {
  constructor(
    private readonly ws: Workspace,
    private readonly drive: FakeDrive,
  ) {}

  batchUpdate(resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId: string): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    this.ws.record('Docs', 'Documents.batchUpdate', { write: true });
    if (resource.writeControl) throw unsupported('writeControl');
    const file = this.drive.files.get(String(documentId));
    // The fake has no sharing: a document is its owner's alone.
    if (!file || file.trashed || file.mimeType !== GOOGLE_DOCS_MIME || (file.owner ?? this.ws.owner.email) !== this.ws.current().effectiveUser.email) {
      throw new Error(`API call to ${REST} failed with error: Requested entity was not found.`);
    }
    const copy = cloneContent(file.content ?? emptyContent());
    const pos = new Positions(copy);
    const requests = (resource.requests ?? []) as Request[];
    requests.forEach((request, i) => {
      try {
        apply(pos, request);
      } catch (e) {
        if (e instanceof InvalidRequest) {
          const kind = Object.keys(request)[0];
          throw new Error(`API call to ${REST} failed with error: Invalid requests[${i}].${kind}: ${e.message}`);
        }
        throw e;
      }
    });
    file.content = copy;
    return { documentId: file.id, replies: requests.map(() => ({})) };
  }
}

/** The `Docs` global: only `Documents.batchUpdate` is modelled. */
export function createDocsAdvanced(ws: Workspace, drive: FakeDrive): { readonly Documents: FakeDocumentsCollection } {
  return { Documents: new FakeDocuments(ws, drive) };
}
