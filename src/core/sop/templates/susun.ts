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

/** Throws on a transcription error (an unreadable Waktu or unknown Pelaksana): a bug, not input. */
export function susunBaris(sumber: readonly BarisSumber[]): SopBaris[] {
  return sumber.map(([no, kegiatan, pelaksana, kelengkapan, waktu, output, peristiwa], i) => {
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
