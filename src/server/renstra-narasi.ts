/**
 * The Renstra and Narasi tabs as Siapkan, the annual recap and the LKj use them: one getValues per
 * tab, the Renstra tab checked against the read Indikator tab.
 */
import { bacaNarasi, TAB_NARASI, type Narasi } from '../core/konfigurasi/narasi';
import { bacaRenstra, TAB_RENSTRA, type Renstra } from '../core/konfigurasi/renstra';
import type { Konfigurasi, Masalah } from '../core/types';
import { isiTab } from '../gas/spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function bacaRenstraSs(ss: Spreadsheet, k: Konfigurasi): { renstra: Renstra; masalah: Masalah[] } {
  return bacaRenstra(isiTab(ss, TAB_RENSTRA), k.indikator, k.pengaturan.skalaKualitatif);
}

export function bacaNarasiSs(ss: Spreadsheet): { narasi: Narasi; masalah: Masalah[] } {
  return bacaNarasi(isiTab(ss, TAB_NARASI));
}

/** Both tabs (Siapkan reports their problems). */
export function bacaRenstraNarasi(ss: Spreadsheet, k: Konfigurasi): { renstra: Renstra; narasi: Narasi; masalah: Masalah[] } {
  const renstra = bacaRenstraSs(ss, k);
  const narasi = bacaNarasiSs(ss);
  return { renstra: renstra.renstra, narasi: narasi.narasi, masalah: [...renstra.masalah, ...narasi.masalah] };
}
