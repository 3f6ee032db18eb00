/**
 * Utilities.formatDate: Java SimpleDateFormat patterns in a real IANA time zone, computed with Intl.
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * "format — a format as specified in the SimpleDateFormat class". Apps Script runs with an English
 * locale here, so MMM/MMMM/EEE/EEEE give English names ("Mar", "March", "Tue", "Tuesday").
 */

import { offsetMinutes as zoneOffsetMinutes } from '../time-zone';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
}

function wallClock(date: Date, timeZone: string): WallClock {
  const offsetMinutes = zoneOffsetMinutes(date, timeZone);
  const shifted = new Date(date.getTime() + offsetMinutes * 60000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
    offsetMinutes,
  };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function offset(minutes: number, separator: string, withMinutes: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hours = pad(Math.floor(abs / 60), 2);
  return withMinutes ? `${sign}${hours}${separator}${pad(abs % 60, 2)}` : `${sign}${hours}`;
}

function field(letter: string, count: number, t: WallClock): string {
  switch (letter) {
    case 'y':
      return count === 2 ? pad(t.year % 100, 2) : pad(t.year, count);
    case 'M':
      if (count >= 4) return MONTHS[t.month - 1];
      if (count === 3) return MONTHS[t.month - 1].slice(0, 3);
      return pad(t.month, count);
    case 'd':
      return pad(t.day, count);
    case 'E':
      return count >= 4 ? DAYS[t.weekday] : DAYS[t.weekday].slice(0, 3);
    case 'H':
      return pad(t.hour, count);
    case 'h':
      return pad(t.hour % 12 === 0 ? 12 : t.hour % 12, count);
    case 'a':
      return t.hour < 12 ? 'AM' : 'PM';
    case 'm':
      return pad(t.minute, count);
    case 's':
      return pad(t.second, count);
    case 'S':
      return pad(t.millisecond, count);
    case 'Z':
      return offset(t.offsetMinutes, '', true);
    case 'X':
      if (t.offsetMinutes === 0) return 'Z';
      return count === 1 ? offset(t.offsetMinutes, '', false) : offset(t.offsetMinutes, count >= 3 ? ':' : '', true);
    default:
      // SimpleDateFormat: "Illegal pattern character 'x'" (letters this emulator does not model too).
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const t = wallClock(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i];
    if (char === "'") {
      // 'text' is literal; '' is one quote.
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (end < 0) throw new Error('Unterminated quote');
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(char)) {
      let count = 1;
      while (pattern[i + count] === char) count++;
      out += field(char, count, t);
      i += count;
      continue;
    }
    out += char;
    i++;
  }
  return out;
}
