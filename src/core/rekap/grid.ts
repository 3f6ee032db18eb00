/**
 * rekapKeGrid: the recap tab's layout as pure data (title, detail table per sasaran, summaries
 * per bidang and per sasaran, budget per programme, submission status). Deterministic: the
 * same recap and options give the same grid.
 */
import { teksRasio } from '../agregasi';
import { formatCapaian } from '../capaian';
import { labelPeriode, labelSampaiPeriode, PERIODE } from '../periode';
import { LABEL_STATUS, tanggalTampil } from '../siklus';
import { TEKS_ISIAN, type Agregasi, type Capaian, type Polaritas } from '../types';
import { JENIS_TARGET_RENSTRA } from '../konfigurasi/renstra';
import type { CapaianRenstra } from './capaian-renstra';
import { rencanaGaya, type RencanaGaya } from './grid-gaya';
import { FORMAT_PERSEN } from '../lembar-bidang';
import { FORMAT_DESIMAL } from '../lembar-bidang';
import { angka, berwarna, FORMAT_RUPIAH, kelompok, KOSONG, Lembar, nilai, teks, type Sel } from './grid-lembar';
import { WARNA_JUDUL_TABEL, WARNA_KELOMPOK, warnaCapaian, warnaKategori } from './grid-warna';
import type {
  BarisAnggaran,
  BarisRekap,
  GridRekap,
  KotakGrid,
  OpsiGrid,
  Perbandingan,
  Rekap,
  RingkasanKategori,
} from './model';
import { formatWaktuKirim } from './waktu';

const TANDA_DRAF = '(draf)';

const POLARITAS: Record<Polaritas, string> = { positif: 'Positif', negatif: 'Negatif' };
const AGREGASI: Record<Agregasi, string> = { kumulatif: 'Kumulatif', terakhir: 'Terakhir', 'rata-rata': 'Rata-rata', rasio: 'Rasio' };

/** A section's heading row. */
function judulBagian(teksJudul: string): Sel[] {
  return [teks(teksJudul, { tebal: true })];
}

/** A whole number. */
function bulat(n: number): Sel {
  return angka(n, '0');
}

function kepala(judul: readonly string[]): Sel[] {
  return judul.map((j) => teks(j, { bg: WARNA_JUDUL_TABEL, tebal: true }));
}

/** The number with its category colour, or the Indonesian text when there is no number. */
function selCapaian(c: Capaian, skala: readonly string[]): Sel {
  const bg = warnaCapaian(c, skala);
  return berwarna(c.jenis === 'nilai' ? angka(c.persen, FORMAT_PERSEN, { bg }) : teks(formatCapaian(c), { bg }));
}

function selKategori(c: Capaian, skala: readonly string[]): Sel {
  return berwarna(c.jenis === 'nilai' ? teks(c.kategori, { bg: warnaCapaian(c, skala) }) : KOSONG);
}

function selArah(p: Perbandingan | null): Sel {
  if (p === null) return KOSONG;
  return teks(p.arah === 'tetap' ? 'tetap' : `${p.arah} (${p.lebihBaik ? 'membaik' : 'memburuk'})`);
}

/** "Renstra: realisasi 2025 tidak ada di Riwayat Capaian" for a cumulative realisasi missing years, else ''. */
function catatanRenstra(r: CapaianRenstra | null): string {
  return r === null || r.realisasi === null || r.tahunHilang.length === 0 ? '' : `Renstra: realisasi ${r.tahunHilang.join(', ')} tidak ada di Riwayat Capaian`;
}

function kolomDetail(rekap: Rekap): string[] {
  const awal = ['No', 'Kode', 'Indikator Kinerja', 'Bidang', 'Satuan', 'Polaritas', 'Agregasi'];
  const akhir = ['Realisasi Anggaran', 'Penjelasan', 'Faktor Pendukung', 'Faktor Penghambat', 'Upaya', 'Bukti Dukung', 'Keterangan'];
  if (rekap.periode === 'TAHUNAN') {
    return [
      ...awal, 'Target Tahunan', ...PERIODE.slice(0, 4).map((p) => `Realisasi ${labelPeriode(p)}`),
      'Realisasi Tahunan', 'Sumber Realisasi', 'Capaian (%)', 'Kategori', 'Realisasi Tahun Lalu',
      'Selisih dengan Tahun Lalu', 'Dibanding Tahun Lalu', 'Target Akhir Renstra', 'Jenis Target Renstra', 'Realisasi thd Renstra',
      'Capaian terhadap Renstra (%)', ...akhir,
    ];
  }
  const sd = labelSampaiPeriode(rekap.periode);
  return [
    ...awal, `Target ${sd}`, `Realisasi ${labelPeriode(rekap.periode)}`, `Realisasi ${sd}`, `Capaian ${sd} (%)`, 'Kategori',
    'Capaian thd Target Tahunan (%)', ...akhir,
  ];
}

function barisDetail(b: BarisRekap, skala: readonly string[]): Sel[] {
  const awal = [
    bulat(b.nomor), teks(b.kode), teks(b.indikator), teks(b.bidang.nama), teks(b.satuan),
    teks(POLARITAS[b.polaritas]), teks(AGREGASI[b.agregasi]), nilai(b.target, b.satuan),
  ];
  // Keterangan: a draft's mark, a rasio's sums, the missing quarters the figure was built over
  // (domain.md §4) and the years a cumulative Renstra realisasi lacks.
  const catatan = b.capaian.jenis === 'nilai' ? b.capaian.catatan ?? null : null;
  const rasio = b.rasio === null ? '' : `pembilang/penyebut ${teksRasio(b.rasio)}`;
  const keterangan = [b.dariDraf ? TANDA_DRAF : '', rasio, catatan ?? '', catatanRenstra(b.tahunan?.renstra ?? null)].filter((x) => x !== '').join('; ');
  const akhir = [
    angka(b.realisasiAnggaran, FORMAT_RUPIAH), ...TEKS_ISIAN.map((k) => teks(b[k])), keterangan === '' ? KOSONG : teks(keterangan),
  ];
  const capaian = [selCapaian(b.capaian, skala), selKategori(b.capaian, skala)];
  const t = b.tahunan;
  if (t === null) {
    const thdTahunan = b.capaianTahunan === null ? berwarna(KOSONG) : selCapaian(b.capaianTahunan, skala);
    return [...awal, nilai(b.realisasi, b.satuan), nilai(b.realisasiSd, b.satuan), ...capaian, thdTahunan, ...akhir];
  }
  const lalu = t.dibandingTahunLalu;
  const renstra = t.renstra;
  const sumber = t.sumber === 'final' ? 'Nilai final' : catatan === null ? 'Agregat TW I–IV' : `Agregat (${catatan})`;
  return [
    ...awal, ...t.realisasiTw.map((v) => nilai(v, b.satuan)), nilai(b.realisasi, b.satuan),
    teks(sumber), ...capaian,
    nilai(lalu?.pembanding ?? null, b.satuan), angka(lalu?.selisih ?? null, FORMAT_DESIMAL), selArah(lalu),
    nilai(renstra?.target ?? null, b.satuan), renstra === null ? KOSONG : teks(JENIS_TARGET_RENSTRA[renstra.jenis ?? 'kondisi-akhir']),
    nilai(renstra?.realisasi ?? null, b.satuan), renstra === null ? berwarna(KOSONG) : selCapaian(renstra.capaian, skala), ...akhir,
  ];
}

/** Section A; returns the heading's row. */
function tulisDetail(l: Lembar, rekap: Rekap, skala: readonly string[]): { anchor: number; kepala: number } {
  const anchor = l.tambah(judulBagian('A. Capaian Kinerja per Indikator'));
  const kolom = kolomDetail(rekap);
  const baris = l.tambah(kepala(kolom));
  const kolomNama = kolom.indexOf('Indikator Kinerja');
  for (const s of rekap.sasaran) {
    // The heading stands in the wide Indikator Kinerja column, unmerged: its fill and weight are
    // one narrow per-cell block for all sasaran, where a merge would be a call per sasaran.
    l.tambah([...kolom.slice(0, kolomNama).map(() => KOSONG), kelompok(teks(`Sasaran ${s.nomor}: ${s.sasaran}`), WARNA_KELOMPOK)]);
    for (const b of s.baris) l.tambah(barisDetail(b, skala));
  }
  return { anchor, kepala: baris };
}

function kolomRingkasan(label: string, skala: readonly string[]): string[] {
  return [label, 'Rata-rata Capaian (%)', 'Kategori', 'Jumlah Indikator', ...skala, 'Tidak Dapat Dihitung', 'Belum Diisi'];
}

function barisRingkasan(label: string, r: RingkasanKategori, skala: readonly string[]): Sel[] {
  const bg = r.kategoriRataRata === null ? null : warnaKategori(r.kategoriRataRata, skala);
  return [
    teks(label),
    // Charted column: a number or empty, never text (Sheets would plot text as nothing or fail).
    berwarna(r.rataRataCapaian === null ? KOSONG : angka(r.rataRataCapaian, FORMAT_PERSEN, { bg })),
    berwarna(r.kategoriRataRata === null ? KOSONG : teks(r.kategoriRataRata, { bg })),
    bulat(r.jumlahIndikator),
    ...r.perKategori.map((k) => bulat(k.jumlah)),
    bulat(r.tidakDapatDihitung),
    bulat(r.belumDiisi),
  ];
}

/** A summary section; its label and mean columns (1–2, header included) are the chart's data. */
function tulisRingkasan(
  l: Lembar,
  judul: string,
  label: string,
  isi: readonly { readonly label: string; readonly ringkasan: RingkasanKategori }[],
  skala: readonly string[],
): { anchor: number; grafik: KotakGrid } {
  l.kosong();
  const anchor = l.tambah(judulBagian(judul));
  const row = l.tambah(kepala(kolomRingkasan(label, skala)));
  for (const x of isi) l.tambah(barisRingkasan(x.label, x.ringkasan, skala));
  return { anchor, grafik: { row, column: 1, numRows: isi.length + 1, numColumns: 2 } };
}

function barisAnggaran(no: Sel, b: BarisAnggaran, tebal: boolean): Sel[] {
  const g = { tebal };
  const persen = (n: number | null): Sel => (n === null ? teks('–', g) : angka(n, FORMAT_PERSEN, g));
  return [
    no, teks(b.program, g), angka(b.pagu, FORMAT_RUPIAH, g), angka(b.realisasiAnggaran, FORMAT_RUPIAH, g),
    persen(b.penyerapan), persen(b.rataRataCapaian), angka(b.jumlahIndikator, '0', g),
  ];
}

function tulisAnggaran(l: Lembar, rekap: Rekap): number {
  l.kosong();
  const anchor = l.tambah(judulBagian('D. Realisasi Anggaran per Program'));
  l.tambah(kepala(['No', 'Program', 'Pagu', 'Realisasi Anggaran', 'Penyerapan (%)', 'Rata-rata Capaian Kinerja (%)', 'Jumlah Indikator']));
  rekap.anggaran.program.forEach((p, i) => l.tambah(barisAnggaran(bulat(i + 1), p, false)));
  l.tambah(barisAnggaran(KOSONG, rekap.anggaran.total, true));
  return anchor;
}

function tulisStatus(l: Lembar, rekap: Rekap, zonaWaktu: string): number {
  l.kosong();
  const anchor = l.tambah(judulBagian('E. Status Pengiriman per Bidang'));
  l.tambah(kepala(['No', 'Bidang', 'Status', 'Dikirim oleh', 'Waktu Kirim', 'Indikator Terisi', 'Keterangan']));
  rekap.statusBidang.forEach((s, i) => {
    l.tambah([
      bulat(i + 1), teks(s.nama), teks(LABEL_STATUS[s.status]), s.dikirimOleh === null ? KOSONG : teks(s.dikirimOleh),
      s.dikirimPada === null ? KOSONG : teks(formatWaktuKirim(s.dikirimPada, zonaWaktu)),
      teks(`${s.terisi} dari ${s.jumlahIndikator}`),
      s.dariDraf ? teks(`${TANDA_DRAF} belum dikirim; data draf dipakai`) : KOSONG,
    ]);
  });
  return anchor;
}

/** The grid with the plan of how its styles are written (src/core/rekap/grid-gaya.ts). */
export type GridRekapBergaya = GridRekap & { readonly gaya: RencanaGaya };

export function rekapKeGrid(rekap: Rekap, opsi: OpsiGrid): GridRekapBergaya {
  const skala = rekap.sorotan.keseluruhan.perKategori.map((k) => k.kategori);
  const l = new Lembar();
  const judul = [
    l.tambah(judulBagian(rekap.judul)),
    l.tambah(judulBagian(rekap.instansi)),
    l.tambah([teks(`Dicetak ${tanggalTampil(opsi.tanggalCetak)}`)]),
  ];
  l.tambah(rekap.sertakanDraf ? [teks(`Termasuk data draf yang belum dikirim; barisnya ditandai ${TANDA_DRAF}.`)] : []);
  const detail = tulisDetail(l, rekap, skala);
  const bidang = tulisRingkasan(l, 'B. Ringkasan per Bidang', 'Bidang',
    rekap.ringkasanBidang.map((r) => ({ label: r.nama, ringkasan: r })), skala);
  const sasaran = tulisRingkasan(l, 'C. Ringkasan per Sasaran Strategis', 'Sasaran Strategis',
    rekap.ringkasanSasaran.map((r) => ({ label: r.sasaran, ringkasan: r })), skala);
  const anggaran = tulisAnggaran(l, rekap);
  const status = tulisStatus(l, rekap, opsi.zonaWaktu ?? 'Asia/Jakarta');
  const lebar = l.lebar;
  // Titles and section headings span the table, so they never wrap inside the narrow No column.
  for (const row of [...judul, detail.anchor, bidang.anchor, sasaran.anchor, anggaran, status]) l.gabung(row, 1, lebar);
  const grid: GridRekap = {
    ...l.selesai(),
    // Only the title block stays in view: a frozen column header would stand over sections B–E,
    // whose columns are others.
    frozenRows: detail.anchor - 1,
    barisKepalaDetail: detail.kepala,
    anchors: {
      detail: detail.anchor,
      ringkasanBidang: bidang.anchor,
      ringkasanSasaran: sasaran.anchor,
      anggaran,
      status,
    },
    grafik: { capaianPerSasaran: sasaran.grafik, capaianPerBidang: bidang.grafik },
  };
  return { ...grid, gaya: rencanaGaya(grid, l.perSel()) };
}
