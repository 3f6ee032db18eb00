/**
 * The workbook's state, independent of the Apps Script API shapes: sheets of cells (content and
 * formatting), protections, validations, conditional-format rules and charts. The fake classes
 * (FakeSpreadsheet, FakeSheet, FakeRange…) are views over this model.
 */
import { shiftForInsertedRows, type Rect } from './a1';
import { Engine } from './engine';
import { isDateFormat } from './number-format';
import { EMPTY, isDate, serialToDate, type Content, type Scalar } from './typed-input';

/**
 * "Up to 10 million cells or 18,278 columns (column ZZZ)" for spreadsheets created in or converted
 * to Google Sheets (https://support.google.com/drive/answer/37603). Every cell of every tab's grid
 * counts, empty or not: a new tab brings its default 1000 rows × 26 columns.
 */
export const MAX_CELLS = 10_000_000;
/** Sheets' refusal past the cap (as scripts and the Sheets API report it). */
export const CELL_LIMIT_MESSAGE = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
/** The grid of a new tab (Spreadsheet.insertSheet without a template). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export interface ValidationSpec {
  /** A DataValidationCriteria name: 'NUMBER_BETWEEN', 'VALUE_IN_LIST', 'CHECKBOX', 'CUSTOM_FORMULA'… */
  readonly criteria: string;
  readonly values: readonly (string | number | boolean)[];
  readonly allowInvalid: boolean;
  readonly helpText?: string;
  /** For CUSTOM_FORMULA: the cell the formula was written for (its relative references move from there). */
  readonly anchor?: { readonly row: number; readonly column: number };
}

export interface CellStyle {
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  horizontalAlignment?: 'left' | 'center' | 'right';
  verticalAlignment?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  border?: boolean;
}

export interface Cell extends CellStyle {
  content: Content;
  note?: string;
  validation?: ValidationSpec;
}

export interface ConditionalRuleSpec {
  /** A BooleanCriteria name: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'TEXT_EQUAL_TO', 'CUSTOM_FORMULA'… */
  readonly condition: string;
  readonly values: readonly (string | number)[];
  readonly background?: string;
  readonly fontColor?: string;
  readonly ranges: readonly Rect[];
}

export interface ChartSpec {
  readonly id: number;
  readonly chartType: string;
  readonly ranges: readonly Rect[];
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly options: Readonly<Record<string, string | number | boolean>>;
}

export interface ProtectionSpec {
  readonly id: number;
  readonly type: 'SHEET' | 'RANGE';
  sheetId: number;
  rect: Rect;
  description: string;
  editors: string[];
  warningOnly: boolean;
  domainEdit: boolean;
  unprotected: Rect[];
  /**
   * True until a script calls one of the editor methods (addEditor(s), removeEditor(s),
   * setDomainEdit): until then the protection mirrors the file's sharing (access.ts).
   */
  mirror?: boolean;
}

export class SheetModel {
  /** rows[r][c], 1-based; holes are empty, unformatted cells. */
  rows: Array<Array<Cell | undefined> | undefined> = [];
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths: Record<number, number> = {};
  hidden = false;
  gridlinesHidden = false;
  tabColor?: string;
  merges: Rect[] = [];
  conditionalRules: ConditionalRuleSpec[] = [];
  charts: ChartSpec[] = [];

  constructor(
    readonly sheetId: number,
    public engineId: number,
    public name: string,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row]?.[column];
  }

  ensureCell(row: number, column: number): Cell {
    const cells = (this.rows[row] ??= []);
    return (cells[column] ??= { content: EMPTY });
  }

  /** Last row / column holding a value or formula (formatting alone does not count). */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 1; r--) {
      if (this.rows[r]?.some((c) => c && c.content.kind !== 'empty')) return r;
    }
    return 0;
  }
  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length - 1; c > last; c--) {
        if (cells[c] && cells[c]!.content.kind !== 'empty') {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  insertRowsAfter(after: number, count: number): void {
    const fill: Array<Array<Cell | undefined> | undefined> = new Array(count).fill(undefined);
    if (this.rows.length > after + 1) this.rows.splice(after + 1, 0, ...fill);
    this.maxRows += count;
    const shift = (r: Rect): Rect => shiftForInsertedRows(r, after, count);
    this.merges = this.merges.map(shift);
    this.conditionalRules = this.conditionalRules.map((rule) => ({ ...rule, ranges: rule.ranges.map(shift) }));
    this.charts = this.charts.map((chart) => ({
      ...chart,
      ranges: chart.ranges.map(shift),
      anchorRow: chart.anchorRow > after ? chart.anchorRow + count : chart.anchorRow,
    }));
  }
}

export class Book {
  readonly engine: Engine;
  sheets: SheetModel[] = [];
  protections: ProtectionSpec[] = [];
  readonly fileEditors = new Set<string>();
  /** Whether everyone in the owner's Workspace domain may edit the file (link sharing to the domain). */
  domainShared = false;
  /** What "anyone with the link" may do, signed in or not. */
  linkAccess: 'none' | 'view' | 'edit' = 'none';
  readonly namedRanges = new Map<string, { sheetId: number; rect: Rect }>();
  readonly toasts: Array<{ message: string; title: string }> = [];
  activeSheetId = 0;
  private nextSheetId = 0;
  private nextObjectId = 1;

  constructor(
    readonly id: string,
    public name: string,
    /** The spreadsheet's locale: its creator's when made (FakeSpreadsheet), changed by setSpreadsheetLocale. */
    public locale: string,
    readonly timeZone: () => string,
  ) {
    this.engine = new Engine(timeZone);
  }

  newObjectId(): number {
    return this.nextObjectId++;
  }
  /** After loading: new ids start above `maxUsed`. */
  reserveObjectIds(maxUsed: number): void {
    this.nextObjectId = Math.max(this.nextObjectId, maxUsed + 1);
  }

  /** Cells in every tab's grid: what the 10-million-cell cap counts. */
  cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }

  /** Throws Sheets' text when `extra` more cells would pass the cap. */
  checkCellRoom(extra: number): void {
    if (extra > 0 && this.cellCount() + extra > MAX_CELLS) throw new Error(CELL_LIMIT_MESSAGE);
  }

  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(sheetId: number): SheetModel | undefined {
    return this.sheets.find((s) => s.sheetId === sheetId);
  }

  /** Sheets' rules for a tab name; throws Sheets' text when `name` is taken (ignoring case) or too long. */
  checkSheetName(name: string, except?: SheetModel): void {
    const clash = this.sheetByName(name);
    if (clash && clash !== except) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (name.length > 100) throw new Error(`Sheet name "${name}" is longer than the maximum of 100 characters.`);
    if (name.trim() === '') throw new Error('Sheet names cannot be empty.');
  }

  addSheet(name: string, index = this.sheets.length, sheetId?: number): SheetModel {
    this.checkSheetName(name);
    const id = sheetId ?? this.nextSheetId;
    this.nextSheetId = Math.max(this.nextSheetId, id + 1);
    const sheet = new SheetModel(id, this.engine.addSheet(name), name);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.protections = this.protections.filter((p) => p.sheetId !== sheet.sheetId);
    this.engine.removeSheet(sheet.engineId);
    if (this.activeSheetId === sheet.sheetId) this.activeSheetId = this.sheets[0]!.sheetId;
  }

  /**
   * Makes `to` (new and empty) a copy of `from`, as insertSheet's template option does: cells,
   * sizes, widths, frozen rows and columns, merges and conditional-format rules. Protections,
   * charts and named ranges are not copied: Google documents only "all data" for the template, and
   * Lapkin removes any protection a copy might carry before it sets its own.
   */
  copySheet(from: SheetModel, to: SheetModel): void {
    to.rows = from.rows.map((cells, r) => cells?.map((c, col) => (c ? { ...c, content: this.currentContent(from, r, col) } : undefined)));
    to.maxRows = from.maxRows;
    to.maxColumns = from.maxColumns;
    to.frozenRows = from.frozenRows;
    to.frozenColumns = from.frozenColumns;
    to.columnWidths = { ...from.columnWidths };
    to.merges = [...from.merges];
    to.conditionalRules = [...from.conditionalRules];
    // rows and cells are 1-based: the engine block starts at row 1, column 1.
    const raw = Array.from(to.rows.slice(1), (cells) => Array.from((cells ?? []).slice(1), (c) => (c ? this.engine.raw(c.content) : null)));
    if (raw.length > 0) this.engine.setBlock(to.engineId, 0, 0, raw);
  }

  renameSheet(sheet: SheetModel, name: string): void {
    this.checkSheetName(name, sheet);
    sheet.name = name;
    this.engine.renameSheet(sheet.engineId, name);
  }

  insertRowsAfter(sheet: SheetModel, after: number, count: number): void {
    this.checkCellRoom(count * sheet.maxColumns);
    sheet.insertRowsAfter(after, count);
    this.engine.insertRows(sheet.engineId, after, count);
    for (const p of this.protections.filter((x) => x.sheetId === sheet.sheetId)) {
      if (p.type === 'RANGE') p.rect = shiftForInsertedRows(p.rect, after, count);
      else p.rect = { ...p.rect, numRows: sheet.maxRows };
      p.unprotected = p.unprotected.map((r) => shiftForInsertedRows(r, after, count));
    }
  }

  /**
   * Removes the last `count` rows (from row `from`) or columns of `sheet`: their cells, and the part
   * of every protection, merge and conditional-format range over them. Only trailing rows and
   * columns are emulated (the caller checks), which is what trimming a tab to its content needs.
   */
  deleteTrailing(sheet: SheetModel, axis: 'rows' | 'columns', from: number, count: number): void {
    const clip = (r: Rect): Rect | null => {
      if (axis === 'rows') {
        const end = Math.min(r.row + r.numRows - 1, from - 1);
        return end < r.row ? null : { ...r, numRows: end - r.row + 1 };
      }
      const end = Math.min(r.column + r.numColumns - 1, from - 1);
      return end < r.column ? null : { ...r, numColumns: end - r.column + 1 };
    };
    const kept = (rects: readonly Rect[]): Rect[] => rects.map(clip).filter((r): r is Rect => r !== null);
    if (axis === 'rows') {
      sheet.rows.length = Math.min(sheet.rows.length, from);
      sheet.maxRows -= count;
      this.engine.removeRows(sheet.engineId, from - 1, count);
    } else {
      for (const cells of sheet.rows) if (cells) cells.length = Math.min(cells.length, from);
      sheet.maxColumns -= count;
      this.engine.removeColumns(sheet.engineId, from - 1, count);
    }
    sheet.merges = kept(sheet.merges);
    sheet.conditionalRules = sheet.conditionalRules.map((rule) => ({ ...rule, ranges: kept(rule.ranges) })).filter((rule) => rule.ranges.length > 0);
    this.protections = this.protections.filter((p) => {
      if (p.sheetId !== sheet.sheetId) return true;
      const rect = clip(p.rect);
      if (!rect) return false;
      p.rect = rect;
      p.unprotected = kept(p.unprotected);
      return true;
    });
  }

  /** Writes a block of contents at rect's top-left; one engine update for the whole block. */
  writeContents(sheet: SheetModel, rect: Rect, contents: readonly (readonly Content[])[]): void {
    // Array.from, not map: map on an array from the bundle's vm realm makes arrays of that realm,
    // which HyperFormula does not recognise as arrays (domain.md §7, the cross-realm trap).
    const raw = Array.from(contents, (row, i) =>
      Array.from(row, (content, j) => {
        const cell = content.kind === 'empty' ? sheet.cell(rect.row + i, rect.column + j) : sheet.ensureCell(rect.row + i, rect.column + j);
        if (cell) cell.content = content;
        return this.engine.raw(content);
      }),
    );
    this.growTo(sheet, rect.row + contents.length - 1, rect.column + (contents[0]?.length ?? 1) - 1);
    this.engine.setBlock(sheet.engineId, rect.row - 1, rect.column - 1, raw);
  }

  private growTo(sheet: SheetModel, row: number, column: number): void {
    this.checkCellRoom(Math.max(sheet.maxRows, row) * Math.max(sheet.maxColumns, column) - sheet.maxRows * sheet.maxColumns);
    sheet.maxRows = Math.max(sheet.maxRows, row);
    sheet.maxColumns = Math.max(sheet.maxColumns, column);
  }

  /** What getValues() returns for one cell: literal, or the formula's result ('' when empty). */
  value(sheet: SheetModel, row: number, column: number): Scalar | '' {
    const cell = sheet.cell(row, column);
    if (!cell || cell.content.kind === 'empty') return '';
    if (cell.content.kind === 'value') {
      const v = cell.content.value;
      return isDate(v) ? new Date(v.getTime()) : v;
    }
    const v = this.engine.value(sheet.engineId, row - 1, column - 1);
    if (v === null) return '';
    if (typeof v === 'number' && isDateFormat(cell.numberFormat)) return serialToDate(v, this.timeZone());
    return v;
  }

  formula(sheet: SheetModel, row: number, column: number): string {
    const cell = sheet.cell(row, column);
    if (!cell || cell.content.kind !== 'formula') return '';
    return this.engine.formula(sheet.engineId, row - 1, column - 1) ?? cell.content.formula;
  }

  /** The cell's content with its formula text brought up to date (for persistence). */
  currentContent(sheet: SheetModel, row: number, column: number): Content {
    const cell = sheet.cell(row, column);
    if (!cell) return EMPTY;
    if (cell.content.kind === 'formula') return { kind: 'formula', formula: this.formula(sheet, row, column) };
    return cell.content;
  }
}
