/** Body: the document's list of block elements (insert and append share one path per kind). */
import type { Workspace } from '../workspace';
import { isFakeBlob } from '../utilities/blob';
import { FakeInlineImage, FakeLeaf, FakeParagraph, FakeListItem, FakeTable, detachedRecord, stand, wrapElement, type Siblings } from './elements';
import { listIdAt, newParagraph, runsText, type DocumentContent, type ElementRecord, type ParagraphRecord, type TableRecord } from './model';
import { FakeText, blockPattern } from './text';
import { ElementType } from './enums';

type BodyMethods =
  | 'appendParagraph' | 'appendTable' | 'appendListItem' | 'appendPageBreak' | 'appendHorizontalRule' | 'appendImage'
  | 'insertParagraph' | 'insertTable' | 'insertListItem' | 'insertPageBreak' | 'insertHorizontalRule' | 'insertImage'
  | 'getParagraphs' | 'getTables' | 'getNumChildren' | 'getChild' | 'getChildIndex' | 'getText' | 'replaceText'
  | 'findText' | 'clear' | 'setMarginTop' | 'setMarginBottom' | 'setMarginLeft' | 'setMarginRight' | 'editAsText' | 'getType';

function blocks(content: DocumentContent): ParagraphRecord[] {
  return content.body.filter((element): element is ParagraphRecord => element.type !== 'TABLE');
}

/** Every run array of the body (paragraphs, then cells row by row), in document order. */
function textBlocks(content: DocumentContent): ParagraphRecord['runs'][] {
  return content.body.flatMap((element) =>
    element.type === 'TABLE' ? element.rows.flatMap((row) => row.map((cell) => cell.runs)) : [element.runs],
  );
}

/** Where a findText hit ends, so that findText(pattern, from) goes on after it. */
const HITS = new WeakMap<object, { readonly paragraph: ParagraphRecord; readonly end: number }>();

/**
 * https://developers.google.com/apps-script/reference/document/body#insertParagraph(Integer,String):
 * an index equal to the number of children appends. The text beyond that is the one gas-fakes checks
 * against live Apps Script (https://github.com/brucemcpherson/gas-fakes/blob/main/test/testdocsnext.js).
 */
function checkInsertIndex(content: DocumentContent, childIndex: number): number {
  const index = Number(childIndex);
  if (!Number.isInteger(index) || index < 0 || index > content.body.length) {
    throw new Error(`Child index (${childIndex}) must be less than or equal to the number of child elements (${content.body.length}).`);
  }
  return index;
}

/** A paragraph or list item from text, or from a detached element of that kind (copy()). */
function paragraphRecord(type: 'PARAGRAPH' | 'LIST_ITEM', source: unknown): ParagraphRecord {
  if (typeof source !== 'object' || source === null) return newParagraph(type, String(source));
  if (!(source instanceof FakeParagraph) || source.record.type !== type) {
    throw new Error(`Invalid argument: ${type === 'LIST_ITEM' ? 'listItem' : 'paragraph'}`);
  }
  return detachedRecord(source);
}

/** A table from a grid (rows may be ragged, as in Google), or from a detached Table (copy()). */
function tableRecord(source: unknown): TableRecord {
  if (source instanceof FakeTable) return detachedRecord(source);
  const grid = Array.isArray(source) ? (source as unknown[][]) : [];
  const rows = grid.map((row) => Array.from(row, (value) => ({ runs: String(value) === '' ? [] : [{ text: String(value) }] })));
  return { type: 'TABLE', rows, columnWidths: {} };
}

/**
 * Body: the document's list of block elements. Every append is the insert at the end (one code
 * path); insertTable/appendTable write a whole grid in one call (the batched way, domain.md §7).
 * https://developers.google.com/apps-script/reference/document/body
 */
export class FakeBody implements Pick<GoogleAppsScript.Document.Body, BodyMethods> {
  constructor(
    private readonly ws: Workspace,
    private readonly content: () => DocumentContent,
  ) {}

  private call(method: string, write = false): DocumentContent {
    this.ws.record('DocumentApp', `Body.${method}`, { write });
    return this.content();
  }
  private readonly siblings: Siblings = () => this.content().body;

  private self(): GoogleAppsScript.Document.Body {
    return stand<GoogleAppsScript.Document.Body>(this);
  }
  private add<T extends ElementRecord>(content: DocumentContent, record: T, index: number): T {
    content.body.splice(index, 0, record);
    return record;
  }

  private paragraphAt(content: DocumentContent, index: number, text: unknown): GoogleAppsScript.Document.Paragraph {
    return stand(new FakeParagraph(this.ws, this.add(content, paragraphRecord('PARAGRAPH', text), index), this.siblings));
  }
  private listItemAt(content: DocumentContent, index: number, text: unknown): GoogleAppsScript.Document.ListItem {
    const record = paragraphRecord('LIST_ITEM', text);
    record.listId ??= listIdAt(content.body, index);
    return stand(new FakeListItem(this.ws, this.add(content, record, index), this.siblings));
  }
  private tableAt(content: DocumentContent, index: number, cells: unknown): GoogleAppsScript.Document.Table {
    const record = this.add(content, tableRecord(cells), index);
    // Google keeps a paragraph after a table at the end of the body.
    if (index === content.body.length - 1) this.add(content, newParagraph('PARAGRAPH', ''), index + 1);
    return stand(new FakeTable(this.ws, record, this.siblings));
  }
  /** A page break or rule: a leaf in a new paragraph of its own, as Google puts it. */
  private leafAt(content: DocumentContent, index: number, type: 'PAGE_BREAK' | 'HORIZONTAL_RULE'): FakeLeaf {
    const mark = type === 'PAGE_BREAK' ? { pageBreak: true } : { horizontalRule: true };
    return new FakeLeaf(this.ws, type, this.add(content, { ...newParagraph('PARAGRAPH', ''), ...mark }, index), this.siblings);
  }
  private imageAt(content: DocumentContent, index: number, image: unknown): GoogleAppsScript.Document.InlineImage {
    const blob = (image as Partial<GoogleAppsScript.Base.BlobSource>).getBlob?.();
    if (!isFakeBlob(blob)) throw new Error('Invalid argument: image');
    const { bytes, contentType, name } = blob.peek();
    const paragraph = this.add(content, {
      ...newParagraph('PARAGRAPH', ''),
      image: { contentType: contentType ?? '', name: name ?? '', base64: bytes.toString('base64') },
    }, index);
    return stand(new FakeInlineImage(this.ws, paragraph, this.siblings));
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.call('getType');
    return stand<GoogleAppsScript.Document.ElementType>(ElementType.BODY_SECTION);
  }
  appendParagraph(text: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    const content = this.call('appendParagraph', true);
    return this.paragraphAt(content, content.body.length, text);
  }
  /** A detached Paragraph (copy()) comes in with its styling; an attached one is refused. */
  insertParagraph(childIndex: number, text: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    const content = this.call('insertParagraph', true);
    return this.paragraphAt(content, checkInsertIndex(content, childIndex), text);
  }
  appendListItem(text: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    const content = this.call('appendListItem', true);
    return this.listItemAt(content, content.body.length, text);
  }
  insertListItem(childIndex: number, text: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    const content = this.call('insertListItem', true);
    return this.listItemAt(content, checkInsertIndex(content, childIndex), text);
  }
  /** One call for the whole grid; rows may be ragged as in Google (short rows get fewer cells). */
  appendTable(cells?: string[][] | GoogleAppsScript.Document.Table): GoogleAppsScript.Document.Table {
    const content = this.call('appendTable', true);
    return this.tableAt(content, content.body.length, cells);
  }
  /** https://developers.google.com/apps-script/reference/document/body#insertTable(Integer,String): one call for the grid. */
  insertTable(childIndex: number, cells?: string[][] | GoogleAppsScript.Document.Table | null): GoogleAppsScript.Document.Table {
    const content = this.call('insertTable', true);
    return this.tableAt(content, checkInsertIndex(content, childIndex), cells);
  }
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    const content = this.call('appendPageBreak', true);
    return stand(this.leafAt(content, content.body.length, 'PAGE_BREAK'));
  }
  /** https://developers.google.com/apps-script/reference/document/body#insertPageBreak(Integer): in a new paragraph at the index. */
  insertPageBreak(childIndex: number): GoogleAppsScript.Document.PageBreak {
    const content = this.call('insertPageBreak', true);
    return stand(this.leafAt(content, checkInsertIndex(content, childIndex), 'PAGE_BREAK'));
  }
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    const content = this.call('appendHorizontalRule', true);
    return stand(this.leafAt(content, content.body.length, 'HORIZONTAL_RULE'));
  }
  insertHorizontalRule(childIndex: number): GoogleAppsScript.Document.HorizontalRule {
    const content = this.call('insertHorizontalRule', true);
    return stand(this.leafAt(content, checkInsertIndex(content, childIndex), 'HORIZONTAL_RULE'));
  }
  appendImage(image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): GoogleAppsScript.Document.InlineImage {
    const content = this.call('appendImage', true);
    return this.imageAt(content, content.body.length, image);
  }
  insertImage(childIndex: number, image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): GoogleAppsScript.Document.InlineImage {
    const content = this.call('insertImage', true);
    return this.imageAt(content, checkInsertIndex(content, childIndex), image);
  }
  /** https://developers.google.com/apps-script/reference/document/body#getChildIndex(Element). */
  getChildIndex(child: GoogleAppsScript.Document.Element): number {
    const content = this.call('getChildIndex');
    const record: unknown = (child as Partial<{ record: ElementRecord }>).record;
    const index = content.body.findIndex((element) => element === record);
    // The emulator's wording: Google's text for an element that is no child is not documented.
    if (index < 0) throw new Error('Invalid argument: child');
    return index;
  }
  getParagraphs(): GoogleAppsScript.Document.Paragraph[] {
    const content = this.call('getParagraphs');
    return blocks(content).map((record) => stand<GoogleAppsScript.Document.Paragraph>(wrapElement(this.ws, record, this.siblings)));
  }
  getTables(): GoogleAppsScript.Document.Table[] {
    const content = this.call('getTables');
    return content.body
      .filter((element): element is TableRecord => element.type === 'TABLE')
      .map((record) => stand<GoogleAppsScript.Document.Table>(new FakeTable(this.ws, record, this.siblings)));
  }
  getNumChildren(): number {
    return this.call('getNumChildren').body.length;
  }
  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    const content = this.call('getChild');
    const record = content.body[childIndex];
    if (!record) throw new Error(`Child index (${childIndex}) must be less than the number of child elements (${content.body.length}).`);
    return stand(wrapElement(this.ws, record, this.siblings));
  }
  getText(): string {
    const content = this.call('getText');
    return content.body
      .map((element) => (element.type === 'TABLE' ? element.rows.map((row) => row.map((cell) => runsText(cell.runs)).join('\n')).join('\n') : runsText(element.runs)))
      .join('\n');
  }
  editAsText(): GoogleAppsScript.Document.Text {
    this.call('editAsText');
    return stand(new FakeText(this.ws, () => blocks(this.content()).map((p) => p.runs)));
  }
  /**
   * https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
   * "The search pattern is passed as a string, not a JavaScript regular expression object … The
   * provided regular expression pattern is independently matched against each text block".
   */
  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    const content = this.call('replaceText', true);
    const text = new FakeText(this.ws, () => textBlocks(content));
    text.replaceText(searchPattern, replacement);
    return stand(this);
  }
  /**
   * https://developers.google.com/apps-script/reference/document/body#findText(String,RangeElement):
   * the first match after `from` (or from the start) as a RangeElement whose element is the Text of
   * the paragraph holding it, or null. Only paragraphs and list items are searched here, not cells.
   */
  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): GoogleAppsScript.Document.RangeElement {
    const content = this.call('findText');
    const after = from ? HITS.get(from) : undefined;
    const paragraphs = blocks(content);
    const first = after ? paragraphs.indexOf(after.paragraph) : 0;
    for (let i = Math.max(first, 0); i < paragraphs.length; i++) {
      const paragraph = paragraphs[i];
      const pattern = blockPattern(searchPattern);
      pattern.lastIndex = after && paragraph === after.paragraph ? after.end : 0;
      const match = pattern.exec(runsText(paragraph.runs));
      if (match) return this.hit(paragraph, match.index, match.index + match[0].length);
    }
    // Google returns null when nothing matches (the typings omit it).
    return null as unknown as GoogleAppsScript.Document.RangeElement;
  }
  private hit(paragraph: ParagraphRecord, start: number, end: number): GoogleAppsScript.Document.RangeElement {
    const ws = this.ws;
    const siblings = this.siblings;
    const range = {
      getElement: () => {
        ws.record('DocumentApp', 'RangeElement.getElement');
        return new FakeText(ws, () => [paragraph.runs], undefined, () => wrapElement(ws, paragraph, siblings));
      },
      getStartOffset: () => {
        ws.record('DocumentApp', 'RangeElement.getStartOffset');
        return start;
      },
      getEndOffsetInclusive: () => {
        ws.record('DocumentApp', 'RangeElement.getEndOffsetInclusive');
        return end - 1;
      },
      isPartial: () => {
        ws.record('DocumentApp', 'RangeElement.isPartial');
        return true;
      },
    };
    HITS.set(range, { paragraph, end });
    return stand<GoogleAppsScript.Document.RangeElement>(range);
  }
  /** Google keeps one empty paragraph in a cleared body. */
  clear(): GoogleAppsScript.Document.Body {
    const content = this.call('clear', true);
    content.body.splice(0, content.body.length, newParagraph('PARAGRAPH', ''));
    return this.self();
  }
  setMarginTop(marginTop: number): GoogleAppsScript.Document.Body {
    this.call('setMarginTop', true).margins.top = Number(marginTop);
    return this.self();
  }
  setMarginBottom(marginBottom: number): GoogleAppsScript.Document.Body {
    this.call('setMarginBottom', true).margins.bottom = Number(marginBottom);
    return this.self();
  }
  setMarginLeft(marginLeft: number): GoogleAppsScript.Document.Body {
    this.call('setMarginLeft', true).margins.left = Number(marginLeft);
    return this.self();
  }
  setMarginRight(marginRight: number): GoogleAppsScript.Document.Body {
    this.call('setMarginRight', true).margins.right = Number(marginRight);
    return this.self();
  }
}
