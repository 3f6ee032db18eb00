/**
 * What Sheets itself tells a person whose grid edit it refuses, as its Indonesian interface shows
 * it. The emulator answers with Google's English text (the witness speaks Google's English); the
 * page, like Sheets in a browser set to Bahasa Indonesia, shows the dialog in the user's language.
 * Texts the page does not know pass through unchanged.
 */
const TERJEMAHAN: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/^You are trying to edit a protected cell or object\./, () => 'Anda mencoba mengedit sel atau objek yang dilindungi. Hubungi pemilik spreadsheet untuk menghapus perlindungan jika Anda perlu mengeditnya.'],
  [/^The data you entered in cell (\w+) violates the data validation rules set on this cell\./, (m) => `Data yang Anda masukkan di sel ${m[1]} melanggar aturan validasi data yang ditetapkan pada sel ini.`],
];

export function teksSheets(english: string): string {
  for (const [pola, teks] of TERJEMAHAN) {
    const m = pola.exec(english);
    if (m) return teks(m);
  }
  return english;
}
