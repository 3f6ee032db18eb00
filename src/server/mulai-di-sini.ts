/**
 * `getMulaiDiSini()`: the first-run guide's state for the admin (src/core/mulai-di-sini.ts), read
 * fresh on every call so the guide can be left and resumed. Reads only: one getValues per
 * configuration tab, the SOP tab when the template is "kustom", the document properties.
 */
import { bacaKonfigurasi } from '../core/konfigurasi/index';
import { langkahMulaiDiSini, namaZona, type KeadaanMulaiDiSini } from '../core/mulai-di-sini';
import { labelSiklus } from '../core/periode';
import { TAB_SOP } from '../core/sop/lembar';
import { siklusAktif } from '../gas/siklus-store';
import { bacaTemplateSop } from '../gas/sop-tab';
import { spreadsheetAktif } from '../gas/spreadsheet';
import { bacaGridKonfigurasi } from '../gas/tab-konfigurasi';
import { penjalan, wajibAdmin } from './akses';

export function getMulaiDiSini(): KeadaanMulaiDiSini {
  const ss = spreadsheetAktif();
  wajibAdmin(penjalan(ss));
  const grid = bacaGridKonfigurasi(ss);
  const hasil = bacaKonfigurasi(grid);
  const sop = hasil.ok ? bacaTemplateSop(ss, hasil.konfigurasi.pengaturan) : null;
  const siklus = siklusAktif();
  const zona = ss.getSpreadsheetTimeZone();
  const langkah = langkahMulaiDiSini({
    grid,
    hasil,
    adaTabSop: ss.getSheetByName(TAB_SOP) !== null,
    zonaWaktu: zona,
    masalahSop: sop === null ? null : sop.ok ? [] : sop.masalah,
    siklus: siklus && !siklus.persiapan ? labelSiklus(siklus) : null,
    disiapkan: siklus?.persiapan ? labelSiklus(siklus) : null,
  });
  return { langkah, zonaWaktu: namaZona(zona) ? `${zona} (${namaZona(zona)})` : zona };
}
