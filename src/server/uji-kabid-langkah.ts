/**
 * "Uji dengan akun Kabid", the two runs that observe: the admin's onEdit trigger when the Kabid
 * ticks the box (dispatched from `onEditLapkin`), and the Kabid's own menu run. Each writes what
 * it saw into its rows of the scratch tab, under the document lock.
 */
import { MENU_UJI, SEL_KOTAK_UJI_A1, SEL_X_A1, SEL_Y_A1, TAB_UJI_KABID, BARIS_X, KOLOM_NILAI } from '../core/uji-kabid/tata-letak';
import { pesanDari, pesanGalat } from '../gas/diagnostik/cek';
import { withDocumentLock } from '../gas/kunci';
import { PESAN_TANPA_EMAIL, emailEfektif, emailPengguna } from '../gas/pengguna';
import { spreadsheetAktif, ui } from '../gas/spreadsheet';
import { bacaKeadaanUji, bacaPengamatan, tabUji, tulisPengamatanKabid, tulisPengamatanPemicu } from '../gas/uji-kabid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const JUDUL_UJI = 'Uji dengan akun Kabid';
const TANDA_SKRIP = 'Ditulis skrip dengan hak Kabid';

/** The box of the scratch tab was ticked: what the admin's trigger is told about who did it. */
export function catatPemicuUji(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const sheet = e.range.getSheet();
  if (sheet.getName() !== TAB_UJI_KABID || String(e.value).toUpperCase() !== 'TRUE') return;
  try {
    const dicatat = withDocumentLock(() => {
      if (!bacaKeadaanUji()) return false;
      const eUser = e.user ? e.user.getEmail().trim().toLowerCase() : '(e.user tidak ada)';
      tulisPengamatanPemicu(sheet, { aktif: emailPengguna(), eUser, efektif: emailEfektif(), authMode: String(e.authMode), waktu: new Date().toISOString() });
      return true;
    });
    if (dicatat) e.source.toast(`Centang kotak ${SEL_KOTAK_UJI_A1} tercatat. Lanjutkan: ${MENU_UJI} ▸ Langkah Kabid.`, JUDUL_UJI, 10);
  } catch (galat) {
    e.source.toast(`Centang kotak ${SEL_KOTAK_UJI_A1} tidak dapat dicatat: ${pesanDari(galat)}`, JUDUL_UJI, 15);
  }
}

/** Writes a mark into `a1` with the running user's authority, then puts `asli` back (so a rerun reads the typing again). */
function cobaTulis(sheet: Sheet, a1: string, asli: unknown): string {
  return pesanGalat(() => {
    const r = sheet.getRange(a1);
    r.setValue(TANDA_SKRIP);
    SpreadsheetApp.flush();
    r.setValue(asli);
  });
}

/** "Uji dengan akun Kabid ▸ Langkah Kabid": only the Kabid the admin named runs it. */
export function menuUjiKabidLangkah(): { readonly pesan: string } {
  const ss = spreadsheetAktif();
  const pesan = withDocumentLock(() => {
    const saya = emailPengguna();
    if (saya === '') throw new Error(PESAN_TANPA_EMAIL);
    const k = bacaKeadaanUji();
    if (!k) throw new Error(`Belum ada uji akun Kabid. Admin memulainya lebih dulu: ${MENU_UJI} ▸ Mulai.`);
    if (saya !== k.kabid) throw new Error(`${saya} bukan akun Kabid yang diuji. Langkah ini hanya untuk akun yang disebut di tab "${TAB_UJI_KABID}" (baris 2).`);
    const sheet = tabUji(ss);
    const [[x], [y]] = sheet.getRange(BARIS_X, KOLOM_NILAI, 2, 1).getValues();
    const nilai = { aktif: saya, efektif: emailEfektif(), ketikX: x, ketikY: y, tulisX: cobaTulis(sheet, SEL_X_A1, x), tulisY: cobaTulis(sheet, SEL_Y_A1, y), waktu: new Date().toISOString() };
    try {
      tulisPengamatanKabid(sheet, nilai);
    } catch (galat) {
      throw new Error(`Langkah Kabid tidak dapat menulis barisnya di tab "${TAB_UJI_KABID}" (${pesanDari(galat)}). Kirim pesan ini kepada admin.`);
    }
    const centang = bacaPengamatan(sheet).pemicu.aktif !== undefined
      ? ''
      : `\n\nPemicu belum mencatat centang kotak ${SEL_KOTAK_UJI_A1}: centang kotak itu (hapus centangnya dulu bila sudah tercentang), lalu jalankan langkah ini lagi.`;
    return `Tercatat di tab "${TAB_UJI_KABID}". Beri tahu admin untuk memilih ${MENU_UJI} ▸ Laporan.${centang}`;
  });
  const u = ui();
  u.alert(JUDUL_UJI, pesan, u.ButtonSet.OK);
  return { pesan };
}
