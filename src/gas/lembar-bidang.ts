/**
 * Writes one bidang tab of a cycle from `isiLembar` with a constant number of service calls,
 * whatever the number of indicators, each carrying as little data as it can. The first tab of a
 * given row count is built: one plain-text format over the whole tab, then one number format per
 * run of numeric columns; one setValues for the header block with the info, earlier-quarter and
 * computed columns (formulas included), one for the input columns; one setter per uniform style
 * and per validated column; widths per run of equal widths. Later tabs of the same row count are
 * copies of it with their own fixed block. Then the protections: the sheet for admins with the
 * input block (and the Kirim box) unprotected, and a range protection over those for admins + the
 * bidang; each protection's description is its last write, so a tab whose range protections all
 * carry one is complete (`lembarLengkap`) and a start cut off needs no progress saved per tab.
 */
import type { AturanCapaian } from '../core/capaian';
import {
  BARIS_DATA_PERTAMA,
  BARIS_JUDUL_TABEL,
  SEL_KIRIM,
  SEL_KIRIM_A1,
  SEL_STATUS,
  TEKS,
  TIDAK_ADA_DATA,
  deret,
  hurufKolom,
  kolomLembar,
  nilaiLiteral,
  posisiKolom,
  rumusTerurut,
  type IsiLembar,
} from '../core/lembar-bidang';
import { warnaPita } from '../core/rekap/grid-warna';
import type { Periode } from '../core/types';
import { aturEditor } from './proteksi';
import { tabBaru } from './ukuran-tab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const WARNA_MASUKAN = '#fffbea';
const WARNA_JUDUL = '#dfe7f3';

/** What every tab of one start shares: built once (each builder is a service call), applied per tab. */
export interface AturanTab {
  /** Validation rules by (1-based) input column. */
  readonly validasi: ReadonlyArray<readonly [number, DataValidation]>;
  /** The category colours without ranges; each tab copies them onto its capaian and kategori cells. */
  readonly warna: readonly ConditionalFormatRule[];
}

export function aturanTab(periode: Periode, aturan: AturanCapaian): AturanTab {
  const kolom = (id: string): number => posisiKolom(periode, id);
  const sel = `${hurufKolom(kolom('realisasi'))}${BARIS_DATA_PERTAMA}`;
  const label = [TIDAK_ADA_DATA, ...Object.keys(aturan.skalaKualitatif)];
  // Any number: growth rates may be negative; counts are held ≥ 0 at Kirim (validasi-kiriman.ts).
  const rumus = `=OR(ISNUMBER(${sel}),${label.map((l) => `${sel}="${l.replace(/"/g, '""')}"`).join(',')})`;
  const daftarLabel = label.map((l) => `"${l}"`).join(', ');
  const kategori = `$${hurufKolom(kolom('kategori'))}${BARIS_DATA_PERTAMA}`;
  const penyebut = `${hurufKolom(kolom('penyebut'))}${BARIS_DATA_PERTAMA}`;
  return {
    validasi: [
      [kolom('realisasi'), SpreadsheetApp.newDataValidation().requireFormulaSatisfied(rumus).setAllowInvalid(false).setHelpText(`Isi angka atau salah satu dari: ${daftarLabel}.`).build()],
      // Rasio rows: the same rules Kirim holds (validasi-kiriman.ts), said as the bidang types.
      [kolom('pembilang'), SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).setHelpText('Indikator rasio: isi pembilang, angka ≥ 0.').build()],
      [kolom('penyebut'), SpreadsheetApp.newDataValidation().requireFormulaSatisfied(`=AND(ISNUMBER(${penyebut}),${penyebut}>0)`).setAllowInvalid(false).setHelpText('Indikator rasio: isi penyebut, angka > 0.').build()],
      [kolom('realisasiAnggaran'), SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).setHelpText('Isi angka rupiah ≥ 0.').build()],
      [kolom('buktiDukung'), SpreadsheetApp.newDataValidation().requireTextIsUrl().setAllowInvalid(false).setHelpText('Isi tautan (https://…) ke bukti dukung.').build()],
    ],
    warna: aturan.skalaKategori.map((b, i) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=${kategori}="${b.kategori.replace(/"/g, '""')}"`)
        .setBackground(warnaPita(i, aturan.skalaKategori.length))
        .build(),
    ),
  };
}

/** Sets the editors of a protection made in this run (from `proteksiBaru`). */
export type ProteksiBaru = (p: Protection, editor: readonly string[]) => void;

/**
 * Sets the editors of protections made in this run, in one to three calls each. A new protection
 * mirrors the file's sharing — whoever can edit the file, now or later, can edit what it protects —
 * until a script calls its editor methods ("the permissions mirror those of the spreadsheet
 * itself": https://developers.google.com/apps-script/reference/spreadsheet/range#protect()), so
 * every protection gets at least one such call, even when its mirrored editors already look right.
 * What the first one starts with (its editors, domain editing) holds for every one made in the
 * same run and is read once. The result is the idiom's (domain.md §7): exactly `editor`, plus the
 * owner and the running user, whom Sheets never removes; the running user is added first, so
 * removing a group it edits through cannot lock it out.
 */
export function proteksiBaru(saya: string): ProteksiBaru {
  let awal: { readonly editor: readonly string[]; readonly domain: boolean } | null = null;
  return (p, editor) => {
    awal = awal ?? { editor: p.getEditors().map((u) => u.getEmail().toLowerCase()), domain: p.canDomainEdit() };
    const daftar = [saya, ...editor].filter((e, i, all) => e !== '' && all.indexOf(e) === i);
    const tambah = awal.domain ? daftar : daftar.filter((e) => !awal!.editor.includes(e));
    const buang = awal.editor.filter((e) => !daftar.includes(e));
    if (tambah.length > 0 || (buang.length === 0 && !awal.domain)) p.addEditors(tambah.length > 0 ? tambah : daftar);
    if (buang.length > 0) p.removeEditors(buang);
    if (awal.domain) p.setDomainEdit(false);
  };
}

export interface PenulisanLembar {
  readonly nama: string;
  readonly periode: Periode;
  readonly isi: IsiLembar;
  /** From `aturanTab` for the same period, built once per start. */
  readonly aturanTab: AturanTab;
  /** The admins (lower-cased), editors of everything. */
  readonly admin: readonly string[];
  /** The bidang's Kabid and staff (lower-cased), editors of the input cells. */
  readonly editorBidang: readonly string[];
  /** Sets the editors of the tab's new protections (one per start). */
  readonly proteksi: ProteksiBaru;
  /** Inputs typed earlier into a tab being rewritten, by indicator kode, in input-column order. */
  readonly isianLama: Readonly<Record<string, readonly unknown[]>>;
}

/**
 * Writes the tab. With `templat` — a tab written earlier in the same start, with as many indicator
 * rows and nothing typed in it — the new tab is a copy of it (insertSheet's template option: one
 * call for every format, width, note, validation and colour rule), and only the fixed block and
 * the protections are written; otherwise it is built from scratch.
 */
export function tulisLembarBidang(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, w: PenulisanLembar, templat: Sheet | null): Sheet {
  const kolom = kolomLembar(w.periode);
  const lebar = kolom.length;
  const n = w.isi.baris.length;
  const kolomMasukan = kolom.findIndex((k) => k.jenis === 'masukan') + 1;
  const tetap = kolomMasukan - 1;
  const tinggi = BARIS_DATA_PERTAMA + n - 1;
  const sheet = templat ? salinan(ss, w.nama, templat) : tabKosong(ss, w, tinggi);

  // The header block with the fixed and computed columns (formulas as values: their cells are not
  // plain text), then the input columns: their titles, and what was typed when a tab is rewritten.
  const data = w.isi.baris.map((b) => [...b.nilaiTetap.map((v, i) => nilaiLiteral(kolom[i].format, v)), ...rumusTerurut(w.periode, b.rumus)]);
  sheet.getRange(1, 1, tinggi, tetap).setValues([...w.isi.kepala.map((r) => r.slice(0, tetap)), ...data]);
  const masukan = n > 0 ? sheet.getRange(BARIS_DATA_PERTAMA, kolomMasukan, n, lebar - tetap) : null;
  const adaLama = w.isi.baris.some((b) => w.isianLama[b.kode]);
  if (!templat || adaLama) {
    const lama = adaLama ? w.isi.baris.map((b) => kolom.slice(tetap).map((k, i) => nilaiLiteral(k.format, w.isianLama[b.kode]?.[i] ?? ''))) : [];
    sheet.getRange(1, kolomMasukan, BARIS_JUDUL_TABEL + lama.length, lebar - tetap).setValues([...w.isi.kepala.map((r) => r.slice(tetap)), ...lama]);
  } else {
    // The template's bidang may have typed into its own tab while this start went on.
    masukan?.clearContent();
  }
  if (!templat) gayakan(sheet, w, n);
  if (n > 0) {
    // Per row, so also on a template's copy: what the realisasi, pembilang and penyebut cells (neighbours) ask for, and counts without decimals.
    sheet.getRange(BARIS_DATA_PERTAMA, posisiKolom(w.periode, 'realisasi'), n, 3).setNotes(w.isi.baris.map((b) => [b.catatanRealisasi, ...b.catatanRasio]));
    // Only a tab with a count among its rows differs from the column formats (one call, whatever the rows).
    const awalFormat = posisiKolom(w.periode, 'target') - 1;
    if (w.isi.baris.some((b) => b.format.some((f, i) => f !== kolom[awalFormat + i].format))) {
      sheet.getRange(BARIS_DATA_PERTAMA, awalFormat + 1, n, w.isi.baris[0].format.length).setNumberFormats(w.isi.baris.map((b) => [...b.format]));
    }
  }

  const dilindungi = [sheet.getRange(SEL_KIRIM.baris, SEL_KIRIM.kolom), ...(masukan ? [masukan] : [])];
  const p = sheet.protect();
  w.proteksi(p, w.admin);
  p.setUnprotectedRanges(dilindungi).setDescription(`${w.nama}: hanya admin; sel isian terbuka untuk bidang`);
  for (const range of dilindungi) {
    const pr = range.protect();
    w.proteksi(pr, [...w.admin, ...w.editorBidang]);
    pr.setDescription(deskripsiIsian(w.nama));
  }
  return sheet;
}

/** A copy of `templat` named `nama`, without any protection the copy may have brought along. */
function salinan(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, nama: string, templat: Sheet): Sheet {
  const sheet = ss.insertSheet(nama, { template: templat });
  for (const jenis of [SpreadsheetApp.ProtectionType.SHEET, SpreadsheetApp.ProtectionType.RANGE]) {
    for (const p of sheet.getProtections(jenis)) p.remove();
  }
  return sheet;
}

/**
 * A new tab with the formats the values are read by: plain text everywhere (names and what
 * people type stay text, "=IMPORTRANGE(…)" included — domain.md §7), then the numeric and
 * computed data columns run by run; the Kirim box is a check box.
 */
function tabKosong(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, w: PenulisanLembar, tinggi: number): Sheet {
  const kolom = kolomLembar(w.periode);
  const n = w.isi.baris.length;
  const sheet = tabBaru(ss, w.nama, tinggi, kolom.length);
  sheet.getRange(1, 1, tinggi, kolom.length).setNumberFormat(TEKS);
  if (n > 0) {
    for (const r of deret(kolom.map((k) => k.format))) {
      if (r.nilai !== TEKS) sheet.getRange(BARIS_DATA_PERTAMA, r.mulai, n, r.jumlah).setNumberFormat(r.nilai);
    }
  }
  sheet.getRange(SEL_KIRIM.baris, SEL_KIRIM.kolom).setNumberFormat('General').insertCheckboxes();
  // The status cell holds a live formula (rumusStatusAwal): not plain text, or it would stay text.
  sheet.getRange(SEL_STATUS.baris, SEL_STATUS.kolom).setNumberFormat('General');
  return sheet;
}

/** Styles, widths, frozen rows, validation and category colours of a tab built from scratch. */
function gayakan(sheet: Sheet, w: PenulisanLembar, n: number): void {
  const kolom = kolomLembar(w.periode);
  const lebar = kolom.length;
  const kolomMasukan = kolom.findIndex((k) => k.jenis === 'masukan') + 1;
  sheet.getRange(1, 1, 1, lebar).setFontWeight('bold');
  sheet.getRange(BARIS_JUDUL_TABEL, 1, 1, lebar).setFontWeight('bold').setBackground(WARNA_JUDUL).setWrap(true).setNotes([kolom.map((k) => k.catatan)]);
  for (const r of deret(kolom.map((k) => k.lebar))) sheet.setColumnWidths(r.mulai, r.jumlah, r.nilai);
  // The header and the indicator's number, code, sasaran and name stay in view beside the inputs.
  sheet.setFrozenRows(BARIS_JUDUL_TABEL);
  sheet.setFrozenColumns(posisiKolom(w.periode, 'indikator'));
  if (n === 0) return;
  sheet.getRange(BARIS_DATA_PERTAMA, 1, n, lebar).setWrap(true).setVerticalAlignment('top');
  sheet.getRange(BARIS_DATA_PERTAMA, kolomMasukan, n, lebar - kolomMasukan + 1).setBackground(WARNA_MASUKAN);
  for (const [k, rule] of w.aturanTab.validasi) sheet.getRange(BARIS_DATA_PERTAMA, k, n, 1).setDataValidation(rule);
  const warna = sheet.getRange(BARIS_DATA_PERTAMA, posisiKolom(w.periode, 'capaian'), n, 2);
  sheet.setConditionalFormatRules(w.aturanTab.warna.map((r) => r.copy().setRanges([warna]).build()));
}

/**
 * Whether `tulisLembarBidang` finished the tab: both input protections (one without indicator
 * rows) are there with this tab's description — each protection's description is its last write,
 * and a protection a template copy brought along names the template's tab. For a start that was
 * cut off; three calls at most.
 */
export function lembarLengkap(sheet: Sheet, nama: string, adaBaris: boolean): boolean {
  const pr = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
  return pr.length === (adaBaris ? 2 : 1) && pr.every((x) => x.getDescription() === deskripsiIsian(nama));
}

/** The description of a tab's input protections (the last write of each). */
function deskripsiIsian(nama: string): string {
  return `${nama}: isian bidang`;
}

/**
 * Who can tick the Kirim box: the editors of the box's own range protection (lower-cased, owner
 * included) and whether it is open to a Workspace domain; null when the box has no protection of
 * its own. Two calls, plus two per range protection of the tab.
 */
export function penyuntingKotakKirim(sheet: Sheet): { readonly editor: readonly string[]; readonly domain: boolean } | null {
  const kotak = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).find((p) => p.getRange().getA1Notation() === SEL_KIRIM_A1);
  return kotak ? { editor: kotak.getEditors().map((u) => u.getEmail().trim().toLowerCase()), domain: kotak.canDomainEdit() } : null;
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
 * (problems found, who submitted, why it was returned); '' clears the notes. `status` null keeps
 * the status cell's content (a refused submission: its live "Belum/Sedang diisi" formula stays).
 */
export function tulisStatusLembar(sheet: Sheet, status: string | null, kirim: boolean, catatan: string): void {
  const sel = sheet.getRange(SEL_STATUS.baris, SEL_STATUS.kolom);
  (status === null ? sel : sel.setValue(status)).setNote(catatan);
  sheet.getRange(SEL_KIRIM.baris, SEL_KIRIM.kolom).setValue(kirim).setNote(catatan);
}
