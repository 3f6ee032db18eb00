/** A1 notation: rectangles of cells, 1-based and inclusive, and their textual forms. */

export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function rectToA1(rect: Rect): string {
  const start = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  const end = `${columnLetters(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
  return `${start}:${end}`;
}

/** Quotes a sheet name for use in a formula or qualified A1 notation, as Sheets does. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits `'My sheet'!A1:B2` into the sheet name (if any) and the A1 part. */
export function splitSheetQualifier(a1: string): { sheetName?: string; a1: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { a1 };
  let sheetName = a1.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  return { sheetName, a1: a1.slice(bang + 1) };
}

/**
 * Parses `B3`, `A1:C9`, `A:C` (whole columns) or `2:4` (whole rows) on a sheet of the given size.
 * Throws Sheets' "Range not found" for anything else.
 */
export function parseA1(a1: string, maxRows: number, maxColumns: number): Rect {
  const parts = a1.replace(/\$/g, '').toUpperCase().split(':');
  const cell = /^([A-Z]*)(\d*)$/;
  const ends = parts.map((p) => cell.exec(p));
  if (parts.length > 2 || ends.some((m) => !m || (m[1] === '' && m[2] === ''))) {
    throw new Error('Range not found');
  }
  const [first, last] = [ends[0]!, ends[ends.length - 1]!];
  const startColumn = first[1] ? columnNumber(first[1]) : 1;
  const startRow = first[2] ? Number(first[2]) : 1;
  const endColumn = last[1] ? columnNumber(last[1]) : maxColumns;
  const endRow = last[2] ? Number(last[2]) : maxRows;
  if (startRow < 1 || endRow < 1) throw new Error('Range not found');
  const row = Math.min(startRow, endRow);
  const column = Math.min(startColumn, endColumn);
  return {
    row,
    column,
    numRows: Math.abs(endRow - startRow) + 1,
    numColumns: Math.abs(endColumn - startColumn) + 1,
  };
}

export function contains(outer: Rect, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.numRows &&
    column >= outer.column &&
    column < outer.column + outer.numColumns
  );
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

/** The rectangle after `count` rows are inserted after row `after`: moved down, or grown when it spans the gap. */
export function shiftForInsertedRows(rect: Rect, after: number, count: number): Rect {
  if (rect.row > after) return { ...rect, row: rect.row + count };
  if (rect.row + rect.numRows - 1 > after) return { ...rect, numRows: rect.numRows + count };
  return rect;
}
