/**
 * Workloads of a given size: `bidang` divisions × `indikatorPerBidang` indicators each, on a fresh
 * emulator with the built bundle loaded. The Pengaturan of the demo OPD is typed by the admin; the
 * Bidang and Indikator rows are written in one block each (typing 100,000 cells one by one would
 * only slow the bench down — these writes happen before any measurement).
 */
import { BARIS_DATA_PERTAMA, posisiKolom } from '../../src/core/lembar-bidang';
import { namaTabBidang } from '../../src/core/nama-tab';
import { newParagraph } from '../emulator/document/model';
import { GOOGLE_DOCS_MIME } from '../emulator/drive';
import { Emulator } from '../emulator/index';
import { ADMIN_CONTOH, indikatorBanyak, isiKonfigurasiContoh, PENGATURAN_CONTOH } from '../fixtures/opd-contoh';

export const PEMILIK = 'pemilik@contoh.go.id';
export const ADMIN = ADMIN_CONTOH;

export interface Ukuran {
  readonly bidang: number;
  readonly indikatorPerBidang: number;
}

export function kodeBidang(i: number): string {
  return `B${String(i + 1).padStart(2, '0')}`;
}

export function kabidDari(kode: string): string {
  return `kabid.${kode.toLowerCase()}@contoh.go.id`;
}

/** Rows of the Bidang tab: Kode, Nama bidang, Nama Kabid, NIP Kabid, E-mail Kabid, E-mail staf. */
export function barisBidang(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const kode = kodeBidang(i);
    return [kode, `Bidang Uji ${i + 1}`, `Kabid ${kode}`, '198001012005011001', kabidDari(kode), `staf.${kode.toLowerCase()}@contoh.go.id`];
  });
}

export function barisIndikator(u: Ukuran): string[][] {
  return barisBidang(u.bidang).flatMap((b) => indikatorBanyak(b[0], u.indikatorPerBidang));
}

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Writes `rows` from row 2 of `tab` as plain text, as the admin (outside any measurement). */
function tulisBlok(emu: Emulator, tab: string, rows: readonly (readonly string[])[]): void {
  const app = emu.globals().SpreadsheetApp as SpreadsheetApp;
  emu.ws.run({ email: ADMIN }, () => {
    const sheet = app.getActiveSpreadsheet().getSheetByName(tab);
    if (!sheet) throw new Error(`No tab ${tab}`);
    const kurang = rows.length + 1 - sheet.getMaxRows();
    if (kurang > 0) sheet.insertRowsAfter(sheet.getMaxRows(), kurang);
    const range = sheet.getRange(2, 1, rows.length, rows[0].length);
    range.setNumberFormat('@');
    range.setValues(rows.map((r) => [...r]));
  });
}

/** A fresh emulator holding a configured OPD of size `u`, ready for "Mulai siklus". */
export function emulatorUkuran(u: Ukuran): Emulator {
  const bidang = barisBidang(u.bidang);
  const emails = bidang.flatMap((b) => [b[4], b[5]]);
  const emu = new Emulator({ owner: PEMILIK, fileEditors: [ADMIN, 'sekretaris@contoh.go.id', ...emails] });
  emu.loadBundle();
  isiKonfigurasiContoh(emu, PEMILIK, { bidang: [], indikator: [] });
  tulisBlok(emu, 'Bidang', bidang);
  tulisBlok(emu, 'Indikator', barisIndikator(u));
  return emu;
}

/** The TW I tabs the start made, in bidang order (read from the tab names, no service call). */
export function tabSiklus(emu: Emulator): { kode: string; tab: string }[] {
  const ada = new Set(emu.spreadsheet.sheetNames());
  const tahun = Number(PENGATURAN_CONTOH.Tahun);
  const hasil: { kode: string; tab: string }[] = [];
  for (let i = 0; ; i++) {
    const kode = kodeBidang(i);
    const tab = namaTabBidang('TW1', tahun, kode, []);
    if (!ada.has(tab)) return hasil;
    hasil.push({ kode, tab });
  }
}

/**
 * Each bidang's Kabid fills the input block of the bidang's TW I tab in one write (outside any
 * measurement): realisasi, a penjelasan, a link to the evidence; every third indicator also has a
 * realisasi anggaran. Values vary, so the recap has every category.
 */
export function isiSemuaTab(emu: Emulator): void {
  const app = emu.globals().SpreadsheetApp as SpreadsheetApp;
  const kolom = posisiKolom('TW1', 'realisasi');
  const lebar = posisiKolom('TW1', 'buktiDukung') - kolom + 1;
  const di = (id: string): number => posisiKolom('TW1', id) - kolom;
  for (const { kode, tab } of tabSiklus(emu)) {
    emu.ws.run({ email: kabidDari(kode) }, () => {
      const sheet = app.getActiveSpreadsheet().getSheetByName(tab);
      if (!sheet) throw new Error(`No tab ${tab}`);
      const n = sheet.getLastRow() - BARIS_DATA_PERTAMA + 1;
      const rows = Array.from({ length: n }, (_, i) => {
        const isian: (string | number)[] = new Array<string | number>(lebar).fill('');
        isian[0] = (i * 7) % 13;
        isian[di('realisasiAnggaran')] = i % 3 === 0 ? 2500000 : '';
        isian[di('penjelasan')] = `Penjelasan indikator ${i + 1} ${kode}.`;
        isian[lebar - 1] = `https://drive.google.com/file/d/${kode}-${i + 1}`;
        return isian;
      });
      sheet.getRange(BARIS_DATA_PERTAMA, kolom, n, lebar).setValues(rows);
    });
  }
}

/**
 * The office's own LKj template, as an admin would make it in Google Docs (a title, a sentence
 * with placeholders, the required capaian tables and BAB III at their markers, a closing line),
 * set in Pengaturan ▸ Templat LKj.
 */
export function aturTemplatKantor(emu: Emulator): void {
  const baris = ['LAPORAN KINERJA {{instansi}} {{tahun}}', 'Periode {{periode}}, disusun {{tanggal}}.', '{{#tabel_capaian}}', '{{#bab3}}', 'Ditetapkan oleh {{jabatan_kepala}}.'];
  const id = emu.drive.addFile('Templat LKj Kantor', GOOGLE_DOCS_MIME, ADMIN, { margins: {}, body: baris.map((t) => newParagraph('PARAGRAPH', t)) }).id;
  const pengaturan = emu.spreadsheet.describeSheet('Pengaturan', ADMIN);
  const row = pengaturan.cells.find((c) => c.column === 1 && c.value === 'Templat LKj')?.row;
  if (row === undefined) throw new Error('Pengaturan has no row "Templat LKj"');
  const hasil = emu.edit(ADMIN, 'Pengaturan', `B${row}`, id);
  if (!hasil.ok) throw new Error(`Pengaturan!B${row}: ${hasil.error}`);
}
