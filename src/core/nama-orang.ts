/**
 * The name to show for an e-mail address, where the configuration knows one: a Kabid (tab
 * Bidang) or the Kasubbag (Pengaturan). Staff and others are known by their address only.
 */
import type { Konfigurasi } from './types';

export function namaOrang(k: Pick<Konfigurasi, 'bidang' | 'pengaturan'>, email: string): string {
  const e = email.trim().toLowerCase();
  if (e === '') return email;
  const kabid = k.bidang.find((b) => b.kabid.email.trim().toLowerCase() === e);
  if (kabid && kabid.kabid.nama.trim() !== '') return kabid.kabid.nama;
  const kasubbag = k.pengaturan.kasubbag;
  if (kasubbag.email.trim().toLowerCase() === e && kasubbag.nama.trim() !== '') return kasubbag.nama;
  return email;
}
