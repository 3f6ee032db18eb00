/** Sheet: one tab of the workbook. */
import { sheetEditRefusal } from './access';
import { parseA1 } from './a1';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './chart';
import { FakeConditionalFormatRule } from './conditional';
import { acting, asGas, enumName, record, typedOptionsOf, type Ctx, type GasProtection, type GasRange, type GasSheet, type GasSpreadsheet } from './context';
import type { SheetModel } from './model';
import { newProtection, protectionObject, rangeFactory } from './protect';
import { checkedRect, FakeRange } from './range';
import { contentFromScript } from './typed-input';

type SheetApi = Pick<
  GasSheet,
  | 'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getParent' | 'getRange' | 'getDataRange' | 'getLastRow' | 'getLastColumn'
  | 'getMaxRows' | 'getMaxColumns' | 'insertRowsAfter' | 'insertColumnsAfter' | 'deleteRows' | 'deleteColumns' | 'appendRow' | 'clear' | 'clearContents' | 'clearFormats'
  | 'setFrozenRows' | 'setFrozenColumns' | 'getFrozenRows' | 'getFrozenColumns' | 'setColumnWidth' | 'setColumnWidths'
  | 'protect' | 'getProtections' | 'hideSheet' | 'showSheet' | 'isSheetHidden' | 'setTabColor' | 'setConditionalFormatRules'
  | 'getConditionalFormatRules' | 'newChart' | 'insertChart' | 'getCharts' | 'removeChart' | 'activate' | 'setHiddenGridlines'
>;

export class FakeSheet implements SheetApi {
  constructor(
    private readonly ctx: Ctx,
    readonly model: SheetModel,
  ) {}

  private read(method: string): void {
    record(this.ctx, `Sheet.${method}`);
  }
  private write(method: string): GasSheet {
    record(this.ctx, `Sheet.${method}`, true);
    const refusal = sheetEditRefusal(this.ctx.ws, this.ctx.book, this.model, acting(this.ctx));
    if (refusal) throw new Error(refusal);
    return asGas(this);
  }
  private range(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    return new FakeRange(this.ctx, this.model, checkedRect(row, column, numRows, numColumns));
  }
  private rangeOf = (rect: FakeRange['rect']): GasRange => rangeFactory(this.ctx)(this.model.sheetId, rect);

  getName(): string {
    this.read('getName');
    return this.model.name;
  }
  setName(name: string): GasSheet {
    const self = this.write('setName');
    this.ctx.book.renameSheet(this.model, name);
    return self;
  }
  getSheetId(): number {
    this.read('getSheetId');
    return this.model.sheetId;
  }
  getIndex(): number {
    this.read('getIndex');
    return this.ctx.book.sheets.indexOf(this.model) + 1;
  }
  getParent(): GasSpreadsheet {
    this.read('getParent');
    return this.ctx.parent();
  }
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): GasRange {
    this.read('getRange');
    if (typeof a1OrRow === 'string') {
      return asGas(new FakeRange(this.ctx, this.model, parseA1(a1OrRow, this.model.maxRows, this.model.maxColumns)));
    }
    return asGas(this.range(a1OrRow, column ?? 1, numRows ?? 1, numColumns ?? 1));
  }
  getDataRange(): GasRange {
    this.read('getDataRange');
    return asGas(this.range(1, 1, Math.max(1, this.model.lastRow()), Math.max(1, this.model.lastColumn())));
  }
  getLastRow(): number {
    this.read('getLastRow');
    return this.model.lastRow();
  }
  getLastColumn(): number {
    this.read('getLastColumn');
    return this.model.lastColumn();
  }
  getMaxRows(): number {
    this.read('getMaxRows');
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    this.read('getMaxColumns');
    return this.model.maxColumns;
  }
  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    const self = this.write('insertRowsAfter');
    this.ctx.book.insertRowsAfter(this.model, afterPosition, howMany);
    return self;
  }
  /** Columns after the last one only: inserting between columns (shifting cells) is not emulated. */
  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    const self = this.write('insertColumnsAfter');
    if (afterPosition !== this.model.maxColumns) {
      throw new Error('Emulator: insertColumnsAfter is emulated after the last column only.');
    }
    this.ctx.book.checkCellRoom(howMany * this.model.maxRows);
    this.model.maxColumns += howMany;
    return self;
  }
  /**
   * Sheet.deleteRows / deleteColumns. Sheets refuses a range past the grid ("Those rows are out of
   * bounds.") and deleting every non-frozen row or column. Only the last rows and columns are
   * emulated (trimming a tab to its content); deleting from the middle throws the emulator's own error.
   */
  deleteRows(rowPosition: number, howMany: number): void {
    this.write('deleteRows');
    this.deleteTrailing('rows', rowPosition, howMany, this.model.maxRows, this.model.frozenRows);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.write('deleteColumns');
    this.deleteTrailing('columns', columnPosition, howMany, this.model.maxColumns, this.model.frozenColumns);
  }
  private deleteTrailing(axis: 'rows' | 'columns', from: number, howMany: number, max: number, frozen: number): void {
    if (from < 1 || howMany < 1 || from + howMany - 1 > max) throw new Error(`Those ${axis} are out of bounds.`);
    if (from <= frozen + 1 && from + howMany - 1 >= max) throw new Error(`Sorry, it is not possible to delete all non-frozen ${axis}.`);
    if (from + howMany - 1 !== max) throw new Error(`Emulator: delete${axis === 'rows' ? 'Rows' : 'Columns'} is emulated for the last ${axis} only.`);
    this.ctx.book.deleteTrailing(this.model, axis, from, howMany);
  }
  appendRow(rowContents: unknown[]): GasSheet {
    record(this.ctx, 'Sheet.appendRow', true);
    const row = this.model.lastRow() + 1;
    // appendRow grows the grid when the sheet is full, as Sheets does.
    if (row > this.model.maxRows) this.ctx.book.checkCellRoom(this.model.maxColumns);
    this.model.maxRows = Math.max(this.model.maxRows, row);
    this.model.maxColumns = Math.max(this.model.maxColumns, rowContents.length);
    const range = this.range(row, 1, 1, Math.max(1, rowContents.length));
    range.checkWritable();
    const options = typedOptionsOf(this.ctx);
    this.ctx.book.writeContents(this.model, range.rect, [rowContents.map((v, j) => contentFromScript(v, { ...options, plainText: this.model.cell(row, j + 1)?.numberFormat === '@' }))]);
    return asGas(this);
  }
  private wholeSheet(): FakeRange {
    return this.range(1, 1, this.model.maxRows, this.model.maxColumns);
  }
  clear(): GasSheet {
    this.write('clear');
    this.wholeSheet().clearSilently('clear');
    return asGas(this);
  }
  clearContents(): GasSheet {
    this.write('clearContents');
    this.wholeSheet().clearSilently('clearContent');
    return asGas(this);
  }
  clearFormats(): GasSheet {
    this.write('clearFormats');
    this.wholeSheet().clearSilently('clearFormat');
    return asGas(this);
  }
  setFrozenRows(rows: number): void {
    this.write('setFrozenRows');
    this.model.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.write('setFrozenColumns');
    this.model.frozenColumns = columns;
  }
  getFrozenRows(): number {
    this.read('getFrozenRows');
    return this.model.frozenRows;
  }
  getFrozenColumns(): number {
    this.read('getFrozenColumns');
    return this.model.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): GasSheet {
    const self = this.write('setColumnWidth');
    this.model.columnWidths[columnPosition] = width;
    return self;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    const self = this.write('setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths[c] = width;
    return self;
  }
  protect(): GasProtection {
    record(this.ctx, 'Sheet.protect', true);
    const existing = this.ctx.book.protections.find((p) => p.sheetId === this.model.sheetId && p.type === 'SHEET');
    if (existing) return protectionObject(this.ctx, existing);
    return newProtection(this.ctx, this.model, 'SHEET', { row: 1, column: 1, numRows: this.model.maxRows, numColumns: this.model.maxColumns });
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GasProtection[] {
    this.read('getProtections');
    const wanted = enumName(type);
    return this.ctx.book.protections
      .filter((p) => p.sheetId === this.model.sheetId && p.type === wanted)
      .map((p) => protectionObject(this.ctx, p));
  }
  hideSheet(): GasSheet {
    const self = this.write('hideSheet');
    if (this.ctx.book.sheets.filter((s) => !s.hidden && s !== this.model).length === 0) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.model.hidden = true;
    return self;
  }
  showSheet(): GasSheet {
    const self = this.write('showSheet');
    this.model.hidden = false;
    return self;
  }
  isSheetHidden(): boolean {
    this.read('isSheetHidden');
    return this.model.hidden;
  }
  setTabColor(color: string | null): GasSheet {
    const self = this.write('setTabColor');
    this.model.tabColor = color ?? undefined;
    return self;
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.write('setConditionalFormatRules');
    this.model.conditionalRules = rules.map((r) => (r as unknown as FakeConditionalFormatRule).spec);
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.read('getConditionalFormatRules');
    return this.model.conditionalRules.map((spec) => asGas(new FakeConditionalFormatRule(spec, this.rangeOf)));
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.read('newChart');
    return asGas(new FakeEmbeddedChartBuilder(this.rangeOf, () => this.ctx.book.newObjectId()));
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.write('insertChart');
    this.model.charts.push((chart as unknown as FakeEmbeddedChart).spec);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    this.read('getCharts');
    return this.model.charts.map((spec) => asGas(new FakeEmbeddedChart(spec, this.rangeOf)));
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.write('removeChart');
    const id = (chart as unknown as FakeEmbeddedChart).spec.id;
    this.model.charts = this.model.charts.filter((c) => c.id !== id);
  }
  activate(): GasSheet {
    this.read('activate');
    this.ctx.book.activeSheetId = this.model.sheetId;
    return asGas(this);
  }
  setHiddenGridlines(hideGridlines: boolean): GasSheet {
    const self = this.write('setHiddenGridlines');
    this.model.gridlinesHidden = hideGridlines;
    return self;
  }
}
