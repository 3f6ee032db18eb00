import { PERIODE, labelPeriode, parsePeriode } from '../core/periode';
import { mulaiSiklus } from './mulai-siklus';
import type { HasilBuatDokumen } from './api-types';
import { buatDokumenLkj } from './lkj';
import { buatTabRekap } from './rekap';
import { buatNotaDinas, buatSuratPeringatan } from './surat';
import { siapkanLembarKerja } from './siapkan';
import { DEPLOYMENT } from './deployment';

const MENU_TITLE = 'Laporan Kinerja';

/**
 * Simple trigger: runs in AuthMode.NONE/LIMITED with 30 s, so it only builds the menu —
 * no properties, no Session e-mail, no reads of the workbook.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const menu = DEPLOYMENT === 'addon' ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE);
  menu
    .addItem('Siapkan lembar kerja', 'menuSiapkanLembarKerja')
    .addItem('Mulai siklus', 'menuMulaiSiklus')
    .addItem('Buka panel', 'openSidebar')
    .addSeparator()
    .addItem('Buat rekap', 'menuBuatRekap')
    .addItem('Buat draf LKj', 'menuBuatDrafLkj')
    .addItem('Buat nota dinas permintaan data', 'menuBuatNotaDinas')
    .addItem('Buat surat peringatan', 'menuBuatSuratPeringatan')
    .addSeparator()
    .addItem('Diagnostik', 'menuDiagnostik')
    .addToUi();
}

/** Add-on install: the document is open already, so build the menu now. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function menuSiapkanLembarKerja(): void {
  const ui = SpreadsheetApp.getUi();
  const hasil = siapkanLembarKerja();
  const rincian = hasil.masalah.length > 0 ? `\n\n${hasil.masalah.slice(0, 15).join('\n')}${hasil.masalah.length > 15 ? '\n…' : ''}` : '';
  ui.alert('Siapkan lembar kerja', hasil.pesan + rincian, ui.ButtonSet.OK);
}

/** The menu's short form of "Mulai siklus": the period by prompt, this year's Pengaturan, the default deadline. */
export function menuMulaiSiklus(): void {
  const ui = SpreadsheetApp.getUi();
  const pilihan = PERIODE.map(labelPeriode).join(', ');
  const jawab = ui.prompt('Mulai siklus', `Periode (${pilihan}):`, ui.ButtonSet.OK_CANCEL);
  if (jawab.getSelectedButton() !== ui.Button.OK) return;
  const periode = parsePeriode(jawab.getResponseText());
  if (periode === null) {
    ui.alert('Mulai siklus', `"${jawab.getResponseText()}" bukan periode. Pilih salah satu: ${pilihan}.`, ui.ButtonSet.OK);
    return;
  }
  let hasil = mulaiSiklus({ periode });
  if (hasil.status === 'perlu-konfirmasi') {
    if (ui.alert('Mulai siklus', hasil.pesan, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
    hasil = mulaiSiklus({ periode, konfirmasi: true });
  }
  const rincian = hasil.status === 'masalah' ? `\n\n${hasil.uraian.slice(0, 15).join('\n')}` : '';
  ui.alert('Mulai siklus', hasil.pesan + rincian, ui.ButtonSet.OK);
}

/** "Buat rekap" from the menu: the period by prompt (empty = the open cycle), then whether to include drafts. */
export function menuBuatRekap(): void {
  const ui = SpreadsheetApp.getUi();
  const pilihan = PERIODE.map(labelPeriode).join(', ');
  const jawab = ui.prompt('Buat rekap', `Periode (${pilihan}); kosongkan untuk siklus yang berjalan:`, ui.ButtonSet.OK_CANCEL);
  if (jawab.getSelectedButton() !== ui.Button.OK) return;
  const teks = jawab.getResponseText().trim();
  const periode = teks === '' ? undefined : parsePeriode(teks);
  if (periode === null) {
    ui.alert('Buat rekap', `"${teks}" bukan periode. Pilih salah satu: ${pilihan}.`, ui.ButtonSet.OK);
    return;
  }
  const draf = ui.alert('Buat rekap', 'Sertakan data draf bidang yang belum mengirim? Barisnya akan ditandai (draf).', ui.ButtonSet.YES_NO_CANCEL);
  if (draf === ui.Button.CANCEL) return;
  const hasil = buatTabRekap({ ...(periode ? { periode } : {}), sertakanDraf: draf === ui.Button.YES });
  const rincian = hasil.status === 'masalah' ? `\n\n${hasil.uraian.slice(0, 15).join('\n')}` : '';
  ui.alert('Buat rekap', hasil.pesan + rincian, ui.ButtonSet.OK);
}

/** A document action's outcome in an alert: the message, each document's link, then the notes. */
function alertDokumen(judul: string, hasil: HasilBuatDokumen): void {
  const ui = SpreadsheetApp.getUi();
  const rincian =
    hasil.status === 'ok' ? [...hasil.dokumen.map((d) => `${d.nama}: ${d.url}`), ...hasil.catatan] : hasil.status === 'masalah' ? hasil.uraian.slice(0, 15) : [];
  ui.alert(judul, [hasil.pesan, ...rincian].join('\n\n'), ui.ButtonSet.OK);
}

/** "Buat draf LKj" from the menu: the open cycle, after asking whether to include drafts. */
export function menuBuatDrafLkj(): void {
  const ui = SpreadsheetApp.getUi();
  const draf = ui.alert('Buat draf LKj', 'Sertakan data draf bidang yang belum mengirim? Datanya akan ditandai sebagai draf.', ui.ButtonSet.YES_NO_CANCEL);
  if (draf === ui.Button.CANCEL) return;
  alertDokumen('Buat draf LKj', buatDokumenLkj({ sertakanDraf: draf === ui.Button.YES }));
}

export function menuBuatNotaDinas(): void {
  alertDokumen('Buat nota dinas permintaan data', buatNotaDinas());
}

export function menuBuatSuratPeringatan(): void {
  alertDokumen('Buat surat peringatan', buatSuratPeringatan());
}
