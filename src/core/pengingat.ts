/**
 * Which late bidang a reminder run mails, within the daily mail quota (100 recipients a day on a
 * consumer account, 1,500 on Workspace; 50 a message: domain.md §7). Most late first: a bidang never
 * reminded in this cycle before one reminded earlier, the longest-ago reminder first, a tab nobody
 * has touched ('belum-diisi') before one under way. A bidang already reminded today is skipped; a
 * bidang the quota does not reach waits for a later run, which takes it first. Pure.
 */
import type { BidangSiklus } from './siklus';

/** The day (yyyy-mm-dd) each bidang was last reminded in a cycle, by bidang kode. */
export type CatatanPengingat = Readonly<Record<string, string>>;

/** Sheets' limit of recipients in one message (the quotas page: "Email recipients per message 50 / msg"). */
export const PENERIMA_PER_SUREL = 50;

export interface RencanaPengingat {
  /** Mailed this run, most late first. */
  readonly kirim: readonly BidangSiklus[];
  /** Not mailed, each with why (Indonesian). */
  readonly tunda: readonly { readonly bidang: BidangSiklus; readonly alasan: string }[];
}

const URUTAN_STATUS: Readonly<Record<string, number>> = { 'belum-diisi': 0, dikembalikan: 1, 'sedang-diisi': 2 };

/** `terlambat` in the order they are mailed. */
export function urutTerlambat(terlambat: readonly BidangSiklus[], catatan: CatatanPengingat): BidangSiklus[] {
  return [...terlambat].sort(
    (a, b) => (catatan[a.kode] ?? '').localeCompare(catatan[b.kode] ?? '') || (URUTAN_STATUS[a.status] ?? 3) - (URUTAN_STATUS[b.status] ?? 3),
  );
}

/** Which of `terlambat` to mail now with `sisaKuota` recipients left today. */
export function rencanaPengingat(terlambat: readonly BidangSiklus[], catatan: CatatanPengingat, hariIni: string, sisaKuota: number): RencanaPengingat {
  const kirim: BidangSiklus[] = [];
  const tunda: { bidang: BidangSiklus; alasan: string }[] = [];
  let sisa = sisaKuota;
  for (const b of urutTerlambat(terlambat, catatan)) {
    if (b.editor.length === 0) tunda.push({ bidang: b, alasan: 'tanpa alamat e-mail (isi di tab Bidang)' });
    else if (catatan[b.kode] === hariIni) tunda.push({ bidang: b, alasan: 'sudah diingatkan hari ini' });
    else if (b.editor.length > sisa) tunda.push({ bidang: b, alasan: `kuota e-mail harian habis (perlu ${b.editor.length}, sisa ${sisa}); dikirim pada Kirim pengingat berikutnya` });
    else {
      kirim.push(b);
      sisa -= b.editor.length;
    }
  }
  return { kirim, tunda };
}

/** `penerima` in groups of at most 50, one message each. */
export function kelompokPenerima(penerima: readonly string[]): string[][] {
  const hasil: string[][] = [];
  for (let i = 0; i < penerima.length; i += PENERIMA_PER_SUREL) hasil.push(penerima.slice(i, i + PENERIMA_PER_SUREL));
  return hasil;
}
