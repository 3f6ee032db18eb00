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
  return !!format && /[dyhs]/i.test(format.replace(/"[^"]*"/g, ''));
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

/**
 * A date/time format as Sheets applies it: m/mm are minutes right after an hour token or right
 * before a seconds token, months otherwise (the spreadsheet-format rule:
 * https://developers.google.com/sheets/api/guides/formats#date_and_time_format_patterns).
 */
function formatDate(date: Date, format: string, locale: string, timeZone: string): string {
  const months = MONTHS[locale.slice(0, 2)] ?? MONTHS.en!;
  const serial = dateToSerial(date, timeZone);
  const wall = serialToDate(Math.floor(serial), 'UTC');
  const [y, m, d] = [wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate()];
  const seconds = Math.round((serial - Math.floor(serial)) * 86400) % 86400;
  const [hh, mi, ss] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const pad = (x: number): string => String(x).padStart(2, '0');
  const tokens = Array.from(format.matchAll(/"([^"]*)"|yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s/g));
  const minutes = new Set<number>();
  tokens.forEach((t, i) => {
    if (t[0] !== 'm' && t[0] !== 'mm') return;
    const before = tokens.slice(0, i).reverse().find((x) => x[1] === undefined)?.[0];
    const after = tokens.slice(i + 1).find((x) => x[1] === undefined)?.[0];
    if (before === 'h' || before === 'hh' || after === 's' || after === 'ss') minutes.add(t.index!);
  });
  let out = '';
  let last = 0;
  for (const t of tokens) {
    out += format.slice(last, t.index);
    last = t.index! + t[0].length;
    const token = t[0];
    if (t[1] !== undefined) { out += t[1]; continue; }
    if (minutes.has(t.index!)) { out += token === 'mm' ? pad(mi) : String(mi); continue; }
    switch (token) {
      case 'yyyy': out += String(y); break;
      case 'yy': out += pad(y % 100); break;
      case 'mmmm': out += months[m - 1]!; break;
      case 'mmm': out += months[m - 1]!.slice(0, 3); break;
      case 'mm': out += pad(m); break;
      case 'm': out += String(m); break;
      case 'dd': out += pad(d); break;
      case 'd': out += String(d); break;
      case 'hh': out += pad(hh); break;
      case 'h': out += String(hh); break;
      case 'ss': out += pad(ss); break;
      default: out += String(ss);
    }
  }
  return out + format.slice(last);
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
