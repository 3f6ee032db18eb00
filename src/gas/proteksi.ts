/** Protections with exactly the editors we name (domain.md §7 idiom). */
import { emailUnik } from '../core/email-unik';


/**
 * Makes `p` editable by `editor` only (plus the owner and the current user, whom Sheets never
 * removes). A new protection starts with the current user as editor; the idiom is
 * addEditor(me); removeEditors(getEditors()); setDomainEdit(false) when on — then add ours.
 */
export function aturEditor(p: GoogleAppsScript.Spreadsheet.Protection, saya: string, editor: readonly string[]): void {
  if (saya !== '') p.addEditor(saya);
  p.removeEditors(p.getEditors());
  if (p.canDomainEdit()) p.setDomainEdit(false);
  const daftar = emailUnik(editor);
  if (daftar.length > 0) p.addEditors(daftar);
}
