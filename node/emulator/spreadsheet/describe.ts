/** describeSheet: the read-only SheetView of node/emulator/view.ts (no calls recorded). */
import type { CellView, ChartView, SheetView } from '../view';
import { canEditCell } from './access';
import { rectToA1 } from './a1';
import { applyingRule } from './conditional';
import type { Ctx } from './context';
import type { Person } from '../workspace';
import type { SheetModel } from './model';
import { displayValue } from './number-format';
import { isDate, type Scalar } from './typed-input';
import { satisfies } from './validation';

function plain(value: Scalar | ''): string | number | boolean | null {
  if (value === '') return null;
  return isDate(value) ? value.toISOString() : value;
}

export function describeSheet(ctx: Ctx, sheet: SheetModel, viewer: Person): SheetView {
  const { book } = ctx;
  const owner = ctx.ws.owner.email;
  const cells: CellView[] = [];
  sheet.rows.forEach((line, row) => {
    line?.forEach((cell, column) => {
      if (!cell) return;
      const value = book.value(sheet, row, column);
      const rule = applyingRule(book, sheet, row, column, value);
      const formula = book.formula(sheet, row, column);
      const v = cell.validation;
      cells.push({
        row,
        column,
        value: plain(value),
        display: displayValue(value, cell.numberFormat, book.locale, ctx.ws.timeZone),
        ...(formula ? { formula } : {}),
        ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
        ...((rule?.background ?? cell.background) ? { background: rule?.background ?? cell.background } : {}),
        ...((rule?.fontColor ?? cell.fontColor) ? { fontColor: rule?.fontColor ?? cell.fontColor } : {}),
        ...(cell.bold ? { bold: true } : {}),
        ...(cell.italic ? { italic: true } : {}),
        ...(cell.horizontalAlignment ? { horizontalAlignment: cell.horizontalAlignment } : {}),
        ...(cell.wrap ? { wrap: true } : {}),
        ...(cell.note ? { note: cell.note } : {}),
        ...(v ? { validation: { criteria: v.criteria, values: v.values, allowInvalid: v.allowInvalid, ...(v.helpText ? { helpText: v.helpText } : {}) } } : {}),
        ...(v && !satisfies(book, sheet, row, column, v, value) ? { invalid: true } : {}),
        editable: canEditCell(ctx.ws, book, sheet, viewer, row, column),
      });
    });
  });
  const charts: ChartView[] = sheet.charts.map((chart) => {
    const data = chart.ranges.flatMap((r) =>
      Array.from({ length: r.numRows }, (_, i) =>
        Array.from({ length: r.numColumns }, (__, j) => plain(book.value(sheet, r.row + i, r.column + j))),
      ),
    );
    const title = chart.options.title;
    return {
      chartType: chart.chartType,
      ranges: chart.ranges.map(rectToA1),
      ...(title !== undefined ? { title: String(title) } : {}),
      data,
      anchorRow: chart.anchorRow,
      anchorColumn: chart.anchorColumn,
    };
  });
  return {
    name: sheet.name,
    sheetId: sheet.sheetId,
    index: book.sheets.indexOf(sheet) + 1,
    hidden: sheet.hidden,
    ...(sheet.tabColor ? { tabColor: sheet.tabColor } : {}),
    lastRow: sheet.lastRow(),
    lastColumn: sheet.lastColumn(),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths: { ...sheet.columnWidths },
    cells,
    merges: sheet.merges.map((m) => ({ ...m })),
    protections: ctx.book.protections
      .filter((p) => p.sheetId === sheet.sheetId)
      .map((p) => ({
        description: p.description,
        type: p.type,
        range: rectToA1(p.rect),
        editors: p.mirror ? [] : [owner, ...p.editors.filter((e) => e !== owner)],
        warningOnly: p.warningOnly,
        domainEdit: p.domainEdit,
        ...(p.mirror ? { mirrorsFile: true } : {}),
        unprotectedRanges: p.unprotected.map(rectToA1),
      })),
    charts,
  };
}
