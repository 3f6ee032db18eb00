/**
 * The SOP roles of the running user, from the configuration: admin (owner and Pengaturan ▸ E-mail
 * admin), Kasubbag (E-mail Kasubbag), Kabid and Staf (the Bidang tab), and the other roles from
 * optional Pengaturan rows an admin may add: "E-mail Sekretaris", "E-mail Kepala", "E-mail Kabag",
 * "E-mail Asisten", "E-mail Tim LKj", "E-mail Pengadministrasi" (comma-separated lists).
 */
import { pisahDaftar } from '../core/konfigurasi/angka';
import type { GridKonfigurasi } from '../core/konfigurasi/index';
import type { PeranId } from '../core/sop/model';
import { NAMA_PERAN, type PeranPelaku } from '../core/sop/peran';
import type { Konfigurasi } from '../core/types';

/** Roles read from optional Pengaturan rows "E-mail <Peran>". */
const PERAN_PENGATURAN: readonly PeranId[] = ['sekretaris', 'kepala', 'kabag', 'asisten', 'tim-lkj', 'pengadministrasi'];

function emailDariBaris(grid: GridKonfigurasi['pengaturan'], label: string): string[] {
  const baris = (grid ?? []).find((r) => String(r[0] ?? '').trim().toLowerCase() === label.toLowerCase());
  return baris ? pisahDaftar(baris[1]).map((e) => e.toLowerCase()) : [];
}

/** Every role `email` holds, admin first; [] for nobody ('' is never anybody, domain.md §7). */
export function peranPengguna(email: string, admin: boolean, k: Konfigurasi, grid: GridKonfigurasi): PeranPelaku[] {
  if (email === '') return [];
  const peran: PeranPelaku[] = admin ? ['admin'] : [];
  if (k.pengaturan.kasubbag.email === email) peran.push('kasubbag');
  if (k.bidang.some((b) => b.kabid.email.toLowerCase() === email)) peran.push('kabid');
  if (k.bidang.some((b) => b.stafEmails.includes(email))) peran.push('staf');
  for (const p of PERAN_PENGATURAN) {
    if (emailDariBaris(grid.pengaturan, `E-mail ${NAMA_PERAN[p]}`).includes(email)) peran.push(p);
  }
  return peran;
}
