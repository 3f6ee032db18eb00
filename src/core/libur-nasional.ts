/**
 * National holidays (hari libur nasional) and cuti bersama per year, as the SKB of the Menteri
 * Agama, Menteri Ketenagakerjaan and Menteri PANRB fixes them each year (domain.md §2). Working days
 * skip these and the office's own local holidays (Pengaturan ▸ Hari libur). A year that is not
 * here has no list: Mulai siklus warns when a cycle's dates fall in such a year.
 *
 * Sources. The SKB texts themselves were not at hand; the dates below are those the press and
 * government sites reported from them, checked against the weekday each report names. For 2026 two
 * independent reports agree on every date (a third prints 14 instead of 24 December, against the
 * others and the SKB's count); for 2025 one report lists every date and a second confirms its first
 * ones. Check a year against the SKB's own text before relying on it:
 * - 2025: SKB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 (signed 14 October
 *   2024): 17 libur nasional, 10 cuti bersama.
 * - 2026: SKB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 (announced by the
 *   Menko PMK on 19 September 2025): 17 libur nasional, 8 cuti bersama.
 * - 2027: not yet published when this list was made.
 * When a new SKB is published, add its year here (and check a year's dates against the SKB).
 */

export type JenisLibur = 'libur-nasional' | 'cuti-bersama';

export interface HariLibur {
  /** yyyy-mm-dd. */
  readonly tanggal: string;
  readonly nama: string;
  readonly jenis: JenisLibur;
}

export interface DaftarLiburTahun {
  /** The SKB the list comes from, as it is cited. */
  readonly sumber: string;
  readonly hari: readonly HariLibur[];
}

const L = (tanggal: string, nama: string): HariLibur => ({ tanggal, nama, jenis: 'libur-nasional' });
const C = (tanggal: string, nama: string): HariLibur => ({ tanggal, nama, jenis: 'cuti-bersama' });

export const LIBUR_NASIONAL: Readonly<Record<number, DaftarLiburTahun>> = {
  2025: {
    sumber: 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024',
    hari: [
      L('2025-01-01', 'Tahun Baru 2025 Masehi'),
      L('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
      C('2025-01-28', 'Cuti bersama Tahun Baru Imlek'),
      L('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
      C('2025-03-28', 'Cuti bersama Hari Suci Nyepi'),
      L('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'),
      L('2025-03-31', 'Idul Fitri 1446 Hijriah'),
      L('2025-04-01', 'Idul Fitri 1446 Hijriah'),
      C('2025-04-02', 'Cuti bersama Idul Fitri'),
      C('2025-04-03', 'Cuti bersama Idul Fitri'),
      C('2025-04-04', 'Cuti bersama Idul Fitri'),
      C('2025-04-07', 'Cuti bersama Idul Fitri'),
      L('2025-04-18', 'Wafat Yesus Kristus'),
      L('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
      L('2025-05-01', 'Hari Buruh Internasional'),
      L('2025-05-12', 'Hari Raya Waisak 2569 BE'),
      C('2025-05-13', 'Cuti bersama Hari Raya Waisak'),
      L('2025-05-29', 'Kenaikan Yesus Kristus'),
      C('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'),
      L('2025-06-01', 'Hari Lahir Pancasila'),
      L('2025-06-06', 'Idul Adha 1446 Hijriah'),
      C('2025-06-09', 'Cuti bersama Idul Adha'),
      L('2025-06-27', 'Tahun Baru Islam 1447 Hijriah'),
      L('2025-08-17', 'Hari Proklamasi Kemerdekaan'),
      L('2025-09-05', 'Maulid Nabi Muhammad SAW'),
      L('2025-12-25', 'Kelahiran Yesus Kristus'),
      C('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus'),
    ],
  },
  2026: {
    sumber: 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025',
    hari: [
      L('2026-01-01', 'Tahun Baru 2026 Masehi'),
      L('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
      C('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
      L('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
      C('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
      L('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
      C('2026-03-20', 'Cuti bersama Idul Fitri'),
      L('2026-03-21', 'Idul Fitri 1447 Hijriah'),
      L('2026-03-22', 'Idul Fitri 1447 Hijriah'),
      C('2026-03-23', 'Cuti bersama Idul Fitri'),
      C('2026-03-24', 'Cuti bersama Idul Fitri'),
      L('2026-04-03', 'Wafat Yesus Kristus'),
      L('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
      L('2026-05-01', 'Hari Buruh Internasional'),
      L('2026-05-14', 'Kenaikan Yesus Kristus'),
      C('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
      L('2026-05-27', 'Idul Adha 1447 Hijriah'),
      C('2026-05-28', 'Cuti bersama Idul Adha'),
      L('2026-05-31', 'Hari Raya Waisak 2570 BE'),
      L('2026-06-01', 'Hari Lahir Pancasila'),
      L('2026-06-16', 'Tahun Baru Islam 1448 Hijriah'),
      L('2026-08-17', 'Hari Proklamasi Kemerdekaan'),
      L('2026-08-25', 'Maulid Nabi Muhammad SAW'),
      C('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
      L('2026-12-25', 'Kelahiran Yesus Kristus'),
    ],
  },
};

/** Every national holiday and cuti bersama Lapkin knows, as yyyy-mm-dd. */
export function tanggalLiburNasional(): string[] {
  return Object.values(LIBUR_NASIONAL).flatMap((t) => t.hari.map((h) => h.tanggal));
}

/** The office's holidays: the national list and the local ones from Pengaturan, sorted, each once. */
export function gabungLibur(lokal: readonly string[]): string[] {
  return [...new Set([...tanggalLiburNasional(), ...lokal])].sort();
}

/** The years among `tanggal` (yyyy-mm-dd) that have no national list, ascending. */
export function tahunTanpaDaftar(tanggal: readonly string[]): number[] {
  const tahun = new Set(tanggal.map((t) => Number(t.slice(0, 4))).filter((t) => Number.isInteger(t) && !(t in LIBUR_NASIONAL)));
  return [...tahun].sort((a, b) => a - b);
}

/**
 * The warning for a cycle whose dates fall in a year without a list: working days there count
 * only the local holidays. '' when every year has its list.
 */
export function peringatanTahunLibur(tanggal: readonly string[]): string {
  const tahun = tahunTanpaDaftar(tanggal);
  if (tahun.length === 0) return '';
  const daftar = tahun.join(' dan ');
  return `Daftar libur nasional dan cuti bersama ${daftar} belum ada di Lapkin: hari kerja ${daftar} hanya melewati hari libur di tab Pengaturan. ` +
    `Tambahkan libur nasional dan cuti bersama ${daftar} (SKB 3 Menteri) di Pengaturan ▸ Hari libur.`;
}
