/**
 * Display values: a cell's value rendered through its number format, as the grid shows it, with
 * the locale's separators (id_ID: `.` thousands, `,` decimals) and Indonesian month names.
 */
import { dateToSerial, isDate, separators, serialToDate, type Scalar } from './typed-input';

const MONTHS: Record<string, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function isDateFormat(format: string | undefined): boolean {
  return !!format && /[dy]/i.test(format.replace(/"[^"]*"/g, ''));
}

function groupDigits(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

function formatNumberPattern(n: number, pattern: string, locale: string): string {
  const { decimal, group } = separators(locale);
  const percent = pattern.includes('%');
  const value = percent ? n * 100 : n;
  const numeric = pattern.replace(/%/g, '');
  const dot = numeric.indexOf('.');
  const decimals = dot < 0 ? 0 : numeric.slice(dot + 1).replace(/[^0#]/g, '').length;
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const wholeText = numeric.includes(',') ? groupDigits(whole!, group) : whole!;
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${wholeText}${fraction ? decimal + fraction : ''}${percent ? '%' : ''}`;
}

function formatDate(date: Date, format: string, locale: string, timeZone: string): string {
  const months = MONTHS[locale.slice(0, 2)] ?? MONTHS.en!;
  const wall = serialToDate(Math.floor(dateToSerial(date, timeZone)), 'UTC');
  const [y, m, d] = [wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate()];
  const pad = (x: number): string => String(x).padStart(2, '0');
  return format.replace(/"([^"]*)"|yyyy|yy|mmmm|mmm|mm|m|dd|d/g, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case 'yyyy': return String(y);
      case 'yy': return pad(y % 100);
      case 'mmmm': return months[m - 1]!;
      case 'mmm': return months[m - 1]!.slice(0, 3);
      case 'mm': return pad(m);
      case 'm': return String(m);
      case 'dd': return pad(d);
      default: return String(d);
    }
  });
}

/** Sheets' "automatic" rendering of a number: up to 10 significant digits, no grouping. */
function automaticNumber(n: number, locale: string): string {
  const text = String(Number(n.toPrecision(10)));
  return text.replace('.', separators(locale).decimal);
}

export function displayValue(value: Scalar | '', format: string | undefined, locale: string, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDate(value)) return formatDate(value, isDateFormat(format) ? format! : 'dd/mm/yyyy', locale, timeZone);
  if (!format || format === '@' || /^general$/i.test(format)) return automaticNumber(value, locale);
  if (isDateFormat(format)) return formatDate(serialToDate(value, timeZone), format, locale, timeZone);
  // A format is a quoted prefix, a digit pattern (0 # , . %), and a quoted suffix.
  const match = /^((?:"[^"]*"|[^0#"])*)([0#,.]+%?)((?:"[^"]*"|[^0#])*)$/.exec(format);
  if (!match) return automaticNumber(value, locale);
  const literal = (s: string): string => s.replace(/"([^"]*)"/g, '$1');
  return `${literal(match[1]!)}${formatNumberPattern(value, match[2]!, locale)}${literal(match[3]!)}`;
}
