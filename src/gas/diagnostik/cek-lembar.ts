/**
 * Checks of SpreadsheetApp's values, errors and formulas (domain.md §7), on the scratch tab.
 * Each check uses its own row, so none depends on another having run.
 */
import { cek, DITOLAK, jenisNilai, pesanGalat, sama, type Cek } from './cek';
import { BARIS_DATA, type RuangUji } from './ruang-uji';

const TANGGAL = new Date(Date.UTC(2026, 2, 31, 3, 4, 5));
const POLA_WAKTU = 'yyyy-MM-dd HH:mm:ss';

function sel(r: RuangUji, baris: number, kolom = 1, jumlahKolom = 1): GoogleAppsScript.Spreadsheet.Range {
  return r.tab.getRange(baris, kolom, 1, jumlahKolom);
}

/** Writes `rumus` (English syntax) in column D of `baris` and reads its value back. */
function cekRumus(id: string, label: string, baris: number, rumus: (r: RuangUji) => string, hasil: unknown): Cek<RuangUji> {
  return cek(id, label, hasil, (r: RuangUji) => {
    const c = sel(r, baris, 4);
    c.setFormula(rumus(r));
    return c.getValue();
  });
}

/** Writes `values` from column A of `baris` and reads the value and the formula of its first cell. */
function tulisBaca(r: RuangUji, baris: number, values: unknown[][], teks = false): unknown[] {
  const c = sel(r, baris, 1, values[0].length);
  if (teks) c.setNumberFormat('@');
  c.setValues(values);
  return [c.getValue(), c.getFormula()];
}

const D = BARIS_DATA;
const DATA = `A${D}:A${D + 2}`;
const ANGKA = `B${D}:B${D + 2}`;
const TIDAK_COCOK = (apa: string, data: number): string =>
  `The number of ${apa} in the data does not match the number of ${apa} in the range. The data has ${data} but the range has 2.`;

export const CEK_LEMBAR: readonly Cek<RuangUji>[] = [
  cek('getRange-awal-0', 'getRange dengan baris awal 0 ditolak', 'The starting row of the range is too small.', (r: RuangUji) => pesanGalat(() => r.tab.getRange(0, 1))),
  cek('getRange-jumlah-0', 'getRange dengan jumlah baris 0 ditolak', 'The number of rows in the range must be at least 1.', (r: RuangUji) =>
    pesanGalat(() => r.tab.getRange(1, 1, 0, 1))),
  cek('setValues-baris', 'setValues dengan jumlah baris data yang salah ditolak', TIDAK_COCOK('rows', 1), (r: RuangUji) =>
    pesanGalat(() => r.tab.getRange(20, 1, 2, 2).setValues([[1, 2]]))),
  cek('setValues-kolom', 'setValues dengan jumlah kolom data yang salah ditolak', TIDAK_COCOK('columns', 3), (r: RuangUji) =>
    pesanGalat(() => sel(r, 20, 1, 2).setValues([[1, 2, 3]]))),
  cek('sel-kosong', "Sel kosong dibaca getValues sebagai ''", ['', ''], (r: RuangUji) => sel(r, 1, 1, 2).getValues()[0]),
  cek(
    'angka-boolean-tanggal',
    'Angka, boolean dan Date kembali utuh lewat getValues',
    (r: RuangUji) => sama(['number', 12.5, 'boolean', true, 'Date', Utilities.formatDate(TANGGAL, r.zona, POLA_WAKTU)]),
    (r: RuangUji) => {
      const c = sel(r, 2, 1, 3);
      c.setValues([[12.5, true, TANGGAL]]);
      const [angka, benar, tanggal] = c.getValues()[0];
      const waktu = jenisNilai(tanggal) === 'Date' ? Utilities.formatDate(tanggal as Date, r.zona, POLA_WAKTU) : tanggal;
      return [jenisNilai(angka), angka, jenisNilai(benar), benar, jenisNilai(tanggal), waktu];
    },
  ),
  cek('string-jadi-rumus', "String berawalan '=' yang ditulis setValues menjadi rumus", [5, '=2+3'], (r: RuangUji) => tulisBaca(r, 3, [['=2+3']])),
  cek('format-teks', "Di sel berformat teks biasa ('@') string berawalan '=' tetap teks", ['=2+3', ''], (r: RuangUji) => tulisBaca(r, 4, [['=2+3']], true)),
  cek('apostrof', 'Apostrof di depan menjaga teks (dan tidak ikut tersimpan)', ['=2+3', '007'], (r: RuangUji) => {
    const c = sel(r, 5, 1, 2);
    c.setValues([["'=2+3", "'007"]]);
    return c.getValues()[0];
  }),
  cekRumus('rumus-if', 'Hasil rumus IF', D, () => `=IF(B${D}>5,"ya","tidak")`, 'ya'),
  cekRumus('rumus-sum', 'Hasil rumus SUM', D + 1, () => `=SUM(${ANGKA})`, 30),
  cekRumus('rumus-average', 'Hasil rumus AVERAGE', D + 2, () => `=AVERAGE(${ANGKA})`, 10),
  cekRumus('rumus-round', 'Hasil rumus ROUND', D + 3, () => '=ROUND(2/3,2)', 0.67),
  cekRumus('rumus-iferror', 'Hasil rumus IFERROR (pembagian dengan 0)', D + 4, () => `=IFERROR(B${D}/B${D + 2},"-")`, '-'),
  cekRumus('rumus-index-match', 'Hasil rumus INDEX-MATCH', D + 5, () => `=INDEX(${ANGKA},MATCH("b",${DATA},0))`, 20),
  cekRumus('rumus-countif', 'Hasil rumus COUNTIF', D + 6, () => `=COUNTIF(${ANGKA},">5")`, 2),
  cekRumus('rumus-antar-tab', 'Hasil rumus yang merujuk tab lain', D + 7, (r) => `='${r.namaTabLain.replace(/'/g, "''")}'!A1*2`, 84),
  cekRumus('rumus-div0', "getValues memberi '#DIV/0!' untuk pembagian dengan 0", D + 8, () => '=1/0', '#DIV/0!'),
  cek(
    'nama-tab-duplikat',
    'Nama tab yang sudah ada (beda huruf besar/kecil) ditolak',
    (r: RuangUji) => sama(`A sheet with the name "${r.namaTab.toUpperCase()}" already exists. Please enter another name.`),
    (r: RuangUji) => pesanGalat(() => r.ss.insertSheet(r.namaTab.toUpperCase())),
  ),
  cek('nama-tab-100', 'Nama tab lebih dari 100 karakter ditolak', () => DITOLAK, (r: RuangUji) => pesanGalat(() => r.ss.insertSheet(`${r.namaTab} ${'x'.repeat(100)}`))),
  cek('teks-50001', 'Teks 50.001 karakter dalam satu sel ditolak', () => DITOLAK, (r: RuangUji) => pesanGalat(() => sel(r, 7).setValue('x'.repeat(50001)))),
  cek('validasi-skrip', 'Validasi data tidak berlaku untuk tulisan skrip', 99, (r: RuangUji) => {
    const c = sel(r, 8);
    c.setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 10).setAllowInvalid(false).build());
    c.setValue(99);
    return c.getValue();
  }),
];
