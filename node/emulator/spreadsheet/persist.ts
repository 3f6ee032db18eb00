/** toJSON/fromJSON of the whole workbook, so the local server can keep it between runs. */
import type { Rect } from './a1';
import { Book, type Cell, type ChartSpec, type ConditionalRuleSpec, type ProtectionSpec } from './model';
import { isDate, type Content } from './typed-input';

type StoredContent = { kind: 'empty' } | { kind: 'value'; value: string | number | boolean } | { kind: 'date'; iso: string } | { kind: 'formula'; formula: string };

interface StoredCell extends Omit<Cell, 'content'> {
  row: number;
  column: number;
  content: StoredContent;
}

interface StoredSheet {
  sheetId: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<number, number>;
  hidden: boolean;
  gridlinesHidden: boolean;
  tabColor?: string;
  merges: Rect[];
  conditionalRules: ConditionalRuleSpec[];
  charts: ChartSpec[];
  cells: StoredCell[];
}

interface StoredBook {
  version: 1;
  id: string;
  name: string;
  locale: string;
  domainShared: boolean;
  linkAccess?: Book['linkAccess'];
  fileEditors: string[];
  activeSheetId: number;
  namedRanges: Array<[string, { sheetId: number; rect: Rect }]>;
  protections: ProtectionSpec[];
  sheets: StoredSheet[];
}

function storeContent(content: Content): StoredContent {
  if (content.kind !== 'value') return content;
  return isDate(content.value) ? { kind: 'date', iso: content.value.toISOString() } : { kind: 'value', value: content.value };
}

function loadContent(stored: StoredContent): Content {
  return stored.kind === 'date' ? { kind: 'value', value: new Date(stored.iso) } : stored;
}

export function bookToJSON(book: Book): StoredBook {
  return JSON.parse(
    JSON.stringify({
      version: 1,
      id: book.id,
      name: book.name,
      locale: book.locale,
      domainShared: book.domainShared,
      linkAccess: book.linkAccess,
      fileEditors: [...book.fileEditors],
      activeSheetId: book.activeSheetId,
      namedRanges: [...book.namedRanges],
      protections: book.protections,
      sheets: book.sheets.map((sheet) => ({
        sheetId: sheet.sheetId,
        name: sheet.name,
        maxRows: sheet.maxRows,
        maxColumns: sheet.maxColumns,
        frozenRows: sheet.frozenRows,
        frozenColumns: sheet.frozenColumns,
        columnWidths: sheet.columnWidths,
        hidden: sheet.hidden,
        gridlinesHidden: sheet.gridlinesHidden,
        tabColor: sheet.tabColor,
        merges: sheet.merges,
        conditionalRules: sheet.conditionalRules,
        charts: sheet.charts,
        cells: sheet.rows.flatMap((line, row) =>
          (line ?? []).flatMap((cell, column) =>
            cell ? [{ ...cell, row, column, content: storeContent(book.currentContent(sheet, row, column)) }] : [],
          ),
        ),
      })),
    } satisfies StoredBook),
  ) as StoredBook;
}

export function bookFromJSON(data: unknown, timeZone: () => string): Book {
  const stored = data as StoredBook;
  if (!stored || stored.version !== 1) throw new Error('Not a saved workbook (version 1).');
  const book = new Book(stored.id, stored.name, stored.locale, timeZone);
  book.domainShared = stored.domainShared;
  book.linkAccess = stored.linkAccess ?? 'none';
  for (const email of stored.fileEditors) book.fileEditors.add(email);
  for (const [name, range] of stored.namedRanges) book.namedRanges.set(name, range);
  // Create every sheet first so cross-sheet formulas resolve, then fill them.
  for (const s of stored.sheets) {
    const sheet = book.addSheet(s.name, book.sheets.length, s.sheetId);
    Object.assign(sheet, {
      maxRows: s.maxRows,
      maxColumns: s.maxColumns,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      columnWidths: s.columnWidths,
      hidden: s.hidden,
      gridlinesHidden: s.gridlinesHidden,
      tabColor: s.tabColor,
      merges: s.merges,
      conditionalRules: s.conditionalRules,
      charts: s.charts,
    });
  }
  stored.sheets.forEach((s, i) => {
    const sheet = book.sheets[i]!;
    for (const { row, column, content, ...style } of s.cells) {
      Object.assign(sheet.ensureCell(row, column), style);
      book.writeContents(sheet, { row, column, numRows: 1, numColumns: 1 }, [[loadContent(content)]]);
    }
  });
  book.protections = stored.protections;
  book.activeSheetId = stored.activeSheetId;
  book.reserveObjectIds(Math.max(0, ...stored.protections.map((p) => p.id), ...stored.sheets.flatMap((s) => s.charts.map((c) => c.id))));
  return book;
}
