/**
 * Lapkin's installable triggers, one each per spreadsheet: the onEdit trigger that handles the
 * "Kirim" check box, and the hourly SOP status refresh. Both run as the admin who created them
 * (domain.md §7), which is what lets the first lock a bidang out of its own tab. A trigger is
 * visible only to its creator, so the creator is remembered in the document properties and a
 * second admin does not add another.
 */
import { props } from './properti';

type Trigger = GoogleAppsScript.Script.Trigger;

const FUNGSI_PEMICU_EDIT = 'onEditLapkin';
const FUNGSI_PEMICU_SOP = 'perbaruiStatusSop';
const KUNCI_PEMICU_EDIT = 'lapkin.pemicu.edit';

/**
 * Makes sure one trigger exists: `milikSaya` are the running admin's triggers of this kind (extra
 * ones are deleted), `buat` makes one. `saya` is the running admin and `admin` every admin
 * (lower-cased): a trigger recorded for someone who is no longer an admin is replaced by the
 * running admin's, since its handler would refuse to run with that person's authority.
 */
function pastikanPemicu(kunci: string, saya: string, admin: readonly string[], milikSaya: Trigger[], buat: () => void): void {
  const p = props();
  if (milikSaya.length > 0) {
    milikSaya.slice(1).forEach((t) => ScriptApp.deleteTrigger(t));
    p.setProperty(kunci, saya);
    return;
  }
  const pembuat = p.getProperty(kunci);
  if (pembuat !== null && pembuat !== saya && admin.includes(pembuat)) return;
  buat();
  p.setProperty(kunci, saya);
}

/** The Kirim box's onEdit trigger. */
export function pastikanPemicuEdit(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, saya: string, admin: readonly string[]): void {
  const milikSaya = ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === FUNGSI_PEMICU_EDIT && t.getEventType() === ScriptApp.EventType.ON_EDIT);
  pastikanPemicu(KUNCI_PEMICU_EDIT, saya, admin, milikSaya, () => ScriptApp.newTrigger(FUNGSI_PEMICU_EDIT).forSpreadsheet(ss).onEdit().create());
}

/** Who made the Kirim box's onEdit trigger (lower-cased), as recorded; null before the first. */
export function pembuatPemicuEdit(): string | null {
  return props().getProperty(KUNCI_PEMICU_EDIT);
}

/** The hourly SOP status refresh (a clock trigger: not tied to the document, so found among the project's). */
export function pastikanPemicuSop(saya: string, admin: readonly string[]): void {
  const milikSaya = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === FUNGSI_PEMICU_SOP);
  pastikanPemicu('lapkin.pemicu.sop', saya, admin, milikSaya, () => ScriptApp.newTrigger(FUNGSI_PEMICU_SOP).timeBased().everyHours(1).create());
}
