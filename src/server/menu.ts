import { PERIODE, labelPeriode, parsePeriode } from '../core/periode';
import type { Periode } from '../core/types';
import { mulaiSiklus } from './mulai-siklus';
import type { HasilBuatDokumen } from './api-types';
import { buatDokumenLkj } from './lkj';
import { buatTabRekap } from './rekap';
import { buatNotaDinas, buatSuratPeringatan } from './surat';
import { siapkanLembarKerja } from './siapkan';
import { simpanTriwulanSebelumnya } from './triwulan-sebelumnya';
import { tutupTahun } from './tutup-tahun';
import { DEPLOYMENT } from './deployment';
import { spreadsheetAktif, ui } from '../gas/spreadsheet';
import { subMenuUjiKabid } from './uji-kabid';
import { penjalan, wajibAdmin } from './akses';

const MENU_TITLE = 'Laporan Kinerja';

/**
 * Simple trigger: runs in AuthMode.NONE/LIMITED with 30 s, so it only builds the menu —
 * no properties, no Session e-mail, no reads of the workbook.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const u = ui();
  const menu = DEPLOYMENT === 'addon' ? u.createAddonMenu() : u.createMenu(MENU_TITLE);
  // Caption and function per item; '' for a separator.
  for (const item of [
    'Siapkan lembar kerja:menuSiapkanLembarKerja', 'Mulai siklus:menuMulaiSiklus', 'Buka panel:openSidebar', '',
    'Buat rekap:menuBuatRekap', 'Buat draf LKj:menuBuatDrafLkj', 'Buat nota dinas permintaan data:menuBuatNotaDinas',
    'Buat surat peringatan:menuBuatSuratPeringatan', 'Simpan realisasi triwulan sebelumnya:menuSimpanTriwulanSebelumnya', '', 'Tutup tahun:menuTutupTahun', 'Diagnostik:menuDiagnostik',
  ]) {
    const [caption, fungsi] = item.split(':');
    if (item) menu.addItem(caption, fungsi);
    else menu.addSeparator();
  }
  menu.addSubMenu(subMenuUjiKabid(u));
  menu.addToUi();
}

/** Add-on install: the document is open already, so build the menu now. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_TITLE);
  ui().showSidebar(html);
}

/** An alert with the first 15 lines of `uraian` below the message. */
function alertHasil(judul: string, pesan: string, uraian: readonly string[] = []): void {
  const u = ui();
  const rincian = uraian.length > 0 ? `\n\n${uraian.slice(0, 15).join('\n')}${uraian.length > 15 ? '\n…' : ''}` : '';
  u.alert(judul, pesan + rincian, u.ButtonSet.OK);
}

/** The problems of an answer whose status may be 'masalah'. */
function uraianDari(hasil: { status: string; uraian?: readonly string[] }): readonly string[] {
  return hasil.status === 'masalah' ? hasil.uraian ?? [] : [];
}

/**
 * Asks for a period (`kosong`: the prompt's hint for an empty answer, which is then allowed and
 * gives undefined); null when cancelled or when the answer names no period (after saying so).
 */
function tanyaPeriode(judul: string, kosong: string): Periode | undefined | null {
  const u = ui();
  const pilihan = PERIODE.map(labelPeriode).join(', ');
  const jawab = u.prompt(judul, `Periode (${pilihan})${kosong}:`, u.ButtonSet.OK_CANCEL);
  if (jawab.getSelectedButton() !== u.Button.OK) return null;
  const teks = kosong ? jawab.getResponseText().trim() : jawab.getResponseText();
  if (kosong && teks === '') return undefined;
  const periode = parsePeriode(teks);
  if (periode === null) alertHasil(judul, `"${teks}" bukan periode. Pilih salah satu: ${pilihan}.`);
  return periode;
}

/**
 * The one yes/no question of both the menus and the panel (the panel calls it through
 * google.script.run, so a person sees the same Sheets dialog from either): true for Ya.
 */
export function tanyaYaTidak(judul: string, pesan: string): boolean {
  const u = ui();
  return u.alert(judul, pesan, u.ButtonSet.YES_NO) === u.Button.YES;
}

/** An admin-only menu item refuses a non-admin (the Indonesian error Sheets shows) before asking anything. */
function adminDulu(): void {
  wajibAdmin(penjalan(spreadsheetAktif()));
}

/**
 * Runs a menu action with a toast saying it is under way (Sheets shows it at the bottom right
 * while the script runs; the next toast replaces it). Timeout -1 keeps it until replaced:
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number)
 */
function denganToast<T>(judul: string, teks: string, aksi: () => T): T {
  const ss = spreadsheetAktif();
  ss.toast(teks, judul, -1);
  let selesai = false;
  try {
    const hasil = aksi();
    selesai = true;
    return hasil;
  } finally {
    ss.toast(selesai ? 'Selesai.' : 'Terhenti.', judul, 3);
  }
}

/** Yes, No or Cancel (null) to including the bidang's drafts. */
function tanyaDraf(judul: string, teks: string): boolean | null {
  const u = ui();
  const draf = u.alert(judul, `Sertakan data draf bidang yang belum mengirim? ${teks}`, u.ButtonSet.YES_NO_CANCEL);
  return draf === u.Button.CANCEL ? null : draf === u.Button.YES;
}

/** "Tutup tahun" from the menu: refuses a non-admin before asking, asks first (and again when isian are still missing). */
export function menuTutupTahun(): void {
  adminDulu();
  const u = ui();
  const judul = 'Tutup tahun';
  if (u.alert(judul, 'Tutup tahun anggaran di Pengaturan dan mulai tahun berikutnya? Riwayat capaian disimpan, tab siklus tahun ini disembunyikan.', u.ButtonSet.YES_NO) !== u.Button.YES) return;
  let hasil = denganToast(judul, 'Menutup tahun…', () => tutupTahun());
  if (hasil.status === 'perlu-konfirmasi') {
    if (u.alert(judul, hasil.pesan, u.ButtonSet.YES_NO) !== u.Button.YES) return;
    hasil = denganToast(judul, 'Menutup tahun…', () => tutupTahun({ konfirmasi: true }));
  }
  alertHasil(judul, hasil.pesan, uraianDari(hasil));
}

export function menuSiapkanLembarKerja(): void {
  adminDulu();
  const hasil = denganToast('Siapkan lembar kerja', 'Menyiapkan tab konfigurasi…', siapkanLembarKerja);
  alertHasil('Siapkan lembar kerja', hasil.pesan, [...hasil.ditambahkan.map((d) => `Ditambahkan: ${d}`), ...hasil.diubah, ...hasil.masalah]);
}

/** The menu's short form of "Mulai siklus": the period by prompt, this year's Pengaturan, the default deadline. */
export function menuMulaiSiklus(): void {
  adminDulu();
  const periode = tanyaPeriode('Mulai siklus', '');
  if (!periode) return;
  const mulai = (konfirmasi: boolean) => denganToast('Mulai siklus', 'Membuat tab bidang…', () => mulaiSiklus({ periode, konfirmasi }));
  let hasil = mulai(false);
  if (hasil.status === 'perlu-konfirmasi') {
    if (!tanyaYaTidak('Mulai siklus', hasil.pesan)) return;
    hasil = mulai(true);
  }
  alertHasil('Mulai siklus', hasil.pesan, uraianDari(hasil));
}

/** "Buat rekap" from the menu: the period by prompt (empty = the open cycle), then whether to include drafts. */
export function menuBuatRekap(): void {
  adminDulu();
  const periode = tanyaPeriode('Buat rekap', '; kosongkan untuk siklus yang berjalan');
  if (periode === null) return;
  const draf = tanyaDraf('Buat rekap', 'Barisnya akan ditandai (draf).');
  if (draf === null) return;
  const hasil = denganToast('Buat rekap', 'Membuat tab rekap…', () => buatTabRekap({ ...(periode ? { periode } : {}), sertakanDraf: draf }));
  alertHasil('Buat rekap', hasil.pesan, uraianDari(hasil));
}

/** A document action's outcome in an alert: the message, each document's link, then the notes. */
function alertDokumen(judul: string, hasil: HasilBuatDokumen): void {
  const u = ui();
  const rincian =
    hasil.status === 'ok' ? [...hasil.dokumen.map((d) => `${d.nama}: ${d.url}`), ...hasil.catatan] : uraianDari(hasil).slice(0, 15);
  u.alert(judul, [hasil.pesan, ...rincian].join('\n\n'), u.ButtonSet.OK);
}

/** "Buat draf LKj" from the menu: the open cycle, after asking whether to include drafts. */
export function menuBuatDrafLkj(): void {
  adminDulu();
  const draf = tanyaDraf('Buat draf LKj', 'Datanya akan ditandai sebagai draf.');
  if (draf !== null) alertDokumen('Buat draf LKj', denganToast('Buat draf LKj', 'Membuat dokumen draf LKj…', () => buatDokumenLkj({ sertakanDraf: draf })));
}

export function menuBuatNotaDinas(): void {
  adminDulu();
  alertDokumen('Buat nota dinas permintaan data', denganToast('Buat nota dinas', 'Membuat nota dinas…', buatNotaDinas));
}

export function menuBuatSuratPeringatan(): void {
  adminDulu();
  alertDokumen('Buat surat peringatan', denganToast('Buat surat peringatan', 'Membuat surat peringatan…', buatSuratPeringatan));
}

/** "Simpan realisasi triwulan sebelumnya" from the menu: refuses a non-admin first, then saves and says what. */
export function menuSimpanTriwulanSebelumnya(): void {
  adminDulu();
  const judul = 'Simpan realisasi triwulan sebelumnya';
  const hasil = denganToast(judul, 'Menyimpan realisasi triwulan sebelumnya…', simpanTriwulanSebelumnya);
  alertHasil(judul, hasil.pesan, uraianDari(hasil));
}
