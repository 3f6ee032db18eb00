/**
 * The LKj draft (domain.md §5, Permen PAN-RB 53/2014): cover, Kata Pengantar, Ikhtisar Eksekutif,
 * BAB I–IV and the Lampiran, from a recap and the configuration. Quarterly drafts have the same
 * shape with the quarter's figures. Facts come from Pengaturan and the recap; whatever only a
 * person can write (strategic issues, next steps) is marked for the penyusun, never invented.
 */
import { formatAngka, formatPersen, formatRupiah } from '../format';
import { labelPeriode } from '../periode';
import type { Rekap, RingkasanKategori } from '../rekap/model';
import type { TanggalLokal } from '../tanggal';
import type { BatasKategori, Indikator, Konfigurasi } from '../types';
import type { RiwayatIndikator } from '../riwayat';
import { bagianGrafik } from './grafik';
import { bagianSasaran, efisiensiProgram, programPendukung, tabelAnggaran, tabelSasaran } from './lkj-bab3';
import { analisisStandar, blokNarasi, ringkasanRenstra } from './lkj-renstra';
import type { Narasi } from '../konfigurasi/narasi';
import type { Renstra } from '../konfigurasi/renstra';
import {
  centered,
  heading,
  justified,
  list,
  pageBreak,
  paragraph,
  table,
  toWrite,
  type Block,
  type DocumentModel,
  type ImageBlock,
  type TableBlock,
} from './model';
import { denganSatuan, kop, tandaTangan, teksNilai } from './surat';

export interface OpsiLkj {
  /** The date under the Kepala's signature. */
  readonly tanggal: TanggalLokal;
  /** Where it is signed; default from the region's name. */
  readonly tempat?: string;
  readonly logo?: ImageBlock;
  /** Earlier years per indicator (src/core/riwayat.ts, the Riwayat Capaian tab) for the year-on-year analysis; none by default. */
  readonly riwayat?: readonly RiwayatIndikator[];
  /** The Renstra tab (BAB II, analysis 4); analysis 3 is the recap's own (MasukanRekap.renstra). */
  readonly renstra?: Renstra;
  /** The Narasi tab (BAB I, BAB IV); without it the penyusun's markers. */
  readonly narasi?: Narasi;
}

export const BAB = {
  kataPengantar: 'KATA PENGANTAR',
  ikhtisar: 'IKHTISAR EKSEKUTIF',
  bab1: 'BAB I PENDAHULUAN',
  bab2: 'BAB II PERENCANAAN KINERJA',
  bab3: 'BAB III AKUNTABILITAS KINERJA',
  bab4: 'BAB IV PENUTUP',
  lampiran: 'LAMPIRAN',
} as const;

/** A chapter's title (KATA PENGANTAR, BAB I …): a centred level-1 heading. */
function bab(judul: string): Block {
  return heading(1, judul, 'center');
}

/** 'Tahun 2026' or 'TW I Tahun 2026'. */
function teksPeriode(rekap: Rekap): string {
  return rekap.periode === 'TAHUNAN' ? `Tahun ${rekap.tahun}` : `${labelPeriode(rekap.periode)} Tahun ${rekap.tahun}`;
}

export function judulLkj(rekap: Rekap): string {
  const triwulan = rekap.periode === 'TAHUNAN' ? '' : `${labelPeriode(rekap.periode).replace('TW', 'TRIWULAN')} `;
  return `LAPORAN KINERJA ${triwulan}${rekap.instansi.toUpperCase()} TAHUN ${rekap.tahun}`;
}

/** The PK's indicators grouped by sasaran, in the order sasaran first appear. */
function kelompokPk(indikator: readonly Indikator[]): Array<{ sasaran: string; indikator: Indikator[] }> {
  const groups: Array<{ sasaran: string; indikator: Indikator[] }> = [];
  for (const i of indikator) {
    const group = groups.find((g) => g.sasaran === i.sasaran);
    if (group) group.indikator.push(i);
    else groups.push({ sasaran: i.sasaran, indikator: [i] });
  }
  return groups;
}

/**
 * The headline: how many indicators there are and, when not all are filled, how many are — the mean
 * is said to be of the filled ones, never the OPD's; with none computable no mean is mentioned.
 */
export function kalimatRataRata(rekap: Rekap): string {
  const k = rekap.sorotan.keseluruhan;
  const terisi = k.jumlahIndikator - k.belumDiisi;
  const semua = k.belumDiisi === 0;
  const dihitung = terisi - k.tidakDapatDihitung;
  const rata =
    k.rataRataCapaian === null
      ? 'belum ada capaian yang dapat dihitung'
      : `rata-rata capaian ${semua && k.tidakDapatDihitung === 0 ? 'seluruhnya' : `${dihitung} indikator yang dapat dihitung`} ${formatPersen(k.rataRataCapaian)} (kategori ${k.kategoriRataRata}; capaian di atas ${formatPersen(rekap.batasRataRata)} dihitung ${formatPersen(rekap.batasRataRata)})`;
  const awal = `Pada ${teksPeriode(rekap)}, ${rekap.instansi} mengukur ${k.jumlahIndikator} indikator kinerja dari ${rekap.sasaran.length} sasaran strategis`;
  return semua ? `${awal}; ${rata}.` : `${awal}: ${terisi} dari ${k.jumlahIndikator} indikator telah diisi; ${rata}.`;
}

function rincianKategori(k: RingkasanKategori): string[] {
  return [
    ...k.perKategori.map((c) => `${c.kategori}: ${c.jumlah} indikator`),
    ...(k.tidakDapatDihitung ? [`Tidak dapat dihitung: ${k.tidakDapatDihitung} indikator`] : []),
    ...(k.belumDiisi ? [`Belum diisi: ${k.belumDiisi} indikator`] : []),
  ];
}

function kalimatSasaran(rekap: Rekap): string | null {
  const { sasaranTerbaik: terbaik, sasaranTerburuk: terburuk } = rekap.sorotan;
  if (!terbaik || !terburuk) return null;
  const baik = `sasaran "${terbaik.sasaran}" (${formatPersen(terbaik.rataRataCapaian)})`;
  if (terbaik.nomor === terburuk.nomor) return `Rata-rata capaian ${baik}.`;
  return `Rata-rata capaian tertinggi pada ${baik}, terendah pada sasaran "${terburuk.sasaran}" ` +
    `(${formatPersen(terburuk.rataRataCapaian)}).`;
}

function kalimatAnggaran(rekap: Rekap): string {
  const total = rekap.anggaran.total;
  if (rekap.sorotan.penyerapanAnggaran === null) return 'Pagu anggaran belum diisi, sehingga penyerapan anggaran tidak dapat dihitung.';
  return `Realisasi anggaran ${formatRupiah(total.realisasiAnggaran)} dari pagu ${formatRupiah(total.pagu)} ` +
    `(penyerapan ${formatPersen(rekap.sorotan.penyerapanAnggaran)}).`;
}

function sampul(rekap: Rekap, konfigurasi: Konfigurasi, opsi: OpsiLkj): Block[] {
  return [
    kop(konfigurasi.pengaturan, opsi.logo),
    heading(0, judulLkj(rekap), 'center'),
    pageBreak,
  ];
}

/** The Kepala's signature block. */
function ttdKepala(konfigurasi: Konfigurasi, opsi: OpsiLkj): Block {
  return tandaTangan(konfigurasi.pengaturan.kepala, konfigurasi.pengaturan, opsi);
}

function kataPengantar(rekap: Rekap, konfigurasi: Konfigurasi, opsi: OpsiLkj): Block[] {
  return [
    bab(BAB.kataPengantar),
    justified(
      `Laporan Kinerja ${rekap.instansi} ${teksPeriode(rekap)} ini disusun sebagai pertanggungjawaban atas ` +
        `pelaksanaan Perjanjian Kinerja Tahun ${rekap.tahun}, sesuai Peraturan Menteri PAN dan RB Nomor 53 Tahun 2014. ` +
        'Laporan ini menyajikan capaian kinerja setiap sasaran strategis beserta realisasi anggarannya.',
    ),
    ttdKepala(konfigurasi, opsi),
    pageBreak,
  ];
}

/** The mean capaian, then `tengah`, then the best and worst sasaran and the budget: the Ikhtisar's and the Kesimpulan's sentences. */
function ringkasanKinerja(rekap: Rekap, tengah: readonly Block[]): Block[] {
  const sasaran = kalimatSasaran(rekap);
  return [
    justified(kalimatRataRata(rekap)),
    ...tengah,
    ...(sasaran ? [justified(sasaran)] : []),
    justified(kalimatAnggaran(rekap)),
  ];
}

function ikhtisar(rekap: Rekap): Block[] {
  return [
    bab(BAB.ikhtisar),
    ...ringkasanKinerja(rekap, [paragraph('Jumlah indikator menurut kategori capaian:'), list(false, rincianKategori(rekap.sorotan.keseluruhan))]),
    pageBreak,
  ];
}

function pendahuluan(konfigurasi: Konfigurasi, opsi: OpsiLkj): Block[] {
  const { pengaturan, bidang } = konfigurasi;
  const narasi = blokNarasi(opsi.narasi);
  return [
    bab(BAB.bab1),
    heading(2, 'A. Gambaran Umum Organisasi'),
    justified(
      `${pengaturan.instansi} merupakan perangkat daerah ${pengaturan.pemerintahDaerah} yang beralamat di ` +
        `${pengaturan.alamat}, dipimpin oleh ${pengaturan.kepala.jabatan} ${pengaturan.kepala.nama}, ` +
        `dan terdiri atas ${bidang.length} bidang:`,
    ),
    list(true, bidang.map((b) => `${b.nama}, dipimpin oleh ${b.kabid.nama}`)),
    paragraph('Tugas pokok dan fungsi', { bold: true }),
    ...narasi.tupoksi,
    paragraph('Struktur organisasi', { bold: true }),
    ...narasi.struktur,
    heading(2, 'B. Isu Strategis'),
    ...narasi.isuStrategis,
    heading(2, 'C. Sistematika Penyajian'),
    list(true, [BAB.bab1, BAB.bab2, BAB.bab3, BAB.bab4, BAB.lampiran]),
    pageBreak,
  ];
}

/** The PK's first table: sasaran, indikator, target. */
function tabelPkKinerja(rekap: Rekap, konfigurasi: Konfigurasi): TableBlock {
  return table(
    ['No', 'Sasaran Strategis', 'Indikator Kinerja', `Target ${rekap.tahun}`],
    kelompokPk(konfigurasi.indikator).flatMap((g, n) =>
      g.indikator.map((i, k) => [k === 0 ? String(n + 1) : '', k === 0 ? g.sasaran : '', i.indikator, denganSatuan(i.targetTahunan ?? '–', i.targetTahunan === null ? '' : i.satuan)]),
    ),
  );
}

/** The PK's second table: programmes and their pagu. */
function tabelPkAnggaran(rekap: Rekap): TableBlock {
  return table(['No', 'Program', 'Anggaran'], rekap.anggaran.program.map((b, i) => [String(i + 1), b.program, formatRupiah(b.pagu)]));
}

function perencanaan(rekap: Rekap, konfigurasi: Konfigurasi, opsi: OpsiLkj): Block[] {
  const groups = kelompokPk(konfigurasi.indikator);
  return [
    bab(BAB.bab2),
    heading(2, 'A. Rencana Strategis'),
    ...ringkasanRenstra(opsi.renstra, rekap.instansi, groups.map((g) => g.sasaran)),
    heading(2, `B. Perjanjian Kinerja Tahun ${rekap.tahun}`),
    justified(
      `Perjanjian Kinerja Tahun ${rekap.tahun} memuat ${groups.length} sasaran strategis dengan ` +
        `${konfigurasi.indikator.length} indikator kinerja dan pagu anggaran ${formatRupiah(rekap.anggaran.total.pagu)}.`,
    ),
    centered(`Tabel 2.1 Perjanjian Kinerja Tahun ${rekap.tahun}`, true),
    tabelPkKinerja(rekap, konfigurasi),
    centered(`Tabel 2.2 Program dan Anggaran Tahun ${rekap.tahun}`, true),
    tabelPkAnggaran(rekap),
    pageBreak,
  ];
}

function akuntabilitas(rekap: Rekap, konfigurasi: Konfigurasi, opsi: OpsiLkj): Block[] {
  const { pengaturan } = konfigurasi;
  const negatif =
    pengaturan.rumusNegatif === '2T-R' ? '(2 × target − realisasi) / target × 100 %' : 'target / realisasi × 100 %';
  return [
    bab(BAB.bab3),
    heading(2, 'A. Capaian Kinerja Organisasi'),
    justified(
      `Capaian indikator berpolaritas positif dihitung realisasi / target × 100 %, indikator berpolaritas ` +
        `negatif ${negatif}. Kategori capaian:`,
    ),
    tabelSkala(pengaturan.skalaKategori),
    ...bagianGrafik(rekap, 'Grafik 3.1'),
    ...rekap.sasaran.flatMap((s) => bagianSasaran(s, rekap, { riwayat: opsi.riwayat ?? [], aturan: pengaturan })),
    ...(rekap.periode === 'TAHUNAN' ? [heading(3, 'Perbandingan dengan Standar Nasional atau Provinsi'), ...analisisStandar(rekap, opsi.renstra, pengaturan)] : []),
    heading(2, 'B. Realisasi Anggaran'),
    centered(`Tabel 3.${rekap.sasaran.length + 1} Realisasi Anggaran per Program`, true),
    tabelAnggaran(rekap),
    justified(kalimatAnggaran(rekap)),
    heading(3, 'Efisiensi Penggunaan Sumber Daya'),
    ...efisiensiProgram(rekap),
    heading(3, 'Program yang Mendukung atau Menghambat Capaian'),
    ...programPendukung(rekap),
    pageBreak,
  ];
}

function tabelSkala(skala: readonly BatasKategori[]): TableBlock {
  return table(
    ['Kategori', 'Capaian'],
    skala.map((b, i) => {
      const atas = i > 0 ? skala[i - 1].min : null;
      const bawah = b.min === -Infinity ? null : `≥ ${formatAngka(b.min)} %`;
      return [b.kategori, [bawah, atas === null ? null : `< ${formatAngka(atas)} %`].filter(Boolean).join(' dan ')];
    }),
  );
}

/** Indicators in the lowest two bands of the scale. */
function perluPerhatian(rekap: Rekap, skala: readonly BatasKategori[]): string[] {
  const rendah = new Set(skala.slice(-2).map((b) => b.kategori));
  return rekap.sasaran.flatMap((s) =>
    s.baris.flatMap((b) =>
      b.capaian.jenis === 'nilai' && rendah.has(b.capaian.kategori)
        ? [`${b.indikator} (${b.bidang.nama}): ${formatPersen(b.capaian.persen)}, ${b.capaian.kategori}`]
        : [],
    ),
  );
}

function penutup(rekap: Rekap, konfigurasi: Konfigurasi, opsi: OpsiLkj): Block[] {
  const perhatian = perluPerhatian(rekap, konfigurasi.pengaturan.skalaKategori);
  const k = rekap.sorotan.keseluruhan;
  return [
    bab(BAB.bab4),
    heading(2, 'A. Kesimpulan'),
    ...ringkasanKinerja(rekap, []),
    ...(perhatian.length ? [paragraph('Indikator dengan capaian rendah yang perlu mendapat perhatian:'), list(false, perhatian)] : []),
    ...(k.belumDiisi + k.tidakDapatDihitung
      ? [paragraph(`${k.belumDiisi} indikator belum diisi dan ${k.tidakDapatDihitung} indikator tidak dapat dihitung capaiannya.`)]
      : []),
    heading(2, 'B. Langkah ke Depan'),
    ...blokNarasi(opsi.narasi).langkahKeDepan,
    pageBreak,
  ];
}

/** Every indicator's evidence links, as the bidang gave them. */
function buktiDukung(rekap: Rekap): TableBlock {
  return table(
    ['No', 'Indikator Kinerja', 'Bidang', 'Bukti Dukung'],
    rekap.sasaran.flatMap((s) => s.baris).map((b, i) => [String(i + 1), b.indikator, b.bidang.nama, b.buktiDukung.trim() || 'belum ada']),
  );
}

function lampiran(rekap: Rekap, konfigurasi: Konfigurasi): Block[] {
  const pk = table(
    ['No', 'Indikator Kinerja', 'Satuan', `Target ${rekap.tahun}`, 'Program', 'Anggaran'],
    kelompokPk(konfigurasi.indikator).flatMap((g, n) => [
      { kind: 'group' as const, label: `Sasaran ${n + 1}: ${g.sasaran}` },
      ...g.indikator.map((i, k) => [
        String(k + 1),
        i.indikator,
        i.satuan,
        teksNilai(i.targetTahunan, 'belum diisi'),
        i.program || '-',
        i.pagu === null ? '-' : formatRupiah(i.pagu),
      ]),
    ]),
  );
  return [
    bab(BAB.lampiran),
    heading(2, `Lampiran 1. Perjanjian Kinerja Tahun ${rekap.tahun}`),
    pk,
    heading(2, 'Lampiran 2. Bukti Dukung Capaian Indikator'),
    buktiDukung(rekap),
    heading(2, 'Lampiran 3. Indikator Kinerja Utama'),
    toWrite('salinan keputusan Indikator Kinerja Utama (IKU)'),
    heading(2, 'Lampiran 4. Rencana Aksi'),
    toWrite(`rencana aksi Perjanjian Kinerja Tahun ${rekap.tahun}`),
    heading(2, 'Lampiran 5. Pernyataan Telah Direviu'),
    toWrite('Pernyataan Telah Direviu oleh Aparat Pengawasan Intern Pemerintah (Inspektorat)'),
    heading(2, 'Lampiran 6. Surat Keputusan Tim Penyusun'),
    toWrite('SK Tim Penyusun Laporan Kinerja'),
  ];
}

/** Daftar Isi and Daftar Tabel: the chapter and section titles, and the table captions, as the blocks have them. */
function daftar(blocks: readonly Block[]): Block[] {
  const isi = blocks.flatMap((b) => (b.kind === 'heading' && b.level >= 1 && b.level <= 2 ? [b.level === 1 ? b.text : `    ${b.text}`] : []));
  const tabel = blocks.flatMap((b) =>
    b.kind === 'paragraph' && b.align === 'center' && /^Tabel \d+\.\d+ /.test(b.runs.map((r) => r.text).join('')) ? [b.runs.map((r) => r.text).join('')] : [],
  );
  return [bab('DAFTAR ISI'), ...isi.map((t) => paragraph(t)), pageBreak, bab('DAFTAR TABEL'), ...tabel.map((t) => paragraph(t)), pageBreak];
}

/** What a custom LKj template must contain (template.ts): the capaian tables. */
export const WAJIB_TEMPLAT_LKJ: readonly string[] = ['#tabel_capaian'];

/** The LKj's generated parts by block-marker name, for custom templates (`{{#bab3}}`…). */
export function blokLkj(rekap: Rekap, konfigurasi: Konfigurasi, opsi: OpsiLkj): Record<string, readonly Block[]> {
  const { pengaturan } = konfigurasi;
  return {
    kop: [kop(pengaturan, opsi.logo)],
    sampul: sampul(rekap, konfigurasi, opsi),
    kata_pengantar: kataPengantar(rekap, konfigurasi, opsi),
    ikhtisar: ikhtisar(rekap),
    bab1: pendahuluan(konfigurasi, opsi),
    bab2: perencanaan(rekap, konfigurasi, opsi),
    bab3: akuntabilitas(rekap, konfigurasi, opsi),
    bab4: penutup(rekap, konfigurasi, opsi),
    lampiran: lampiran(rekap, konfigurasi),
    tabel_capaian: rekap.sasaran.flatMap((s) => tabelSasaran(s, rekap)),
    tabel_anggaran: [tabelAnggaran(rekap)],
    tanda_tangan: [ttdKepala(konfigurasi, opsi)],
  };
}

const URUTAN_LKJ = ['sampul', 'kata_pengantar', 'ikhtisar', 'bab1', 'bab2', 'bab3', 'bab4', 'lampiran'] as const;

export function buatDrafLkj(rekap: Rekap, konfigurasi: Konfigurasi, opsi: OpsiLkj): DocumentModel {
  const blok = blokLkj(rekap, konfigurasi, opsi);
  const [sampulDanPengantar, isi] = [['sampul', 'kata_pengantar'], URUTAN_LKJ.slice(2)].map((nama) => nama.flatMap((n) => blok[n]));
  return { title: `Draf ${judulLkj(rekap)}`, blocks: [...sampulDanPengantar, ...daftar(isi), ...isi] };
}
