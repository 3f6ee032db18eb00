import { describe, expect, it } from 'vitest';
import { renderChart } from '../../node/local/page/charts';
import { cellInput, renderGrid } from '../../node/local/page/grid';
import type { CellView, SheetView } from '../../node/emulator/view';

const XSS = '<img src=x onerror=alert(1)>';

function cell(row: number, column: number, value: CellView['value'], extra: Partial<CellView> = {}): CellView {
  return { row, column, value, display: value === null ? '' : String(value), editable: true, ...extra };
}

function sheet(cells: CellView[], extra: Partial<SheetView> = {}): SheetView {
  return {
    name: 'Bidang',
    sheetId: 1,
    index: 0,
    hidden: false,
    lastRow: Math.max(0, ...cells.map((c) => c.row)),
    lastColumn: Math.max(0, ...cells.map((c) => c.column)),
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: {},
    cells,
    merges: [],
    protections: [],
    charts: [],
    ...extra,
  };
}

describe('renderGrid', () => {
  it('shows a user-typed bidang name as text, never as markup', () => {
    const html = renderGrid(sheet([cell(1, 1, XSS)], { name: XSS }));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows the display value (number format applied), not the raw value', () => {
    const html = renderGrid(sheet([cell(2, 3, 0.85, { display: '85,00 %', numberFormat: '0.00 %' })]));
    expect(html).toMatch(/data-a1="C2"[^>]*><span class="text">85,00 %<\/span>/);
  });

  it('spans a merged header and drops the cells it covers', () => {
    const html = renderGrid(
      sheet([cell(1, 1, 'Capaian')], { merges: [{ row: 1, column: 1, numRows: 1, numColumns: 3 }], lastColumn: 3 }),
    );
    expect(html).toContain('rowspan="1" colspan="3"');
    expect(html).not.toContain('data-a1="B1"');
    expect(html).not.toContain('data-a1="C1"');
    expect(html).toContain('data-a1="D1"');
  });

  it('marks protected cells as locked and keeps frozen rows pinned', () => {
    const html = renderGrid(sheet([cell(1, 1, 'No', { editable: false }), cell(2, 1, 5)], { frozenRows: 1 }));
    expect(html).toMatch(/class="cell locked" data-a1="A1" data-editable="false"/);
    expect(html).toMatch(/<tr data-row="1" class="frozen frozen-last"/);
    expect(html).toMatch(/<tr data-row="2">/);
  });

  it('draws check boxes and drop-downs from data validation', () => {
    const html = renderGrid(
      sheet([
        cell(1, 1, true, { validation: { criteria: 'CHECKBOX', values: [], allowInvalid: false } }),
        cell(1, 2, 'positif', { validation: { criteria: 'VALUE_IN_LIST', values: ['positif', 'negatif'], allowInvalid: false } }),
      ]),
    );
    expect(html).toMatch(/<input type="checkbox"[^>]* checked \/>/);
    expect(html).toContain('class="dropdown"');
  });

  it('refuses colours that are not colours, so a style attribute cannot be broken out of', () => {
    const html = renderGrid(sheet([cell(1, 1, 'x', { background: 'red;" onmouseover="alert(1)' })]));
    expect(html).not.toContain('onmouseover');
    expect(renderGrid(sheet([cell(1, 1, 'x', { background: '#ff0000' })]))).toContain('background:#ff0000');
  });
});

describe('cellInput', () => {
  it('puts a formula in the formula bar, and a value as it is displayed', () => {
    const s = sheet([cell(1, 1, 90, { formula: '=B1/C1*100', display: '90,00' }), cell(1, 2, 'teks')]);
    expect(cellInput(s, 'A1')).toBe('=B1/C1*100');
    expect(cellInput(s, 'B1')).toBe('teks');
    expect(cellInput(s, 'Z9')).toBe('');
  });
});

describe('renderChart', () => {
  it('draws one bar per value and escapes labels', () => {
    const svg = renderChart({
      chartType: 'COLUMN',
      ranges: ['A1:B3'],
      title: XSS,
      data: [['Bidang', 'Capaian'], [XSS, 80], ['Sekretariat', 95]],
      anchorRow: 5,
      anchorColumn: 1,
    });
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).not.toContain('<img');
  });
});
