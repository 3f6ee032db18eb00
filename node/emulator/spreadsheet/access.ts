/**
 * Who may change what: file sharing (owner and file editors) and protections, the way Sheets
 * decides it for a script's write (as the effective user) or a person's edit in the grid.
 */
import { contains, intersects, type Rect } from './a1';
import type { Book, ProtectionSpec, SheetModel } from './model';

/** Sheets' refusal when a protection stops an edit (script exception and grid dialog alike). */
export const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
/** Refusal for a user who can only view the file. */
export const VIEW_ONLY = 'You do not have permission to edit this spreadsheet.';

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Consumer accounts share no Google Workspace domain with anybody. */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

export function sameWorkspaceDomain(a: string, b: string): boolean {
  if (!a.includes('@') || !b.includes('@')) return false;
  const domain = domainOf(a);
  return domain === domainOf(b) && !CONSUMER_DOMAINS.has(domain);
}

export function isFileEditor(book: Book, owner: string, email: string): boolean {
  return email !== '' && (email === owner || book.fileEditors.has(email) || (book.domainShared && sameWorkspaceDomain(email, owner)));
}

/** Whether `email` is among the people a protection lets edit (owner always is). */
export function canEditProtection(p: ProtectionSpec, owner: string, email: string): boolean {
  if (email === '') return false;
  return email === owner || p.editors.includes(email) || (p.domainEdit && sameWorkspaceDomain(email, owner));
}

/** Whether a protection covers the cell: a range protection always; a sheet one unless the cell is left unprotected. */
function covers(p: ProtectionSpec, row: number, column: number): boolean {
  if (!contains(p.rect, row, column)) return false;
  return p.type === 'RANGE' || !p.unprotected.some((u) => contains(u, row, column));
}

/** Enforced (non-warning) protections of the sheet that `email` may not edit. */
function blocking(book: Book, sheet: SheetModel, owner: string, email: string): ProtectionSpec[] {
  return book.protections.filter(
    (p) => p.sheetId === sheet.sheetId && !p.warningOnly && !canEditProtection(p, owner, email),
  );
}

export function canEditCell(book: Book, sheet: SheetModel, owner: string, email: string, row: number, column: number): boolean {
  if (!isFileEditor(book, owner, email)) return false;
  return !blocking(book, sheet, owner, email).some((p) => covers(p, row, column));
}

/** Sheets' refusal text when `email` may not write every cell of `rect`, else null. */
export function editRefusal(book: Book, sheet: SheetModel, owner: string, email: string, rect: Rect): string | null {
  if (!isFileEditor(book, owner, email)) return VIEW_ONLY;
  const against = blocking(book, sheet, owner, email).filter((p) => intersects(p.rect, rect));
  for (const p of against) {
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
        if (covers(p, r, c)) return PROTECTED;
      }
    }
  }
  return null;
}

/** Refusal for a change to the sheet itself (rename, rows, frozen panes…): blocked by its sheet protection. */
export function sheetEditRefusal(book: Book, sheet: SheetModel, owner: string, email: string): string | null {
  if (!isFileEditor(book, owner, email)) return VIEW_ONLY;
  return blocking(book, sheet, owner, email).some((p) => p.type === 'SHEET') ? PROTECTED : null;
}
