/**
 * Who may change what: file sharing (owner, file editors, the owner's Workspace domain, the link)
 * and protections, the way Sheets decides it for a script's write (as the effective user) or a
 * person's edit in the grid.
 */
import type { Person, Workspace } from '../workspace';
import { contains, intersects, type Rect } from './a1';
import type { Book, ProtectionSpec, SheetModel } from './model';

/** Sheets' refusal when a protection stops an edit (script exception and grid dialog alike). */
export const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
/** Refusal for a user who can only view the file. */
export const VIEW_ONLY = 'You do not have permission to edit this spreadsheet.';

/**
 * Whether `who` may edit the file: its owner, its editors, everyone of the owner's Workspace domain
 * when shared with the domain, and — when the link gives edit access — anyone with the link, signed
 * in or not.
 */
export function isFileEditor(ws: Workspace, book: Book, who: Person): boolean {
  if (book.linkAccess === 'edit') return true;
  if (who.anonymous || who.email === '') return false;
  const email = who.email;
  return email === ws.owner.email || book.fileEditors.has(email) || (book.domainShared && ws.sameWorkspace(email, ws.owner.email));
}

/**
 * Whether `who` is among the people a protection lets edit. A protection whose editors no script
 * changed yet mirrors the file's own sharing — Sheet.protect / Range.protect: "Until the script
 * actually changes the list of editors for the protection … the permissions mirror those of the
 * spreadsheet itself, which effectively means that the sheet remains unprotected"
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()).
 */
export function canEditProtection(ws: Workspace, book: Book, p: ProtectionSpec, who: Person): boolean {
  if (p.mirror) return isFileEditor(ws, book, who);
  if (who.anonymous || who.email === '') return false;
  const email = who.email;
  return email === ws.owner.email || p.editors.includes(email) || (p.domainEdit && ws.sameWorkspace(email, ws.owner.email));
}

/** Whether a protection covers the cell: a range protection always; a sheet one unless the cell is left unprotected. */
function covers(p: ProtectionSpec, row: number, column: number): boolean {
  if (!contains(p.rect, row, column)) return false;
  return p.type === 'RANGE' || !p.unprotected.some((u) => contains(u, row, column));
}

/** Enforced (non-warning) protections of the sheet that `who` may not edit. */
function blocking(ws: Workspace, book: Book, sheet: SheetModel, who: Person): ProtectionSpec[] {
  return book.protections.filter(
    (p) => p.sheetId === sheet.sheetId && !p.warningOnly && !canEditProtection(ws, book, p, who),
  );
}

export function canEditCell(ws: Workspace, book: Book, sheet: SheetModel, who: Person, row: number, column: number): boolean {
  if (!isFileEditor(ws, book, who)) return false;
  return !blocking(ws, book, sheet, who).some((p) => covers(p, row, column));
}

/** Sheets' refusal text when `who` may not write every cell of `rect`, else null. */
export function editRefusal(ws: Workspace, book: Book, sheet: SheetModel, who: Person, rect: Rect): string | null {
  if (!isFileEditor(ws, book, who)) return VIEW_ONLY;
  const against = blocking(ws, book, sheet, who).filter((p) => intersects(p.rect, rect));
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
export function sheetEditRefusal(ws: Workspace, book: Book, sheet: SheetModel, who: Person): string | null {
  if (!isFileEditor(ws, book, who)) return VIEW_ONLY;
  return blocking(ws, book, sheet, who).some((p) => p.type === 'SHEET') ? PROTECTED : null;
}
