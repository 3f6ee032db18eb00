/**
 * A submission timestamp (ISO) as users read it: '3 April 2026 pukul 14.15 WIB'. Indonesia's
 * zones have fixed offsets (no daylight saving), so a zone name is enough and no Date
 * formatting that depends on the machine's zone is used.
 */
import { dua, formatTanggal } from '../tanggal';
import { ambil } from './sumber';

const ZONA: Readonly<Record<string, { readonly menit: number; readonly nama: string }>> = {
  'Asia/Jakarta': { menit: 7 * 60, nama: 'WIB' },
  'Asia/Pontianak': { menit: 7 * 60, nama: 'WIB' },
  'Asia/Makassar': { menit: 8 * 60, nama: 'WITA' },
  'Asia/Jayapura': { menit: 9 * 60, nama: 'WIT' },
};
const UTC = { menit: 0, nama: 'UTC' };

/** An instant: a date-time with Z or an offset (without one, Date.parse would use the machine's zone). */
const INSTAN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Text that is not such an instant comes back unchanged. Unknown zones are shown in UTC. */
export function formatWaktuKirim(iso: string, zonaWaktu: string): string {
  const ms = INSTAN.test(iso) ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return iso;
  const zona = ambil(ZONA, zonaWaktu) ?? UTC;
  const lokal = new Date(ms + zona.menit * 60_000);
  const tanggal = formatTanggal({ tahun: lokal.getUTCFullYear(), bulan: lokal.getUTCMonth() + 1, hari: lokal.getUTCDate() });
  return `${tanggal} pukul ${dua(lokal.getUTCHours())}.${dua(lokal.getUTCMinutes())} ${zona.nama}`;
}
