/**
 * BAB III Akuntabilitas Kinerja of the LKj (domain.md §5): per sasaran the table "Tabel 3.n
 * Capaian Kinerja Sasaran …" and the analysis assembled from what the bidang wrote; then the
 * budget table. Only figures and the bidang's own words — gaps are marked for a person.
 */
import { formatCapaian } from '../capaian';
import { formatAngka, formatPersen, formatRupiah } from '../format';
import type { BarisAnggaran, BarisRekap, KelompokSasaran, Perbandingan, Rekap } from '../rekap/model';
import type { TeksIsian } from '../types';
import { centered, heading, justified, paragraph, table, toWriteRun, type Block, type Run, type TableBlock } from './model';
import { denganSatuan, teksNilai } from './surat';

const KOLOM_CAPAIAN = ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'] as const;
const KOLOM_ANGGARAN = ['No', 'Program', 'Pagu', 'Realisasi', '%'] as const;

/** The realisasi as the table shows it: the figure capaian was measured with. */
function teksRealisasi(baris: BarisRekap): string {
  if (typeof baris.realisasi === 'string' && baris.realisasi !== '') return baris.realisasi;
  if (baris.realisasiSd !== null) return formatAngka(baris.realisasiSd);
  return baris.tidakAdaData !== null ? 'tidak ada data' : 'belum diisi';
}

/** The table of one sasaran; a quarter's also sets capaian against the target tahunan beside capaian s.d. TW n (domain.md §5). */
function tabelCapaian(kelompok: KelompokSasaran): TableBlock {
  const triwulan = kelompok.baris.some((b) => b.tahunan === null);
  const thdTahunan = (b: BarisRekap): string[] => (triwulan ? [b.capaianTahunan === null ? '—' : formatCapaian(b.capaianTahunan)] : []);
  return table(
    triwulan ? [...KOLOM_CAPAIAN, 'Capaian thd Target Tahunan (%)'] : KOLOM_CAPAIAN,
    kelompok.baris.map((b) => [String(b.nomor), b.indikator, b.satuan, teksNilai(b.target, 'belum diisi'), teksRealisasi(b), formatCapaian(b.capaian), ...thdTahunan(b)]),
  );
}

function persenAtauTidakAda(n: number | null): string {
  return n === null ? 'tidak dapat dihitung (pagu 0)' : formatPersen(n);
}

export function tabelAnggaran(rekap: Rekap): TableBlock {
  const cells = (b: BarisAnggaran): string[] => [
    b.program,
    formatRupiah(b.pagu),
    formatRupiah(b.realisasiAnggaran),
    persenAtauTidakAda(b.penyerapan),
  ];
  return table(KOLOM_ANGGARAN, [
    ...rekap.anggaran.program.map((b, i) => [String(i + 1), ...cells(b)]),
    { kind: 'cells', cells: ['', ...cells(rekap.anggaran.total)], bold: true },
  ]);
}

function kalimatPerbandingan(awal: string, p: Perbandingan, baris: BarisRekap): string {
  const pembanding = denganSatuan(p.pembanding, baris.satuan);
  const arah =
    p.arah === 'tetap'
      ? 'sama dengan nilai tersebut'
      : `${p.arah} ${formatAngka(Math.abs(p.selisih))}${baris.satuan ? ` ${baris.satuan}` : ''} ` +
        `(${p.lebihBaik ? 'lebih baik' : 'lebih buruk'})`;
  return `${awal} (${pembanding}), realisasi ${arah}; capaian terhadapnya ${formatCapaian(p.capaian)}.`;
}

/** The parts of an indicator's analysis the bidang writes: field, label, and the prompt for a person when it wrote nothing. */
const ISIAN: ReadonlyArray<readonly [TeksIsian, string, string]> = [
  ['penjelasan', 'Penjelasan', 'penjelasan capaian'],
  ['faktorPendukung', 'Faktor pendukung', 'faktor pendukung'],
  ['faktorPenghambat', 'Faktor penghambat', 'faktor penghambat'],
  ['upaya', 'Upaya', 'upaya atau solusi'],
];

/** "a", "a dan b", "a, b dan c". */
function daftarKata(kata: readonly string[]): string {
  return kata.length <= 1 ? kata.join('') : `${kata.slice(0, -1).join(', ')} dan ${kata[kata.length - 1]}`;
}

/**
 * The bidang's words under their labels ("Penjelasan: …"), then one marker for a person naming every
 * part the bidang left empty — one styled run, however many parts are missing.
 */
function isianBidang(baris: BarisRekap): Run[] {
  const isi = ISIAN.map(([id, label, petunjuk]) => ({ label, petunjuk, teks: baris[id].trim() }));
  const teks = isi.filter((f) => f.teks).map((f) => ` ${f.label}: ${f.teks}`).join('');
  const kosong = isi.filter((f) => !f.teks).map((f) => f.petunjuk);
  return [
    ...(teks ? [{ text: teks }] : []),
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

/**
 * One paragraph per indicator (it renders as a single append): the figures, the comparisons, then
 * what the bidang wrote with the labels inline. Styled runs only where the data needs them (a draft's
 * note, the marker for a person).
 */
function analisisIndikator(baris: BarisRekap): Block {
  const target = baris.target === null ? 'belum ditetapkan' : denganSatuan(baris.target, baris.satuan);
  const capaian =
    baris.capaian.jenis === 'nilai'
      ? `capaian ${formatPersen(baris.capaian.persen)} (kategori ${baris.capaian.kategori})`
      : `capaian ${formatCapaian(baris.capaian)}`;
  const realisasi = teksRealisasi(baris);
  const ringkas = `Indikator "${baris.indikator}" (${baris.bidang.nama}): target ${target}, realisasi ` +
    `${realisasi}${baris.satuan && /\d$/.test(realisasi) ? ` ${baris.satuan}` : ''}, ${capaian}.`;
  const perbandingan = [
    baris.tahunan?.dibandingTahunLalu
      ? kalimatPerbandingan('Dibandingkan realisasi tahun lalu', baris.tahunan.dibandingTahunLalu, baris)
      : null,
    baris.tahunan?.dibandingRenstra
      ? kalimatPerbandingan('Terhadap target akhir Renstra', baris.tahunan.dibandingRenstra, baris)
      : null,
  ].filter((s): s is string => s !== null);
  // Left-aligned on purpose: justifying costs one more DocumentApp call per indicator.
  return paragraph(
    gabungPolos([
      { text: [ringkas, ...perbandingan].join(' ') },
      ...(baris.dariDraf ? [{ text: ` Data ${baris.bidang.nama} diambil dari draf yang belum dikirim.`, italic: true }] : []),
      ...(baris.tidakAdaData ? [{ text: ` Tidak ada data: ${baris.tidakAdaData}.` }] : []),
      ...isianBidang(baris),
    ]),
  );
}

/** The caption "Tabel 3.n Capaian Kinerja Sasaran …" and its table. */
export function tabelSasaran(kelompok: KelompokSasaran): Block[] {
  return [
    centered(`Tabel 3.${kelompok.nomor} Capaian Kinerja Sasaran ${kelompok.sasaran}`, true),
    tabelCapaian(kelompok),
  ];
}

/** A sasaran's heading, its table, then the analysis of each indicator. */
export function bagianSasaran(kelompok: KelompokSasaran): Block[] {
  return [
    heading(3, `Sasaran ${kelompok.nomor}: ${kelompok.sasaran}`),
    ...tabelSasaran(kelompok),
    ...kelompok.baris.map(analisisIndikator),
  ];
}

/** Budget absorption set beside the programme's capaian (efficiency, domain.md §4). */
export function efisiensiProgram(rekap: Rekap): Block[] {
  return rekap.anggaran.program.map((b) =>
    justified(
      `${b.program}: penyerapan anggaran ${persenAtauTidakAda(b.penyerapan)}, rata-rata capaian ` +
        `${b.jumlahIndikator} indikator ${b.rataRataCapaian === null ? 'tidak dapat dihitung' : formatPersen(b.rataRataCapaian)}.`,
    ),
  );
}
