/**
 * The Docs API's index arithmetic over the emulator's document records
 * (https://developers.google.com/docs/api/concepts/structure), shared by the batchUpdate fake
 * (docs-advanced.ts) and its documents.get (docs-get.ts): the body starts with a section break
 * [0, 1); a paragraph spans its text and its closing "\n" (a page break, rule or inline image inside
 * it is one index more); a table spans 1 (its start) + per row 1 + per cell 1 + the cell's
 * paragraph; a header or footer is a segment of its own whose indexes start at 0.
 */
import { runsText, type CellRecord, type ElementRecord, type HeadingName, type ParagraphRecord, type TableRecord } from './document/model';

/** The API's namedStyleType → the emulator's heading name. */
export const NAMED: Readonly<Record<string, HeadingName>> = {
  NORMAL_TEXT: 'NORMAL',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING_1: 'HEADING1',
  HEADING_2: 'HEADING2',
  HEADING_3: 'HEADING3',
  HEADING_4: 'HEADING4',
  HEADING_5: 'HEADING5',
  HEADING_6: 'HEADING6',
};

export function paragraphLength(p: ParagraphRecord): number {
  return (p.pageBreak ? 1 : 0) + (p.horizontalRule ? 1 : 0) + (p.image ? 1 : 0) + runsText(p.runs).length + 1;
}
export function cellLength(cell: CellRecord): number {
  return 1 + runsText(cell.runs).length + 1;
}
export function elementLength(e: ElementRecord): number {
  return e.type === 'TABLE' ? 1 + e.rows.reduce((n, row) => n + 1 + row.reduce((m, c) => m + cellLength(c), 0), 0) : paragraphLength(e);
}

export interface CellAt {
  readonly cell: CellRecord;
  /** Index of the cell's paragraph's first character. */
  readonly start: number;
}

/**
 * One segment (the body, a header or a footer) with each top-level element's start index, kept up
 * to date as requests change lengths. The body starts at 1, after the section break [0, 1); a
 * header or footer has no section break and starts at 0 (how Docs.Documents.get shows a header's
 * first paragraph: no startIndex, i.e. 0; Diagnostik `docs-indeks` checks it on live Google).
 */
export class Positions {
  starts: number[] = [];
  constructor(
    readonly elements: ElementRecord[],
    readonly base: number,
    /** '' for the body, else the header's or footer's id. */
    readonly segmentId = '',
  ) {
    this.rebuildFrom(0);
  }
  /** Recomputes the starts from element `k` on (the elements before it did not move). */
  rebuildFrom(k: number): void {
    const body = this.elements;
    this.starts.length = Math.min(this.starts.length, k);
    let at = k === 0 ? this.base : this.starts[k - 1] + elementLength(body[k - 1]);
    for (let j = k; j < body.length; j++) {
      this.starts[j] = at;
      at += elementLength(body[j]);
    }
  }
  /** The end of the body segment (exclusive). */
  end(): number {
    const n = this.elements.length;
    return n === 0 ? this.base : this.starts[n - 1] + elementLength(this.elements[n - 1]);
  }
  /** The top-level element holding `index`. */
  find(index: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  shift(after: number, delta: number): void {
    for (let j = after + 1; j < this.starts.length; j++) this.starts[j] += delta;
  }
  cells(k: number): CellAt[] {
    const table = this.elements[k] as TableRecord;
    const out: CellAt[] = [];
    let at = this.starts[k] + 1;
    for (const row of table.rows) {
      at += 1;
      for (const cell of row) {
        out.push({ cell, start: at + 1 });
        at += cellLength(cell);
      }
    }
    return out;
  }
}

/** The paragraph (top-level) overlapped by [a, b), with its start. */
export function* paragraphsIn(pos: Positions, a: number, b: number): Generator<{ k: number; p: ParagraphRecord; start: number }> {
  if (b <= a) return;
  for (let k = pos.find(a); k < pos.elements.length && pos.starts[k] < b; k++) {
    const e = pos.elements[k];
    if (e.type !== 'TABLE') yield { k, p: e, start: pos.starts[k] };
  }
}
export function* cellsIn(pos: Positions, a: number, b: number): Generator<CellAt> {
  if (b <= a) return;
  for (let k = pos.find(a); k < pos.elements.length && pos.starts[k] < b; k++) {
    if (pos.elements[k].type !== 'TABLE') continue;
    for (const c of pos.cells(k)) if (c.start < b && c.start + runsText(c.cell.runs).length + 1 > a) yield c;
  }
}
