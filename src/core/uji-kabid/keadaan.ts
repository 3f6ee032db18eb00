/**
 * "Uji dengan akun Kabid": who takes part, and which kind of account each is. The real run cannot
 * ask Google whether an address is a Workspace account, so the admin states it (only when it
 * matters: the Kabid and the admin share a domain that is not Gmail's) and the report says so.
 */

export interface KeadaanUjiKabid {
  /** Lower-cased e-mails: the Kabid tested, the admin who started, the onEdit trigger's creator, the owner. */
  readonly kabid: string;
  readonly admin: string;
  readonly pembuat: string;
  readonly pemilik: string;
  /** The domain the admin confirmed to be a Google Workspace domain; null = consumer accounts. */
  readonly domainWorkspace: string | null;
  /** Whether the Kabid could already edit the file when the tab was made (then Sel X tests nothing). */
  readonly sudahEditor: boolean;
  /** ISO. */
  readonly dibuat: string;
}

export const KUNCI_UJI_KABID = 'lapkin.ujiKabid';

const DOMAIN_GMAIL = ['gmail.com', 'googlemail.com'];
const POLA_EMAIL = /^[^\s@=+\-"'][^\s@"']*@[^\s@"']+\.[^\s@"']+$/;

export function domainEmail(email: string): string {
  return email.includes('@') ? email.slice(email.lastIndexOf('@') + 1).toLowerCase() : '';
}

/** The emulator's rule (node/emulator/workspace.ts `sameWorkspace`), with the domain the admin confirmed. */
export function satuWorkspace(k: KeadaanUjiKabid, a: string, b: string): boolean {
  const d = domainEmail(a);
  return d !== '' && d === domainEmail(b) && d === k.domainWorkspace;
}

/** The domain to ask the admin about: the Kabid's, when it is also the admin's and not Gmail's; else null. */
export function domainDitanyakan(kabid: string, admin: string): string | null {
  const d = domainEmail(kabid);
  return d !== '' && d === domainEmail(admin) && !DOMAIN_GMAIL.includes(d) ? d : null;
}

/** Why `kabid` cannot be tested (Indonesian), or null. */
export function alasanKabidTidakSah(kabid: string, admin: readonly string[]): string | null {
  if (!POLA_EMAIL.test(kabid)) return `"${kabid}" bukan alamat e-mail. Tulis alamat akun Google Kabid, misalnya kabid.contoh@gmail.com.`;
  if (admin.includes(kabid)) {
    return `${kabid} adalah admin Lapkin (pemilik atau tercantum di Pengaturan ▸ E-mail admin). Uji ini memerlukan akun Kabid yang bukan admin.`;
  }
  return null;
}

export function keadaanDariTeks(teks: string | null): KeadaanUjiKabid | null {
  if (!teks) return null;
  try {
    const k = JSON.parse(teks) as KeadaanUjiKabid;
    return typeof k.kabid === 'string' && k.kabid !== '' ? k : null;
  } catch {
    return null;
  }
}

/** The account kind as far as Lapkin knows it: Gmail is consumer; a shared non-Gmail domain is what the admin said. */
export function jenisAkun(k: KeadaanUjiKabid, email: string): string {
  const d = domainEmail(email);
  if (d === k.domainWorkspace) return `Google Workspace (${d}, menurut admin)`;
  if (DOMAIN_GMAIL.includes(d)) return `konsumen (${d})`;
  if (d === domainDitanyakan(k.kabid, k.admin)) return `konsumen (${d}, menurut admin)`;
  return `tidak ditanyakan (${d}; domain Kabid lain, jadi aturan Workspace tidak berlaku)`;
}
