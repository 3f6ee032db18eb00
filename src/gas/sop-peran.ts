/**
 * The SOP roles of the running user, from the configuration: admin (owner and Pengaturan ▸ E-mail
 * admin), Kasubbag (E-mail Kasubbag), Kabid and Staf (the Bidang tab), and the other roles from the
 * Pengaturan rows "E-mail Sekretaris", "E-mail Kepala", … (PERAN_EMAIL, read by the config reader).
 */
import type { KonfigurasiSop } from '../core/konfigurasi/index';
import { PERAN_EMAIL } from '../core/konfigurasi/skema';
import type { PeranPelaku } from '../core/sop/peran';

/** Every role `email` holds, admin first; [] for nobody ('' is never anybody, domain.md §7). */
export function peranPengguna(email: string, admin: boolean, k: KonfigurasiSop): PeranPelaku[] {
  if (email === '') return [];
  const peran: PeranPelaku[] = admin ? ['admin'] : [];
  if (k.pengaturan.kasubbag.email === email) peran.push('kasubbag');
  if (k.bidang.some((b) => b.kabid.email.toLowerCase() === email)) peran.push('kabid');
  if (k.bidang.some((b) => b.stafEmails.includes(email))) peran.push('staf');
  for (const p of PERAN_EMAIL) if (k.emailPeran[p]?.includes(email)) peran.push(p);
  return peran;
}
