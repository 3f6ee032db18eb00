import { describe, expect, it } from 'vitest';
import { OWNER, setup } from './spreadsheet-helpers';

describe('ranges and values', () => {
  it('refuses zero counts and zero starts with Sheets\' texts (domain.md §7; Sheet.getRange reference)', () => {
    const { as, sheet } = setup();
    as(OWNER, () => {
      expect(() => sheet().getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
      expect(() => sheet().getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
      expect(() => sheet().getRange(0, 1)).toThrow('The starting row of the range is too small.');
      expect(() => sheet().getRange(1, 0)).toThrow('The starting column of the range is too small.');
    });
  });

  it('returns \'\' for empty cells and typed numbers, booleans and Dates; plain arrays', () => {
    const { as, sheet } = setup();
    const values = as(OWNER, () => {
      const when = new Date('2026-03-31T00:00:00+07:00');
      sheet().getRange('A1:D1').setValues([[12.5, true, when, null]]);
      return sheet().getRange('A1:E1').getValues();
    });
    expect(Array.isArray(values) && Array.isArray(values[0])).toBe(true);
    expect(values[0]!.slice(0, 2)).toEqual([12.5, true]);
    expect(Object.prototype.toString.call(values[0]![2])).toBe('[object Date]');
    expect(values[0]!.slice(3)).toEqual(['', '']);
  });

  it('throws the shape error texts of setValues (domain.md §7)', () => {
    const { as, sheet } = setup();
    as(OWNER, () => {
      expect(() => sheet().getRange('A1:B2').setValues([[1, 2]])).toThrow(
        'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
      );
      expect(() => sheet().getRange('A1:B2').setValues([[1], [2]])).toThrow(
        'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
      );
    });
  });

  it('reads strings as typed input in id_ID: numbers, booleans, formulas, apostrophe text, plain-text cells', () => {
    const { as, sheet } = setup();
    const [values, formulas] = as(OWNER, () => {
      sheet().getRange('F1').setNumberFormat('@');
      sheet().getRange('A1:F1').setValues([['1.234,5', 'TRUE', '=1+1', "'=IMPORTRANGE(\"x\")", '12,5', '=IMAGE("http://x")']]);
      const r = sheet().getRange('A1:F1');
      return [r.getValues(), r.getFormulas()];
    });
    expect(values[0]).toEqual([1234.5, true, 2, '=IMPORTRANGE("x")', 12.5, '=IMAGE("http://x")']);
    expect(formulas[0]).toEqual(['', '', '=1+1', '', '', '']);
  });

  it('refuses a string over 50,000 characters', () => {
    const { as, sheet } = setup();
    as(OWNER, () => {
      expect(() => sheet().getRange('A1').setValue('x'.repeat(50001))).toThrow(
        'Your input contains more than the maximum of 50000 characters in a single cell.',
      );
    });
  });
});

describe('formulas (HyperFormula)', () => {
  it('evaluates common functions and shows errors as Sheets does', () => {
    const { as, sheet } = setup();
    const values = as(OWNER, () => {
      const s = sheet();
      s.getRange('A1:A3').setValues([[10], [20], ['']]);
      s.getRange('B1:B9').setFormulas([
        ['=IF(A1>5,"ya","tidak")'], ['=SUM(A1:A2)'], ['=ROUND(AVERAGE(A1:A2)/3,2)'], ['=IFERROR(1/0,"-")'],
        ['=INDEX(A1:A2,MATCH(20,A1:A2,0))'], ['=COUNTIF(A1:A3,">5")'], ['=AND(ISNUMBER(A1),OR(ISBLANK(A3),FALSE))'],
        ['=A1/0'], ['=MATCH(99,A1:A2,0)'],
      ]);
      return s.getRange('B1:B9').getValues().map((r) => r[0]);
    });
    expect(values).toEqual(['ya', 30, 5, '-', 20, 2, true, '#DIV/0!', '#N/A']);
  });

  it('follows cross-tab references through quoted names, renames, inserted rows and deleted sheets', () => {
    const { as, app } = setup();
    const result = as(OWNER, () => {
      const ss = app.getActive();
      const tw = ss.insertSheet('TW I 2026 · Kewaspadaan Nasional');
      const obrien = ss.insertSheet("Bidang O'Brien");
      const rekap = ss.insertSheet('Rekap');
      tw.getRange('B3').setValue(7);
      obrien.getRange('A1').setValue(3);
      rekap.getRange('A1:B1').setFormulas([["='TW I 2026 · Kewaspadaan Nasional'!B3*2", "='Bidang O''Brien'!A1+1"]]);
      const before = rekap.getRange('A1:B1').getValues()[0];
      tw.setName('TW II');
      tw.insertRowsAfter(1, 2);
      const moved = [rekap.getRange('A1').getFormula(), rekap.getRange('A1').getValue()];
      ss.deleteSheet(obrien);
      return { before, moved, deleted: rekap.getRange('B1').getValue() };
    });
    expect(result.before).toEqual([14, 4]);
    expect(result.moved).toEqual(["='TW II'!B5*2", 14]);
    expect(result.deleted).toBe('#REF!');
  });

  it('refuses a range past the grid, which insertRowsAfter/insertColumnsAfter and appendRow grow', () => {
    // A new sheet is 1000 × 26; a range beyond it is refused, not grown (real scripts' logs:
    // "The coordinates of the range are outside the dimensions of the sheet.").
    const { as, sheet } = setup();
    const total = as(OWNER, () => {
      const s = sheet();
      expect(() => s.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
      expect(() => s.getRange('A1:AA1')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
      s.insertRowsAfter(s.getMaxRows(), 5000);
      s.insertColumnsAfter(s.getMaxColumns(), 2);
      expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([6000, 28]);
      const rows = Array.from({ length: 6000 }, (_, i) => [`Indikator ${i + 1}`, i, `=B${i + 1}*2`]);
      s.getRange(1, 1, 6000, 3).setValues(rows);
      s.getRange('AB1').setFormula('=SUM(C1:C6000)');
      for (let i = 0; i < 200; i++) s.appendRow(['x', 1, '=B1']);
      expect(s.getMaxRows()).toBe(6200);
      return s.getRange('AB1').getValue();
    });
    expect(total).toBe(2 * ((5999 * 6000) / 2));
  });
});

describe('display values', () => {
  it('formats numbers and dates in id_ID', () => {
    const { as, sheet } = setup();
    const shown = as(OWNER, () => {
      const s = sheet();
      const r = s.getRange('A1:J1');
      r.setValues([[1234.5, 1234.5, 1234567, 1234.567, 0.855, 85.5, 1250000, 42, new Date('2026-03-31T00:00:00+07:00'), new Date('2026-03-31T00:00:00+07:00')]]);
      r.setNumberFormats([['0', '0.00', '#,##0', '#,##0.00', '0.00%', '0.00" %"', '"Rp "#,##0', '@', 'd mmmm yyyy', 'dd/mm/yyyy']]);
      return r.getDisplayValues()[0];
    });
    expect(shown).toEqual(['1235', '1234,50', '1.234.567', '1.234,57', '85,50%', '85,50 %', 'Rp 1.250.000', '42', '31 Maret 2026', '31/03/2026']);
  });
});
