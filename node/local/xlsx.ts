/**
 * The workbook as an .xlsx download, built with exceljs from the emulator's SheetViews: values
 * (a formula keeps its computed result; a date-time is the spreadsheet's wall-clock time, as
 * Excel dates have no time zone), number formats, merges, frozen rows and columns, column
 * widths, fills, bold/italic and font colours. exceljs writes no charts: where a chart stands (an
 * empty cell) a line in grey italics names it and its data, which the tab holds.
 */
import ExcelJS from 'exceljs';
import type { CellView, ChartView, SheetView } from '../emulator/view';
import { isDateFormat } from '../emulator/spreadsheet/number-format';

/** An instant (ISO) as the wall-clock time in `timeZone`, written as the same digits in UTC. */
function waktuDinding(iso: string, timeZone: string): Date {
  const bagian = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(iso));
  const n = (jenis: string): number => Number(bagian.find((b) => b.type === jenis)?.value ?? 0);
  return new Date(Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')));
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** #rrggbb → exceljs' ARGB. */
function argb(colour: string): string | undefined {
  return /^#[0-9a-f]{6}$/i.test(colour) ? `FF${colour.slice(1).toUpperCase()}` : undefined;
}

function cellValue(cell: CellView, timeZone: string): ExcelJS.CellValue {
  if (cell.formula) {
    return { formula: cell.formula.replace(/^=/, ''), result: cell.value ?? undefined } as ExcelJS.CellFormulaValue;
  }
  // The view gives a date as its ISO instant; in a date-formatted cell it is a date, not text.
  if (typeof cell.value === 'string' && ISO.test(cell.value) && isDateFormat(cell.numberFormat)) return waktuDinding(cell.value, timeZone);
  return cell.value;
}

function writeCell(target: ExcelJS.Cell, cell: CellView, timeZone: string): void {
  target.value = cellValue(cell, timeZone);
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

function catatanGrafik(chart: ChartView): string {
  return `Grafik${chart.title ? ` "${chart.title}"` : ''} (data ${chart.ranges.join(', ')}) ada di Google Sheets; berkas .xlsx ini tidak memuat grafik.`;
}

/** `timeZone`: the spreadsheet's, for its date-times. */
export async function workbookXlsx(sheets: readonly SheetView[], timeZone: string): Promise<Buffer> {
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
    for (const cell of sheet.cells) writeCell(ws.getCell(cell.row, cell.column), cell, timeZone);
    for (const chart of sheet.charts) {
      const tempat = ws.getCell(chart.anchorRow, chart.anchorColumn);
      if (tempat.value !== null && tempat.value !== '') continue;
      tempat.value = catatanGrafik(chart);
      tempat.font = { italic: true, color: { argb: 'FF5F6368' } };
    }
    for (const m of sheet.merges) ws.mergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
