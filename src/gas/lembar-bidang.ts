/**
 * Writes one bidang tab of a cycle from `isiLembar` with a constant number of service calls,
 * whatever the number of indicators: one setValues per block, one setFormulas for the computed
 * block, one setNumberFormats, one data-validation call per input column, widths per column.
 * Then the protections: the sheet for admins with the input block (and the Kirim box)
 * unprotected, and a range protection over those for admins + the bidang.
 */
import type { AturanCapaian } from '../core/capaian';
import {
  BARIS_DATA_PERTAMA,
  BARIS_JUDUL_TABEL,
  SEL_KIRIM,
  SEL_STATUS,
  TIDAK_ADA_DATA,
  hurufKolom,
  kolomLembar,
  type IsiLembar,
} from '../core/lembar-bidang';
import type { Periode } from '../core/types';
import { aturEditor } from './proteksi';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Colours of the category bands, highest first; the last colour serves every further band. */
const WARNA_KATEGORI = ['#b7e1cd', '#d9ead3', '#fff2cc', '#fce5cd', '#f4c7c3'];
const WARNA_MASUKAN = '#fffbea';
const WARNA_JUDUL = '#dfe7f3';

/** Strings that Sheets would parse as a formula, number or date keep their text ('…). */
function sebagaiTeks(v: unknown): unknown {
  return typeof v === 'string' && /^[=+\-@']/.test(v) ? `'${v}` : v;
}

function blok(sheet: Sheet, kolomAwal: number, jumlahBaris: number, jumlahKolom: number): Range {
  return sheet.getRange(BARIS_DATA_PERTAMA, kolomAwal, jumlahBaris, jumlahKolom);
}

export interface PenulisanLembar {
  readonly nama: string;
  readonly periode: Periode;
  readonly isi: IsiLembar;
  readonly aturan: AturanCapaian;
  /** The admins (lower-cased), editors of everything. */
  readonly admin: readonly string[];
  /** The bidang's Kabid and staff (lower-cased), editors of the input cells. */
  readonly editorBidang: readonly string[];
  /** The running user (kept as editor by Sheets anyway). */
  readonly saya: string;
  /** Inputs typed earlier into a tab being rewritten, by indicator kode, in input-column order. */
  readonly isianLama: Readonly<Record<string, readonly unknown[]>>;
}

export function tulisLembarBidang(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, w: PenulisanLembar): Sheet {
  const kolom = kolomLembar(w.periode);
  const lebar = kolom.length;
  const n = w.isi.baris.length;
  const kolomHitung = kolom.findIndex((k) => k.jenis === 'hitung') + 1;
  const kolomMasukan = kolom.findIndex((k) => k.jenis === 'masukan') + 1;
  const jumlahMasukan = lebar - kolomMasukan + 1;
  const sheet = ss.insertSheet(w.nama);
  const kurang = BARIS_DATA_PERTAMA + n - 1 - sheet.getMaxRows();
  if (kurang > 0) sheet.insertRowsAfter(sheet.getMaxRows(), kurang);

  // Header block: names people typed stay text; the Kirim box is a check box.
  sheet.getRange(1, 1, BARIS_JUDUL_TABEL, lebar).setNumberFormat('@');
  sheet.getRange(1, 1, BARIS_JUDUL_TABEL, lebar).setValues(w.isi.kepala.map((r) => r.map(sebagaiTeks)));
  const kirim = sheet.getRange(SEL_KIRIM.baris, SEL_KIRIM.kolom);
  kirim.setNumberFormat('General').insertCheckboxes();
  sheet.getRange(1, 1, 1, lebar).setFontWeight('bold');
  const judul = sheet.getRange(BARIS_JUDUL_TABEL, 1, 1, lebar);
  judul.setFontWeight('bold').setBackground(WARNA_JUDUL).setWrap(true).setNotes([kolom.map((k) => k.catatan)]);
  kolom.forEach((k, i) => sheet.setColumnWidth(i + 1, k.lebar));
  sheet.setFrozenRows(BARIS_JUDUL_TABEL);

  const dilindungi = ss.getSheetByName(w.nama) === null ? [] : [kirim];
  if (n > 0) {
    blok(sheet, 1, n, lebar).setNumberFormats(w.isi.baris.map(() => kolom.map((k) => k.format)));
    blok(sheet, 1, n, kolomHitung - 1).setValues(w.isi.baris.map((b) => b.nilaiTetap.map(sebagaiTeks)));
    blok(sheet, kolomHitung, n, 3).setFormulas(w.isi.baris.map((b) => [b.rumus.realisasiSd, b.rumus.capaian, b.rumus.kategori]));
    const masukan = blok(sheet, kolomMasukan, n, jumlahMasukan);
    if (w.isi.baris.some((b) => w.isianLama[b.kode])) {
      masukan.setValues(
        w.isi.baris.map((b) => {
          const lama = w.isianLama[b.kode] ?? [];
          return Array.from({ length: jumlahMasukan }, (_, i) => sebagaiTeks(lama[i] ?? ''));
        }),
      );
    }
    blok(sheet, 1, n, lebar).setWrap(true).setVerticalAlignment('top');
    masukan.setBackground(WARNA_MASUKAN);
    tulisValidasi(sheet, w, kolomMasukan, n);
    tulisWarnaKategori(sheet, w.aturan, kolomHitung + 1, n);
    dilindungi.push(masukan);
  }

  const p = sheet.protect().setDescription(`${w.nama}: hanya admin; sel isian terbuka untuk bidang`);
  aturEditor(p, w.saya, w.admin);
  p.setUnprotectedRanges(dilindungi);
  for (const range of dilindungi) {
    const pr = range.protect().setDescription(`${w.nama}: isian bidang`);
    aturEditor(pr, w.saya, [...w.admin, ...w.editorBidang]);
  }
  return sheet;
}

function tulisValidasi(sheet: Sheet, w: PenulisanLembar, kolomMasukan: number, n: number): void {
  const sel = `${hurufKolom(kolomMasukan)}${BARIS_DATA_PERTAMA}`;
  const label = [TIDAK_ADA_DATA, ...Object.keys(w.aturan.skalaKualitatif)];
  const rumus = `=OR(AND(ISNUMBER(${sel}),${sel}>=0),${label.map((l) => `${sel}="${l.replace(/"/g, '""')}"`).join(',')})`;
  const daftarLabel = label.map((l) => `"${l}"`).join(', ');
  blok(sheet, kolomMasukan, n, 1).setDataValidation(
    SpreadsheetApp.newDataValidation().requireFormulaSatisfied(rumus).setAllowInvalid(false)
      .setHelpText(`Isi angka ≥ 0 atau salah satu dari: ${daftarLabel}.`).build(),
  );
  blok(sheet, kolomMasukan + 1, n, 1).setDataValidation(
    SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false)
      .setHelpText('Isi angka rupiah ≥ 0.').build(),
  );
  blok(sheet, kolomMasukan + 6, n, 1).setDataValidation(
    SpreadsheetApp.newDataValidation().requireTextIsUrl().setAllowInvalid(false)
      .setHelpText('Isi tautan (https://…) ke bukti dukung.').build(),
  );
}

/** Capaian and kategori cells coloured by the kategori text. */
function tulisWarnaKategori(sheet: Sheet, aturan: AturanCapaian, kolomCapaian: number, n: number): void {
  const range = blok(sheet, kolomCapaian, n, 2);
  const kategori = `$${hurufKolom(kolomCapaian + 1)}${BARIS_DATA_PERTAMA}`;
  const rules = aturan.skalaKategori.map((b, i) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=${kategori}="${b.kategori.replace(/"/g, '""')}"`)
      .setBackground(WARNA_KATEGORI[Math.min(i, WARNA_KATEGORI.length - 1)])
      .setRanges([range])
      .build(),
  );
  sheet.setConditionalFormatRules(rules);
}

/**
 * Sets the editors of the tab's input protections (the input block and the Kirim box): the
 * admins alone to lock it after a submission, admins + the bidang to open it again.
 */
export function aturEditorIsian(sheet: Sheet, saya: string, editor: readonly string[]): void {
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) aturEditor(p, saya, editor);
}

/**
 * The status in the header block and the Kirim box, with `catatan` as the note on both cells
 * (problems found, who submitted, why it was returned); '' clears the notes.
 */
export function tulisStatusLembar(sheet: Sheet, status: string, kirim: boolean, catatan: string): void {
  sheet.getRange(SEL_STATUS.baris, SEL_STATUS.kolom).setValue(status).setNote(catatan);
  sheet.getRange(SEL_KIRIM.baris, SEL_KIRIM.kolom).setValue(kirim).setNote(catatan);
}
