/**
 * The Pemecahan masalah (troubleshooting) chapter of the Panduan, read from its Markdown
 * (docs/panduan/pemecahan-masalah.md) so the panel can link an error to its entry. An entry is a
 * `### Judul` heading, one `> message` line per message it explains (`…` where the message has a
 * variable part), then what to do. Pure.
 */

export interface EntriBantuan {
  /** The heading's anchor: "hanya-admin-yang-dapat-melakukan-ini". */
  readonly id: string;
  readonly judul: string;
  /** The messages it explains, `…` for a variable part. */
  readonly pesan: readonly string[];
  /** What to do: the entry's Markdown below its messages. */
  readonly isi: string;
}

/** The anchor of a heading: lower case, letters and digits, words joined by "-". */
export function idJudul(judul: string): string {
  return judul
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/[\s-]+/g, '-');
}

export function bacaPemecahanMasalah(md: string): EntriBantuan[] {
  const hasil: EntriBantuan[] = [];
  for (const bagian of md.split(/^### /m).slice(1)) {
    const [judul, ...baris] = bagian.split('\n');
    const pesan = baris.filter((b) => b.startsWith('> ')).map((b) => b.slice(2).trim());
    const isi = baris.filter((b) => !b.startsWith('> ') && !b.startsWith('## ')).join('\n').trim();
    hasil.push({ id: idJudul(judul), judul: judul.trim(), pesan, isi });
  }
  return hasil;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `pesan` is the message `pola` describes (`…` = any text, at least one character). */
export function cocokPesan(pola: string, pesan: string): boolean {
  const re = new RegExp(`^${pola.split('…').map(escapeRegex).join('[\\s\\S]+')}$`);
  return re.test(pesan.trim());
}

/** The entry that explains `pesan`, if any. */
export function entriUntuk(entri: readonly EntriBantuan[], pesan: string): EntriBantuan | undefined {
  return entri.find((e) => e.pesan.some((p) => cocokPesan(p, pesan)));
}
