/**
 * A read-only picture of the emulated workbook, for tests that inspect state without making
 * (and counting) service calls, and for the local `npm start` page that draws the grid.
 * Plain JSON: no class instances, Dates as ISO strings.
 */

export interface CellView {
  /** 1-based. */
  readonly row: number;
  readonly column: number;
  /** The value getValues() would return (a formula's computed result); Dates as ISO strings. */
  readonly value: string | number | boolean | null;
  /** What the grid shows: the value formatted by the cell's number format (Sheets' display value). */
  readonly display: string;
  /** The formula in English syntax, when the cell holds one. */
  readonly formula?: string;
  readonly numberFormat?: string;
  /** Background as #rrggbb, including a conditional-format colour that currently applies. */
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly horizontalAlignment?: 'left' | 'center' | 'right';
  readonly wrap?: boolean;
  readonly note?: string;
  /** Data validation on the cell (drop-downs, check boxes…). */
  readonly validation?: {
    readonly criteria: string;
    readonly values: readonly (string | number | boolean)[];
    readonly allowInvalid: boolean;
    readonly helpText?: string;
  };
  /** The value fails the cell's data validation: Sheets marks the cell with a red corner and shows the help text. */
  readonly invalid?: true;
  /** Whether the viewing user could edit this cell in the grid (protections and sharing). */
  readonly editable: boolean;
}

export interface MergeView {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface ChartView {
  readonly chartType: string;
  /** A1 notations of the data ranges. */
  readonly ranges: readonly string[];
  readonly title?: string;
  /** The data the chart plots, read from its ranges (header row first). */
  readonly data: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>;
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

export interface ProtectionView {
  readonly description: string;
  /** 'SHEET' or 'RANGE'. */
  readonly type: string;
  /** A1 notation of the protected range (the whole sheet for SHEET). */
  readonly range: string;
  /** Empty while the protection mirrors the file's sharing. */
  readonly editors: readonly string[];
  readonly warningOnly: boolean;
  readonly domainEdit: boolean;
  readonly unprotectedRanges: readonly string[];
  /** No script has set its editors yet: whoever can edit the file can edit what it protects. */
  readonly mirrorsFile?: boolean;
}

export interface SheetView {
  readonly name: string;
  readonly sheetId: number;
  readonly index: number;
  readonly hidden: boolean;
  readonly tabColor?: string;
  readonly lastRow: number;
  readonly lastColumn: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Column widths in pixels, by 1-based column; absent = default (100). */
  readonly columnWidths: Readonly<Record<number, number>>;
  /** Non-empty or formatted cells only, row-major. */
  readonly cells: readonly CellView[];
  readonly merges: readonly MergeView[];
  readonly protections: readonly ProtectionView[];
  readonly charts: readonly ChartView[];
}
