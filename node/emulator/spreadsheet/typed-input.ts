/**
 * Cell contents and how Sheets reads typed text (what `setValue('1.234,5')` or a person typing
 * into the grid produces), in the spreadsheet's locale.
 */

import { offsetMinutes } from '../time-zone';

export type Scalar = string | number | boolean | Date;

/** What a cell holds: nothing, a literal value, or a formula (English syntax, `,` separators). */
export type Content = { readonly kind: 'empty' } | { readonly kind: 'value'; readonly value: Scalar } | { readonly kind: 'formula'; readonly formula: string };

export const EMPTY: Content = { kind: 'empty' };

/** Sheets refuses longer cell input with this text. */
export const MAX_CELL_CHARS = 50000;
export const TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`;

interface Separators {
  readonly decimal: string;
  readonly group: string;
}

const DOT_DECIMAL = new Set(['en_US', 'en_GB', 'en_AU', 'en_CA', 'ja_JP', 'zh_CN', 'ko_KR', 'th_TH', 'en']);

export function separators(locale: string): Separators {
  return DOT_DECIMAL.has(locale) ? { decimal: '.', group: ',' } : { decimal: ',', group: '.' };
}

export function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === '[object Date]';
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parses `1.234,5`, `-12,5`, `85%` in the locale; undefined when the text is not a number. */
export function parseLocaleNumber(text: string, locale: string): number | undefined {
  const { decimal, group } = separators(locale);
  const d = escapeRegExp(decimal);
  const g = escapeRegExp(group);
  const match = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?(%?)$`).exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole, fraction, percent] = match;
  const n = Number(`${sign}${whole!.split(group).join('')}.${fraction ?? '0'}`);
  return percent ? n / 100 : n;
}

/** Midnight of a calendar day in `timeZone`, as an instant. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const utc = Date.UTC(year, month - 1, day);
  return new Date(utc - timeZoneOffsetMs(new Date(utc), timeZone));
}

/** How far `timeZone` is ahead of UTC at `date`, in milliseconds. */
export function timeZoneOffsetMs(date: Date, timeZone: string): number {
  return offsetMinutes(date, timeZone) * 60_000;
}

/** Locales whose dates are written month first (`3/4` is 4 March in en_US, 3 April in id_ID). */
const MONTH_FIRST = new Set(['en_US', 'en']);

/** How typed text is read: the spreadsheet's locale and time zone, and whether the cell is plain text (`@`). */
export interface TypedOptions {
  readonly locale: string;
  readonly timeZone: string;
  readonly plainText: boolean;
  /** The current year, for dates typed without one (`3/4`); absent: such text stays text. */
  readonly year?: number;
}

/**
 * The content typed text becomes, as Sheets reads it in the spreadsheet's locale: `=` starts a
 * formula, a leading apostrophe keeps text (and is dropped), TRUE/FALSE are booleans, numbers use the
 * locale's separators (en_US `1,234.5`, id_ID `1.234,5`; `12,5` stays text in en_US, `12.5` in
 * id_ID), `50%` is 0.5, and `d/m[/yyyy]` (id_ID) or `m/d[/yyyy]` (en_US) is a date — `3/4` with the
 * current year. A plain-text (`@`) cell keeps the text literally. (Help: "Change a spreadsheet's
 * locale… affects… formatting, like currency, dates and numbers",
 * https://support.google.com/docs/answer/58515; Diagnostik `angka-ketik-*` checks each reading.)
 */
export function parseTyped(text: string, options: TypedOptions): Content {
  if (text.length > MAX_CELL_CHARS) throw new Error(TOO_LONG);
  if (text === '') return EMPTY;
  if (options.plainText) return { kind: 'value', value: text };
  if (text.startsWith("'")) return text.length === 1 ? EMPTY : { kind: 'value', value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  const upper = text.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  const n = parseLocaleNumber(text, options.locale);
  if (n !== undefined) return { kind: 'value', value: n };
  const date = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(text.trim());
  const year = date?.[3] !== undefined ? Number(date[3]) : options.year;
  if (date && year !== undefined) {
    const [first, second] = [Number(date[1]), Number(date[2])];
    const [day, month] = MONTH_FIRST.has(options.locale) ? [second, first] : [first, second];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return { kind: 'value', value: zonedMidnight(year, month, day, options.timeZone) };
    }
  }
  return { kind: 'value', value: text };
}

/** What a script's `setValue(x)` writes: strings are read as typed input, other values kept. */
export function contentFromScript(value: unknown, options: TypedOptions): Content {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return parseTyped(value, options);
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'value', value } : { kind: 'value', value: String(value) };
  if (typeof value === 'boolean') return { kind: 'value', value };
  if (isDate(value)) return { kind: 'value', value: new Date(value.getTime()) };
  return parseTyped(String(value), options);
}

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** A Date as a Sheets serial number (days since 30 Dec 1899) in the spreadsheet's time zone. */
export function dateToSerial(date: Date, timeZone: string): number {
  return (date.getTime() + timeZoneOffsetMs(date, timeZone) - SERIAL_EPOCH_MS) / DAY_MS;
}

export function serialToDate(serial: number, timeZone: string): Date {
  const wall = SERIAL_EPOCH_MS + Math.round(serial * DAY_MS);
  return new Date(wall - timeZoneOffsetMs(new Date(wall), timeZone));
}
