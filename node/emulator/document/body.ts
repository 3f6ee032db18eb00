/**
 * Body: the document's list of block elements. appendTable(cells) writes a whole grid in one
 * call (the batched way, domain.md §7).
 */
import type { Workspace } from '../workspace';
import { isFakeBlob } from '../utilities/blob';
import { FakeInlineImage, FakeLeaf, FakeParagraph, FakeListItem, FakeTable, stand, wrapElement, type Siblings } from './elements';
import { listIdAt, newParagraph, runsText, type DocumentContent, type ElementRecord, type ParagraphRecord, type TableRecord } from './model';
import { FakeText, blockPattern } from './text';
import { ElementType } from './enums';

type BodyMethods =
  | 'appendParagraph' | 'appendTable' | 'appendListItem' | 'appendPageBreak' | 'appendHorizontalRule' | 'appendImage'
  | 'insertParagraph' | 'getParagraphs' | 'getTables' | 'getNumChildren' | 'getChild' | 'getText' | 'replaceText'
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
  private add<T extends ElementRecord>(content: DocumentContent, record: T, index = content.body.length): T {
    content.body.splice(index, 0, record);
    return record;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.call('getType');
    return stand<GoogleAppsScript.Document.ElementType>(ElementType.BODY_SECTION);
  }
  appendParagraph(text: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    const content = this.call('appendParagraph', true);
    const value = typeof text === 'string' ? text : text.getText();
    return stand(new FakeParagraph(this.ws, this.add(content, newParagraph('PARAGRAPH', String(value))), this.siblings));
  }
  insertParagraph(childIndex: number, text: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    const content = this.call('insertParagraph', true);
    if (childIndex < 0 || childIndex > content.body.length) {
      throw new Error(`Child index (${childIndex}) must not exceed the number of child elements (${content.body.length}).`);
    }
    const value = typeof text === 'string' ? text : text.getText();
    return stand(new FakeParagraph(this.ws, this.add(content, newParagraph('PARAGRAPH', String(value)), childIndex), this.siblings));
  }
  appendListItem(text: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    const content = this.call('appendListItem', true);
    const value = typeof text === 'string' ? text : text.getText();
    const item = { ...newParagraph('LIST_ITEM', String(value)), listId: listIdAt(content.body, content.body.length) };
    return stand(new FakeListItem(this.ws, this.add(content, item), this.siblings));
  }
  /** One call for the whole grid; rows may be ragged as in Google (short rows get fewer cells). */
  appendTable(cells?: string[][] | GoogleAppsScript.Document.Table): GoogleAppsScript.Document.Table {
    const content = this.call('appendTable', true);
    const grid = Array.isArray(cells) ? (cells as unknown[][]) : [];
    const rows = grid.map((row) => Array.from(row, (value) => ({ runs: String(value) === '' ? [] : [{ text: String(value) }] })));
    const record: TableRecord = { type: 'TABLE', rows, columnWidths: {} };
    this.add(content, record);
    // Google keeps a paragraph after a table at the end of the body.
    this.add(content, newParagraph('PARAGRAPH', ''));
    return stand(new FakeTable(this.ws, record, this.siblings));
  }
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    const content = this.call('appendPageBreak', true);
    const paragraph = this.add(content, { ...newParagraph('PARAGRAPH', ''), pageBreak: true });
    return stand(new FakeLeaf(this.ws, 'PAGE_BREAK', paragraph, this.siblings));
  }
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    const content = this.call('appendHorizontalRule', true);
    const paragraph = this.add(content, { ...newParagraph('PARAGRAPH', ''), horizontalRule: true });
    return stand(new FakeLeaf(this.ws, 'HORIZONTAL_RULE', paragraph, this.siblings));
  }
  appendImage(image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): GoogleAppsScript.Document.InlineImage {
    const content = this.call('appendImage', true);
    const blob = (image as GoogleAppsScript.Base.BlobSource).getBlob();
    if (!isFakeBlob(blob)) throw new Error('Invalid argument: image');
    const { bytes, contentType, name } = blob.peek();
    const paragraph = this.add(content, {
      ...newParagraph('PARAGRAPH', ''),
      image: { contentType: contentType ?? '', name: name ?? '', base64: bytes.toString('base64') },
    });
    return stand(new FakeInlineImage(this.ws, paragraph, this.siblings));
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
  /** The first match (in any block) as a RangeElement, or null. */
  findText(searchPattern: string): GoogleAppsScript.Document.RangeElement {
    const content = this.call('findText');
    for (const element of content.body) {
      const candidates = element.type === 'TABLE' ? [] : [element];
      for (const paragraph of candidates) {
        const match = blockPattern(searchPattern).exec(runsText(paragraph.runs));
        if (!match) continue;
        const start = match.index;
        const end = start + match[0].length - 1;
        const ws = this.ws;
        return stand<GoogleAppsScript.Document.RangeElement>({
          getElement: () => {
            ws.record('DocumentApp', 'RangeElement.getElement');
            return new FakeText(ws, () => [paragraph.runs]);
          },
          getStartOffset: () => {
            ws.record('DocumentApp', 'RangeElement.getStartOffset');
            return start;
          },
          getEndOffsetInclusive: () => {
            ws.record('DocumentApp', 'RangeElement.getEndOffsetInclusive');
            return end;
          },
          isPartial: () => {
            ws.record('DocumentApp', 'RangeElement.isPartial');
            return true;
          },
        });
      }
    }
    // Google returns null when nothing matches (the typings omit it).
    return null as unknown as GoogleAppsScript.Document.RangeElement;
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
