/**
 * rekapKeGrid: the recap tab's layout as pure data (title, detail table per sasaran, summaries
 * per bidang and per sasaran, budget per programme, submission status). Deterministic: the
 * same recap and options give the same grid.
 */
import { formatCapaian } from '../capaian';
import { labelPeriode, labelSampaiPeriode } from '../periode';
import { formatTanggal, parseTanggalIso } from '../tanggal';
import type { Agregasi, Capaian, Polaritas, StatusBidang } from '../types';
import { rencanaGaya, type RencanaGaya } from './grid-gaya';
import { FORMAT_DESIMAL, FORMAT_PERSEN } from '../lembar-bidang';
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
const AGREGASI: Record<Agregasi, string> = { kumulatif: 'Kumulatif', terakhir: 'Terakhir', 'rata-rata': 'Rata-rata' };
const STATUS: Record<StatusBidang, string> = {
  'belum-diisi': 'Belum diisi',
  'sedang-diisi': 'Sedang diisi',
  terkirim: 'Terkirim',
  dikembalikan: 'Dikembalikan',
};

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

function kolomDetail(rekap: Rekap): string[] {
  const awal = ['No', 'Kode', 'Indikator Kinerja', 'Bidang', 'Satuan', 'Polaritas', 'Agregasi'];
  const akhir = ['Realisasi Anggaran', 'Penjelasan', 'Faktor Pendukung', 'Faktor Penghambat', 'Upaya', 'Bukti Dukung', 'Keterangan'];
  if (rekap.periode === 'TAHUNAN') {
    return [
      ...awal, 'Target Tahunan', 'Realisasi TW I', 'Realisasi TW II', 'Realisasi TW III', 'Realisasi TW IV',
      'Realisasi Tahunan', 'Sumber Realisasi', 'Capaian (%)', 'Kategori', 'Realisasi Tahun Lalu',
      'Selisih dengan Tahun Lalu', 'Dibanding Tahun Lalu', 'Target Akhir Renstra', 'Capaian terhadap Renstra (%)', ...akhir,
    ];
  }
  const sd = labelSampaiPeriode(rekap.periode);
  return [
    ...awal, `Target ${sd}`, `Realisasi ${labelPeriode(rekap.periode)}`, `Realisasi ${sd}`, `Capaian ${sd} (%)`, 'Kategori', ...akhir,
  ];
}

function barisDetail(b: BarisRekap, skala: readonly string[]): Sel[] {
  const awal = [
    angka(b.nomor, '0'), teks(b.kode), teks(b.indikator), teks(b.bidang.nama), teks(b.satuan),
    teks(POLARITAS[b.polaritas]), teks(AGREGASI[b.agregasi]), nilai(b.target),
  ];
  const akhir = [
    angka(b.realisasiAnggaran, FORMAT_RUPIAH), teks(b.penjelasan), teks(b.faktorPendukung), teks(b.faktorPenghambat),
    teks(b.upaya), teks(b.buktiDukung), b.dariDraf ? teks(TANDA_DRAF) : KOSONG,
  ];
  const capaian = [selCapaian(b.capaian, skala), selKategori(b.capaian, skala)];
  const t = b.tahunan;
  if (t === null) return [...awal, nilai(b.realisasi), angka(b.realisasiSd, FORMAT_DESIMAL), ...capaian, ...akhir];
  const lalu = t.dibandingTahunLalu;
  const renstra = t.dibandingRenstra;
  return [
    ...awal, ...t.realisasiTw.map(nilai), nilai(b.realisasi),
    teks(t.sumber === 'final' ? 'Nilai final' : 'Agregat TW I–IV'), ...capaian,
    nilai(lalu?.pembanding ?? null), angka(lalu?.selisih ?? null, FORMAT_DESIMAL), selArah(lalu),
    nilai(renstra?.pembanding ?? null), renstra === null ? berwarna(KOSONG) : selCapaian(renstra.capaian, skala), ...akhir,
  ];
}

/** Section A; returns the heading's row. */
function tulisDetail(l: Lembar, rekap: Rekap, skala: readonly string[]): { anchor: number; kepala: number } {
  const anchor = l.tambah([teks('A. Capaian Kinerja per Indikator', { tebal: true })]);
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
    angka(r.jumlahIndikator, '0'),
    ...r.perKategori.map((k) => angka(k.jumlah, '0')),
    angka(r.tidakDapatDihitung, '0'),
    angka(r.belumDiisi, '0'),
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
  const anchor = l.tambah([teks(judul, { tebal: true })]);
  const row = l.tambah(kepala(kolomRingkasan(label, skala)));
  for (const x of isi) l.tambah(barisRingkasan(x.label, x.ringkasan, skala));
  return { anchor, grafik: { row, column: 1, numRows: isi.length + 1, numColumns: 2 } };
}

function barisAnggaran(no: Sel, b: BarisAnggaran, tebal: boolean): Sel[] {
  return [
    no, teks(b.program, { tebal }), angka(b.pagu, FORMAT_RUPIAH, { tebal }), angka(b.realisasiAnggaran, FORMAT_RUPIAH, { tebal }),
    b.penyerapan === null ? teks('–', { tebal }) : angka(b.penyerapan, FORMAT_PERSEN, { tebal }),
    b.rataRataCapaian === null ? teks('–', { tebal }) : angka(b.rataRataCapaian, FORMAT_PERSEN, { tebal }),
    angka(b.jumlahIndikator, '0', { tebal }),
  ];
}

function tulisAnggaran(l: Lembar, rekap: Rekap): number {
  l.kosong();
  const anchor = l.tambah([teks('D. Realisasi Anggaran per Program', { tebal: true })]);
  l.tambah(kepala(['No', 'Program', 'Pagu', 'Realisasi Anggaran', 'Penyerapan (%)', 'Rata-rata Capaian Kinerja (%)', 'Jumlah Indikator']));
  rekap.anggaran.program.forEach((p, i) => l.tambah(barisAnggaran(angka(i + 1, '0'), p, false)));
  l.tambah(barisAnggaran(KOSONG, rekap.anggaran.total, true));
  return anchor;
}

function tulisStatus(l: Lembar, rekap: Rekap, zonaWaktu: string): number {
  l.kosong();
  const anchor = l.tambah([teks('E. Status Pengiriman per Bidang', { tebal: true })]);
  l.tambah(kepala(['No', 'Bidang', 'Status', 'Dikirim oleh', 'Waktu Kirim', 'Indikator Terisi', 'Keterangan']));
  rekap.statusBidang.forEach((s, i) => {
    l.tambah([
      angka(i + 1, '0'), teks(s.nama), teks(STATUS[s.status]), s.dikirimOleh === null ? KOSONG : teks(s.dikirimOleh),
      s.dikirimPada === null ? KOSONG : teks(formatWaktuKirim(s.dikirimPada, zonaWaktu)),
      teks(`${s.terisi} dari ${s.jumlahIndikator}`),
      s.dariDraf ? teks(`${TANDA_DRAF} belum dikirim; data draf dipakai`) : KOSONG,
    ]);
  });
  return anchor;
}

/** '31 Maret 2026' from 'yyyy-mm-dd'; any other text is shown as given. */
function tanggalCetak(iso: string): string {
  const t = parseTanggalIso(iso);
  return t === null ? iso : formatTanggal(t);
}

/** The grid with the plan of how its styles are written (src/core/rekap/grid-gaya.ts). */
export type GridRekapBergaya = GridRekap & { readonly gaya: RencanaGaya };

export function rekapKeGrid(rekap: Rekap, opsi: OpsiGrid): GridRekapBergaya {
  const skala = rekap.sorotan.keseluruhan.perKategori.map((k) => k.kategori);
  const l = new Lembar();
  const judul = [
    l.tambah([teks(rekap.judul, { tebal: true })]),
    l.tambah([teks(rekap.instansi, { tebal: true })]),
    l.tambah([teks(`Dicetak ${tanggalCetak(opsi.tanggalCetak)}`)]),
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
  for (const row of judul) l.gabung(row, 1, lebar);
  const grid: GridRekap = {
    ...l.selesai(),
    frozenRows: detail.kepala,
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
