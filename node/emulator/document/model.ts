/**
 * A document as plain records (what Drive stores, copies and persists, and what describeDocument
 * reads), and the run-level text operations the element fakes share.
 */

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  fontFamily?: string;
  foregroundColor?: string;
  /** Text.setLinkUrl; absent when the run links nowhere. */
  linkUrl?: string;
  /** Text.setBackgroundColor (the highlight behind the characters). */
  backgroundColor?: string;
}

export interface TextRun extends TextStyle {
  text: string;
}

export type HeadingName = 'NORMAL' | 'HEADING1' | 'HEADING2' | 'HEADING3' | 'HEADING4' | 'HEADING5' | 'HEADING6' | 'TITLE' | 'SUBTITLE';
export type AlignmentName = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';
export type GlyphName = 'BULLET' | 'HOLLOW_BULLET' | 'SQUARE_BULLET' | 'NUMBER' | 'LATIN_UPPER' | 'LATIN_LOWER' | 'ROMAN_UPPER' | 'ROMAN_LOWER';

export interface ImageRecord {
  contentType: string;
  name: string;
  base64: string;
  /** InlineImage.setWidth / setHeight, in pixels. */
  width?: number;
  height?: number;
}

/** A paragraph or list item; page breaks, rules and images live inside one, as in Google Docs. */
export interface ParagraphRecord {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  heading: HeadingName;
  alignment?: AlignmentName;
  runs: TextRun[];
  spacingBefore?: number;
  spacingAfter?: number;
  lineSpacing?: number;
  /** Paragraph.setIndentStart, in points from the left margin. */
  indentStart?: number;
  nestingLevel?: number;
  /** List items only: the list the item belongs to (items sharing it are numbered together). */
  listId?: string;
  /** List items only; absent means the live default, NUMBER (DEFAULT_GLYPH). */
  glyphType?: GlyphName;
  pageBreak?: boolean;
  horizontalRule?: boolean;
  image?: ImageRecord;
}

export interface CellRecord {
  runs: TextRun[];
  /** The cell paragraph's alignment (absent: LEFT). */
  alignment?: AlignmentName;
  background?: string;
  width?: number;
}

export interface TableRecord {
  type: 'TABLE';
  rows: CellRecord[][];
  borderWidth?: number;
  /** Column widths in points. */
  columnWidths: Record<number, number>;
  /** Rows repeated at the top of each page (the Docs API's pinTableHeaderRows). */
  headerRows?: number;
}

export type ElementRecord = ParagraphRecord | TableRecord;

/**
 * A header or footer the Docs API made (createHeader / createFooter): its own segment of
 * paragraphs, addressed by its id (https://developers.google.com/docs/api/concepts/structure).
 */
export interface SegmentRecord {
  kind: 'header' | 'footer';
  content: ParagraphRecord[];
}

export interface DocumentContent {
  body: ElementRecord[];
  margins: { top?: number; bottom?: number; left?: number; right?: number };
  /** Headers and footers by id; absent while the document has none. */
  segments?: Record<string, SegmentRecord>;
  /** DocumentStyle.defaultHeaderId / defaultFooterId. */
  defaultHeaderId?: string;
  defaultFooterId?: string;
  /** DocumentStyle.useFirstPageHeaderFooter: the first page shows its own header and footer (none made: empty). */
  useFirstPageHeaderFooter?: boolean;
}

export function emptyContent(): DocumentContent {
  // A new Google Doc's body holds one empty paragraph.
  return { body: [newParagraph('PARAGRAPH', '')], margins: {} };
}

export function newParagraph(type: 'PARAGRAPH' | 'LIST_ITEM', text: string): ParagraphRecord {
  return { type, heading: 'NORMAL', runs: text === '' ? [] : [{ text }] };
}

/**
 * The glyph of a list item nobody set one on. On live Google `Body.appendListItem(text)` makes a
 * NUMBERED item, not a bulleted one (issue 14: a peer project's tests, run on live Apps Script,
 * found it; https://developers.google.com/apps-script/reference/document/list-item does not say
 * which). So a renderer that wants bullets must call setGlyphType(BULLET).
 */
export const DEFAULT_GLYPH: GlyphName = 'NUMBER';

const LIST_ID = /^kix\.list(\d+)$/;

/**
 * The list an item placed at `index` of `siblings` joins: the list of the list item right before
 * it, else a new list. Google's list-item page shows `setListId` joining a list across a table;
 * that a directly following item continues the list is this emulator's reading, not documented.
 */
export function listIdAt(siblings: readonly ElementRecord[], index: number): string {
  const before = siblings[index - 1];
  if (before?.type === 'LIST_ITEM' && before.listId) return before.listId;
  const used = siblings.map((element) => (element.type === 'LIST_ITEM' ? Number(LIST_ID.exec(element.listId ?? '')?.[1] ?? 0) : 0));
  return `kix.list${Math.max(0, ...used) + 1}`;
}

export function cloneContent(content: DocumentContent): DocumentContent {
  return JSON.parse(JSON.stringify(content)) as DocumentContent;
}

/** A deep copy of one body child (Element.copy()). */
export function cloneRecord<T extends ElementRecord>(record: T): T {
  return JSON.parse(JSON.stringify(record)) as T;
}

// ---- runs --------------------------------------------------------------------------------

export function runsText(runs: readonly TextRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** Splits runs so that `offset` falls on a run boundary; returns the index of the run starting there. */
function splitAt(runs: TextRun[], offset: number): number {
  let position = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (offset === position) return i;
    if (offset < position + run.text.length) {
      const cut = offset - position;
      runs.splice(i, 1, { ...run, text: run.text.slice(0, cut) }, { ...run, text: run.text.slice(cut) });
      return i + 1;
    }
    position += run.text.length;
  }
  return runs.length;
}

/** Applies `style` to characters [start, end); a key set to undefined clears that attribute. */
export function styleRange(runs: TextRun[], start: number, end: number, style: TextStyle): void {
  if (end <= start) return;
  const from = splitAt(runs, start);
  const to = splitAt(runs, end);
  const keys = Object.keys(style) as (keyof TextStyle)[];
  for (let i = from; i < to; i++) {
    for (const key of keys) {
      if (style[key] === undefined) delete runs[i][key];
      else Object.assign(runs[i], { [key]: style[key] });
    }
  }
}

/** Inserts text at `offset`, taking the style of the character before it (as typing does). */
export function insertText(runs: TextRun[], offset: number, text: string, style?: TextStyle): void {
  if (text === '') return;
  const index = splitAt(runs, offset);
  const before = runs[index - 1] ?? runs[index];
  const { text: _ignored, ...inherited } = before ?? { text: '' };
  runs.splice(index, 0, { ...(style ?? inherited), text });
}

/** Deletes characters [start, end). */
export function deleteRange(runs: TextRun[], start: number, end: number): void {
  if (end <= start) return;
  const from = splitAt(runs, start);
  const to = splitAt(runs, end);
  runs.splice(from, to - from);
}

/**
 * Replaces every match of `pattern` with the literal `replacement`; matches are found in the
 * block's whole text, and the replacement takes the style of the match's first character.
 */
export function replaceInRuns(runs: TextRun[], pattern: RegExp, replacement: string): void {
  const text = runsText(runs);
  const matches = [...text.matchAll(pattern)].filter((m) => m[0] !== '' || replacement !== '');
  for (const match of matches.reverse()) {
    const start = match.index ?? 0;
    const index = splitAt(runs, start);
    const style = runs[index] ? { ...runs[index], text: '' } : undefined;
    deleteRange(runs, start, start + match[0].length);
    const { text: _unused, ...rest } = style ?? { text: '' };
    insertText(runs, start, replacement, style ? rest : undefined);
  }
  for (let i = runs.length - 1; i >= 0; i--) if (runs[i].text === '') runs.splice(i, 1);
}
