import { describe, expect, it } from 'vitest';
import { Charts } from '../../node/emulator/spreadsheet/charts';
import { FakeSpreadsheet, userEdit } from '../../node/emulator/spreadsheet/index';
import { StrictLockViolation } from '../../node/emulator/workspace';
import { KABID, OWNER, setup } from './spreadsheet-helpers';

describe('sheets', () => {
  it('keeps names unique ignoring case, with Sheets\' duplicate-name text', () => {
    const { as, app } = setup();
    as(OWNER, () => {
      const ss = app.getActive();
      ss.insertSheet('Rekap');
      expect(() => ss.insertSheet('REKAP')).toThrow('A sheet with the name "REKAP" already exists. Please enter another name.');
      expect(() => ss.insertSheet('x'.repeat(101))).toThrow();
      expect(ss.getSheetByName('rekap')!.getName()).toBe('Rekap');
      ss.insertSheet('Awal', 0);
      expect(ss.getSheets().map((s) => s.getName())).toEqual(['Awal', 'Sheet1', 'Rekap']);
    });
  });

  it('insertSheet with a template copies content, formats, notes, validation, widths, frozen rows and colour rules, not protections', () => {
    const { as, app, spreadsheet, ws } = setup();
    as(OWNER, () => {
      const ss = app.getActive();
      const t = ss.getSheetByName('Sheet1')!;
      t.getRange('A1:B2').setValues([['Judul', ''], [4, '=A2*2']]);
      t.getRange('A2').setNumberFormat('#,##0.00').setBackground('#fffbea').setNote('catatan');
      t.getRange('C2').setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build());
      t.setColumnWidths(1, 2, 220);
      t.setFrozenRows(1);
      t.setConditionalFormatRules([app.newConditionalFormatRule().whenNumberGreaterThanOrEqualTo(5).setBackground('#b7e1cd').setRanges([t.getRange('B2')]).build()]);
      t.protect().setDescription('terkunci');
      const since = ws.calls.length;
      const copy = ss.insertSheet('Salinan', { template: t });
      expect(ws.calls.length - since).toBe(1);
      // The copy's formula reads the copy's own cells.
      copy.getRange('A2').setValue(10);
      expect(copy.getRange('B2').getValue()).toBe(20);
      expect(t.getRange('B2').getValue()).toBe(8);
      expect(copy.getFrozenRows()).toBe(1);
      expect(copy.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
      expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Salinan']);
      expect(() => ss.insertSheet('Lain', { template: {} as GoogleAppsScript.Spreadsheet.Sheet })).toThrow();
    });
    const copy = spreadsheet.describeSheet('Salinan');
    const a2 = copy.cells.find((c) => c.row === 2 && c.column === 1)!;
    expect([a2.numberFormat, a2.background, a2.note]).toEqual(['#,##0.00', '#fffbea', 'catatan']);
    expect(copy.cells.find((c) => c.row === 2 && c.column === 2)!.background).toBe('#b7e1cd');
    expect(copy.cells.find((c) => c.row === 2 && c.column === 3)!.validation?.criteria).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
    expect(copy.columnWidths).toEqual(spreadsheet.describeSheet('Sheet1').columnWidths);
  });

  it('records every call and enforces strict locking on workbook writes', () => {
    const { as, sheet, ws } = setup();
    const since = ws.calls.length;
    as(OWNER, () => sheet().getRange('A1:B2').getValues());
    expect(ws.callCounts(since)['SpreadsheetApp.Range.getValues']).toBe(1);
    ws.strictLock = true;
    expect(() => as(OWNER, () => sheet().getRange('A1').setValue(1))).toThrow(StrictLockViolation);
    expect(() => as(OWNER, () => sheet().getRange('A1').getValue())).not.toThrow();
  });
});

describe('describeSheet', () => {
  it('shows conditional colours (first matching rule wins), merges, frozen rows, charts and editability', () => {
    const { as, app, spreadsheet } = setup();
    as(OWNER, () => {
      const s = app.getActive().getSheetByName('Sheet1')!;
      s.getRange('A1:B4').setValues([['Bidang', 'Capaian'], ['A', 120], ['B', 90], ['C', 50]]);
      const range = s.getRange('B2:B4');
      s.setConditionalFormatRules([
        app.newConditionalFormatRule().whenNumberGreaterThanOrEqualTo(100).setBackground('#b7e1cd').setRanges([range]).build(),
        app.newConditionalFormatRule().whenNumberBetween(80, 200).setBackground('#fce8b2').setRanges([range]).build(),
        app.newConditionalFormatRule().whenFormulaSatisfied('=B2<60').setBackground('#f4c7c3').setRanges([range]).build(),
      ]);
      s.getRange('A6:B6').merge();
      s.setFrozenRows(1);
      s.insertChart(s.newChart().setChartType(Charts.ChartType.BAR).addRange(s.getRange('A1:B4')).setPosition(2, 4, 0, 0).setOption('title', 'Capaian').build());
      s.getRange('A1:B1').protect().removeEditors([KABID]);
    });
    const view = spreadsheet.describeSheet('Sheet1', KABID);
    const bg = (row: number) => view.cells.find((c) => c.row === row && c.column === 2)!.background;
    expect([bg(2), bg(3), bg(4)]).toEqual(['#b7e1cd', '#fce8b2', '#f4c7c3']);
    expect(view.merges).toEqual([{ row: 6, column: 1, numRows: 1, numColumns: 2 }]);
    expect(view.frozenRows).toBe(1);
    expect(view.charts[0]).toMatchObject({ chartType: 'BAR', ranges: ['A1:B4'], title: 'Capaian', anchorRow: 2, anchorColumn: 4 });
    expect(view.charts[0]!.data[1]).toEqual(['A', 120]);
    expect(view.cells.find((c) => c.row === 1 && c.column === 1)!.editable).toBe(false);
    expect(view.cells.find((c) => c.row === 2 && c.column === 1)!.editable).toBe(true);
  });
});

describe('persistence', () => {
  it('round-trips values, formulas, formats, notes, validations, protections, rules, charts, merges and layout', () => {
    const { as, app, spreadsheet, ws } = setup();
    as(OWNER, () => {
      const ss = app.getActive();
      const data = ss.insertSheet('Data TW I');
      data.getRange('A1:C1').setValues([[0.855, new Date('2026-03-31T00:00:00+07:00'), "'007"]]);
      data.getRange('A1:B1').setNumberFormats([['0.00%', 'd mmmm yyyy']]);
      data.getRange('D1').setFormula("=A1*100").setNote('dihitung');
      data.getRange('E1').setDataValidation(app.newDataValidation().requireValueInList(['Ya', 'Tidak']).setAllowInvalid(false).build());
      data.getRange('A3:B3').merge();
      data.setFrozenRows(1);
      data.setColumnWidth(2, 240);
      data.hideSheet();
      data.protect().setDescription('Terkunci').removeEditors([KABID]);
      data.setConditionalFormatRules([app.newConditionalFormatRule().whenNumberLessThan(1).setFontColor('#cc0000').setRanges([data.getRange('A1')]).build()]);
      data.insertChart(data.newChart().setChartType(Charts.ChartType.LINE).addRange(data.getRange('A1:B1')).setPosition(5, 1, 0, 0).build());
      ss.getSheetByName('Sheet1')!.getRange('A1').setFormula("='Data TW I'!D1+1");
    });
    const restored = FakeSpreadsheet.fromJSON(ws, JSON.parse(JSON.stringify(spreadsheet.toJSON())));
    expect(restored.sheetNames()).toEqual(spreadsheet.sheetNames());
    expect(restored.describeSheet('Data TW I', KABID)).toEqual(spreadsheet.describeSheet('Data TW I', KABID));
    expect(restored.describeSheet('Sheet1').cells[0]).toMatchObject({ value: 86.5, formula: "='Data TW I'!D1+1" });
    expect(userEdit(ws, restored, { email: KABID }, 'Data TW I', 'F9', 'x')).toMatchObject({ ok: false });
  });
});
