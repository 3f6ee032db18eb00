/**
 * The workbook as an .xlsx download, built with exceljs from the emulator's SheetViews: values
 * (a formula keeps its computed result), number formats, merges, frozen rows and columns,
 * column widths, fills, bold/italic and font colours.
 */
import ExcelJS from 'exceljs';
import type { CellView, SheetView } from '../emulator/view';

/** #rrggbb → exceljs' ARGB. */
function argb(colour: string): string | undefined {
  return /^#[0-9a-f]{6}$/i.test(colour) ? `FF${colour.slice(1).toUpperCase()}` : undefined;
}

function cellValue(cell: CellView): ExcelJS.CellValue {
  if (cell.formula) {
    return { formula: cell.formula.replace(/^=/, ''), result: cell.value ?? undefined } as ExcelJS.CellFormulaValue;
  }
  return cell.value;
}

function writeCell(target: ExcelJS.Cell, cell: CellView): void {
  target.value = cellValue(cell);
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  const fill = cell.background ? argb(cell.background) : undefined;
  if (fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  const font = cell.fontColor ? argb(cell.fontColor) : undefined;
  if (cell.bold || cell.italic || font) {
    target.font = { bold: cell.bold, italic: cell.italic, ...(font ? { color: { argb: font } } : {}) };
  }
  if (cell.horizontalAlignment || cell.wrap) {
    target.alignment = { horizontal: cell.horizontalAlignment, wrapText: cell.wrap };
  }
  if (cell.note) target.note = cell.note;
}

/** Excel's limit on a worksheet name (Sheets allows 100). */
const EXCEL_NAME_MAX = 31;

/**
 * The name a tab gets in Excel: at most 31 characters, without the characters Excel refuses
 * (`[]:*?/\`), and distinct from the names already used (ignoring case, as Excel does).
 */
export function excelSheetName(name: string, used: ReadonlySet<string>): string {
  const clean = name.replace(/[[\]:*?/\\]/g, '-').trim() || 'Sheet';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = `${clean.slice(0, EXCEL_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

export async function workbookXlsx(sheets: readonly SheetView[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const sheet of sheets) {
    const name = excelSheetName(sheet.name, used);
    used.add(name.toLowerCase());
    const ws = workbook.addWorksheet(name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      views: [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }],
    });
    for (const [column, width] of Object.entries(sheet.columnWidths)) {
      // Sheets' pixels to Excel's character widths (about 7 px a character).
      ws.getColumn(Number(column)).width = width / 7;
    }
    for (const cell of sheet.cells) writeCell(ws.getCell(cell.row, cell.column), cell);
    for (const m of sheet.merges) ws.mergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
