/**
 * Text: the editable characters of one or more blocks (a paragraph, a cell, or the whole body,
 * whose blocks are joined by '\n' as Body.getText() shows them). Offsets are inclusive at the end,
 * as Google documents them: setBold(0, 4, true) bolds the first five characters.
 */
import type { Workspace } from '../workspace';
import { ElementType } from './enums';
import { deleteRange, insertText, replaceInRuns, runsText, styleRange, type TextRun, type TextStyle } from './model';

type TextMethods =
  | 'getText' | 'setText' | 'appendText' | 'insertText' | 'deleteText' | 'replaceText' | 'editAsText'
  | 'setBold' | 'setItalic' | 'setUnderline' | 'setFontSize' | 'setFontFamily' | 'setForegroundColor'
  | 'setLinkUrl' | 'setBackgroundColor'
  | 'isBold' | 'isItalic' | 'getFontSize' | 'getForegroundColor' | 'getLinkUrl' | 'getBackgroundColor' | 'getType' | 'asText'
  | 'getParent';

/**
 * Body.replaceText / Text.replaceText take the pattern as a string (RE2 syntax) matched against
 * each text block on its own:
 * https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
 */
export function blockPattern(searchPattern: string): RegExp {
  return new RegExp(String(searchPattern), 'g');
}

export class FakeText implements Pick<GoogleAppsScript.Document.Text, TextMethods> {
  /**
   * @param blocks the run arrays this Text spans (live references)
   * @param span for the Text appendText returns: [start, end) within a single block
   * @param parent the element holding this Text (a paragraph), where one is known
   */
  constructor(
    private readonly ws: Workspace,
    private readonly blocks: () => TextRun[][],
    private readonly span?: { start: number; end: number },
    private readonly parent?: () => object,
  ) {}

  private call(method: string, write = false): void {
    this.ws.record('DocumentApp', `Text.${method}`, { write });
  }

  private self(): GoogleAppsScript.Document.Text {
    return this as unknown as GoogleAppsScript.Document.Text;
  }

  private whole(): string {
    const text = this.blocks().map(runsText).join('\n');
    return this.span ? text.slice(this.span.start, this.span.end) : text;
  }

  /** Calls `fn` with each block's runs and the block-local [start, end) of global [start, end). */
  private eachBlock(start: number, end: number, fn: (runs: TextRun[], from: number, to: number) => void): void {
    const base = this.span?.start ?? 0;
    let position = 0;
    for (const runs of this.blocks()) {
      const length = runsText(runs).length;
      const from = Math.max(base + start - position, 0);
      const to = Math.min(base + end - position, length);
      if (from < to) fn(runs, from, to);
      position += length + 1;
    }
  }

  private style(method: string, style: (value: unknown) => TextStyle, args: unknown[]): GoogleAppsScript.Document.Text {
    this.call(method, true);
    const [start, end, value] = args.length >= 3 ? [Number(args[0]), Number(args[1]) + 1, args[2]] : [0, this.whole().length, args[0]];
    if (args.length < 3 && end === 0) return this.self();
    if (start < 0 || end > this.whole().length || end <= start) {
      throw new Error(`Index (${args.length >= 3 ? args[1] : end}) must be less than the content length (${this.whole().length}).`);
    }
    this.eachBlock(start, end, (runs, from, to) => styleRange(runs, from, to, style(value)));
    return this.self();
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.call('getType');
    return ElementType.TEXT as unknown as GoogleAppsScript.Document.ElementType;
  }
  getText(): string {
    this.call('getText');
    return this.whole();
  }
  /** The paragraph holding this Text (Body.findText's hits carry it); null where none is known. */
  getParent(): GoogleAppsScript.Document.ContainerElement {
    this.call('getParent');
    return (this.parent ? this.parent() : null) as GoogleAppsScript.Document.ContainerElement;
  }
  editAsText(): GoogleAppsScript.Document.Text {
    this.call('editAsText');
    return this.self();
  }
  asText(): GoogleAppsScript.Document.Text {
    this.call('asText');
    return this.self();
  }
  setText(text: string): GoogleAppsScript.Document.Text {
    this.call('setText', true);
    const blocks = this.blocks();
    const first = blocks[0];
    const style = first?.[0] ? { ...first[0], text: '' } : { text: '' };
    const { text: _unused, ...rest } = style;
    for (const runs of blocks) runs.splice(0, runs.length);
    if (first && String(text) !== '') first.push({ ...rest, text: String(text) });
    return this.self();
  }
  appendText(text: string): GoogleAppsScript.Document.Text {
    this.call('appendText', true);
    const blocks = this.blocks();
    const last = blocks[blocks.length - 1];
    const start = runsText(last).length;
    insertText(last, start, String(text));
    return new FakeText(this.ws, () => [last], { start, end: start + String(text).length }).self();
  }
  insertText(offset: number, text: string): GoogleAppsScript.Document.Text {
    this.call('insertText', true);
    const [runs] = this.blocks();
    insertText(runs, (this.span?.start ?? 0) + offset, String(text));
    return this.self();
  }
  deleteText(startOffset: number, endOffsetInclusive: number): GoogleAppsScript.Document.Text {
    this.call('deleteText', true);
    this.eachBlock(startOffset, endOffsetInclusive + 1, (runs, from, to) => deleteRange(runs, from, to));
    return this.self();
  }
  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.call('replaceText', true);
    for (const runs of this.blocks()) replaceInRuns(runs, blockPattern(searchPattern), String(replacement));
    return this as unknown as GoogleAppsScript.Document.Element;
  }
  setBold(...args: [boolean] | [number, number, boolean]): GoogleAppsScript.Document.Text {
    return this.style('setBold', (v) => ({ bold: Boolean(v) }), args);
  }
  setItalic(...args: [boolean] | [number, number, boolean]): GoogleAppsScript.Document.Text {
    return this.style('setItalic', (v) => ({ italic: Boolean(v) }), args);
  }
  setUnderline(...args: [boolean] | [number, number, boolean]): GoogleAppsScript.Document.Text {
    return this.style('setUnderline', (v) => ({ underline: Boolean(v) }), args);
  }
  setFontSize(...args: [number] | [number, number, number]): GoogleAppsScript.Document.Text {
    return this.style('setFontSize', (v) => ({ fontSize: Number(v) }), args);
  }
  setFontFamily(...args: [string] | [number, number, string]): GoogleAppsScript.Document.Text {
    return this.style('setFontFamily', (v) => ({ fontFamily: String(v) }), args);
  }
  setForegroundColor(...args: [string] | [number, number, string]): GoogleAppsScript.Document.Text {
    return this.style('setForegroundColor', (v) => ({ foregroundColor: String(v) }), args);
  }
  /**
   * https://developers.google.com/apps-script/reference/document/text#setLinkUrl(Integer,Integer,String)
   * A null url removes the link.
   */
  setLinkUrl(...args: [string] | [number, number, string]): GoogleAppsScript.Document.Text {
    return this.style('setLinkUrl', (v) => ({ linkUrl: v === null ? undefined : String(v) }), args);
  }
  /**
   * https://developers.google.com/apps-script/reference/document/text#setBackgroundColor(Integer,Integer,String)
   * A CSS colour ('#fff2cc'); null removes the background.
   */
  setBackgroundColor(...args: [string] | [number, number, string]): GoogleAppsScript.Document.Text {
    return this.style('setBackgroundColor', (v) => ({ backgroundColor: v === null ? undefined : String(v) }), args);
  }
  /** The link at `offset`, or of the whole text when all of it links to one URL; null otherwise. */
  getLinkUrl(offset?: number): string {
    this.call('getLinkUrl');
    return this.valueAt(offset, (run) => run.linkUrl);
  }
  /** The background at `offset`, or of the whole text when it is uniform; null otherwise. */
  getBackgroundColor(offset?: number): string {
    this.call('getBackgroundColor');
    return this.valueAt(offset, (run) => run.backgroundColor);
  }
  isBold(offset?: number): boolean {
    this.call('isBold');
    return this.attributeAt(offset, (run) => run.bold === true);
  }
  isItalic(offset?: number): boolean {
    this.call('isItalic');
    return this.attributeAt(offset, (run) => run.italic === true);
  }
  getFontSize(offset?: number): number {
    this.call('getFontSize');
    const run = this.runAt(offset ?? 0);
    return run?.fontSize ?? 11;
  }
  getForegroundColor(offset?: number): string {
    this.call('getForegroundColor');
    return this.runAt(offset ?? 0)?.foregroundColor ?? '#000000';
  }

  /** Google returns null for "no value" and for mixed values (the typings omit null). */
  private valueAt(offset: number | undefined, pick: (run: TextRun) => string | undefined): string {
    const values = new Set<string | undefined>();
    if (offset !== undefined) {
      const run = this.runAt(offset);
      values.add(run ? pick(run) : undefined);
    } else {
      this.eachRun((run) => values.add(pick(run)));
    }
    const [only] = values;
    return (values.size === 1 && only !== undefined ? only : null) as string;
  }

  /** Calls `fn` with every run (or run part) this Text covers. */
  private eachRun(fn: (run: TextRun) => void): void {
    this.eachBlock(0, this.whole().length, (runs, from, to) => {
      let position = 0;
      for (const run of runs) {
        const end = position + run.text.length;
        if (end > from && position < to) fn(run);
        position = end;
      }
    });
  }

  private attributeAt(offset: number | undefined, test: (run: TextRun) => boolean): boolean {
    if (offset !== undefined) {
      const run = this.runAt(offset);
      return run ? test(run) : false;
    }
    let all = true;
    let any = false;
    this.eachRun((run) => {
      any = true;
      all = all && test(run);
    });
    return any && all;
  }

  private runAt(offset: number): TextRun | undefined {
    let found: TextRun | undefined;
    this.eachBlock(offset, offset + 1, (runs, from) => {
      let position = 0;
      for (const run of runs) {
        if (from >= position && from < position + run.text.length) found = run;
        position += run.text.length;
      }
    });
    return found;
  }
}
