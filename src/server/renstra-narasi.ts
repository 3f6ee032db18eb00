/** The Renstra and Narasi tabs as Siapkan and the LKj use them: read once each, checked against the read Indikator tab. */
import { bacaNarasi, type Narasi } from '../core/konfigurasi/narasi';
import { bacaRenstra, type Renstra } from '../core/konfigurasi/renstra';
import type { Konfigurasi, Masalah } from '../core/types';
import { bacaGridRenstraNarasi } from '../gas/tab-renstra-narasi';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function bacaRenstraNarasi(ss: Spreadsheet, k: Konfigurasi): { renstra: Renstra; narasi: Narasi; masalah: Masalah[] } {
  const grid = bacaGridRenstraNarasi(ss);
  const renstra = bacaRenstra(grid.renstra, k.indikator, k.pengaturan.skalaKualitatif);
  const narasi = bacaNarasi(grid.narasi);
  return { renstra: renstra.renstra, narasi: narasi.narasi, masalah: [...renstra.masalah, ...narasi.masalah] };
}
