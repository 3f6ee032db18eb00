/**
 * How far a time zone is ahead of UTC at an instant, computed with Intl (no date library).
 * Accepts IANA ids (Asia/Jakarta…) and Java's custom ids ("GMT+7", "GMT+07:00"); an id Java
 * does not know is GMT, as Apps Script's TimeZone.getTimeZone gives.
 */

/** "GMT+7", "GMT+07:00", "GMT-0530" as Java's custom zone ids, in minutes east of UTC. */
function customOffset(zone: string): number | undefined {
  const match = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!match) return zone === 'GMT' || zone === 'UTC' ? 0 : undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

export function offsetMinutes(date: Date, timeZone: string): number {
  const fixed = customOffset(timeZone);
  if (fixed !== undefined) return fixed;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(date);
  } catch {
    return 0;
  }
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((asUtc - (date.getTime() - date.getUTCMilliseconds())) / 60000);
}
