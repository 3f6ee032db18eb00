/**
 * What each Kabid of the demo types into the bidang tab: a realisasi per indicator derived from
 * the target the tab shows (so capaian varies between about 80 % and 110 %), the budget spent on
 * the programme rows, an explanation, the factors, the effort and a link to the evidence.
 * Pure: it reads the tab as the emulator describes it and returns the cells to type.
 */
import type { SheetView } from '../emulator/view';
import { INDIKATOR_CONTOH } from '../fixtures/opd-contoh';
import { BARIS_DATA_PERTAMA, hurufKolom, posisiKolom } from '../../src/core/lembar-bidang';
import { labelPeriode, nomorTriwulan } from '../../src/core/periode';
import type { Periode } from '../../src/core/types';

export interface Ketikan {
  readonly a1: string;
  readonly value: string | number;
}

/** How far each indicator lands from its target, by its position in the demo OPD. */
const FAKTOR = [1, 0.95, 1.05, 0.9, 0.85, 1.1, 0.8, 1, 0.97, 1.02];
/**
 * Two indicators land on domain.md's worked examples: IK-20 (T 100, R 85 → 85 % Tinggi each
 * quarter) and IK-18 (negatif, kumulatif: R 1 a quarter against T 2 → 150 % in TW I, and
 * T 8, R 4 → 150 % for the year).
 */
const FAKTOR_KHUSUS: Readonly<Record<string, number>> = { 'IK-20': 0.85, 'IK-18': 0.5 };
/** Units measured in fractions; everything else is counted in whole numbers. */
const SATUAN_PECAHAN = new Set(['indeks', 'nilai', '%', 'hari']);

/**
 * Realisasi typed so far per indicator kode, by quarter (index 0 = TW I). Typing a quarter again
 * (a returned submission refilled) replaces that quarter's entry.
 */
export type RiwayatRealisasi = Map<string, number[]>;

const KOLOM_INDIKATOR = { kode: 0, agregasi: 6, pagu: 15 } as const;

function bulat(n: number, pecahan: boolean): number {
  return pecahan ? Math.round(n * 100) / 100 : Math.round(n);
}

/** The value the annual tab asks for: the quarters combined by the indicator's agregasi. */
function gabungan(agregasi: string, nilai: readonly number[]): number {
  if (nilai.length === 0) return 0;
  if (agregasi === 'kumulatif') return nilai.reduce((a, b) => a + b, 0);
  if (agregasi === 'terakhir') return nilai[nilai.length - 1] ?? 0;
  return Math.round((nilai.reduce((a, b) => a + b, 0) / nilai.length) * 100) / 100;
}

function realisasi(kode: string, satuan: string, target: number, periode: Periode, riwayat: RiwayatRealisasi): number {
  const baris = INDIKATOR_CONTOH.findIndex((r) => r[KOLOM_INDIKATOR.kode] === kode);
  const agregasi = INDIKATOR_CONTOH[baris]?.[KOLOM_INDIKATOR.agregasi] ?? 'terakhir';
  if (periode === 'TAHUNAN') return gabungan(agregasi, riwayat.get(kode) ?? []);
  const tw = nomorTriwulan(periode);
  const sebelumnya = (riwayat.get(kode) ?? []).slice(0, tw - 1);
  const pecahan = SATUAN_PECAHAN.has(satuan);
  const faktor = FAKTOR_KHUSUS[kode] ?? FAKTOR[baris % FAKTOR.length] ?? 1;
  const sampaiKini = bulat(target * faktor, pecahan);
  const nilai = agregasi === 'kumulatif' ? bulat(sampaiKini - sebelumnya.reduce((a, b) => a + b, 0), pecahan) : sampaiKini;
  riwayat.set(kode, [...sebelumnya, Math.max(0, nilai)]);
  return Math.max(0, nilai);
}

/** A quarter's share of a programme's pagu, spent by the programme's first indicator row. */
function anggaran(kode: string, periode: Periode): number | null {
  const pagu = INDIKATOR_CONTOH.find((r) => r[KOLOM_INDIKATOR.kode] === kode)?.[KOLOM_INDIKATOR.pagu] ?? '';
  if (pagu === '') return null;
  const rupiah = Number(pagu.replace(/\./g, ''));
  return periode === 'TAHUNAN' ? Math.round(rupiah * 0.93) : Math.round(rupiah * 0.22);
}

/**
 * The cells a Kabid types into `tab` for `periode`. `buktiDukung` makes the evidence link of an
 * indicator (the demo's returned submission first sends a wrong one).
 */
export function isianBidang(
  tab: SheetView,
  periode: Periode,
  riwayat: RiwayatRealisasi,
  buktiDukung: (kode: string) => string = (kode) => `https://drive.google.com/drive/folders/bukti-${kode}-${periode}`,
): Ketikan[] {
  const kolom = (id: string): number => posisiKolom(periode, id);
  const nilai = (row: number, column: number): string | number | boolean | null =>
    tab.cells.find((c) => c.row === row && c.column === column)?.value ?? null;
  const hasil: Ketikan[] = [];
  for (let row = BARIS_DATA_PERTAMA; row <= tab.lastRow; row++) {
    const kode = String(nilai(row, kolom('kode')) ?? '').trim();
    if (kode === '') continue;
    const target = nilai(row, kolom('target'));
    const sel = (id: string): string => `${hurufKolom(kolom(id))}${row}`;
    const satuan = String(nilai(row, kolom('satuan')) ?? '');
    const r = typeof target === 'number' ? realisasi(kode, satuan, target, periode, riwayat) : String(target ?? '');
    hasil.push({ a1: sel('realisasi'), value: r });
    const rp = anggaran(kode, periode);
    if (rp !== null) hasil.push({ a1: sel('realisasiAnggaran'), value: rp });
    hasil.push(
      { a1: sel('penjelasan'), value: `Realisasi ${labelPeriode(periode)} dicapai melalui kegiatan yang direncanakan.` },
      { a1: sel('faktorPendukung'), value: 'Dukungan pimpinan dan koordinasi lintas bidang.' },
      { a1: sel('faktorPenghambat'), value: 'Jadwal kegiatan bergeser karena agenda daerah.' },
      { a1: sel('upaya'), value: 'Penjadwalan ulang dan koordinasi dengan mitra.' },
      { a1: sel('buktiDukung'), value: buktiDukung(kode) },
    );
  }
  return hasil;
}
