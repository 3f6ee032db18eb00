/**
 * What every fake object shares: the Workspace kernel (call recording, who is running) and the
 * workbook model; plus the casts from the fakes to the Apps Script interface types they stand for.
 */
import type { Person, Workspace } from '../workspace';
import { formatDate } from '../utilities/format-date';
import type { Book } from './model';

export type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GasRange = GoogleAppsScript.Spreadsheet.Range;
export type GasProtection = GoogleAppsScript.Spreadsheet.Protection;
export type GasUser = GoogleAppsScript.Base.User;

export interface Ctx {
  readonly ws: Workspace;
  readonly book: Book;
  /** The Spreadsheet object the workbook is seen through (Sheet.getParent). */
  readonly parent: () => GasSpreadsheet;
}

/** Records one SpreadsheetApp call (`Class.method`); workbook mutations pass write = true. */
export function record(ctx: Ctx, method: string, write = false): void {
  ctx.ws.record('SpreadsheetApp', method, { workbookWrite: write });
}

/** How typed text is read in this workbook now (its locale, time zone and current year); not a plain-text cell. */
export function typedOptionsOf(ctx: Ctx): { locale: string; timeZone: string; plainText: false; year: number } {
  const timeZone = ctx.ws.timeZone;
  return { locale: ctx.book.locale, timeZone, plainText: false, year: Number(formatDate(ctx.ws.clock(), timeZone, 'yyyy')) };
}

/** The person whose authority a script call runs with. */
export function acting(ctx: Ctx): Person {
  return ctx.ws.current().effectiveUser;
}

/** The email whose authority a script call runs with. */
export function actingEmail(ctx: Ctx): string {
  return acting(ctx).email;
}

/**
 * The fakes implement a Pick<> of each Apps Script interface; methods that return another Apps
 * Script object hand back our fake, which the bundle uses through the same methods.
 */
export function asGas<T>(fake: unknown): T {
  return fake as unknown as T;
}

/** A Base.User as Apps Script returns it from getOwner/getEditors. */
export function user(email: string): GasUser {
  const u: Pick<GasUser, 'getEmail'> = { getEmail: () => email };
  return asGas<GasUser>(u);
}

/** Reads an email from an argument that may be an email or a User. */
export function emailOf(x: string | GasUser): string {
  return typeof x === 'string' ? x : x.getEmail();
}

/** Apps Script enums: objects whose members print as their names. */
export function enumOf<T>(names: readonly string[]): T {
  const e: Record<string, string> = {};
  for (const n of names) e[n] = n;
  return asGas<T>(e);
}

export function enumName(x: unknown): string {
  return String(x);
}
