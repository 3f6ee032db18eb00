/**
 * BAB III Akuntabilitas Kinerja of the LKj (Permen PAN-RB 53/2014, annex, BAB III A): per sasaran
 * the table "Tabel 3.n Capaian Kinerja Sasaran …" (target, realisasi, capaian and its kategori) and
 * the analyses Lapkin's data supports, each indicator in one paragraph:
 *   1. target, realisasi and capaian with its kategori;
 *   2. this year against last year and earlier years — realisasi with realisasi, capaian with
 *      capaian (src/core/riwayat.ts), differences of percentages in "poin persen";
 *   3. against the Renstra's end target, as the recap row computed it (lkj-renstra.ts);
 *   5. causes and solutions in the bidang's own words, as sentences, each said once;
 * then, after the budget table,
 *   6. efficiency: capaian set against penyerapan per programme, with the formula stated;
 *   7. per sasaran the programmes with their penyerapan and the indicators below 76 %.
 * Only figures and the bidang's own words — gaps are marked for a person.
 */
import { teksRasio } from '../agregasi';
import { formatAngka, formatPersen, formatRupiah } from '../format';
import { labelSampaiPeriode } from '../periode';
import type { AturanCapaian } from '../capaian';
import type { BarisAnggaran, BarisRekap, KelompokSasaran, Rekap } from '../rekap/model';
import { riwayatUntuk, type RiwayatIndikator } from '../riwayat';
import type { TeksIsian } from '../types';
import { centered, heading, justified, list, paragraph, table, toWriteRun, type Block, type Run, type TableBlock } from './model';
import { kalimatRenstra } from './lkj-renstra';
import { denganSatuan, selisihSatuan, teksNilai } from './surat';

/** Capaian below this is "kurang" for the programme analysis (the lower bound of "Tinggi" in Permendagri 86/2017's scale). */
export const BATAS_CAPAIAN_RENDAH = 76;

const KOLOM_ANGGARAN = ['No', 'Program', 'Pagu', 'Realisasi', 'Penyerapan'] as const;

/** A rasio's figure with the sums it was computed from: "38 (19/50)"; other figures as they are. */
export function denganRasio(teks: string, baris: Pick<BarisRekap, 'rasio'>): string {
  return baris.rasio === null ? teks : `${teks} (${teksRasio(baris.rasio)})`;
}

/** The realisasi as the table shows it: the figure capaian was measured with. */
export function teksRealisasi(baris: BarisRekap): string {
  if (typeof baris.realisasi === 'string' && baris.realisasi !== '') return baris.realisasi;
  if (baris.realisasiSd !== null) return denganRasio(formatAngka(baris.realisasiSd), baris);
  return baris.tidakAdaData !== null ? 'tidak ada data' : 'belum diisi';
}

/** The capaian cell: a figure, or a dash with the reason in the Kategori cell and a note under the table. */
export function selCapaian(baris: BarisRekap): [string, string] {
  const c = baris.capaian;
  if (c.jenis === 'nilai') return [formatPersen(c.persen), c.kategori];
  return ['–', c.jenis === 'belum-diisi' ? 'Belum diisi' : 'Tidak dapat dihitung'];
}

/** Capaian against the target tahunan (a quarter's, domain.md §5): a figure or a dash. */
export function selCapaianTahunan(baris: BarisRekap): string {
  return baris.capaianTahunan?.jenis === 'nilai' ? formatPersen(baris.capaianTahunan.persen) : '–';
}

/** The table of one sasaran; a quarter's also sets capaian against the target tahunan beside capaian s.d. TW n. */
function tabelCapaian(kelompok: KelompokSasaran, kolom: string): TableBlock {
  const triwulan = kelompok.baris.some((b) => b.tahunan === null);
  return table(
    ['No', 'Indikator Kinerja', 'Satuan', `Target ${kolom}`, `Realisasi ${kolom}`, 'Capaian', 'Kategori', ...(triwulan ? ['Capaian thd Target Tahunan'] : [])],
    kelompok.baris.map((b) => [String(b.nomor), b.indikator, b.satuan, teksNilai(b.target, '–'), teksRealisasi(b), ...selCapaian(b), ...(triwulan ? [selCapaianTahunan(b)] : [])]),
  );
}

/**
 * Under the table, what its capaian cells do not say (the cells hold figures only): why a cell holds
 * a dash, and the missing quarters a figure was built over ("TW I tidak ada data"; domain.md §4).
 */
export function catatanTabel(kelompok: KelompokSasaran): Block[] {
  const catatan = kelompok.baris.flatMap((b) => {
    const c = b.capaian;
    if (c.jenis === 'tidak-dapat-dihitung') return [`${b.indikator}: ${c.alasan}`];
    return c.jenis === 'nilai' && c.catatan !== undefined ? [`${b.indikator}: ${c.catatan}`] : [];
  });
  return catatan.length ? [paragraph([{ text: `Catatan: ${catatan.join('; ')}.`, italic: true, size: 10 }])] : [];
}

export function tabelAnggaran(rekap: Rekap): TableBlock {
  const cells = (b: BarisAnggaran): string[] => [b.program, formatRupiah(b.pagu), formatRupiah(b.realisasiAnggaran), b.penyerapan === null ? '–' : formatPersen(b.penyerapan)];
  return table(KOLOM_ANGGARAN, [
    ...rekap.anggaran.program.map((b, i) => [String(i + 1), ...cells(b)]),
    { kind: 'cells', cells: ['', ...cells(rekap.anggaran.total)], bold: true },
  ]);
}

// ---- sentences ------------------------------------------------------------------------------------

/** "naik 5 poin persen", "turun 2 dokumen", "tetap". */
function perubahan(selisih: number, satuan: string): string {
  if (selisih === 0) return 'tetap';
  return `${selisih > 0 ? 'naik' : 'turun'} ${selisihSatuan(selisih, satuan)}`;
}

const angka = (n: RiwayatIndikator['realisasi'] | undefined): number | null => (typeof n === 'number' ? n : null);

/**
 * Analysis 2: this year's realisasi and capaian against last year's (and a trend over the years the
 * Riwayat holds). Null when there is nothing to compare.
 */
export function kalimatTahunLalu(baris: BarisRekap, tahun: number, riwayat: readonly RiwayatIndikator[]): string | null {
  const tahunTahun = riwayatUntuk(riwayat, baris.kode, tahun);
  const lalu = tahunTahun[0];
  const r = baris.realisasiSd;
  if (!lalu || r === null) return null;
  const rLalu = angka(lalu.realisasi);
  const bagian: string[] = [];
  if (rLalu !== null) {
    const beda = r - rLalu;
    const lebihBaik = beda !== 0 && (beda > 0) === (baris.polaritas === 'positif');
    bagian.push(`realisasi ${perubahan(beda, baris.satuan)} dari ${denganSatuan(rLalu, baris.satuan)}${beda === 0 ? '' : lebihBaik ? ' (membaik)' : ' (memburuk)'}`);
  }
  if (lalu.capaian !== null && baris.capaian.jenis === 'nilai') {
    const beda = baris.capaian.persen - lalu.capaian;
    bagian.push(`capaian ${beda === 0 ? 'tetap' : `${beda > 0 ? 'naik' : 'turun'} ${formatAngka(Math.abs(beda), 2)} poin persen`} dari ${formatPersen(lalu.capaian)}`);
  }
  if (bagian.length === 0) return null;
  // n−3, n−2, n−1 where known: a trend when at least two earlier years are.
  const lalu3 = tahunTahun.flatMap((t) => (t && angka(t.realisasi) !== null ? [t] : [])).reverse();
  const tren =
    lalu3.length >= 2
      ? ` Realisasi ${lalu3[0].tahun}–${tahun}: ${[...lalu3.map((t) => denganSatuan(angka(t.realisasi) as number, baris.satuan)), denganSatuan(r, baris.satuan)].join('; ')}.`
      : '';
  return `Dibandingkan tahun ${tahun - 1}, ${bagian.join(' dan ')}.${tren}`;
}

/** The bidang's text as a sentence: trimmed, first letter capital, ending in a full stop. */
export function kalimat(teks: string): string {
  const t = teks.trim().replace(/\s+/g, ' ');
  if (t === '') return '';
  const awal = t[0].toUpperCase() + t.slice(1);
  return /[.!?]$/.test(awal) ? awal : `${awal}.`;
}

/** The parts of an indicator's analysis the bidang writes: field, how the sentence opens, and the prompt when it wrote nothing. */
const ISIAN: ReadonlyArray<readonly [TeksIsian, string, string]> = [
  ['penjelasan', '', 'penjelasan capaian'],
  ['faktorPendukung', 'Faktor pendukung: ', 'faktor pendukung'],
  ['faktorPenghambat', 'Kendala: ', 'faktor penghambat'],
  ['upaya', 'Upaya: ', 'upaya atau solusi'],
];

/** "a", "a dan b", "a, b dan c". */
export function daftarKata(kata: readonly string[]): string {
  return kata.length <= 1 ? kata.join('') : `${kata.slice(0, -1).join(', ')} dan ${kata[kata.length - 1]}`;
}

/**
 * Analysis 5: the bidang's words as sentences, each text once (a reason the bidang copied into two
 * fields is said in the first), then one marker for a person naming every part left empty.
 */
function isianBidang(baris: BarisRekap): Run[] {
  const sudah = new Set<string>();
  const kalimatKalimat: string[] = [];
  const kosong: string[] = [];
  for (const [id, awal, petunjuk] of ISIAN) {
    const isi = kalimat(baris[id]);
    if (isi === '') kosong.push(petunjuk);
    else if (!sudah.has(isi.toLowerCase())) {
      sudah.add(isi.toLowerCase());
      kalimatKalimat.push(awal ? `${awal}${isi[0].toLowerCase()}${isi.slice(1)}` : isi);
    }
  }
  return [
    ...(kalimatKalimat.length ? [{ text: ` ${kalimatKalimat.join(' ')}` }] : []),
    ...(kosong.length ? [{ text: ' ' }, toWriteRun(`${daftarKata(kosong)} indikator "${baris.indikator}"`)] : []),
  ];
}

/** Adjacent unstyled runs as one run (the paragraph as a Doc reads back: one text run per style). */
function gabungPolos(runs: readonly Run[]): Run[] {
  const polos = (r: Run): boolean => Object.keys(r).length === 1;
  return runs.reduce<Run[]>((hasil, run) => {
    const akhir = hasil[hasil.length - 1];
    if (akhir && polos(akhir) && polos(run)) hasil[hasil.length - 1] = { text: akhir.text + run.text };
    else hasil.push(run);
    return hasil;
  }, []);
}

/** Analysis 1: the figures of one indicator, in a sentence. */
export function kalimatCapaian(baris: BarisRekap): string {
  const target = baris.target === null ? 'belum ditetapkan' : denganSatuan(baris.target, baris.satuan);
  const realisasi = teksRealisasi(baris);
  const capaian =
    baris.capaian.jenis === 'nilai'
      ? `capaian ${formatPersen(baris.capaian.persen)} (kategori ${baris.capaian.kategori})`
      : baris.capaian.jenis === 'belum-diisi'
        ? 'capaian belum dapat diukur'
        : `capaian tidak dapat dihitung karena ${baris.capaian.alasan}`;
  return `Indikator "${baris.indikator}" (${baris.bidang.nama}): target ${target}, realisasi ` +
    `${realisasi}${baris.satuan && /\d$/.test(realisasi) ? ` ${baris.satuan}` : ''}, ${capaian}.`;
}

/** What the indicator analyses read besides the recap: earlier years (Riwayat Capaian), the capaian rules. */
export interface DataAnalisis {
  readonly riwayat: readonly RiwayatIndikator[];
  readonly aturan: AturanCapaian;
}

/** One paragraph per indicator: analyses 1, 2, 3 (lkj-renstra.ts) and 5. */
function analisisIndikator(baris: BarisRekap, tahun: number, data: DataAnalisis): Block {
  const perbandingan = [
    baris.tahunan ? kalimatTahunLalu(baris, tahun, data.riwayat) : null,
    kalimatRenstra(baris, tahun, data.aturan),
  ].filter((s): s is string => s !== null);
  return justified(
    gabungPolos([
      { text: [kalimatCapaian(baris), ...perbandingan].join(' ') },
      ...(baris.dariDraf ? [{ text: ` Data ${baris.bidang.nama} diambil dari draf yang belum dikirim.`, italic: true }] : []),
      ...(baris.tidakAdaData ? [{ text: ` Tidak ada data: ${kalimat(baris.tidakAdaData)}` }] : []),
      ...isianBidang(baris),
    ]),
  );
}

/** The caption "Tabel 3.n Capaian Kinerja Sasaran …", its table and its notes. */
export function tabelSasaran(kelompok: KelompokSasaran, rekap: Rekap): Block[] {
  return [
    centered(`Tabel 3.${kelompok.nomor} Capaian Kinerja Sasaran ${kelompok.sasaran}`, true),
    tabelCapaian(kelompok, labelSampaiPeriode(rekap.periode)),
    ...catatanTabel(kelompok),
  ];
}

/** A sasaran's heading, its table, then the analysis of each indicator. */
export function bagianSasaran(kelompok: KelompokSasaran, rekap: Rekap, data: DataAnalisis): Block[] {
  return [
    heading(3, `Sasaran ${kelompok.nomor}: ${kelompok.sasaran}`),
    ...tabelSasaran(kelompok, rekap),
    ...kelompok.baris.map((b) => analisisIndikator(b, rekap.tahun, data)),
  ];
}

/**
 * Analysis 6: per programme, efficiency = rata-rata capaian ÷ penyerapan anggaran; above 1 the
 * programme achieved more than it spent. Programmes whose figures are missing are named once.
 */
export function efisiensiProgram(rekap: Rekap): Block[] {
  const dinilai = rekap.anggaran.program.filter((b) => b.penyerapan !== null && b.penyerapan > 0 && b.rataRataCapaian !== null);
  const belum = rekap.anggaran.program.filter((b) => !dinilai.includes(b)).map((b) => b.program);
  return [
    justified(
      'Efisiensi penggunaan sumber daya dinilai per program dengan rumus: efisiensi = rata-rata capaian indikator ÷ penyerapan anggaran. ' +
        'Nilai lebih dari 1 berarti capaian melampaui porsi anggaran yang digunakan (efisien); kurang dari 1 berarti capaian tertinggal dari penyerapannya.',
    ),
    ...dinilai.map((b) => {
      const rasio = (b.rataRataCapaian as number) / (b.penyerapan as number);
      const nilai = rasio >= 1 ? 'efisien' : 'kurang efisien';
      return justified(
        `${b.program}: rata-rata capaian ${b.jumlahIndikator} indikator ${formatPersen(b.rataRataCapaian as number)} ÷ penyerapan ` +
          `${formatPersen(b.penyerapan as number)} = ${formatAngka(rasio, 2)}, sehingga program ini ${nilai}.`,
      );
    }),
    ...(belum.length ? [justified(`Efisiensi ${daftarKata(belum)} belum dapat dinilai karena capaian atau penyerapan anggarannya belum tersedia.`)] : []),
  ];
}

/** Analysis 7: per sasaran, its programmes with their penyerapan and the indicators below BATAS_CAPAIAN_RENDAH. */
export function programPendukung(rekap: Rekap): Block[] {
  const anggaran = new Map(rekap.anggaran.program.map((b) => [b.program, b]));
  return rekap.sasaran.flatMap((s) => {
    const program = [...new Set(s.baris.map((b) => b.program).filter(Boolean))];
    const rendah = s.baris.filter((b) => b.capaian.jenis === 'nilai' && b.capaian.persen < BATAS_CAPAIAN_RENDAH);
    const baris = program.map((p) => {
      const a = anggaran.get(p);
      return `${p}: penyerapan anggaran ${a?.penyerapan == null ? 'belum tersedia' : formatPersen(a.penyerapan)}`;
    });
    return [
      paragraph(`Sasaran ${s.nomor}: ${s.sasaran}`, { bold: true }),
      ...(baris.length ? [list(false, baris)] : [paragraph('Belum ada program yang dikaitkan dengan sasaran ini.')]),
      justified(
        rendah.length
          ? `Indikator dengan capaian di bawah ${BATAS_CAPAIAN_RENDAH} %: ${rendah.map((b) => `${b.indikator} (${formatPersen((b.capaian as { persen: number }).persen)})`).join('; ')}.`
          : `Tidak ada indikator sasaran ini dengan capaian di bawah ${BATAS_CAPAIAN_RENDAH} %.`,
      ),
    ];
  });
}
