/**
 * Working-time arithmetic on plain wall-clock values. Days are counted since the epoch with
 * Date.UTC and read back with the UTC getters, so nothing depends on the machine's time zone.
 */
import type { Durasi, Kalender, WaktuLokal } from './model';

export const KALENDER_BAKU: Kalender = { hariLibur: [], jamMulai: 480, jamSelesai: 960 };

const MS_PER_HARI = 86_400_000;

/** Days since 1970-01-01 of a calendar day. */
export function nomorHari(w: Pick<WaktuLokal, 'tahun' | 'bulan' | 'hari'>): number {
  return Math.round(Date.UTC(w.tahun, w.bulan - 1, w.hari) / MS_PER_HARI);
}

function dariNomorHari(nomor: number, menit: number): WaktuLokal {
  const d = new Date(nomor * MS_PER_HARI);
  return { tahun: d.getUTCFullYear(), bulan: d.getUTCMonth() + 1, hari: d.getUTCDate(), menit };
}

/** yyyy-mm-dd of a day number. */
export function isoHari(nomor: number): string {
  return new Date(nomor * MS_PER_HARI).toISOString().slice(0, 10);
}

/** The day of the week of a day number, 0 = Sunday. Day 0 (1970-01-01) was a Thursday. */
export function hariDalamMinggu(nomor: number): number {
  return (((nomor + 4) % 7) + 7) % 7;
}

/** Mon–Fri and not a holiday. */
function hariKerja(nomor: number, libur: ReadonlySet<string>): boolean {
  const hari = hariDalamMinggu(nomor);
  return hari !== 0 && hari !== 6 && !libur.has(isoHari(nomor));
}

/** The first working day after day `nomor`. */
export function hariKerjaBerikut(nomor: number, libur: ReadonlySet<string>): number {
  let n = nomor + 1;
  while (!hariKerja(n, libur)) n++;
  return n;
}

/**
 * Day `nomor` moved on by `jumlah` working days. From a weekday, five working days with no holiday
 * among them are exactly seven days on, so the whole weeks up to the next holiday are jumped at
 * once: decades cost one step per holiday, not one per day.
 */
function majuHariKerja(nomor: number, jumlah: number, libur: ReadonlySet<string>): number {
  const urutLibur = [...libur].map((iso) => nomorHari({ tahun: Number(iso.slice(0, 4)), bulan: Number(iso.slice(5, 7)), hari: Number(iso.slice(8, 10)) })).sort((a, b) => a - b);
  let n = nomor;
  let sisa = jumlah;
  while (sisa > 0) {
    const hari = hariDalamMinggu(n);
    if (hari !== 0 && hari !== 6) {
      const liburBerikut = urutLibur.find((h) => h > n) ?? Infinity;
      const minggu = Math.min(Math.floor(sisa / 5), Math.floor((liburBerikut - 1 - n) / 7));
      if (minggu > 0) {
        n += 7 * minggu;
        sisa -= 5 * minggu;
        continue;
      }
    }
    n = hariKerjaBerikut(n, libur);
    sisa--;
  }
  return n;
}

function hariKerjaSebelum(nomor: number, libur: ReadonlySet<string>): number {
  let n = nomor - 1;
  while (!hariKerja(n, libur)) n--;
  return n;
}

/** Orders two wall-clock times: negative when a is earlier, 0 when equal. */
export function bandingkanWaktu(a: WaktuLokal, b: WaktuLokal): number {
  return (nomorHari(a) - nomorHari(b)) * 1440 + (a.menit - b.menit);
}

/** The office hours of day `nomor`: its weekday's own (`jamPerHari`), else the calendar's. */
export function jamHari(nomor: number, kalender: Kalender): { readonly mulai: number; readonly selesai: number } {
  return kalender.jamPerHari?.[hariDalamMinggu(nomor)] ?? { mulai: kalender.jamMulai, selesai: kalender.jamSelesai };
}

/**
 * The due time of work of `durasi` that starts at `mulai`. A start outside office hours (a
 * weekend, a holiday, before opening or from closing time on) moves to the next opening. Work
 * that ends exactly at a day's end is due at that day's closing time, not the next opening. Each
 * day has its own office hours (`jamHari`): a shorter Friday holds fewer minutes of work.
 */
export function tambahWaktuKerja(mulai: WaktuLokal, durasi: Durasi, kalender: Kalender): WaktuLokal {
  for (const j of [{ mulai: kalender.jamMulai, selesai: kalender.jamSelesai }, ...Object.values(kalender.jamPerHari ?? {})]) {
    if (!(j && j.selesai - j.mulai > 0)) throw new RangeError(`Jam kantor tidak sah: ${j?.mulai}–${j?.selesai}.`);
  }
  const libur = new Set(kalender.hariLibur);
  const panjang = (n: number): number => jamHari(n, kalender).selesai - jamHari(n, kalender).mulai;
  let hari = nomorHari(mulai);
  let offset = mulai.menit - jamHari(hari, kalender).mulai;
  if (!hariKerja(hari, libur) || offset >= panjang(hari)) {
    hari = hariKerjaBerikut(hari, libur);
    offset = 0;
  } else if (offset < 0) {
    offset = 0;
  }
  hari = majuHariKerja(hari, durasi.hariKerja, libur);
  offset += durasi.menit;
  while (offset > panjang(hari)) {
    offset -= panjang(hari);
    hari = hariKerjaBerikut(hari, libur);
  }
  if (offset === 0 && (durasi.hariKerja > 0 || durasi.menit > 0)) {
    const kemarin = hariKerjaSebelum(hari, libur);
    return dariNomorHari(kemarin, jamHari(kemarin, kalender).selesai);
  }
  return dariNomorHari(hari, jamHari(hari, kalender).mulai + offset);
}
