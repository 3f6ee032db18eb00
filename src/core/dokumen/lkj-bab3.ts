/**
 * BAB III Akuntabilitas Kinerja of the LKj (domain.md §5): per sasaran the table "Tabel 3.n
 * Capaian Kinerja Sasaran …" and the analysis assembled from what the bidang wrote; then the
 * budget table. Only figures and the bidang's own words — gaps are marked for a person.
 */
import { formatCapaian } from '../capaian';
import { formatAngka, formatPersen, formatRupiah } from '../format';
import type { BarisAnggaran, BarisRekap, KelompokSasaran, Perbandingan, Rekap } from '../rekap/model';
import { heading, paragraph, toWriteRun, type Block, type Run, type TableBlock } from './model';
import { denganSatuan, teksNilai } from './surat';

const KOLOM_CAPAIAN = ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'] as const;
const KOLOM_ANGGARAN = ['No', 'Program', 'Pagu', 'Realisasi', '%'] as const;

/** The realisasi as the table shows it: the figure capaian was measured with. */
function teksRealisasi(baris: BarisRekap): string {
  if (typeof baris.realisasi === 'string' && baris.realisasi !== '') return baris.realisasi;
  if (baris.realisasiSd !== null) return formatAngka(baris.realisasiSd);
  return baris.tidakAdaData !== null ? 'tidak ada data' : 'belum diisi';
}

function tabelCapaian(kelompok: KelompokSasaran): TableBlock {
  return {
    kind: 'table',
    header: [KOLOM_CAPAIAN],
    rows: kelompok.baris.map((b) => ({
      kind: 'cells',
      cells: [String(b.nomor), b.indikator, b.satuan, teksNilai(b.target, 'belum diisi'), teksRealisasi(b), formatCapaian(b.capaian)],
    })),
  };
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
  return {
    kind: 'table',
    header: [KOLOM_ANGGARAN],
    rows: [
      ...rekap.anggaran.program.map((b, i) => ({ kind: 'cells' as const, cells: [String(i + 1), ...cells(b)] })),
      { kind: 'cells', cells: ['', ...cells(rekap.anggaran.total)], bold: true },
    ],
  };
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

/** The bidang's words under a label, or a marker for a person when the bidang wrote nothing. */
function bagianIsian(label: string, isi: string, petunjuk: string): Block {
  const teks: Run = isi.trim() ? { text: isi.trim() } : toWriteRun(petunjuk);
  return paragraph([{ text: `${label}: `, bold: true }, teks], { align: 'justify' });
}

function analisisIndikator(baris: BarisRekap): Block[] {
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
  const nama = `indikator "${baris.indikator}"`;
  return [
    paragraph([{ text: ringkas }, ...perbandingan.map((text) => ({ text: ` ${text}` }))], { align: 'justify' }),
    ...(baris.dariDraf
      ? [paragraph([{ text: `Data ${baris.bidang.nama} diambil dari draf yang belum dikirim.`, italic: true }])]
      : []),
    ...(baris.tidakAdaData ? [paragraph(`Tidak ada data: ${baris.tidakAdaData}.`)] : []),
    bagianIsian('Penjelasan', baris.penjelasan, `penjelasan capaian ${nama}`),
    bagianIsian('Faktor pendukung', baris.faktorPendukung, `faktor pendukung ${nama}`),
    bagianIsian('Faktor penghambat', baris.faktorPenghambat, `faktor penghambat ${nama}`),
    bagianIsian('Upaya', baris.upaya, `upaya atau solusi untuk ${nama}`),
  ];
}

/** The caption "Tabel 3.n Capaian Kinerja Sasaran …" and its table. */
export function tabelSasaran(kelompok: KelompokSasaran): Block[] {
  return [
    paragraph(`Tabel 3.${kelompok.nomor} Capaian Kinerja Sasaran ${kelompok.sasaran}`, { align: 'center', bold: true }),
    tabelCapaian(kelompok),
  ];
}

/** A sasaran's heading, its table, then the analysis of each indicator. */
export function bagianSasaran(kelompok: KelompokSasaran): Block[] {
  return [
    heading(3, `Sasaran ${kelompok.nomor}: ${kelompok.sasaran}`),
    ...tabelSasaran(kelompok),
    ...kelompok.baris.flatMap(analisisIndikator),
  ];
}

/** Budget absorption set beside the programme's capaian (efficiency, domain.md §4). */
export function efisiensiProgram(rekap: Rekap): Block[] {
  return rekap.anggaran.program.map((b) =>
    paragraph(
      `${b.program}: penyerapan anggaran ${persenAtauTidakAda(b.penyerapan)}, rata-rata capaian ` +
        `${b.jumlahIndikator} indikator ${b.rataRataCapaian === null ? 'tidak dapat dihitung' : formatPersen(b.rataRataCapaian)}.`,
      { align: 'justify' },
    ),
  );
}
