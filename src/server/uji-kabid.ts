/**
 * "Laporan Kinerja ▸ Uji dengan akun Kabid" (README "Uji di Google"), the admin's side: start the
 * two-account check, report it against the emulator's beliefs, remove the scratch tab. The Kabid's
 * side is uji-kabid-langkah.ts.
 */
import { escapeHtml } from '../core/html';
import { alasanKabidTidakSah, domainDitanyakan, type KeadaanUjiKabid } from '../core/uji-kabid/keadaan';
import { MENU_UJI, SEL_X_A1, SEL_Y_A1, TAB_UJI_KABID } from '../core/uji-kabid/tata-letak';
import { teksIsu } from '../core/uji-kabid/teks-isu';
import { jalankanCek } from '../gas/diagnostik/cek';
import { htmlLaporan, ringkasan, type HasilDiagnostik } from '../gas/diagnostik/laporan';
import { CEK_UJI_KABID } from '../gas/diagnostik/uji-kabid-cek';
import { withDocumentLock } from '../gas/kunci';
import { pastikanPemicuEdit, pembuatPemicuEdit } from '../gas/pemicu';
import { emailPemilik } from '../gas/pengguna';
import { spreadsheetAktif, ui } from '../gas/spreadsheet';
import { bacaKeadaanUji, bacaPengamatan, buatTabUji, editorProteksi, hapusUji, simpanKeadaanUji, tabUji } from '../gas/uji-kabid';
import { penjalan, wajibAdmin } from './akses';
import { JUDUL_UJI } from './uji-kabid-langkah';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface HasilUjiKabid extends HasilDiagnostik {
  /** The plain-text block for an issue, addresses replaced by roles. */
  readonly teks: string;
}

/** The submenu onOpen adds (UI calls only). */
export function subMenuUjiKabid(u: GoogleAppsScript.Base.Ui): GoogleAppsScript.Base.Menu {
  return u.createMenu(JUDUL_UJI).addItem('Mulai (admin)', 'menuUjiKabidMulai').addItem('Langkah Kabid', 'menuUjiKabidLangkah')
    .addItem('Laporan (admin)', 'menuUjiKabidLaporan').addItem('Hapus tab uji (admin)', 'menuUjiKabidHapus');
}

function waktu(ss: Spreadsheet, saat: Date): string {
  return Utilities.formatDate(saat, ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm');
}

/** Under the document lock: the trigger, the tab and the state. Returns the admin's next steps. */
function siapkanUji(ss: Spreadsheet, kabid: string, domainWorkspace: string | null): string {
  const siapa = penjalan(ss);
  wajibAdmin(siapa);
  const salah = alasanKabidTidakSah(kabid, siapa.adminEmails);
  if (salah) throw new Error(salah);
  pastikanPemicuEdit(ss, siapa.email, siapa.adminEmails);
  const pembuat = pembuatPemicuEdit() ?? siapa.email;
  const sudahEditor = ss.getEditors().some((u) => u.getEmail().trim().toLowerCase() === kabid);
  const saat = new Date();
  const k: KeadaanUjiKabid = { kabid, admin: siapa.email, pembuat, pemilik: emailPemilik(ss), domainWorkspace, sudahEditor, dibuat: saat.toISOString() };
  buatTabUji(ss, k, waktu(ss, saat), siapa.adminEmails).activate();
  simpanKeadaanUji(k);
  const peringatan = sudahEditor
    ? `\n\nPerhatian: ${kabid} sudah dapat mengedit file ini, jadi Sel X (${SEL_X_A1}) tidak membedakan apa pun. Untuk uji penuh: cabut akses Kabid di Bagikan, jalankan Mulai lagi, lalu bagikan kembali.`
    : '';
  return `Tab "${TAB_UJI_KABID}" siap; pemicu onEdit admin ada (dibuat oleh ${pembuat}).\n\n` +
    `1. Bagikan spreadsheet ini kepada ${kabid} sebagai Editor (tombol Bagikan).\n` +
    `2. Minta Kabid membuka tab "${TAB_UJI_KABID}" dan mengikuti langkah 2–4 di sana.\n` +
    `3. Lalu pilih ${MENU_UJI} ▸ Laporan.${peringatan}`;
}

/** "Mulai (admin)": asks for the Kabid's address (and, for a shared non-Gmail domain, whether it is Workspace). */
export function menuUjiKabidMulai(): { readonly status: 'ok' | 'batal' | 'ditolak'; readonly pesan: string } {
  const ss = spreadsheetAktif();
  const siapa = penjalan(ss);
  wajibAdmin(siapa);
  const u = ui();
  const batal = { status: 'batal', pesan: 'Dibatalkan; tidak ada yang diubah.' } as const;
  const ganti = ss.getSheetByName(TAB_UJI_KABID) ? ` Tab "${TAB_UJI_KABID}" yang ada akan diganti.` : '';
  const jawab = u.prompt(JUDUL_UJI, `Alamat e-mail akun Google Kabid yang diuji: bukan admin, sebaiknya belum dibagikan file ini (misalnya akun Gmail).${ganti}`, u.ButtonSet.OK_CANCEL);
  if (jawab.getSelectedButton() !== u.Button.OK) return batal;
  const kabid = jawab.getResponseText().trim().toLowerCase();
  const salah = alasanKabidTidakSah(kabid, siapa.adminEmails);
  if (salah) {
    u.alert(JUDUL_UJI, `${salah} Tidak ada yang diubah.`, u.ButtonSet.OK);
    return { status: 'ditolak', pesan: salah };
  }
  let domainWorkspace: string | null = null;
  const domain = domainDitanyakan(kabid, siapa.email);
  if (domain !== null) {
    const b = u.alert(JUDUL_UJI, `Akun Anda dan akun Kabid sama-sama @${domain}. Apakah @${domain} akun Google Workspace (dikelola admin Workspace kantor), bukan akun Google biasa yang didaftarkan dengan alamat kantor? Bila ragu, jawab Tidak.`, u.ButtonSet.YES_NO);
    if (b !== u.Button.YES && b !== u.Button.NO) return batal;
    if (b === u.Button.YES) domainWorkspace = domain;
  }
  const pesan = withDocumentLock(() => siapkanUji(ss, kabid, domainWorkspace));
  u.alert(JUDUL_UJI, pesan, u.ButtonSet.OK);
  return { status: 'ok', pesan };
}

function htmlUji(h: HasilUjiKabid): string {
  return `${htmlLaporan(h)}<p><strong>Salin teks ini ke laporan isu</strong> (alamat e-mail sudah diganti peran):</p>` +
    `<textarea readonly rows="12" style="width:100%;font-family:monospace">${escapeHtml(h.teks)}</textarea>` +
    `<p>Sesudah menyalin: ${escapeHtml(MENU_UJI)} ▸ Hapus tab uji, dan cabut akses Kabid uji bila tidak diperlukan.</p>`;
}

/** "Laporan (admin)": every observation against the emulator's belief, shown and returned. Reads only. */
export function menuUjiKabidLaporan(): HasilUjiKabid {
  const ss = spreadsheetAktif();
  wajibAdmin(penjalan(ss));
  const k = bacaKeadaanUji();
  if (!k) throw new Error(`Belum ada uji akun Kabid. Mulai dengan ${MENU_UJI} ▸ Mulai.`);
  const sheet = tabUji(ss);
  const cek = jalankanCek(CEK_UJI_KABID, { k, ...bacaPengamatan(sheet), editorX: editorProteksi(sheet, SEL_X_A1), editorY: editorProteksi(sheet, SEL_Y_A1) });
  const gagal = cek.filter((c) => !c.lulus).length;
  const info = { waktu: waktu(ss, new Date()), zona: ss.getSpreadsheetTimeZone(), lokal: ss.getSpreadsheetLocale() };
  const hasil: HasilUjiKabid = { lulus: cek.length - gagal, gagal, cek, sisa: [], ringkasan: ringkasan(cek), teks: teksIsu(k, cek, info) };
  ui().showModalDialog(HtmlService.createHtmlOutput(htmlUji(hasil)).setWidth(900).setHeight(600), JUDUL_UJI);
  return hasil;
}

/** "Hapus tab uji (admin)": the tab and the state (the onEdit trigger stays: Kirim needs it). */
export function menuUjiKabidHapus(): { readonly pesan: string } {
  const ss = spreadsheetAktif();
  const pesan = withDocumentLock(() => {
    wajibAdmin(penjalan(ss));
    return hapusUji(ss) ? `Tab "${TAB_UJI_KABID}" dihapus.` : `Tidak ada tab "${TAB_UJI_KABID}".`;
  });
  const u = ui();
  u.alert(JUDUL_UJI, `${pesan} Cabut akses akun Kabid uji di Bagikan bila tidak diperlukan lagi.`, u.ButtonSet.OK);
  return { pesan };
}
