/**
 * "Siapkan lembar kerja": creates what is missing of the configuration tabs, protects every Lapkin
 * tab for the current admins (src/gas/proteksi-admin.ts), sets the spreadsheet's locale to id_ID and
 * removes the new spreadsheet's empty first tab (src/gas/lokal.ts), then reports the problems left.
 */
import { bacaKonfigurasi, uraianMasalah } from '../core/konfigurasi/index';
import { withDocumentLock } from '../gas/kunci';
import { catat, siapkanLog } from '../gas/log';
import { hapusTabAwalKosong, LOKAL_LAPKIN, pastikanLokal } from '../gas/lokal';
import { bacaTemplateSop, siapkanTabSop } from '../gas/sop-tab';
import { bacaGridKonfigurasi, siapkanTabKonfigurasi } from '../gas/tab-konfigurasi';
import { siapkanTabRenstraNarasi } from '../gas/tab-renstra-narasi';
import { bacaRenstraNarasi } from './renstra-narasi';
import { lindungiSemuaTab, periksaHakAdmin } from '../gas/proteksi-admin';
import { penjalan, wajibAdmin } from './akses';
import type { HasilSiapkan } from './api-types';
import { spreadsheetAktif } from '../gas/spreadsheet';

export function siapkanLembarKerja(): HasilSiapkan {
  const ss = spreadsheetAktif();
  return withDocumentLock(() => {
    const siapa = penjalan(ss);
    wajibAdmin(siapa);
    periksaHakAdmin(ss);
    const ditambahkan = [...siapkanTabKonfigurasi(ss), ...siapkanTabRenstraNarasi(ss), ...siapkanTabSop(ss)];
    siapkanLog(ss, siapa.email, siapa.adminEmails);
    const lokalLama = pastikanLokal(ss);
    const tabAwal = hapusTabAwalKosong(ss);
    lindungiSemuaTab(ss, siapa.email, siapa.adminEmails);
    const diubah = [
      ...(lokalLama ? [`lokal spreadsheet ${lokalLama} diganti ${LOKAL_LAPKIN} agar angka seperti 1.234,5 terbaca benar`] : []),
      ...(tabAwal ? [`tab kosong "${tabAwal}" dihapus`] : []),
    ];
    const rincian = [...(ditambahkan.length > 0 ? [`Ditambahkan: ${ditambahkan.join(', ')}`] : []), ...diubah];
    catat(ss, siapa, 'Siapkan lembar kerja', rincian.length > 0 ? rincian.join('; ') : 'Tidak ada yang kurang');
    const hasil = bacaKonfigurasi(bacaGridKonfigurasi(ss));
    const sop = hasil.ok ? bacaTemplateSop(ss, hasil.konfigurasi.pengaturan) : null;
    const renstraNarasi = hasil.ok ? bacaRenstraNarasi(ss, hasil.konfigurasi).masalah : [];
    const masalah = (hasil.ok ? [...(sop && !sop.ok ? sop.masalah : []), ...renstraNarasi] : hasil.masalah).map(uraianMasalah);
    // One message: what to do next. What was added is listed below it (ditambahkan), like the problems.
    const pesan = masalah.length > 0
      ? `Isi atau perbaiki ${masalah.length} hal berikut di tab konfigurasi, lalu mulai siklus.`
      : 'Konfigurasi siap: siklus dapat dimulai.';
    return { pesan, ditambahkan, diubah, masalah };
  });
}
