/** Conditional formatting: the rule builder scripts use and the colour a rule gives a cell. */
import { contains, type Rect } from './a1';
import { asGas, type GasRange } from './context';
import { shiftFormula } from './engine';
import type { Book, ConditionalRuleSpec, SheetModel } from './model';
import type { Scalar } from './typed-input';

type GasRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GasRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** A range handed to setRanges: our FakeRange exposes where it is. */
export interface Located {
  readonly sheetModel: SheetModel;
  readonly rect: Rect;
}

export class FakeConditionalFormatRule implements Pick<GasRule, 'copy' | 'getRanges'> {
  constructor(
    readonly spec: ConditionalRuleSpec,
    private readonly rangeOf: (rect: Rect) => GasRange,
  ) {}
  copy(): GasRuleBuilder {
    return asGas(new FakeConditionalFormatRuleBuilder(this.rangeOf, this.spec));
  }
  getRanges(): GasRange[] {
    return this.spec.ranges.map(this.rangeOf);
  }
}

type Draft = { -readonly [K in keyof ConditionalRuleSpec]: ConditionalRuleSpec[K] };

export class FakeConditionalFormatRuleBuilder
  implements
    Pick<
      GasRuleBuilder,
      | 'whenNumberGreaterThanOrEqualTo'
      | 'whenNumberLessThan'
      | 'whenNumberBetween'
      | 'whenTextEqualTo'
      | 'whenFormulaSatisfied'
      | 'setBackground'
      | 'setFontColor'
      | 'setRanges'
      | 'build'
    >
{
  private readonly draft: Draft;
  constructor(
    private readonly rangeOf: (rect: Rect) => GasRange,
    spec?: ConditionalRuleSpec,
  ) {
    this.draft = spec ? { ...spec } : { condition: '', values: [], ranges: [] };
  }
  private when(condition: string, values: (string | number)[]): GasRuleBuilder {
    this.draft.condition = condition;
    this.draft.values = values;
    return asGas(this);
  }
  whenNumberGreaterThanOrEqualTo(number: number): GasRuleBuilder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number): GasRuleBuilder {
    return this.when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberBetween(start: number, end: number): GasRuleBuilder {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenTextEqualTo(text: string): GasRuleBuilder {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenFormulaSatisfied(formula: string): GasRuleBuilder {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  setBackground(color: string | null): GasRuleBuilder {
    this.draft.background = color ?? undefined;
    return asGas(this);
  }
  setFontColor(color: string | null): GasRuleBuilder {
    this.draft.fontColor = color ?? undefined;
    return asGas(this);
  }
  setRanges(ranges: GasRange[]): GasRuleBuilder {
    this.draft.ranges = ranges.map((r) => (r as unknown as Located).rect);
    return asGas(this);
  }
  build(): GasRule {
    if (!this.draft.condition) throw new Error('Conditional format rule must have a condition.');
    return asGas(new FakeConditionalFormatRule({ ...this.draft }, this.rangeOf));
  }
}

function matches(book: Book, sheet: SheetModel, rule: ConditionalRuleSpec, row: number, column: number, value: Scalar | ''): boolean {
  const [a, b] = rule.values;
  switch (rule.condition) {
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return typeof value === 'number' && value >= Number(a);
    case 'NUMBER_LESS_THAN':
      return typeof value === 'number' && value < Number(a);
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= Number(a) && value <= Number(b);
    case 'TEXT_EQUAL_TO':
      return typeof value === 'string' && value.toLowerCase() === String(a).toLowerCase();
    case 'CUSTOM_FORMULA': {
      const anchor = rule.ranges[0]!;
      const formula = shiftFormula(String(a), row - anchor.row, column - anchor.column);
      const result = book.engine.calculate(formula, sheet.engineId);
      return result === true || (typeof result === 'number' && result !== 0);
    }
    default:
      return false;
  }
}

/** The first rule (in order) covering the cell whose condition holds — Sheets applies only that one. */
export function applyingRule(book: Book, sheet: SheetModel, row: number, column: number, value: Scalar | ''): ConditionalRuleSpec | undefined {
  return sheet.conditionalRules.find(
    (rule) => rule.ranges.some((r) => contains(r, row, column)) && matches(book, sheet, rule, row, column, value),
  );
}
