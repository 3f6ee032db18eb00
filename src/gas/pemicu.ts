/**
 * The installable onEdit trigger that handles the "Kirim" check box. It runs as the admin who
 * created it (domain.md §7), which is what lets it lock a bidang out of its own tab. One per
 * spreadsheet: a trigger is visible only to its creator, so the creator is remembered in the
 * document properties and a second admin does not add another.
 */
import { props } from './properti';

export const FUNGSI_PEMICU_EDIT = 'onEditLapkin';
const KUNCI_PEMBUAT = 'lapkin.pemicu.edit';

export type HasilPemicu = 'dibuat' | 'sudah-ada' | 'milik-admin-lain';

/** Makes sure the trigger exists; `saya` is the running admin (lower-cased). */
export function pastikanPemicuEdit(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, saya: string): HasilPemicu {
  const p = props();
  const milikSaya = ScriptApp.getUserTriggers(ss).filter(
    (t) => t.getHandlerFunction() === FUNGSI_PEMICU_EDIT && t.getEventType() === ScriptApp.EventType.ON_EDIT,
  );
  if (milikSaya.length > 0) {
    milikSaya.slice(1).forEach((t) => ScriptApp.deleteTrigger(t));
    p.setProperty(KUNCI_PEMBUAT, saya);
    return 'sudah-ada';
  }
  const pembuat = p.getProperty(KUNCI_PEMBUAT);
  if (pembuat !== null && pembuat !== '' && pembuat !== saya) return 'milik-admin-lain';
  ScriptApp.newTrigger(FUNGSI_PEMICU_EDIT).forSpreadsheet(ss).onEdit().create();
  p.setProperty(KUNCI_PEMBUAT, saya);
  return 'dibuat';
}
