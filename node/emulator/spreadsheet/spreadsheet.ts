/** FakeSpreadsheet: the bound workbook as a Spreadsheet object, plus the emulator's own handles on it. */
import type { Person, Workspace } from '../workspace';
import { isFileEditor, VIEW_ONLY } from './access';
import { parseA1, splitSheetQualifier } from './a1';
import { acting, asGas, record, user, type Ctx, type GasRange, type GasSheet, type GasSpreadsheet, type GasUser } from './context';
import { describeSheet } from './describe';
import { Book, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from './model';
import { bookFromJSON, bookToJSON } from './persist';
import { FakeRange } from './range';
import { FakeSheet } from './sheet';
import type { SheetView } from '../view';

type SpreadsheetApi = Pick<
  GasSpreadsheet,
  | 'getId' | 'getName' | 'getUrl' | 'getSheets' | 'getSheetByName' | 'insertSheet' | 'deleteSheet' | 'getSpreadsheetTimeZone'
  | 'getSpreadsheetLocale' | 'setSpreadsheetLocale' | 'toast' | 'getOwner' | 'getEditors' | 'setActiveSheet' | 'getActiveSheet' | 'getRangeByName' | 'setNamedRange'
  | 'getRange' | 'getSheetById'
>;

export class FakeSpreadsheet implements SpreadsheetApi {
  readonly ctx: Ctx;

  constructor(
    readonly ws: Workspace,
    options: { id: string; name: string; locale?: string; domainShared?: boolean },
    book?: Book,
  ) {
    const model = book ?? new Book(options.id, options.name, options.locale ?? 'id_ID', () => ws.timeZone);
    if (!book) model.addSheet('Sheet1');
    model.domainShared = options.domainShared ?? model.domainShared;
    this.ctx = { ws, book: model, parent: () => asGas(this) };
  }

  private get book(): Book {
    return this.ctx.book;
  }

  // ---- the emulator's own handles (no calls recorded) --------------------------------------
  /** Who may edit the file at all (besides ws.owner); others are viewers. */
  addFileEditor(email: string): void {
    this.book.fileEditors.add(email);
  }
  describeSheet(name: string, viewer?: string | Person): SheetView {
    const sheet = this.book.sheetByName(name);
    if (!sheet) throw new Error(`No sheet named "${name}".`);
    const who = viewer === undefined ? this.ws.owner : typeof viewer === 'string' ? { email: viewer } : viewer;
    return describeSheet(this.ctx, sheet, who);
  }
  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }
  /** Toasts shown so far, oldest first. */
  toasts(): ReadonlyArray<{ message: string; title: string }> {
    return this.book.toasts;
  }
  toJSON(): unknown {
    return bookToJSON(this.book);
  }
  static fromJSON(ws: Workspace, data: unknown): FakeSpreadsheet {
    const book = bookFromJSON(data, () => ws.timeZone);
    return new FakeSpreadsheet(ws, { id: book.id, name: book.name }, book);
  }

  // ---- Spreadsheet ---------------------------------------------------------------------
  private read(method: string): void {
    record(this.ctx, `Spreadsheet.${method}`);
  }
  private write(method: string): void {
    record(this.ctx, `Spreadsheet.${method}`, true);
    if (!isFileEditor(this.ws, this.book, acting(this.ctx))) throw new Error(VIEW_ONLY);
  }
  private sheet(model: Book['sheets'][number]): GasSheet {
    return asGas(new FakeSheet(this.ctx, model));
  }

  getId(): string {
    this.read('getId');
    return this.book.id;
  }
  getName(): string {
    this.read('getName');
    return this.book.name;
  }
  getUrl(): string {
    this.read('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }
  getSheets(): GasSheet[] {
    this.read('getSheets');
    return this.book.sheets.map((s) => this.sheet(s));
  }
  getSheetByName(name: string): GasSheet | null {
    this.read('getSheetByName');
    const sheet = this.book.sheetByName(name);
    return sheet ? this.sheet(sheet) : null;
  }
  getSheetById(id: number): GasSheet | null {
    this.read('getSheetById');
    const sheet = this.book.sheetById(id);
    return sheet ? this.sheet(sheet) : null;
  }
  /**
   * insertSheet(), (name), (index), (name, index), (name, options), (index, options),
   * (name, index, options) or (options). `options.template` — "All data from the template sheet
   * object is copied to the new sheet" (Spreadsheet.insertSheet): the model copies cells (content,
   * formats, notes, validation), sizes, column widths, frozen rows and columns, merges and
   * conditional-format rules; protections stay with the template (`Book.copySheet`).
   */
  insertSheet(...args: unknown[]): GasSheet {
    this.write('insertSheet');
    let name = typeof args[0] === 'string' ? args[0] : undefined;
    const index = args.find((a) => typeof a === 'number') as number | undefined;
    const options = args.find((a) => typeof a === 'object' && a !== null) as { template?: unknown } | undefined;
    for (let n = this.book.sheets.length + 1; !name; n++) if (!this.book.sheetByName(`Sheet${n}`)) name = `Sheet${n}`;
    const template = options?.template;
    if (template !== undefined && !(template instanceof FakeSheet && this.book.sheets.includes(template.model))) {
      throw new Error('The sheet template must be a sheet of this spreadsheet.');
    }
    // A new tab's grid is its template's size, else 1000 × 26: all of it counts against the cap.
    this.book.checkCellRoom(template ? template.model.maxRows * template.model.maxColumns : NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    const sheet = this.book.addSheet(name, index ?? this.book.sheets.length);
    if (template) this.book.copySheet(template.model, sheet);
    this.book.activeSheetId = sheet.sheetId;
    return this.sheet(sheet);
  }
  deleteSheet(sheet: GasSheet): void {
    this.write('deleteSheet');
    this.book.removeSheet((sheet as unknown as FakeSheet).model);
  }
  getSpreadsheetTimeZone(): string {
    this.read('getSpreadsheetTimeZone');
    return this.ws.timeZone;
  }
  getSpreadsheetLocale(): string {
    this.read('getSpreadsheetLocale');
    return this.book.locale;
  }
  /** Spreadsheet.setSpreadsheetLocale: later typed input and display follow the new locale; stored values stay. */
  setSpreadsheetLocale(locale: string): void {
    this.write('setSpreadsheetLocale');
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale)) throw new Error(`Invalid argument: ${locale}`);
    this.book.locale = locale;
  }
  toast(msg: string, title?: string): void {
    this.read('toast');
    this.book.toasts.push({ message: String(msg), title: title ?? '' });
  }
  getOwner(): GasUser {
    this.read('getOwner');
    return user(this.ws.owner.email);
  }
  getEditors(): GasUser[] {
    this.read('getEditors');
    return [this.ws.owner.email, ...this.book.fileEditors].map(user);
  }
  setActiveSheet(sheet: GasSheet): GasSheet {
    this.read('setActiveSheet');
    this.book.activeSheetId = (sheet as unknown as FakeSheet).model.sheetId;
    return sheet;
  }
  getActiveSheet(): GasSheet {
    this.read('getActiveSheet');
    return this.sheet(this.book.sheetById(this.book.activeSheetId) ?? this.book.sheets[0]!);
  }
  /** `'Sheet name'!A1:B2`, or A1 notation on the active sheet. */
  getRange(a1Notation: string): GasRange {
    this.read('getRange');
    const { sheetName, a1 } = splitSheetQualifier(a1Notation);
    const sheet = sheetName === undefined ? this.book.sheetById(this.book.activeSheetId) : this.book.sheetByName(sheetName);
    if (!sheet) throw new Error('Range not found');
    return asGas(new FakeRange(this.ctx, sheet, parseA1(a1, sheet.maxRows, sheet.maxColumns)));
  }
  setNamedRange(name: string, range: GasRange): void {
    this.write('setNamedRange');
    const fake = range as unknown as FakeRange;
    this.book.namedRanges.set(name, { sheetId: fake.sheetModel.sheetId, rect: fake.rect });
  }
  getRangeByName(name: string): GasRange | null {
    this.read('getRangeByName');
    const named = this.book.namedRanges.get(name);
    const sheet = named && this.book.sheetById(named.sheetId);
    return named && sheet ? asGas(new FakeRange(this.ctx, sheet, named.rect)) : null;
  }
}
