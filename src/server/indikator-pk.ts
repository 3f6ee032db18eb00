/**
 * "Kosongkan tab Indikator": an empty Indikator tab to paste the office's Perjanjian Kinerja into
 * (at A1, headers included; `src/core/konfigurasi/judul.ts` reads the office's headers). What the
 * old tab held is kept as "Indikator lama" unless it was only the example row; with rows an admin
 * typed, the server asks first ('perlu-konfirmasi'). Admin only, under the document lock.
 */
import { hanyaContoh, namaTabLama } from '../core/konfigurasi/tempel-pk';
import { TAB_INDIKATOR } from '../core/konfigurasi/skema';
import { withDocumentLock } from '../gas/kunci';
import { catat } from '../gas/log';
import { lindungiTab } from '../gas/proteksi-admin';
import { isiTab, spreadsheetAktif } from '../gas/spreadsheet';
import { adminSiap } from './akses';

export type HasilKosongkanIndikator =
  | { readonly status: 'ok'; readonly pesan: string }
  | { readonly status: 'perlu-konfirmasi'; readonly pesan: string };

export function kosongkanTabIndikator(masukan?: { readonly konfirmasi?: boolean }): HasilKosongkanIndikator {
  const ss = spreadsheetAktif();
  return withDocumentLock(() => {
    const siapa = adminSiap(ss);
    const lama = ss.getSheetByName(TAB_INDIKATOR);
    const grid = isiTab(ss, TAB_INDIKATOR);
    const simpan = grid !== null && !hanyaContoh(grid);
    const semua = ss.getSheets().map((s) => s.getName());
    const namaLama = namaTabLama(TAB_INDIKATOR, semua);
    if (simpan && masukan?.konfirmasi !== true) {
      return { status: 'perlu-konfirmasi', pesan: `Tab ${TAB_INDIKATOR} sudah berisi ${grid.length - 1} baris. Kosongkan? Isinya disimpan di tab "${namaLama}".` };
    }
    const posisi = lama ? lama.getIndex() - 1 : semua.length;
    if (lama && simpan) lama.setName(namaLama);
    else if (lama) ss.deleteSheet(lama);
    const baru = ss.insertSheet(TAB_INDIKATOR, posisi);
    // Plain text: "1.250.000", "85%" and "12,5" reach the reader as pasted, not as the locale parses them.
    baru.getRange(1, 1, baru.getMaxRows(), baru.getMaxColumns()).setNumberFormat('@');
    lindungiTab(baru, siapa.email, siapa.adminEmails);
    const disimpan = simpan ? ` Isi sebelumnya disimpan di tab "${namaLama}".` : '';
    catat(ss, siapa, 'Kosongkan tab Indikator', simpan ? `Isi lama di tab "${namaLama}"` : 'Hanya baris contoh; dihapus');
    return { status: 'ok', pesan: `Tab ${TAB_INDIKATOR} sudah kosong: tempel tabel Perjanjian Kinerja (dengan baris judulnya) di sel A1, lalu jalankan Siapkan lembar kerja.${disimpan}` };
  });
}
