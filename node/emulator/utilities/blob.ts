/**
 * Base.Blob: bytes with a content type and a name. Apps Script hands bytes out as Java bytes,
 * signed (-128..127), so getBytes() does too.
 */
import type { Workspace } from '../workspace';

type BlobMethods =
  | 'getBytes'
  | 'setBytes'
  | 'getDataAsString'
  | 'setDataFromString'
  | 'getContentType'
  | 'setContentType'
  | 'getName'
  | 'setName'
  | 'copyBlob'
  | 'getBlob'
  | 'isGoogleType';

export class FakeBlob implements Pick<GoogleAppsScript.Base.Blob, BlobMethods> {
  constructor(
    private readonly ws: Workspace,
    private data: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}

  private call(method: string, write = false): void {
    this.ws.record('Utilities', `Blob.${method}`, { write });
  }

  getBytes(): number[] {
    this.call('getBytes');
    return [...new Int8Array(this.data.buffer, this.data.byteOffset, this.data.length)];
  }
  setBytes(data: number[]): GoogleAppsScript.Base.Blob {
    this.call('setBytes', true);
    this.data = bytesToBuffer(data);
    return asBlob(this);
  }
  getDataAsString(charset?: string): string {
    this.call('getDataAsString');
    return this.data.toString(charset && /^us-ascii$/i.test(charset) ? 'ascii' : 'utf8');
  }
  setDataFromString(text: string): GoogleAppsScript.Base.Blob {
    this.call('setDataFromString', true);
    this.data = Buffer.from(String(text), 'utf8');
    return asBlob(this);
  }
  getContentType(): string | null {
    this.call('getContentType');
    return this.contentType;
  }
  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.call('setContentType', true);
    this.contentType = contentType;
    return asBlob(this);
  }
  getName(): string | null {
    this.call('getName');
    return this.name;
  }
  setName(name: string): GoogleAppsScript.Base.Blob {
    this.call('setName', true);
    this.name = String(name);
    return asBlob(this);
  }
  copyBlob(): GoogleAppsScript.Base.Blob {
    this.call('copyBlob');
    return asBlob(new FakeBlob(this.ws, Buffer.from(this.data), this.contentType, this.name));
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.call('getBlob');
    return asBlob(this);
  }
  isGoogleType(): boolean {
    this.call('isGoogleType');
    return false;
  }

  /** The content, read without making calls (documents store images this way). */
  peek(): { bytes: Buffer; contentType: string | null; name: string | null } {
    return { bytes: Buffer.from(this.data), contentType: this.contentType, name: this.name };
  }
}

/** The fake is a Pick of Blob; code under test only sees the methods it implements. */
export function asBlob(blob: FakeBlob): GoogleAppsScript.Base.Blob {
  return blob as unknown as GoogleAppsScript.Base.Blob;
}

export function isFakeBlob(value: unknown): value is FakeBlob {
  return value instanceof FakeBlob;
}

/** Bytes from the script (possibly signed, possibly an array from another realm). */
export function bytesToBuffer(data: ArrayLike<number>): Buffer {
  const out = Buffer.alloc(data.length);
  for (let i = 0; i < data.length; i++) out[i] = Number(data[i]) & 0xff;
  return out;
}
