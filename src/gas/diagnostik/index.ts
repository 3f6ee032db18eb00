/**
 * Diagnostik: runs every behaviour the emulator encodes on the services at hand and reports each
 * as passed or failed. The lock check runs first, while the document lock is free; everything
 * else runs under the lock, in a scratch space that is removed in a `finally`.
 */
import { withDocumentLock } from '../kunci';
import { jalankanCek, pesanDari, type HasilCek } from './cek';
import { CEK_ANGKA } from './cek-angka';
import { CEK_DOCS } from './cek-docs';
import { CEK_DRIVE } from './cek-drive';
import { CEK_KUNCI, CEK_LAYANAN } from './cek-layanan';
import { CEK_LEMBAR } from './cek-lembar';
import { CEK_PROTEKSI } from './cek-proteksi';
import { ringkasan, type HasilDiagnostik } from './laporan';
import { bersihkan, jejakBaru, siapkanRuangUji, type RuangUji } from './ruang-uji';

export type { HasilCek } from './cek';
export type { HasilDiagnostik } from './laporan';
export { htmlLaporan } from './laporan';

/** `saya` and `pemilik`: lower-cased e-mails of the running user and of the owner. */
export function jalankanDiagnostik(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, saya: string, pemilik: string): HasilDiagnostik {
  const awal = jalankanCek(CEK_KUNCI, null);
  return withDocumentLock(() => {
    const jejak = jejakBaru(ss.getSpreadsheetTimeZone());
    let cek: HasilCek[] = [];
    let sisa: string[] = [];
    try {
      let r: RuangUji;
      try {
        r = siapkanRuangUji(ss, jejak, saya, pemilik);
      } catch (e) {
        throw new Error(`Tab uji Diagnostik tidak dapat dibuat: ${pesanDari(e)}`);
      }
      cek = [...awal, ...jalankanCek([...CEK_LEMBAR, ...CEK_ANGKA, ...CEK_PROTEKSI, ...CEK_LAYANAN, ...CEK_DRIVE, ...CEK_DOCS], r)];
    } finally {
      sisa = bersihkan(ss, jejak);
    }
    const gagal = cek.filter((c) => !c.lulus).length;
    return { lulus: cek.length - gagal, gagal, cek, sisa, ringkasan: ringkasan(cek) };
  });
}
