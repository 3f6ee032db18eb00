/**
 * Draws one emulated sheet (a SheetView) as an HTML table, the way Sheets shows it: column
 * letters and row numbers, display values, merged cells, frozen rows, locked (protected)
 * cells, drop-downs and check boxes from data validation, and backgrounds (conditional ones
 * included — the view has already applied them). Pure string building, so it runs in the
 * page and in tests alike; every text from the workbook is escaped.
 */
import type { CellView, SheetView } from '../../emulator/view';
import { columnLetters } from '../../emulator/spreadsheet/a1';
import { escapeHtml } from '../../../src/core/html';

/** Empty rows and columns drawn past the used range, and the least drawn, as Sheets shows a grid. */
const SPARE_ROWS = 5;
const SPARE_COLUMNS = 2;
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;

export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

function cellStyle(cell: CellView | undefined): string {
  if (!cell) return '';
  const parts: string[] = [];
  if (cell.background) parts.push(`background:${safeColour(cell.background)}`);
  if (cell.fontColor) parts.push(`color:${safeColour(cell.fontColor)}`);
  if (cell.bold) parts.push('font-weight:bold');
  if (cell.italic) parts.push('font-style:italic');
  if (cell.horizontalAlignment) parts.push(`text-align:${cell.horizontalAlignment}`);
  else if (typeof cell.value === 'number') parts.push('text-align:right');
  if (cell.wrap) parts.push('white-space:normal');
  return parts.join(';');
}

/** Colours come from the workbook: only #rgb/#rrggbb reach a style attribute. */
function safeColour(colour: string): string {
  return /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(colour) ? colour : 'inherit';
}

function cellContent(cell: CellView | undefined): string {
  if (!cell) return '';
  const validation = cell.validation;
  if (validation?.criteria === 'CHECKBOX') {
    const checked = cell.value === true ? ' checked' : '';
    const disabled = cell.editable ? '' : ' disabled';
    return `<input type="checkbox" class="checkbox" aria-label="Kotak centang"${checked}${disabled} />`;
  }
  const text = escapeHtml(cell.display);
  // Sheets draws the arrow only on a drop-down (a list), never on a number or formula rule.
  if (validation && (validation.criteria === 'VALUE_IN_LIST' || validation.criteria === 'VALUE_IN_RANGE')) {
    return `<span class="text">${text}</span><span class="dropdown" aria-hidden="true">▾</span>`;
  }
  return `<span class="text">${text}</span>`;
}

function cellAttributes(cell: CellView | undefined, row: number, column: number): string {
  const classes = ['cell'];
  const editable = cell ? cell.editable : true;
  if (!editable) classes.push('locked');
  if (cell?.formula) classes.push('has-formula');
  if (cell?.note) classes.push('has-note');
  if (cell?.invalid) classes.push('invalid');
  const title = cell?.invalid ? cell.validation?.helpText ?? cell.note : cell?.note ?? cell?.validation?.helpText;
  return [
    `class="${classes.join(' ')}"`,
    `data-a1="${a1(row, column)}"`,
    `data-editable="${editable}"`,
    title ? `title="${escapeHtml(title)}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** For each merge, its top-left cell's span, and every other cell it covers. */
function mergeMaps(sheet: SheetView): { spans: Map<string, string>; covered: Set<string> } {
  const spans = new Map<string, string>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    spans.set(a1(m.row, m.column), ` rowspan="${m.numRows}" colspan="${m.numColumns}"`);
    for (let r = m.row; r < m.row + m.numRows; r++) {
      for (let c = m.column; c < m.column + m.numColumns; c++) {
        if (r !== m.row || c !== m.column) covered.add(a1(r, c));
      }
    }
  }
  return { spans, covered };
}

/**
 * Pins the frozen rows and columns of a drawn grid where Sheets keeps them: each frozen row just
 * below the ones above it (their real heights: a wrapped row is taller than one line), each
 * frozen column just right of the ones before it. Runs in the page after the table is in the DOM.
 */
export function pinFrozen(table: HTMLTableElement): void {
  let top = table.tHead?.rows[0]?.getBoundingClientRect().height ?? 0;
  for (const tr of Array.from(table.tBodies[0]?.rows ?? []).filter((r) => r.classList.contains('frozen'))) {
    for (const cell of Array.from(tr.cells)) cell.style.top = `${top}px`;
    top += tr.getBoundingClientRect().height;
  }
  for (const tr of Array.from(table.rows)) {
    let left = (tr.cells[0]?.getBoundingClientRect().width ?? 0);
    for (const td of Array.from(tr.cells).filter((c) => c.dataset.frozenColumn === 'true')) {
      td.style.left = `${left}px`;
      left += td.getBoundingClientRect().width;
    }
  }
}

export function renderGrid(sheet: SheetView): string {
  const rows = Math.max(sheet.lastRow + SPARE_ROWS, sheet.frozenRows + SPARE_ROWS, MIN_ROWS);
  const columns = Math.max(sheet.lastColumn + SPARE_COLUMNS, MIN_COLUMNS);
  const cells = new Map(sheet.cells.map((cell) => [a1(cell.row, cell.column), cell]));
  const { spans, covered } = mergeMaps(sheet);

  const colgroup = ['<col class="row-number-col" />'];
  for (let c = 1; c <= columns; c++) colgroup.push(`<col style="width:${sheet.columnWidths[c] ?? 100}px" />`);
  const header = ['<th class="corner"></th>'];
  for (let c = 1; c <= columns; c++) header.push(`<th class="column-letter"${c <= sheet.frozenColumns ? ' data-frozen-column="true"' : ''}>${columnLetters(c)}</th>`);

  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const frozen = r <= sheet.frozenRows;
    const rowClass = frozen ? ` class="frozen${r === sheet.frozenRows ? ' frozen-last' : ''}"` : '';
    const tds = [`<th class="row-number">${r}</th>`];
    for (let c = 1; c <= columns; c++) {
      const key = a1(r, c);
      if (covered.has(key)) continue;
      const cell = cells.get(key);
      const style = cellStyle(cell);
      tds.push(
        `<td ${cellAttributes(cell, r, c)}${c <= sheet.frozenColumns ? ' data-frozen-column="true"' : ''}${spans.get(key) ?? ''}${style ? ` style="${style}"` : ''}>${cellContent(cell)}</td>`,
      );
    }
    body.push(`<tr data-row="${r}"${rowClass}>${tds.join('')}</tr>`);
  }
  return (
    `<table class="grid" data-sheet="${escapeHtml(sheet.name)}" data-frozen-rows="${sheet.frozenRows}" data-frozen-columns="${sheet.frozenColumns}">` +
    `<colgroup>${colgroup.join('')}</colgroup>` +
    `<thead><tr>${header.join('')}</tr></thead>` +
    `<tbody>${body.join('')}</tbody></table>`
  );
}

/** The cell a click landed on, for the formula bar: its formula, or its value as typed. */
export function cellInput(sheet: SheetView, a1Notation: string): string {
  const cell = sheet.cells.find((c) => a1(c.row, c.column) === a1Notation);
  if (!cell) return '';
  if (cell.formula) return cell.formula;
  return cell.value === null ? '' : cell.display;
}
