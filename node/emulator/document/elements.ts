/**
 * The element fakes of a document body: Paragraph, ListItem, Table, TableRow, TableCell and the
 * leaf elements (PageBreak, HorizontalRule, InlineImage). Each wraps a plain record of
 * model.ts, so the document stays a tree of records and a wrapper never holds state of its own.
 */
import type { Workspace } from '../workspace';
import { ElementType, GlyphType, HorizontalAlignment, ParagraphHeading, Attribute } from './enums';
import { enumKey } from '../utilities/gas-enum';
import { DEFAULT_GLYPH, cloneRecord, runsText, type CellRecord, type ElementRecord, type ParagraphRecord, type TableRecord } from './model';
import { FakeText } from './text';

type ElementTypeValue = GoogleAppsScript.Document.ElementType;

/** The live list of a body child's siblings (the body's children), for removeFromParent. */
export type Siblings = () => ElementRecord[];

/**
 * A body must end with a paragraph: Apps Script refuses to remove its final element (seen in real
 * logs; https://github.com/brucemcpherson/gas-fakes/issues/51 quotes it).
 */
export const LAST_PARAGRAPH_MESSAGE = "Can't remove the last paragraph in a document section.";

/** The siblings of an element made by copy(): none, so it stays detached. */
const DETACHED: Siblings = () => [];

/**
 * Inserting an element that already stands in a document fails with this text (the gas-fakes
 * tests check it against live Apps Script:
 * https://github.com/brucemcpherson/gas-fakes/blob/main/test/testdocsnext.js).
 */
export const DETACHED_MESSAGE = 'Element must be detached.';

/**
 * The record a detached element (from copy()) brings into a body, copied so that the detached
 * element stays detached; an element still in a body is refused.
 */
export function detachedRecord<T extends ElementRecord>(element: { readonly record: T; readonly siblings: Siblings }): T {
  if (element.siblings().includes(element.record)) throw new Error(DETACHED_MESSAGE);
  return cloneRecord(element.record);
}

/**
 * Element.removeFromParent for a body child. An element already removed is detached, and removing
 * it again changes nothing.
 */
function removeBodyChild(siblings: ElementRecord[], record: ElementRecord): void {
  const index = siblings.indexOf(record);
  if (index < 0) return;
  if (index === siblings.length - 1) throw new Error(LAST_PARAGRAPH_MESSAGE);
  siblings.splice(index, 1);
}

/** removeFromParent for a row of a table or a cell of a row. */
function removeFrom<T>(parent: T[], child: T): void {
  const index = parent.indexOf(child);
  if (index >= 0) parent.splice(index, 1);
}

export function stand<T>(fake: object): T {
  return fake as unknown as T;
}

function elementType(key: keyof typeof ElementType): ElementTypeValue {
  return stand<ElementTypeValue>(ElementType[key]);
}

type ParagraphMethods =
  | 'getText' | 'setText' | 'appendText' | 'editAsText' | 'replaceText' | 'getType'
  | 'setHeading' | 'getHeading' | 'setAlignment' | 'getAlignment' | 'setAttributes'
  | 'setSpacingAfter' | 'setSpacingBefore' | 'setLineSpacing' | 'getSpacingAfter' | 'getSpacingBefore' | 'getLineSpacing'
  | 'setIndentStart' | 'removeFromParent' | 'asParagraph' | 'asText' | 'copy';

/** Paragraph and ListItem share everything but their type and list membership (FakeListItem). */
export class FakeParagraph implements Pick<GoogleAppsScript.Document.Paragraph, ParagraphMethods> {
  constructor(
    protected readonly ws: Workspace,
    readonly record: ParagraphRecord,
    readonly siblings: Siblings,
  ) {}

  protected get className(): string {
    return this.record.type === 'LIST_ITEM' ? 'ListItem' : 'Paragraph';
  }

  protected call(method: string, write = false): void {
    this.ws.record('DocumentApp', `${this.className}.${method}`, { write });
  }

  protected self(): GoogleAppsScript.Document.Paragraph {
    return stand<GoogleAppsScript.Document.Paragraph>(this);
  }

  private text(): FakeText {
    return new FakeText(this.ws, () => [this.record.runs], undefined, () => this);
  }

  /**
   * https://developers.google.com/apps-script/reference/document/paragraph#copy(): "a detached,
   * deep copy of the current element" (text, styling, heading; a list item keeps its list).
   */
  copy(): GoogleAppsScript.Document.Paragraph {
    this.call('copy');
    return stand(wrapElement(this.ws, cloneRecord(this.record), DETACHED));
  }

  getType(): ElementTypeValue {
    this.call('getType');
    return elementType(this.record.type);
  }
  /** Element.asParagraph(): the element itself, typed (getChild returns a generic Element). */
  asParagraph(): GoogleAppsScript.Document.Paragraph {
    this.call('asParagraph');
    return this.self();
  }
  asText(): GoogleAppsScript.Document.Text {
    this.call('asText');
    return stand<GoogleAppsScript.Document.Text>(this.text());
  }
  getText(): string {
    this.call('getText');
    return runsText(this.record.runs);
  }
  /** Returns nothing, as in Google (Paragraph.setText is not chainable). */
  setText(text: string): void {
    this.call('setText', true);
    this.record.runs.splice(0, this.record.runs.length, ...(String(text) === '' ? [] : [{ text: String(text) }]));
  }
  /** Appends a new text run (unstyled) and returns a Text covering just it. */
  appendText(text: string | GoogleAppsScript.Document.Text): GoogleAppsScript.Document.Text {
    this.call('appendText', true);
    const added = typeof text === 'string' ? text : text.getText();
    const runs = this.record.runs;
    const start = runsText(runs).length;
    runs.push({ text: added });
    return stand<GoogleAppsScript.Document.Text>(new FakeText(this.ws, () => [runs], { start, end: start + added.length }));
  }
  editAsText(): GoogleAppsScript.Document.Text {
    this.call('editAsText');
    return stand<GoogleAppsScript.Document.Text>(this.text());
  }
  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.call('replaceText', true);
    this.text().replaceText(searchPattern, replacement);
    return stand<GoogleAppsScript.Document.Element>(this);
  }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): GoogleAppsScript.Document.Paragraph {
    this.call('setHeading', true);
    const key = enumKey(ParagraphHeading, heading);
    if (!key) throw new Error('Invalid argument: heading');
    this.record.heading = key;
    return this.self();
  }
  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    this.call('getHeading');
    return stand<GoogleAppsScript.Document.ParagraphHeading>(ParagraphHeading[this.record.heading]);
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): GoogleAppsScript.Document.Paragraph {
    this.call('setAlignment', true);
    const key = enumKey(HorizontalAlignment, alignment);
    if (!key) throw new Error('Invalid argument: alignment');
    this.record.alignment = key;
    return this.self();
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    this.call('getAlignment');
    return stand<GoogleAppsScript.Document.HorizontalAlignment>(HorizontalAlignment[this.record.alignment ?? 'LEFT']);
  }
  setSpacingAfter(spacingAfter: number): GoogleAppsScript.Document.Paragraph {
    this.call('setSpacingAfter', true);
    this.record.spacingAfter = Number(spacingAfter);
    return this.self();
  }
  setSpacingBefore(spacingBefore: number): GoogleAppsScript.Document.Paragraph {
    this.call('setSpacingBefore', true);
    this.record.spacingBefore = Number(spacingBefore);
    return this.self();
  }
  setLineSpacing(multiplier: number): GoogleAppsScript.Document.Paragraph {
    this.call('setLineSpacing', true);
    this.record.lineSpacing = Number(multiplier);
    return this.self();
  }
  /** https://developers.google.com/apps-script/reference/document/paragraph#setIndentStart(Number): points. */
  setIndentStart(indentStart: number): GoogleAppsScript.Document.Paragraph {
    this.call('setIndentStart', true);
    this.record.indentStart = Number(indentStart);
    return this.self();
  }
  /** https://developers.google.com/apps-script/reference/document/paragraph#removeFromParent(): returns the removed element. */
  removeFromParent(): GoogleAppsScript.Document.Paragraph {
    this.call('removeFromParent', true);
    removeBodyChild(this.siblings(), this.record);
    return this.self();
  }
  getSpacingAfter(): number {
    this.call('getSpacingAfter');
    return this.record.spacingAfter ?? 0;
  }
  getSpacingBefore(): number {
    this.call('getSpacingBefore');
    return this.record.spacingBefore ?? 0;
  }
  getLineSpacing(): number {
    this.call('getLineSpacing');
    return this.record.lineSpacing ?? 1;
  }
  /**
   * Attributes keyed by DocumentApp.Attribute (an enum used as an object key becomes its name).
   * Text attributes apply to the whole paragraph's text.
   */
  setAttributes(attributes: object): GoogleAppsScript.Document.Paragraph {
    this.call('setAttributes', true);
    const values = attributes as Record<string, unknown>;
    const runs = this.record.runs;
    for (const key of Object.keys(values)) {
      const value = values[key];
      if (!(key in Attribute) || value === null || value === undefined) continue;
      switch (key) {
        case 'HEADING':
          this.record.heading = enumKey(ParagraphHeading, value) ?? this.record.heading;
          break;
        case 'HORIZONTAL_ALIGNMENT':
          this.record.alignment = enumKey(HorizontalAlignment, value) ?? this.record.alignment;
          break;
        case 'SPACING_AFTER':
          this.record.spacingAfter = Number(value);
          break;
        case 'SPACING_BEFORE':
          this.record.spacingBefore = Number(value);
          break;
        case 'LINE_SPACING':
          this.record.lineSpacing = Number(value);
          break;
        case 'BOLD':
          runs.forEach((run) => (run.bold = Boolean(value)));
          break;
        case 'ITALIC':
          runs.forEach((run) => (run.italic = Boolean(value)));
          break;
        case 'UNDERLINE':
          runs.forEach((run) => (run.underline = Boolean(value)));
          break;
        case 'FONT_SIZE':
          runs.forEach((run) => (run.fontSize = Number(value)));
          break;
        case 'FONT_FAMILY':
          runs.forEach((run) => (run.fontFamily = String(value)));
          break;
        case 'FOREGROUND_COLOR':
          runs.forEach((run) => (run.foregroundColor = String(value)));
          break;
        default:
          break;
      }
    }
    return this.self();
  }
}

type ListItemMethods = 'getNestingLevel' | 'setNestingLevel' | 'asListItem' | 'setGlyphType' | 'getGlyphType' | 'setListId' | 'getListId';

/**
 * https://developers.google.com/apps-script/reference/document/list-item: "ListItems with the same
 * list ID belong to the same list and are numbered accordingly", wherever they stand.
 */
export class FakeListItem extends FakeParagraph implements Pick<GoogleAppsScript.Document.ListItem, ListItemMethods> {
  private item(): GoogleAppsScript.Document.ListItem {
    return stand<GoogleAppsScript.Document.ListItem>(this);
  }
  asListItem(): GoogleAppsScript.Document.ListItem {
    this.call('asListItem');
    return this.item();
  }
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): GoogleAppsScript.Document.ListItem {
    this.call('setGlyphType', true);
    const key = enumKey(GlyphType, glyphType);
    if (!key) throw new Error('Invalid argument: glyphType');
    this.record.glyphType = key;
    return this.item();
  }
  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    this.call('getGlyphType');
    return stand<GoogleAppsScript.Document.GlyphType>(GlyphType[this.record.glyphType ?? DEFAULT_GLYPH]);
  }
  getListId(): string {
    this.call('getListId');
    return this.record.listId ?? '';
  }
  /** Joins the list of `listItem` (the argument is an item, not an id string). */
  setListId(listItem: GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    this.call('setListId', true);
    const other: unknown = listItem;
    if (!(other instanceof FakeListItem)) throw new Error('Invalid argument: listItem');
    this.record.listId = other.record.listId;
    return this.item();
  }
  getNestingLevel(): number {
    this.call('getNestingLevel');
    return this.record.nestingLevel ?? 0;
  }
  setNestingLevel(nestingLevel: number): GoogleAppsScript.Document.ListItem {
    this.call('setNestingLevel', true);
    this.record.nestingLevel = Number(nestingLevel);
    return this.item();
  }
}

type TableCellMethods = 'getText' | 'setText' | 'editAsText' | 'setBackgroundColor' | 'getBackgroundColor' | 'setWidth' | 'getWidth' | 'getType' | 'removeFromParent';

export class FakeTableCell implements Pick<GoogleAppsScript.Document.TableCell, TableCellMethods> {
  constructor(
    private readonly ws: Workspace,
    readonly record: CellRecord,
    private readonly row: CellRecord[],
  ) {}

  private call(method: string, write = false): void {
    this.ws.record('DocumentApp', `TableCell.${method}`, { write });
  }
  private self(): GoogleAppsScript.Document.TableCell {
    return stand<GoogleAppsScript.Document.TableCell>(this);
  }
  getType(): ElementTypeValue {
    this.call('getType');
    return elementType('TABLE_CELL');
  }
  getText(): string {
    this.call('getText');
    return runsText(this.record.runs);
  }
  setText(text: string): GoogleAppsScript.Document.TableCell {
    this.call('setText', true);
    this.record.runs.splice(0, this.record.runs.length, ...(String(text) === '' ? [] : [{ text: String(text) }]));
    return this.self();
  }
  editAsText(): GoogleAppsScript.Document.Text {
    this.call('editAsText');
    return stand<GoogleAppsScript.Document.Text>(new FakeText(this.ws, () => [this.record.runs]));
  }
  setBackgroundColor(color: string): GoogleAppsScript.Document.TableCell {
    this.call('setBackgroundColor', true);
    this.record.background = String(color);
    return this.self();
  }
  getBackgroundColor(): string {
    this.call('getBackgroundColor');
    return this.record.background ?? '';
  }
  setWidth(width: number): GoogleAppsScript.Document.TableCell {
    this.call('setWidth', true);
    this.record.width = Number(width);
    return this.self();
  }
  getWidth(): number {
    this.call('getWidth');
    return this.record.width ?? 0;
  }
  removeFromParent(): GoogleAppsScript.Document.TableCell {
    this.call('removeFromParent', true);
    removeFrom(this.row, this.record);
    return this.self();
  }
}

function cellIndexError(index: number, count: number): Error {
  return new Error(`Child index (${index}) must be less than the number of child elements (${count}).`);
}

type TableRowMethods = 'getCell' | 'getNumCells' | 'appendTableCell' | 'getText' | 'getType' | 'editAsText' | 'removeFromParent';

export class FakeTableRow implements Pick<GoogleAppsScript.Document.TableRow, TableRowMethods> {
  constructor(
    private readonly ws: Workspace,
    readonly cells: CellRecord[],
    private readonly rows: CellRecord[][],
  ) {}

  private self(): GoogleAppsScript.Document.TableRow {
    return stand<GoogleAppsScript.Document.TableRow>(this);
  }

  private call(method: string, write = false): void {
    this.ws.record('DocumentApp', `TableRow.${method}`, { write });
  }
  getType(): ElementTypeValue {
    this.call('getType');
    return elementType('TABLE_ROW');
  }
  getCell(cellIndex: number): GoogleAppsScript.Document.TableCell {
    this.call('getCell');
    const cell = this.cells[cellIndex];
    if (!cell) throw cellIndexError(cellIndex, this.cells.length);
    return stand<GoogleAppsScript.Document.TableCell>(new FakeTableCell(this.ws, cell, this.cells));
  }
  getNumCells(): number {
    this.call('getNumCells');
    return this.cells.length;
  }
  appendTableCell(text?: string): GoogleAppsScript.Document.TableCell {
    this.call('appendTableCell', true);
    const cell: CellRecord = { runs: text ? [{ text: String(text) }] : [] };
    this.cells.push(cell);
    return stand<GoogleAppsScript.Document.TableCell>(new FakeTableCell(this.ws, cell, this.cells));
  }
  getText(): string {
    this.call('getText');
    return this.cells.map((cell) => runsText(cell.runs)).join('\n');
  }
  /**
   * The whole row as one Text, so a header row is bolded in one call:
   * https://developers.google.com/apps-script/reference/document/table-row#editAsText()
   */
  editAsText(): GoogleAppsScript.Document.Text {
    this.call('editAsText');
    return stand<GoogleAppsScript.Document.Text>(new FakeText(this.ws, () => this.cells.map((cell) => cell.runs)));
  }
  removeFromParent(): GoogleAppsScript.Document.TableRow {
    this.call('removeFromParent', true);
    removeFrom(this.rows, this.cells);
    return this.self();
  }
}

type TableMethods =
  | 'getNumRows' | 'getRow' | 'getCell' | 'setBorderWidth' | 'getBorderWidth' | 'setColumnWidth' | 'getColumnWidth'
  | 'appendTableRow' | 'getText' | 'getType' | 'asTable' | 'removeFromParent' | 'copy';

export class FakeTable implements Pick<GoogleAppsScript.Document.Table, TableMethods> {
  constructor(
    private readonly ws: Workspace,
    readonly record: TableRecord,
    readonly siblings: Siblings,
  ) {}

  private call(method: string, write = false): void {
    this.ws.record('DocumentApp', `Table.${method}`, { write });
  }
  /** https://developers.google.com/apps-script/reference/document/table#copy(): detached, deep (cells and their styling). */
  copy(): GoogleAppsScript.Document.Table {
    this.call('copy');
    return stand(new FakeTable(this.ws, cloneRecord(this.record), DETACHED));
  }
  private self(): GoogleAppsScript.Document.Table {
    return stand<GoogleAppsScript.Document.Table>(this);
  }
  getType(): ElementTypeValue {
    this.call('getType');
    return elementType('TABLE');
  }
  asTable(): GoogleAppsScript.Document.Table {
    this.call('asTable');
    return this.self();
  }
  getNumRows(): number {
    this.call('getNumRows');
    return this.record.rows.length;
  }
  getRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    this.call('getRow');
    const row = this.record.rows[rowIndex];
    if (!row) throw cellIndexError(rowIndex, this.record.rows.length);
    return stand<GoogleAppsScript.Document.TableRow>(new FakeTableRow(this.ws, row, this.record.rows));
  }
  getCell(rowIndex: number, cellIndex: number): GoogleAppsScript.Document.TableCell {
    this.call('getCell');
    const row = this.record.rows[rowIndex];
    if (!row) throw cellIndexError(rowIndex, this.record.rows.length);
    const cell = row[cellIndex];
    if (!cell) throw cellIndexError(cellIndex, row.length);
    return stand<GoogleAppsScript.Document.TableCell>(new FakeTableCell(this.ws, cell, row));
  }
  setBorderWidth(width: number): GoogleAppsScript.Document.Table {
    this.call('setBorderWidth', true);
    this.record.borderWidth = Number(width);
    return this.self();
  }
  getBorderWidth(): number {
    this.call('getBorderWidth');
    return this.record.borderWidth ?? 1;
  }
  setColumnWidth(columnIndex: number, width: number): GoogleAppsScript.Document.Table {
    this.call('setColumnWidth', true);
    this.record.columnWidths[columnIndex] = Number(width);
    return this.self();
  }
  getColumnWidth(columnIndex: number): number {
    this.call('getColumnWidth');
    return this.record.columnWidths[columnIndex] ?? 0;
  }
  appendTableRow(): GoogleAppsScript.Document.TableRow {
    this.call('appendTableRow', true);
    const row: CellRecord[] = [];
    this.record.rows.push(row);
    return stand<GoogleAppsScript.Document.TableRow>(new FakeTableRow(this.ws, row, this.record.rows));
  }
  removeFromParent(): GoogleAppsScript.Document.Table {
    this.call('removeFromParent', true);
    removeBodyChild(this.siblings(), this.record);
    return this.self();
  }
  getText(): string {
    this.call('getText');
    return this.record.rows.map((row) => row.map((cell) => runsText(cell.runs)).join('\n')).join('\n');
  }
}

const LEAF_CLASS = { PAGE_BREAK: 'PageBreak', HORIZONTAL_RULE: 'HorizontalRule', INLINE_IMAGE: 'InlineImage' } as const;

/** PageBreak, HorizontalRule and InlineImage: leaves inside a paragraph. */
export class FakeLeaf implements Pick<GoogleAppsScript.Document.PageBreak, 'getType' | 'getParent' | 'removeFromParent'> {
  constructor(
    protected readonly ws: Workspace,
    private readonly type: 'PAGE_BREAK' | 'HORIZONTAL_RULE' | 'INLINE_IMAGE',
    protected readonly paragraph: ParagraphRecord,
    private readonly siblings: Siblings,
  ) {}
  getType(): ElementTypeValue {
    this.ws.record('DocumentApp', `${LEAF_CLASS[this.type]}.getType`);
    return elementType(this.type);
  }
  getParent(): GoogleAppsScript.Document.ContainerElement {
    this.ws.record('DocumentApp', 'Element.getParent');
    return stand<GoogleAppsScript.Document.ContainerElement>(new FakeParagraph(this.ws, this.paragraph, this.siblings));
  }
  /** The leaf leaves its paragraph, which stays (empty) in the body. */
  removeFromParent(): GoogleAppsScript.Document.PageBreak {
    this.ws.record('DocumentApp', `${LEAF_CLASS[this.type]}.removeFromParent`, { write: true });
    if (this.type === 'PAGE_BREAK') delete this.paragraph.pageBreak;
    else if (this.type === 'HORIZONTAL_RULE') delete this.paragraph.horizontalRule;
    else delete this.paragraph.image;
    return stand<GoogleAppsScript.Document.PageBreak>(this);
  }
}

/** https://developers.google.com/apps-script/reference/document/inline-image: sizes in pixels. */
export class FakeInlineImage extends FakeLeaf implements Pick<GoogleAppsScript.Document.InlineImage, 'setWidth' | 'setHeight'> {
  constructor(ws: Workspace, paragraph: ParagraphRecord, siblings: Siblings) {
    super(ws, 'INLINE_IMAGE', paragraph, siblings);
  }
  private resize(method: string, size: { width?: number; height?: number }): GoogleAppsScript.Document.InlineImage {
    this.ws.record('DocumentApp', `InlineImage.${method}`, { write: true });
    if (this.paragraph.image) Object.assign(this.paragraph.image, size);
    return stand<GoogleAppsScript.Document.InlineImage>(this);
  }
  setWidth(width: number): GoogleAppsScript.Document.InlineImage {
    return this.resize('setWidth', { width: Number(width) });
  }
  setHeight(height: number): GoogleAppsScript.Document.InlineImage {
    return this.resize('setHeight', { height: Number(height) });
  }
}

/** A body child as the fake element Google would return for it. */
export function wrapElement(ws: Workspace, record: ElementRecord, siblings: Siblings): FakeParagraph | FakeTable {
  if (record.type === 'TABLE') return new FakeTable(ws, record, siblings);
  return record.type === 'LIST_ITEM' ? new FakeListItem(ws, record, siblings) : new FakeParagraph(ws, record, siblings);
}
