/** The planned schedule of an SOP: steps run in sequence, each starting when the previous is due. */
import { tambahWaktuKerja } from './kalender';
import type { Durasi, Kalender, SopTemplate, WaktuLokal } from './model';
import { DURASI_NOL, jumlahDurasi } from './waktu';

export interface JadwalBaris {
  readonly urutan: number;
  readonly mulai: WaktuLokal;
  readonly tenggat: WaktuLokal;
  /** False when the source gives no time standard: the step is planned with no duration. */
  readonly adaStandarWaktu: boolean;
}

export interface JadwalSop {
  readonly baris: readonly JadwalBaris[];
  /** The sum of the rows' time standards. */
  readonly totalWaktu: Durasi;
  /** When the last step is due. */
  readonly selesai: WaktuLokal;
}

export function rencanaJadwal(template: SopTemplate, mulai: WaktuLokal, kalender: Kalender): JadwalSop {
  let berikut = mulai;
  const baris = template.baris.map((b) => {
    const awal = tambahWaktuKerja(berikut, DURASI_NOL, kalender);
    const tenggat = tambahWaktuKerja(awal, b.durasi ?? DURASI_NOL, kalender);
    berikut = tenggat;
    return { urutan: b.urutan, mulai: awal, tenggat, adaStandarWaktu: b.durasi !== null };
  });
  const durasi = template.baris.flatMap((b) => (b.durasi ? [b.durasi] : []));
  return { baris, totalWaktu: jumlahDurasi(durasi), selesai: berikut };
}
