/**
 * Utilities: dates formatted the way Apps Script formats them, blobs, uuids and sleep (which
 * advances the workspace clock instead of waiting).
 */
import { randomUUID } from 'node:crypto';
import type { Workspace } from '../workspace';
import { FakeBlob, asBlob, bytesToBuffer } from './blob';
import { formatDate } from './format-date';

export type FakeUtilities = Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'newBlob' | 'getUuid' | 'sleep' | 'base64Decode'>;

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
    /**
     * https://developers.google.com/apps-script/reference/utilities/utilities#base64Decode(String):
     * the bytes as Apps Script's Byte[] (Java bytes: -128…127). Text that is not padded base64 is
     * refused with "Could not decode string." (a public Apps Script project notes the decoder "is
     * strict about length and throws 'Could not decode string.'" on unpadded input), where Node's
     * Buffer would decode it leniently.
     */
    base64Decode(encoded: string): GoogleAppsScript.Byte[] {
      ws.record('Utilities', 'Utilities.base64Decode');
      const text = String(encoded).replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error('Could not decode string.');
      return Array.from(Buffer.from(text, 'base64'), (b) => (b > 127 ? b - 256 : b));
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
