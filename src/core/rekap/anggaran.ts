/** Realisasi anggaran per programme beside capaian kinerja (domain.md §4 budget, §5 BAB III B). */
import type { BarisAnggaran, BarisRekap, TabelAnggaran } from './model';
import { rataRataCapaian } from './ringkasan';

function barisAnggaran(program: string, baris: readonly BarisRekap[], batasRataRata: number): BarisAnggaran {
  const pagu = baris.reduce((s, b) => s + (b.pagu ?? 0), 0);
  const realisasiAnggaran = baris.reduce((s, b) => s + (b.realisasiAnggaran ?? 0), 0);
  return {
    program,
    pagu,
    realisasiAnggaran,
    penyerapan: pagu === 0 ? null : (realisasiAnggaran / pagu) * 100,
    rataRataCapaian: rataRataCapaian(baris, batasRataRata),
    jumlahIndikator: baris.length,
  };
}

/** Programmes in order of first appearance; rows without a programme count in neither. Mean capaian capped at `batasRataRata`. */
export function tabelAnggaran(baris: readonly BarisRekap[], batasRataRata: number): TabelAnggaran {
  const perProgram = new Map<string, BarisRekap[]>();
  for (const b of baris) {
    if (b.program.trim() === '') continue;
    const kelompok = perProgram.get(b.program);
    if (kelompok) kelompok.push(b);
    else perProgram.set(b.program, [b]);
  }
  const program = [...perProgram].map(([nama, isi]) => barisAnggaran(nama, isi, batasRataRata));
  return { program, total: barisAnggaran('Jumlah', [...perProgram.values()].flat(), batasRataRata) };
}
