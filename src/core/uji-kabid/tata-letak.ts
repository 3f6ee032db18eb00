/**
 * "Uji dengan akun Kabid": the scratch tab's layout. Column A holds the instructions and labels,
 * column B the test cells and what each run observed (one JSON value per cell, so a recorded ''
 * differs from an empty cell: nothing recorded yet).
 */

export const TAB_UJI_KABID = 'Uji Akun Kabid';
export const KOLOM_NILAI = 2;

/** X: protected, its only editor call addEditor(admin); Y: protected, never touched; the box: admin + Kabid. */
export const BARIS_X = 13;
export const BARIS_Y = 14;
export const BARIS_KOTAK = 15;
export const SEL_X_A1 = 'B13';
export const SEL_Y_A1 = 'B14';
export const SEL_KOTAK_UJI_A1 = 'B15';

export interface Pengamatan<K extends string> {
  readonly kunci: K;
  readonly label: string;
}

/** What the admin's onEdit trigger saw when the box was ticked; written with the admin's authority. */
export const PENGAMATAN_PEMICU = [
  { kunci: 'aktif', label: 'Session.getActiveUser().getEmail()' },
  { kunci: 'eUser', label: 'e.user.getEmail()' },
  { kunci: 'efektif', label: 'Session.getEffectiveUser().getEmail()' },
  { kunci: 'authMode', label: 'e.authMode' },
  { kunci: 'waktu', label: 'Waktu' },
] as const satisfies readonly Pengamatan<string>[];

/** What the Kabid's own run saw; written with the Kabid's authority. */
export const PENGAMATAN_KABID = [
  { kunci: 'aktif', label: 'Session.getActiveUser().getEmail()' },
  { kunci: 'efektif', label: 'Session.getEffectiveUser().getEmail()' },
  { kunci: 'ketikX', label: `Isi Sel X (${SEL_X_A1}) dari ketikan Kabid` },
  { kunci: 'ketikY', label: `Isi Sel Y (${SEL_Y_A1}) dari ketikan Kabid` },
  { kunci: 'tulisX', label: `Skrip dengan hak Kabid menulis Sel X (${SEL_X_A1})` },
  { kunci: 'tulisY', label: `Skrip dengan hak Kabid menulis Sel Y (${SEL_Y_A1})` },
  { kunci: 'waktu', label: 'Waktu' },
] as const satisfies readonly Pengamatan<string>[];

export type KunciPemicu = (typeof PENGAMATAN_PEMICU)[number]['kunci'];
export type KunciKabid = (typeof PENGAMATAN_KABID)[number]['kunci'];

export const BARIS_PEMICU = 18;
export const BARIS_KABID = BARIS_PEMICU + PENGAMATAN_PEMICU.length + 2;
export const JUMLAH_BARIS = BARIS_KABID + PENGAMATAN_KABID.length - 1;

export const MENU_UJI = 'Laporan Kinerja ▸ Uji dengan akun Kabid';

/** Column A (and B's header) of the tab, JUMLAH_BARIS rows of two cells. */
export function gridUji(kabid: string, admin: string, waktu: string): string[][] {
  const baris: string[][] = Array.from({ length: JUMLAH_BARIS }, () => ['', '']);
  const tulis = (r: number, a: string, b = '') => { baris[r - 1] = [a, b]; };
  tulis(1, 'Uji dengan akun Kabid (Lapkin)');
  tulis(2, `Kabid yang diuji: ${kabid} · disiapkan oleh ${admin} pada ${waktu}`);
  tulis(4, 'Langkah');
  tulis(5, `1. Admin: sesudah tab ini dibuat, bagikan spreadsheet ini kepada ${kabid} sebagai Editor (tombol Bagikan).`);
  tulis(6, `2. Kabid, masuk hanya sebagai ${kabid}: ketik teks apa saja di Sel X (${SEL_X_A1}), lalu di Sel Y (${SEL_Y_A1}). Bila Sheets menolak, tutup pesannya dan lanjutkan.`);
  tulis(7, `3. Kabid: centang kotak uji (${SEL_KOTAK_UJI_A1}).`);
  tulis(8, `4. Kabid: pilih ${MENU_UJI} ▸ Langkah Kabid (izinkan akses bila Google memintanya).`);
  tulis(9, `5. Admin: pilih ${MENU_UJI} ▸ Laporan, lalu salin teks laporannya ke laporan isu.`);
  tulis(10, `6. Admin: pilih ${MENU_UJI} ▸ Hapus tab uji.`);
  tulis(12, 'Sel uji', 'Isian');
  tulis(BARIS_X, 'Sel X: dilindungi; skrip hanya memanggil addEditor(admin)');
  tulis(BARIS_Y, 'Sel Y: dilindungi; daftar editornya tidak pernah diubah skrip');
  tulis(BARIS_KOTAK, 'Kotak uji: hanya admin dan Kabid yang dapat mencentang');
  tulis(BARIS_PEMICU - 1, `Dicatat pemicu onEdit admin saat kotak ${SEL_KOTAK_UJI_A1} dicentang (diisi Lapkin; jangan diubah)`);
  PENGAMATAN_PEMICU.forEach((p, i) => tulis(BARIS_PEMICU + i, p.label));
  tulis(BARIS_KABID - 1, 'Dicatat langkah Kabid, dengan hak akun Kabid (diisi Lapkin; jangan diubah)');
  PENGAMATAN_KABID.forEach((p, i) => tulis(BARIS_KABID + i, p.label));
  return baris;
}

/** A value as written in column B: JSON, so '' is `""` and an empty cell means "not recorded". */
export function kodekan(nilai: unknown): string {
  return JSON.stringify(nilai) ?? String(nilai);
}

/** Column B's cells back into observations; an empty cell is absent (undefined). */
export function dekodekan<K extends string>(daftar: readonly Pengamatan<K>[], sel: readonly unknown[]): Partial<Record<K, unknown>> {
  const hasil: Partial<Record<K, unknown>> = {};
  daftar.forEach((p, i) => {
    const teks = sel[i] === undefined || sel[i] === null ? '' : String(sel[i]);
    if (teks === '') return;
    try {
      hasil[p.kunci] = JSON.parse(teks);
    } catch {
      hasil[p.kunci] = teks;
    }
  });
  return hasil;
}
