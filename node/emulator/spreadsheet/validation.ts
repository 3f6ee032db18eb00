/**
 * Data validation: the builder and rule objects scripts use, and the check Sheets applies when a
 * person types into a validated cell (scripts are never checked).
 */
import { asGas } from './context';
import { shiftFormula } from './engine';
import type { Book, SheetModel, ValidationSpec } from './model';
import { isDate, type Scalar } from './typed-input';

type GasBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GasValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export class FakeDataValidation implements Pick<GasValidation, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'> {
  constructor(readonly spec: ValidationSpec) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return asGas(this.spec.criteria);
  }
  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getHelpText(): string {
    return asGas<string>(this.spec.helpText ?? null);
  }
  copy(): GasBuilder {
    return asGas(new FakeDataValidationBuilder({ ...this.spec }));
  }
}

type Draft = { -readonly [K in keyof ValidationSpec]: ValidationSpec[K] };

export class FakeDataValidationBuilder
  implements
    Pick<
      GasBuilder,
      | 'requireNumberGreaterThanOrEqualTo'
      | 'requireNumberBetween'
      | 'requireValueInList'
      | 'requireCheckbox'
      | 'requireTextIsUrl'
      | 'requireFormulaSatisfied'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'build'
      | 'getCriteriaType'
      | 'getCriteriaValues'
    >
{
  private readonly draft: Draft;
  /** New rules allow invalid input (show a warning) until setAllowInvalid(false). */
  constructor(spec?: ValidationSpec) {
    this.draft = spec ? { ...spec } : { criteria: '', values: [], allowInvalid: true };
  }
  private set(criteria: string, values: (string | number | boolean)[]): GasBuilder {
    this.draft.criteria = criteria;
    this.draft.values = values;
    return asGas(this);
  }
  requireNumberGreaterThanOrEqualTo(number: number): GasBuilder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberBetween(start: number, end: number): GasBuilder {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireValueInList(values: string[], showDropdown?: boolean): GasBuilder {
    return this.set('VALUE_IN_LIST', [...values.map(String), ...(showDropdown === false ? [false] : [])]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GasBuilder {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined) as (string | number | boolean)[];
    return this.set('CHECKBOX', values);
  }
  requireTextIsUrl(): GasBuilder {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): GasBuilder {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allowInvalidData: boolean): GasBuilder {
    this.draft.allowInvalid = allowInvalidData;
    return asGas(this);
  }
  setHelpText(helpText: string): GasBuilder {
    this.draft.helpText = helpText;
    return asGas(this);
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return asGas(this.draft.criteria);
  }
  getCriteriaValues(): unknown[] {
    return [...this.draft.values];
  }
  build(): GasValidation {
    if (!this.draft.criteria) throw new Error('You must set a criteria for the data validation rule.');
    return asGas(new FakeDataValidation({ ...this.draft }));
  }
}

/** The spec behind a DataValidation the script passes back (our own fake). */
export function specOf(rule: GasValidation | null): ValidationSpec | undefined {
  if (rule === null || rule === undefined) return undefined;
  return (rule as unknown as FakeDataValidation).spec;
}

/** Whether `value` (already written to the cell) satisfies the rule, as Sheets judges typed input. */
export function satisfies(book: Book, sheet: SheetModel, row: number, column: number, spec: ValidationSpec, value: Scalar | ''): boolean {
  if (value === '') return true;
  const v = spec.values;
  switch (spec.criteria) {
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return typeof value === 'number' && value >= Number(v[0]);
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= Number(v[0]) && value <= Number(v[1]);
    case 'VALUE_IN_LIST':
      return v.filter((x) => typeof x === 'string').includes(isDate(value) ? value.toISOString() : String(value));
    case 'CHECKBOX':
      return v.length === 0 ? typeof value === 'boolean' : v.some((x) => String(x) === String(value));
    case 'TEXT_IS_VALID_URL':
      return typeof value === 'string' && /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i.test(value);
    case 'CUSTOM_FORMULA': {
      const anchor = spec.anchor ?? { row, column };
      const formula = shiftFormula(String(v[0]), row - anchor.row, column - anchor.column);
      const result = book.engine.calculate(formula, sheet.engineId);
      return result === true || (typeof result === 'number' && result !== 0);
    }
    default:
      return true;
  }
}

/** What Sheets tells a person whose input a rejecting rule refuses: the help text, or its default. */
export function rejectionText(spec: ValidationSpec, a1: string): string {
  return spec.helpText || `The data you entered in cell ${a1} violates the data validation rules set on this cell.`;
}
