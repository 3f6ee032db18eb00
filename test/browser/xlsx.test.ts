import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SheetView } from '../../node/emulator/view';
import { excelSheetName, workbookXlsx } from '../../node/local/xlsx';

const sheet: SheetView = {
  name: 'Rekap TW I',
  sheetId: 1,
  index: 0,
  hidden: false,
  lastRow: 2,
  lastColumn: 3,
  frozenRows: 1,
  frozenColumns: 0,
  columnWidths: { 1: 280 },
  cells: [
    { row: 1, column: 1, value: 'Capaian', display: 'Capaian', bold: true, background: '#d9ead3', editable: false },
    { row: 2, column: 1, value: 'Indeks', display: 'Indeks', editable: true },
    { row: 2, column: 2, value: 0.85, display: '85,00 %', numberFormat: '0.00 %', editable: true },
    { row: 2, column: 3, value: 85, display: '85', formula: '=B2*100', editable: true },
  ],
  merges: [{ row: 1, column: 1, numRows: 1, numColumns: 3 }],
  protections: [],
  charts: [],
};

describe('workbookXlsx', () => {
  it('keeps values, formulas with their results, number formats, merges, frozen rows and fills', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbookXlsx([sheet], 'Asia/Jakarta')) as unknown as ExcelJS.Buffer);
    const ws = book.getWorksheet('Rekap TW I');
    expect(ws).toBeDefined();
    if (!ws) return;
    expect(ws.getCell('B2').value).toBe(0.85);
    expect(ws.getCell('B2').numFmt).toBe('0.00 %');
    expect(ws.getCell('C2').value).toEqual({ formula: 'B2*100', result: 85 });
    expect(ws.getCell('C1').isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFD9EAD3' } });
    expect(ws.getColumn(1).width).toBe(40);
  });

  it("fits Sheets' long tab names into Excel's 31 characters, keeping them distinct and openable", async () => {
    const long = (bidang: string): SheetView => ({ ...sheet, name: `Tahunan 2026 · Bidang ${bidang}` });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbookXlsx([long('Kewaspadaan Nasional'), long('Kewaspadaan Nasional Timur'), { ...sheet, name: 'a/b?' }], 'Asia/Jakarta')) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Tahunan 2026 · Bidang Kewaspada', 'Tahunan 2026 · Bidang Kewas (2)', 'a-b-']);
    expect(excelSheetName('Rekap', new Set(['rekap']))).toBe('Rekap (2)');
  });

  it('writes a Log time as the date-time Sheets shows (Jakarta wall clock), and names the chart where it stood', async () => {
    const log: SheetView = {
      ...sheet,
      name: 'Log',
      cells: [{ row: 2, column: 1, value: '2026-04-01T03:04:05.000Z', display: '2026-04-01 10:04:05', numberFormat: 'yyyy-mm-dd hh:mm:ss', editable: false }],
      merges: [],
      charts: [{ chartType: 'BAR', ranges: ['A1:B3'], title: 'Capaian per bidang', data: [], anchorRow: 5, anchorColumn: 4 }] as unknown as SheetView['charts'],
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbookXlsx([log], 'Asia/Jakarta')) as unknown as ExcelJS.Buffer);
    const ws = book.getWorksheet('Log');
    const waktu = ws?.getCell('A2').value;
    expect(waktu).toBeInstanceOf(Date);
    expect((waktu as Date).toISOString()).toBe('2026-04-01T10:04:05.000Z');
    expect(ws?.getCell('A2').numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(String(ws?.getCell('D5').value)).toContain('Grafik "Capaian per bidang" (data A1:B3)');
  });
});
