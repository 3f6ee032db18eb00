/**
 * Utilities: dates formatted the way Apps Script formats them, blobs, uuids and sleep (which
 * advances the workspace clock instead of waiting).
 */
import { randomUUID } from 'node:crypto';
import type { Workspace } from '../workspace';
import { FakeBlob, asBlob, bytesToBuffer } from './blob';
import { formatDate } from './format-date';

export type FakeUtilities = Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'newBlob' | 'getUuid' | 'sleep'>;

/** https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer) — "max 300000". */
export const MAX_SLEEP_MS = 300000;

function isDate(value: unknown): value is Date {
  // Dates from the bundle's realm fail `instanceof Date`.
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function createUtilities(ws: Workspace): FakeUtilities {
  return {
    formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
      ws.record('Utilities', 'Utilities.formatDate');
      if (!isDate(date)) throw new Error('Invalid argument: date');
      return formatDate(new Date((date as Date).getTime()), String(timeZone), String(format));
    },
    newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
      ws.record('Utilities', 'Utilities.newBlob');
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : bytesToBuffer(data);
      return asBlob(new FakeBlob(ws, bytes, contentType ?? null, name ?? null));
    },
    getUuid(): string {
      ws.record('Utilities', 'Utilities.getUuid');
      return randomUUID();
    },
    sleep(milliseconds: number): void {
      ws.record('Utilities', 'Utilities.sleep');
      ws.advance(Math.min(Math.max(0, milliseconds), MAX_SLEEP_MS));
    },
  };
}
