/** Range: reads and writes of a rectangle of cells, each call recorded and each write access-checked. */
import { editRefusal } from './access';
import { contains, intersects, rectToA1, type Rect } from './a1';
import { acting, asGas, record, typedOptionsOf, type Ctx, type GasProtection, type GasRange, type GasSheet } from './context';
import type { Cell, CellStyle, SheetModel, ValidationSpec } from './model';
import { displayValue } from './number-format';
import { newProtection } from './protect';
import { FakeSheet } from './sheet';
import { contentFromScript, EMPTY, parseTyped, type Content, type TypedOptions } from './typed-input';
import { FakeDataValidation, specOf } from './validation';

type RangeApi = Pick<
  GasRange,
  | 'getValues' | 'setValues' | 'getValue' | 'setValue' | 'getFormulas' | 'setFormulas' | 'getFormula' | 'setFormula'
  | 'getDisplayValues' | 'getDisplayValue' | 'getNumberFormats' | 'getNumberFormat' | 'setNumberFormat' | 'setNumberFormats'
  | 'setBackground' | 'setBackgrounds' | 'getBackgrounds' | 'setFontColor' | 'setFontColors' | 'setFontWeight' | 'setFontWeights'
  | 'setFontStyle' | 'setWrap' | 'setHorizontalAlignment' | 'setHorizontalAlignments' | 'setVerticalAlignment'
  | 'setNote' | 'setNotes' | 'getNotes' | 'getNote' | 'merge' | 'mergeAcross' | 'breakApart' | 'isPartOfMerge'
  | 'getA1Notation' | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getLastRow' | 'getLastColumn'
  | 'getSheet' | 'offset' | 'setDataValidation' | 'setDataValidations' | 'getDataValidation' | 'getDataValidations'
  | 'clearDataValidations' | 'insertCheckboxes' | 'isChecked' | 'protect' | 'clear' | 'clearContent' | 'clearFormat' | 'setBorder'
>;

function shapeError(what: 'rows' | 'columns', data: number, range: number): Error {
  return new Error(`The number of ${what} in the data does not match the number of ${what} in the range. The data has ${data} but the range has ${range}.`);
}

export class FakeRange implements RangeApi {
  constructor(
    private readonly ctx: Ctx,
    readonly sheetModel: SheetModel,
    readonly rect: Rect,
  ) {
    // A range never reaches past the grid: Sheets refuses it rather than growing the sheet
    // (scripts grow it with insertRowsAfter/insertColumnsAfter, or appendRow).
    if (rect.row + rect.numRows - 1 > sheetModel.maxRows || rect.column + rect.numColumns - 1 > sheetModel.maxColumns) {
      throw new Error(OUTSIDE_SHEET_MESSAGE);
    }
  }

  // ---- helpers ------------------------------------------------------------------------
  private read(method: string): void {
    record(this.ctx, `Range.${method}`);
  }
  /** Records a workbook write and refuses it as Sheets would for the effective user. */
  private write(method: string): GasRange {
    record(this.ctx, `Range.${method}`, true);
    this.checkWritable();
    return asGas(this);
  }
  /** Throws Sheets' refusal unless the effective user may write every cell of the range. */
  checkWritable(): void {
    const refusal = editRefusal(this.ctx.ws, this.ctx.book, this.sheetModel, acting(this.ctx), this.rect);
    if (refusal) throw new Error(refusal);
  }
  private grid<T>(fn: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.rect.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.rect.numColumns; j++) line.push(fn(this.rect.row + i, this.rect.column + j));
      out.push(line);
    }
    return out;
  }
  private checkShape(data: unknown): unknown[][] {
    if (!Array.isArray(data)) throw new Error('The parameters (String) don\'t match the method signature for SpreadsheetApp.Range.setValues.');
    if (data.length !== this.rect.numRows) throw shapeError('rows', data.length, this.rect.numRows);
    for (const line of data) {
      const n = Array.isArray(line) ? line.length : 0;
      if (n !== this.rect.numColumns) throw shapeError('columns', n, this.rect.numColumns);
    }
    return data as unknown[][];
  }
  private typedOptions(row: number, column: number): TypedOptions {
    const format = this.sheetModel.cell(row, column)?.numberFormat;
    return { ...typedOptionsOf(this.ctx), plainText: format === '@' };
  }
  private writeContents(contents: Content[][]): void {
    this.ctx.book.writeContents(this.sheetModel, this.rect, contents);
  }
  private style(apply: (cell: Cell, i: number, j: number) => void): void {
    for (let i = 0; i < this.rect.numRows; i++) {
      for (let j = 0; j < this.rect.numColumns; j++) apply(this.sheetModel.ensureCell(this.rect.row + i, this.rect.column + j), i, j);
    }
  }
  private styleEach<K extends keyof CellStyle>(method: string, key: K, values: CellStyle[K][][]): GasRange {
    const self = this.write(method);
    this.checkShape(values);
    this.style((cell: CellStyle, i, j) => {
      cell[key] = values[i]![j]!;
    });
    return self;
  }
  private styleAll<K extends keyof CellStyle>(method: string, key: K, value: CellStyle[K]): GasRange {
    const self = this.write(method);
    this.style((cell: CellStyle) => {
      cell[key] = value;
    });
    return self;
  }
  private display(row: number, column: number): string {
    const value = this.ctx.book.value(this.sheetModel, row, column);
    return displayValue(value, this.sheetModel.cell(row, column)?.numberFormat, this.ctx.book.locale, this.ctx.ws.timeZone);
  }

  // ---- values and formulas ------------------------------------------------------------------
  getValues(): unknown[][] {
    this.read('getValues');
    return this.grid((r, c) => this.ctx.book.value(this.sheetModel, r, c));
  }
  getValue(): unknown {
    this.read('getValue');
    return this.ctx.book.value(this.sheetModel, this.rect.row, this.rect.column);
  }
  setValues(values: unknown[][]): GasRange {
    const self = this.write('setValues');
    const data = this.checkShape(values);
    this.writeContents(data.map((line, i) => line.map((v, j) => contentFromScript(v, this.typedOptions(this.rect.row + i, this.rect.column + j)))));
    return self;
  }
  setValue(value: unknown): GasRange {
    const self = this.write('setValue');
    this.writeContents(this.grid((r, c) => contentFromScript(value, this.typedOptions(r, c))));
    return self;
  }
  getFormulas(): string[][] {
    this.read('getFormulas');
    return this.grid((r, c) => this.ctx.book.formula(this.sheetModel, r, c));
  }
  getFormula(): string {
    this.read('getFormula');
    return this.ctx.book.formula(this.sheetModel, this.rect.row, this.rect.column);
  }
  private formulaContent(formula: unknown): Content {
    return parseTyped(String(formula ?? ''), typedOptionsOf(this.ctx));
  }
  setFormulas(formulas: string[][]): GasRange {
    const self = this.write('setFormulas');
    this.writeContents(this.checkShape(formulas).map((line) => line.map((f) => this.formulaContent(f))));
    return self;
  }
  setFormula(formula: string): GasRange {
    const self = this.write('setFormula');
    this.writeContents(this.grid(() => this.formulaContent(formula)));
    return self;
  }
  getDisplayValues(): string[][] {
    this.read('getDisplayValues');
    return this.grid((r, c) => this.display(r, c));
  }
  getDisplayValue(): string {
    this.read('getDisplayValue');
    return this.display(this.rect.row, this.rect.column);
  }

  // ---- formats ---------------------------------------------------------------------------
  getNumberFormats(): string[][] {
    this.read('getNumberFormats');
    return this.grid((r, c) => this.sheetModel.cell(r, c)?.numberFormat ?? '0.###############');
  }
  getNumberFormat(): string {
    this.read('getNumberFormat');
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.numberFormat ?? '0.###############';
  }
  setNumberFormat(numberFormat: string): GasRange {
    return this.styleAll('setNumberFormat', 'numberFormat', numberFormat);
  }
  setNumberFormats(numberFormats: string[][]): GasRange {
    return this.styleEach('setNumberFormats', 'numberFormat', numberFormats);
  }
  setBackground(color: string | null): GasRange {
    return this.styleAll('setBackground', 'background', color ?? undefined);
  }
  setBackgrounds(color: string[][]): GasRange {
    return this.styleEach('setBackgrounds', 'background', color);
  }
  getBackgrounds(): string[][] {
    this.read('getBackgrounds');
    return this.grid((r, c) => this.sheetModel.cell(r, c)?.background ?? '#ffffff');
  }
  setFontColor(color: string | null): GasRange {
    return this.styleAll('setFontColor', 'fontColor', asGas<string | undefined>(color ?? undefined));
  }
  setFontColors(colors: unknown[][]): GasRange {
    return this.styleEach('setFontColors', 'fontColor', colors as string[][]);
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GasRange {
    return this.styleAll('setFontWeight', 'bold', fontWeight === 'bold');
  }
  setFontWeights(fontWeights: unknown[][]): GasRange {
    return this.styleEach('setFontWeights', 'bold', (fontWeights as string[][]).map((l) => l.map((w) => w === 'bold')));
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GasRange {
    return this.styleAll('setFontStyle', 'italic', fontStyle === 'italic');
  }
  setWrap(isWrapEnabled: boolean): GasRange {
    return this.styleAll('setWrap', 'wrap', isWrapEnabled);
  }
  setHorizontalAlignment(alignment: string | null): GasRange {
    return this.styleAll('setHorizontalAlignment', 'horizontalAlignment', toHorizontal(alignment));
  }
  setHorizontalAlignments(alignments: unknown[][]): GasRange {
    return this.styleEach('setHorizontalAlignments', 'horizontalAlignment', (alignments as string[][]).map((l) => l.map(toHorizontal)));
  }
  setVerticalAlignment(alignment: string | null): GasRange {
    const v = alignment === 'top' || alignment === 'middle' || alignment === 'bottom' ? alignment : undefined;
    return this.styleAll('setVerticalAlignment', 'verticalAlignment', v);
  }
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null): GasRange {
    return this.styleAll('setBorder', 'border', Boolean(top || left || bottom || right));
  }

  // ---- notes -----------------------------------------------------------------------------
  setNote(note: string | null): GasRange {
    const self = this.write('setNote');
    this.style((cell) => {
      cell.note = note || undefined;
    });
    return self;
  }
  setNotes(notes: unknown[][]): GasRange {
    const self = this.write('setNotes');
    const data = this.checkShape(notes);
    this.style((cell, i, j) => {
      cell.note = String(data[i]![j] ?? '') || undefined;
    });
    return self;
  }
  getNotes(): string[][] {
    this.read('getNotes');
    return this.grid((r, c) => this.sheetModel.cell(r, c)?.note ?? '');
  }
  getNote(): string {
    this.read('getNote');
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.note ?? '';
  }

  // ---- merges ----------------------------------------------------------------------------
  private mergeRects(rects: Rect[]): void {
    const sheet = this.sheetModel;
    for (const m of sheet.merges) {
      const inside = rects.some((r) => contains(r, m.row, m.column) && contains(r, m.row + m.numRows - 1, m.column + m.numColumns - 1));
      if (!inside && rects.some((r) => intersects(r, m))) {
        throw new Error('You must select all cells in a merged range to merge or unmerge them.');
      }
    }
    sheet.merges = sheet.merges.filter((m) => !rects.some((r) => intersects(r, m)));
    for (const r of rects.filter((x) => x.numRows * x.numColumns > 1)) {
      sheet.merges.push(r);
      // A merged cell keeps only its top-left value.
      const cleared = Array.from({ length: r.numRows }, (_, i) => Array.from({ length: r.numColumns }, (__, j) => (i === 0 && j === 0 ? this.ctx.book.currentContent(sheet, r.row, r.column) : EMPTY)));
      this.ctx.book.writeContents(sheet, r, cleared);
    }
  }
  merge(): GasRange {
    const self = this.write('merge');
    this.mergeRects([this.rect]);
    return self;
  }
  mergeAcross(): GasRange {
    const self = this.write('mergeAcross');
    this.mergeRects(Array.from({ length: this.rect.numRows }, (_, i) => ({ ...this.rect, row: this.rect.row + i, numRows: 1 })));
    return self;
  }
  breakApart(): GasRange {
    const self = this.write('breakApart');
    this.mergeRects([]);
    this.sheetModel.merges = this.sheetModel.merges.filter((m) => !intersects(m, this.rect));
    return self;
  }
  isPartOfMerge(): boolean {
    this.read('isPartOfMerge');
    return this.sheetModel.merges.some((m) => intersects(m, this.rect));
  }

  // ---- geometry --------------------------------------------------------------------------
  getA1Notation(): string {
    this.read('getA1Notation');
    return rectToA1(this.rect);
  }
  getRow(): number {
    this.read('getRow');
    return this.rect.row;
  }
  getColumn(): number {
    this.read('getColumn');
    return this.rect.column;
  }
  getNumRows(): number {
    this.read('getNumRows');
    return this.rect.numRows;
  }
  getNumColumns(): number {
    this.read('getNumColumns');
    return this.rect.numColumns;
  }
  getLastRow(): number {
    this.read('getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    this.read('getLastColumn');
    return this.rect.column + this.rect.numColumns - 1;
  }
  getSheet(): GasSheet {
    this.read('getSheet');
    return asGas(new FakeSheet(this.ctx, this.sheetModel));
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    this.read('offset');
    const rect = checkedRect(
      this.rect.row + rowOffset,
      this.rect.column + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numColumns,
    );
    return asGas(new FakeRange(this.ctx, this.sheetModel, rect));
  }

  // ---- data validation ---------------------------------------------------------------------
  private setValidation(make: (i: number, j: number) => ValidationSpec | undefined): void {
    this.style((cell, i, j) => {
      cell.validation = make(i, j);
    });
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GasRange {
    const self = this.write('setDataValidation');
    const spec = specOf(rule);
    const anchored = spec && { ...spec, anchor: { row: this.rect.row, column: this.rect.column } };
    this.setValidation(() => anchored);
    return self;
  }
  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): GasRange {
    const self = this.write('setDataValidations');
    this.checkShape(rules);
    this.setValidation((i, j) => {
      const spec = specOf(rules[i]![j] ?? null);
      return spec && { ...spec, anchor: { row: this.rect.row + i, column: this.rect.column + j } };
    });
    return self;
  }
  private validationAt(row: number, column: number): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const spec = this.sheetModel.cell(row, column)?.validation;
    return spec ? asGas(new FakeDataValidation(spec)) : null;
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    this.read('getDataValidation');
    return this.validationAt(this.rect.row, this.rect.column);
  }
  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    this.read('getDataValidations');
    return this.grid((r, c) => this.validationAt(r, c));
  }
  clearDataValidations(): GasRange {
    const self = this.write('clearDataValidations');
    this.setValidation(() => undefined);
    return self;
  }
  /** Check boxes: a CHECKBOX rule on every cell, and every value set to false. */
  insertCheckboxes(): GasRange {
    const self = this.write('insertCheckboxes');
    this.setValidation(() => ({ criteria: 'CHECKBOX', values: [], allowInvalid: false }));
    this.writeContents(this.grid(() => ({ kind: 'value', value: false })));
    return self;
  }
  /** true when every cell is a checked box, false when every one is unchecked, else null. */
  isChecked(): boolean | null {
    this.read('isChecked');
    const states = this.grid((r, c) =>
      this.sheetModel.cell(r, c)?.validation?.criteria === 'CHECKBOX' ? this.ctx.book.value(this.sheetModel, r, c) === true : null,
    ).flat();
    if (states.every((s) => s === true)) return true;
    if (states.every((s) => s === false)) return false;
    return null;
  }

  // ---- protection and clearing ---------------------------------------------------------------
  protect(): GasProtection {
    record(this.ctx, 'Range.protect', true);
    return newProtection(this.ctx, this.sheetModel, 'RANGE', this.rect);
  }
  clear(): GasRange {
    const self = this.write('clear');
    this.clearSilently('clear');
    return self;
  }
  clearContent(): GasRange {
    const self = this.write('clearContent');
    this.clearSilently('clearContent');
    return self;
  }
  clearFormat(): GasRange {
    const self = this.write('clearFormat');
    this.clearSilently('clearFormat');
    return self;
  }
  /** The effect of clear/clearContent/clearFormat, for callers that recorded and checked already. */
  clearSilently(kind: 'clear' | 'clearContent' | 'clearFormat'): void {
    if (kind !== 'clearFormat') this.writeContents(this.grid(() => EMPTY));
    if (kind === 'clearContent') return;
    const sheet = this.sheetModel;
    for (let r = this.rect.row; r < Math.min(sheet.rows.length, this.rect.row + this.rect.numRows); r++) {
      for (let c = this.rect.column; c < this.rect.column + this.rect.numColumns; c++) {
        const cell = sheet.cell(r, c);
        if (cell) sheet.rows[r]![c] = { content: cell.content, note: cell.note, validation: cell.validation };
      }
    }
  }
}

function toHorizontal(alignment: string | null): 'left' | 'center' | 'right' | undefined {
  const a = String(alignment ?? '').toLowerCase();
  return a === 'left' || a === 'center' || a === 'right' ? a : undefined;
}

/** Sheets' refusal of a range past the last row or column (seen in real scripts' logs, e.g.
 * github.com/diegomanuel/binance-to-google-sheets/issues/19). */
export const OUTSIDE_SHEET_MESSAGE = 'The coordinates of the range are outside the dimensions of the sheet.';

/** Sheets' checks on a range's start and size (Sheet.getRange, Range.offset). */
export function checkedRect(row: number, column: number, numRows: number, numColumns: number): Rect {
  if (row < 1) throw new Error('The starting row of the range is too small.');
  if (column < 1) throw new Error('The starting column of the range is too small.');
  if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
  return { row, column, numRows, numColumns };
}
