/** Builds a built-in template's rows from their transcription: parses each Waktu and Pelaksana. */
import type { Peristiwa, SopBaris } from '../model';
import { normalisasiPeran } from '../peran';
import { barisSop } from '../tab';
import { parseWaktu } from '../waktu';

/**
 * A row as transcribed from a seed, positionally: No, Kegiatan, Pelaksana, Kelengkapan, Waktu,
 * Output, and the cycle event that advances it (absent for manual rows). An empty Waktu means the
 * seed gives no time standard; the seeds give no Keterangan.
 */
export type BarisSumber = readonly [no: string, kegiatan: string, pelaksana: string, kelengkapan: string, waktu: string, output: string, peristiwa?: Peristiwa];

/** Steps the source lost, by their numbers ('2–8'): one placeholder row, nothing else invented. */
export interface BarisHilang {
  readonly hilang: string;
}

/** Throws on a transcription error (an unreadable Waktu or unknown Pelaksana): a bug, not input. */
export function susunBaris(sumber: readonly (BarisSumber | BarisHilang)[]): SopBaris[] {
  return sumber.map((baris, i) => {
    if ('hilang' in baris) {
      const sel = [baris.hilang, `Langkah ${baris.hilang} tidak terbaca di sumber`, '', '', '', '', ''];
      return { ...barisSop(i + 1, sel, [], null, undefined), tidakTerbaca: true as const };
    }
    const [no, kegiatan, pelaksana, kelengkapan, waktu, output, peristiwa] = baris;
    const peran = normalisasiPeran(pelaksana);
    if (peran.length === 0) throw new Error(`Pelaksana tidak dikenal: ${pelaksana}`);
    let durasi = null;
    if (waktu !== '') {
      const hasil = parseWaktu(waktu);
      if (!hasil.ok) throw new Error(hasil.pesan);
      durasi = hasil.durasi;
    }
    return barisSop(i + 1, [no, kegiatan, pelaksana, kelengkapan, waktu, output, ''], peran, durasi, peristiwa);
  });
}
