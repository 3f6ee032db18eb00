/**
 * Reading the whole configuration: every problem of all three tabs at once (issue 4).
 * `grids` are getValues of the tabs (null = tab missing). Pure.
 */
import type { Konfigurasi, Masalah } from '../types';
import { bacaBidang } from './bidang';
import { bacaIndikator } from './indikator';
import { bacaPengaturan, type EmailPeran } from './pengaturan';

export interface GridKonfigurasi {
  readonly pengaturan: readonly (readonly unknown[])[] | null;
  readonly bidang: readonly (readonly unknown[])[] | null;
  readonly indikator: readonly (readonly unknown[])[] | null;
}

/** The configuration with the SOP roles' e-mails from Pengaturan (what only SOP tracking needs). */
export interface KonfigurasiSop extends Konfigurasi {
  readonly emailPeran: EmailPeran;
}

export type HasilKonfigurasi =
  | { readonly ok: true; readonly konfigurasi: KonfigurasiSop }
  | { readonly ok: false; readonly masalah: readonly Masalah[] };

export function bacaKonfigurasi(grids: GridKonfigurasi): HasilKonfigurasi {
  const pengaturan = bacaPengaturan(grids.pengaturan);
  const bidang = bacaBidang(grids.bidang);
  // A bidang row with problems is left out of `bidang.bidang`; its indicators must not be
  // reported again as "unknown bidang", so every kode typed in the tab counts.
  const indikator = bacaIndikator(grids.indikator, bidang.kodeTertulis, pengaturan.skalaKualitatif);
  const masalah = [...pengaturan.masalah, ...bidang.masalah, ...indikator.masalah];
  if (masalah.length > 0 || pengaturan.pengaturan === null) return { ok: false, masalah };
  return { ok: true, konfigurasi: { pengaturan: pengaturan.pengaturan, bidang: bidang.bidang, indikator: indikator.indikator, emailPeran: pengaturan.emailPeran } };
}

/** One line per problem, as shown to the admin: "Indikator baris 5, kolom Bidang: …". */
export function uraianMasalah(m: Masalah): string {
  const tempat = [m.tab, m.baris > 0 ? `baris ${m.baris}` : '', m.kolom !== '' ? `kolom ${m.kolom}` : ''].filter((x) => x !== '').join(', ');
  return `${tempat}: ${m.pesan}`;
}
