/** Builds a built-in template's rows from their transcription: parses each Waktu and Pelaksana. */
import type { Peristiwa, SopBaris } from '../model';
import { normalisasiPeran } from '../peran';
import { parseWaktu } from '../waktu';

/** A row as transcribed from a seed. An empty `waktu` means the seed gives no time standard. */
export interface BarisSumber {
  readonly no: string;
  readonly kegiatan: string;
  readonly pelaksana: string;
  readonly kelengkapan: string;
  readonly waktu: string;
  readonly output: string;
  readonly keterangan?: string;
  readonly peristiwa?: Peristiwa;
}

/** Throws on a transcription error (an unreadable Waktu or unknown Pelaksana): a bug, not input. */
export function susunBaris(sumber: readonly BarisSumber[]): SopBaris[] {
  return sumber.map((b, i) => {
    const peran = normalisasiPeran(b.pelaksana);
    if (peran.length === 0) throw new Error(`Pelaksana tidak dikenal: ${b.pelaksana}`);
    let durasi = null;
    if (b.waktu !== '') {
      const hasil = parseWaktu(b.waktu);
      if (!hasil.ok) throw new Error(hasil.pesan);
      durasi = hasil.durasi;
    }
    return {
      urutan: i + 1,
      no: b.no,
      kegiatan: b.kegiatan,
      pelaksana: b.pelaksana,
      peran,
      kelengkapan: b.kelengkapan,
      waktu: b.waktu,
      durasi,
      output: b.output,
      keterangan: b.keterangan ?? '',
      ...(b.peristiwa ? { peristiwa: b.peristiwa } : {}),
    };
  });
}
