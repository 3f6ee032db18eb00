/** The SpreadsheetApp global: the bound spreadsheet, builders and enums. */
import type { Workspace } from '../workspace';
import { FakeConditionalFormatRuleBuilder } from './conditional';
import { asGas, enumOf, type GasRange, type GasSheet, type GasSpreadsheet } from './context';
import { rangeFactory } from './protect';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeDataValidationBuilder } from './validation';

type S = typeof GoogleAppsScript.Spreadsheet;
type AppApi = Pick<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  | 'getActiveSpreadsheet' | 'getActive' | 'getActiveSheet' | 'getUi' | 'flush' | 'newDataValidation' | 'newConditionalFormatRule'
  | 'ProtectionType' | 'DataValidationCriteria' | 'BorderStyle' | 'WrapStrategy'
>;

const CRITERIA = [
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN', 'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL', 'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE',
  'CUSTOM_FORMULA', 'CHECKBOX',
] as const;

/** `ui` is the emulator's Ui (any subset of Base.Ui); getUi hands it to the script as is. */
export function createSpreadsheetApp(ws: Workspace, spreadsheet: FakeSpreadsheet, ui: Partial<GoogleAppsScript.Base.Ui>): AppApi {
  const ctx = spreadsheet.ctx;
  const record = (method: string): void => ws.record('SpreadsheetApp', `SpreadsheetApp.${method}`);
  return {
    ProtectionType: enumOf<S['ProtectionType']>(['RANGE', 'SHEET']),
    DataValidationCriteria: enumOf<S['DataValidationCriteria']>(CRITERIA),
    BorderStyle: enumOf<S['BorderStyle']>(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE']),
    WrapStrategy: enumOf<S['WrapStrategy']>(['WRAP', 'OVERFLOW', 'CLIP']),
    getActiveSpreadsheet(): GasSpreadsheet {
      record('getActiveSpreadsheet');
      return asGas(spreadsheet);
    },
    getActive(): GasSpreadsheet {
      record('getActive');
      return asGas(spreadsheet);
    },
    getActiveSheet(): GasSheet {
      record('getActiveSheet');
      return spreadsheet.getActiveSheet();
    },
    getUi(): GoogleAppsScript.Base.Ui {
      record('getUi');
      return asGas(ui);
    },
    flush(): void {
      record('flush');
    },
    newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
      record('newDataValidation');
      return asGas(new FakeDataValidationBuilder());
    },
    newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
      record('newConditionalFormatRule');
      const rangeOf = (rect: Parameters<ReturnType<typeof rangeFactory>>[1]): GasRange =>
        rangeFactory(ctx)(ctx.book.activeSheetId, rect);
      return asGas(new FakeConditionalFormatRuleBuilder(rangeOf));
    },
  };
}
