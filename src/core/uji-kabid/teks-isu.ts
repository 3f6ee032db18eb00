/**
 * "Uji dengan akun Kabid": the plain-text block the admin pastes into an issue. Addresses are
 * replaced by roles (only their domains stay), so nobody's e-mail ends up in a public tracker.
 */
import { jenisAkun, type KeadaanUjiKabid } from './keadaan';

export interface BarisHasil {
  readonly id: string;
  readonly lulus: boolean;
  readonly diharapkan: string;
  readonly teramati: string;
}

export interface InfoLingkungan {
  /** 'yyyy-MM-dd HH:mm' in `zona`. */
  readonly waktu: string;
  readonly zona: string;
  readonly lokal: string;
}

/** Each address of the test named by its role(s); the Kabid first, so a longer role list cannot hide it. */
function peran(k: KeadaanUjiKabid): [string, string][] {
  const nama = new Map<string, string[]>();
  for (const [email, label] of [[k.kabid, 'Kabid'], [k.pembuat, 'pembuat pemicu'], [k.admin, 'admin'], [k.pemilik, 'pemilik']] as const) {
    if (email !== '') nama.set(email, [...(nama.get(email) ?? []), label]);
  }
  return [...nama].map(([email, label]) => [email, `<${label.join('/')}>`]);
}

export function samarkan(k: KeadaanUjiKabid, teks: string): string {
  return peran(k).reduce((t, [email, label]) => t.split(email).join(label), teks);
}

export function teksIsu(k: KeadaanUjiKabid, hasil: readonly BarisHasil[], info: InfoLingkungan): string {
  const gagal = hasil.filter((h) => !h.lulus).length;
  const baris = [
    'Lapkin — Uji dengan akun Kabid',
    `Tanggal: ${info.waktu} (${info.zona}); lokal spreadsheet: ${info.lokal}`,
    `Akun Kabid: ${jenisAkun(k, k.kabid)}`,
    `Akun pembuat pemicu onEdit: ${jenisAkun(k, k.pembuat)}${k.pembuat === k.pemilik ? ', pemilik spreadsheet' : ''}`,
    `Kabid sudah editor file saat tab uji dibuat: ${k.sudahEditor ? 'ya (Sel X tidak membedakan apa pun)' : 'tidak'}`,
    `Hasil: ${hasil.length - gagal} lulus, ${gagal} gagal`,
    ...hasil.map((h) => `[${h.lulus ? 'Lulus' : 'Gagal'}] ${h.id}: diharapkan ${h.diharapkan}; teramati ${h.teramati}`),
  ];
  return samarkan(k, baris.join('\n'));
}
