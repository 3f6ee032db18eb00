/**
 * HyperFormula behind the workbook: every literal and formula is mirrored into it so formulas
 * evaluate as in Sheets. Writes suspend evaluation; the first read after them recalculates once,
 * so a burst of writes costs one recalculation.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { columnLetters, columnNumber } from './a1';
import { dateToSerial, isDate, type Content } from './typed-input';

export type EngineValue = number | string | boolean | null;

export class Engine {
  private readonly hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', maxRows: 100000, maxColumns: 1000 });

  constructor(private readonly timeZone: () => string) {
    // Sheets reads bare TRUE and FALSE in formulas as the booleans; HyperFormula wants TRUE().
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
  }

  private write(): void {
    if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
  }

  private read(): HyperFormula {
    if (this.hf.isEvaluationSuspended()) this.hf.resumeEvaluation();
    return this.hf;
  }

  addSheet(name: string): number {
    this.write();
    return this.hf.getSheetId(this.hf.addSheet(name))!;
  }
  removeSheet(id: number): void {
    this.write();
    this.hf.removeSheet(id);
  }
  renameSheet(id: number, name: string): void {
    this.write();
    this.hf.renameSheet(id, name);
  }
  insertRows(id: number, beforeRow0: number, count: number): void {
    this.write();
    this.hf.addRows(id, [beforeRow0, count]);
  }

  /** Drops rows from `fromRow0` (trailing rows: the engine only holds cells up to its last used row). */
  removeRows(id: number, fromRow0: number, count: number): void {
    const height = this.hf.getSheetDimensions(id).height;
    if (fromRow0 >= height) return;
    this.write();
    this.hf.removeRows(id, [fromRow0, Math.min(count, height - fromRow0)]);
  }

  removeColumns(id: number, fromColumn0: number, count: number): void {
    const width = this.hf.getSheetDimensions(id).width;
    if (fromColumn0 >= width) return;
    this.write();
    this.hf.removeColumns(id, [fromColumn0, Math.min(count, width - fromColumn0)]);
  }

  raw(content: Content): RawCellContent {
    if (content.kind === 'empty') return null;
    if (content.kind === 'formula') return content.formula;
    const v = content.value;
    if (typeof v === 'string') return `'${v}`;
    if (isDate(v)) return dateToSerial(v, this.timeZone());
    return v;
  }

  /** Writes a block whose top-left cell is (row0, col0), 0-based. */
  setBlock(id: number, row0: number, col0: number, contents: RawCellContent[][]): void {
    this.write();
    this.hf.setCellContents({ sheet: id, row: row0, col: col0 }, contents);
  }

  value(id: number, row0: number, col0: number): EngineValue {
    const v = this.read().getCellValue({ sheet: id, row: row0, col: col0 });
    return v instanceof DetailedCellError ? v.value : v;
  }

  /** The formula as the engine tracks it (kept up to date across renames and inserted rows). */
  formula(id: number, row0: number, col0: number): string | undefined {
    return this.read().getCellFormula({ sheet: id, row: row0, col: col0 });
  }

  /** Evaluates a standalone formula whose unqualified references point at sheet `id`. */
  calculate(formula: string, id: number): EngineValue {
    const v = this.read().calculateFormula(formula, id);
    if (Array.isArray(v)) return (v[0]?.[0] as EngineValue | undefined) ?? null;
    return v instanceof DetailedCellError ? v.value : (v as EngineValue);
  }
}

/** Moves a formula's relative references by (rows, columns), as copying it to another cell would. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula.replace(/("[^"]*")|('(?:[^']|'')*'!|[A-Za-z_][\w.]*!)?(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g, (all, str: string | undefined, sheet: string | undefined, colAbs: string, col: string, rowAbs: string, row: string) => {
    if (str) return all;
    const column = colAbs ? col : columnLetters(columnNumber(col) + columns);
    const r = rowAbs ? row : String(Number(row) + rows);
    return `${sheet ?? ''}${colAbs}${column}${rowAbs}${r}`;
  });
}
