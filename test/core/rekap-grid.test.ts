import { describe, expect, it } from 'vitest';
import { buatRekap } from '../../src/core/rekap/buat';
import { rekapKeGrid } from '../../src/core/rekap/grid';
import type { GridRekap, MasukanRekap } from '../../src/core/rekap/model';
import { indikator, isian, konfigurasi, masukanTw1, terkirim } from './rekap-fixture';

const INJEKSI = ['=IMPORTRANGE("https://docs.google.com/spreadsheets/d/x","A1:Z")', '=HYPERLINK("http://x","klik")', '+1', '@x'];

const inds = [
  indikator('K1', { sasaran: 'Sasaran Satu', program: 'Program A', pagu: 2_000_000 }),
  indikator('K2', { sasaran: 'Sasaran Satu', targetTw: [0, 0, 0, 0] }),
  indikator('K3', { sasaran: 'Sasaran Dua', bidang: 'B2' }),
];
const rows = [
  isian('K1', 95, {
    realisasiAnggaran: 1_500_000,
    penjelasan: INJEKSI[0],
    faktorPendukung: INJEKSI[1],
    faktorPenghambat: INJEKSI[2],
    upaya: INJEKSI[3],
    buktiDukung: '=IMAGE("http://contoh/x.png")',
  }),
  isian('K2', 5),
];
const masukan = masukanTw1(inds, rows);
const OPSI = { tanggalCetak: '2026-03-31' };

function grid(input: MasukanRekap = masukan): GridRekap {
  return rekapKeGrid(buatRekap(input), OPSI);
}

/** Row (1-based) whose first cell is `label`. */
function cari(g: GridRekap, label: string | number, dari = 1): number {
  const i = g.values.findIndex((r, n) => n + 1 >= dari && r[0] === label);
  if (i < 0) throw new Error('not found: ' + label);
  return i + 1;
}

/** Row (1-based) of the heading of sasaran `n` (in the Indikator Kinerja column). */
function cariSasaran(g: GridRekap, n: number): number {
  const c = g.values[g.barisKepalaDetail - 1].indexOf('Indikator Kinerja');
  const i = g.values.findIndex((r) => String(r[c]).startsWith(`Sasaran ${n}: `));
  if (i < 0) throw new Error(`not found: Sasaran ${n}`);
  return i + 1;
}

function sel(g: GridRekap, row: number, header: string, headerRow: number): { v: unknown; f: string; bg: string | null } {
  const c = g.values[headerRow - 1].indexOf(header);
  if (c < 0) throw new Error('no column ' + header);
  return { v: g.values[row - 1][c], f: g.numberFormats[row - 1][c], bg: g.backgrounds[row - 1][c] };
}

describe('recap tab layout', () => {
  const g = grid();
  const kepala = g.barisKepalaDetail;

  it('titles say the period, the instansi and the print date in Indonesian', () => {
    expect(g.values.slice(0, 3).map((r) => r[0])).toEqual([
      'Rekap TW I 2026',
      'Badan Perencanaan Pembangunan Daerah',
      'Dicetak 31 Maret 2026',
    ]);
    const tahunan = rekapKeGrid(buatRekap({ ...masukan, periode: 'TAHUNAN' }), OPSI);
    expect(tahunan.values[0][0]).toBe('Rekap Tahunan 2026');
  });

  it('every array has the shape of values, so each is written with one call', () => {
    const lebar = g.values[0].length;
    for (const arr of [g.values, g.numberFormats, g.backgrounds, g.fontWeights]) {
      expect(arr.length).toBe(g.values.length);
      expect(arr.every((r) => r.length === lebar)).toBe(true);
    }
  });

  it('freezes through the detail header; anchors point at each section heading', () => {
    expect(g.values[kepala - 1].slice(0, 3)).toEqual(['No', 'Kode', 'Indikator Kinerja']);
    expect(g.values[g.anchors.detail - 1][0]).toBe('A. Capaian Kinerja per Indikator');
    expect(g.values[g.anchors.ringkasanBidang - 1][0]).toBe('B. Ringkasan per Bidang');
    expect(g.values[g.anchors.ringkasanSasaran - 1][0]).toBe('C. Ringkasan per Sasaran Strategis');
    expect(g.values[g.anchors.anggaran - 1][0]).toBe('D. Realisasi Anggaran per Program');
    expect(g.values[g.anchors.status - 1][0]).toBe('E. Status Pengiriman per Bidang');
  });

  it('capaian cells hold the number formatted as percent, or the Indonesian text', () => {
    const k1 = cari(g, 1, kepala);
    const k2 = k1 + 1;
    const capaian = 'Capaian s.d. TW I (%)';
    expect(sel(g, k1, capaian, kepala)).toMatchObject({ v: 95, f: '#,##0.00" %"' });
    expect(sel(g, k1, 'Kategori', kepala).v).toBe('Sangat Tinggi');
    expect(sel(g, k2, capaian, kepala)).toMatchObject({ v: 'tidak dapat dihitung (target 0)', f: '@' });
    const k3 = cari(g, 1, cariSasaran(g, 2));
    expect(sel(g, k3, capaian, kepala).v).toBe('belum diisi');
    expect(sel(g, k1, 'Realisasi Anggaran', kepala)).toMatchObject({ v: 1_500_000, f: '"Rp "#,##0' });
  });

  it('category colours differ by band; an incomputable capaian is grey', () => {
    const k1 = cari(g, 1, kepala);
    const st = sel(g, k1, 'Capaian s.d. TW I (%)', kepala).bg;
    const tdd = sel(g, k1 + 1, 'Capaian s.d. TW I (%)', kepala).bg;
    expect(st).not.toBeNull();
    expect(tdd).not.toBeNull();
    expect(st).not.toBe(tdd);
  });

  // setValues parses strings as typed input ("=1+2" becomes a formula), as the Sheets API's
  // USER_ENTERED does: https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption
  // (domain.md §7). A cell formatted as plain text ('@') keeps the string as it is.
  it('user text stays literal: injection strings are written verbatim with the plain-text format', () => {
    const k1 = cari(g, 1, kepala);
    const kolom = ['Penjelasan', 'Faktor Pendukung', 'Faktor Penghambat', 'Upaya'];
    kolom.forEach((h, i) => expect(sel(g, k1, h, kepala)).toMatchObject({ v: INJEKSI[i], f: '@' }));
    expect(sel(g, k1, 'Bukti Dukung', kepala)).toMatchObject({ v: '=IMAGE("http://contoh/x.png")', f: '@' });
    // Every string anywhere in the tab is plain text, so nothing (even a sasaran name) is parsed.
    g.values.forEach((r, i) => r.forEach((v, j) => typeof v === 'string' && v !== '' && expect(g.numberFormats[i][j]).toBe('@')));
  });

  it('injection strings in configuration text (sasaran, bidang, programme) stay literal too', () => {
    const jahat = [indikator('X', { sasaran: INJEKSI[0], program: INJEKSI[2], pagu: 10 })];
    const cfg = { ...konfigurasi(jahat), bidang: [{ ...konfigurasi([]).bidang[0], nama: INJEKSI[1] }] };
    const gj = grid({ ...masukanTw1(jahat, [isian('X', 1)]), konfigurasi: cfg });
    for (const teks of [INJEKSI[0], INJEKSI[1], INJEKSI[2]]) {
      const tempat = gj.values.flatMap((r, i) => r.flatMap((v, j) => (v === teks ? [gj.numberFormats[i][j]] : [])));
      expect(tempat.length).toBeGreaterThan(0);
      expect(tempat.every((f) => f === '@')).toBe(true);
    }
  });

  it('summary per sasaran feeds the chart: label and mean columns, header first', () => {
    const box = g.grafik.capaianPerSasaran;
    const data = g.values.slice(box.row - 1, box.row - 1 + box.numRows).map((r) => r.slice(box.column - 1, box.column - 1 + box.numColumns));
    expect(data).toEqual([
      ['Sasaran Strategis', 'Rata-rata Capaian (%)'],
      ['Sasaran Satu', 95],
      ['Sasaran Dua', ''],
    ]);
    const bidang = g.grafik.capaianPerBidang;
    expect(g.values[bidang.row][0]).toBe('Bidang Perencanaan');
    expect(bidang.numRows).toBe(3);
  });

  it('chart data columns hold numbers or empty cells, never text such as "–" (Sheets would plot text as nothing)', () => {
    for (const box of [g.grafik.capaianPerBidang, g.grafik.capaianPerSasaran]) {
      const nilai = g.values.slice(box.row, box.row - 1 + box.numRows).map((r) => r[box.column]);
      expect(nilai.length).toBeGreaterThan(0);
      expect(nilai.every((v) => typeof v === 'number' || v === '')).toBe(true);
      expect(nilai).toContain('');
    }
  });

  it('budget rows show pagu, realisasi and % penyerapan; the total is bold', () => {
    const row = g.values.findIndex((r, i) => i >= g.anchors.anggaran && r[1] === 'Program A');
    expect(g.values[row].slice(2, 5)).toEqual([2_000_000, 1_500_000, 75]);
    expect(g.numberFormats[row].slice(2, 5)).toEqual(['"Rp "#,##0', '"Rp "#,##0', '#,##0.00" %"']);
    const total = g.values.findIndex((r, i) => i >= g.anchors.anggaran && r[1] === 'Jumlah');
    expect(g.fontWeights[total][2]).toBe('bold');
  });

  it('submission status names who sent and when, in the spreadsheet time zone', () => {
    const r = g.values.findIndex((x, i) => i >= g.anchors.status && x[1] === 'Bidang Perencanaan');
    expect(g.values[r].slice(2, 6)).toEqual(['Terkirim', 'staf.b1@contoh.go.id', '3 April 2026 pukul 14.15 WIB', '2 dari 2']);
    const wit = rekapKeGrid(buatRekap(masukan), { ...OPSI, zonaWaktu: 'Asia/Jayapura' });
    expect(wit.values[r][4]).toBe('3 April 2026 pukul 16.15 WIT');
  });
});

describe('rasio in the grid', () => {
  it('Keterangan shows the sums behind the s.d. figure: "pembilang/penyebut 19/50"', () => {
    const ind = indikator('R', { satuan: '%', agregasi: 'rasio', targetTw: [50, 50, 50, 50] });
    const g = grid(masukanTw1([ind], [isian('R', 25, { pembilang: 10, penyebut: 40 })], {
      periode: 'TW2', realisasiTwSebelumnya: { R: [90] }, rasioTw: { R: [{ pembilang: 9, penyebut: 10 }] },
    }));
    const kepala = g.barisKepalaDetail;
    const r = cari(g, 1, cariSasaran(g, 1));
    expect(sel(g, r, 'Agregasi', kepala).v).toBe('Rasio');
    expect(sel(g, r, 'Realisasi s.d. TW II', kepala).v).toBe(38);
    expect(sel(g, r, 'Keterangan', kepala).v).toBe('pembilang/penyebut 19/50');
  });
});

describe('drafts in the grid', () => {
  const draf = {
    kodeBidang: 'B2', status: 'sedang-diisi' as const, dikirimOleh: null, dikirimPada: null,
    snapshot: null, draf: [isian('K3', 70)],
  };
  const input: MasukanRekap = { ...masukan, bidang: [terkirim('B1', rows), draf], sertakanDraf: true };

  it('draft rows are marked (draf) and the title says drafts are included', () => {
    const g = grid(input);
    const kepala = g.barisKepalaDetail;
    const k3 = cari(g, 1, cariSasaran(g, 2));
    expect(sel(g, k3, 'Keterangan', kepala).v).toBe('(draf)');
    expect(sel(g, k3 - 2, 'Keterangan', kepala).v).toBe('');
    expect(g.values[3][0]).toContain('draf');
  });

  it('without drafts nothing is marked', () => {
    const g = grid({ ...input, sertakanDraf: false });
    expect(g.values.flat().some((v) => typeof v === 'string' && v.includes('(draf)'))).toBe(false);
  });
});

it('is deterministic: building twice from the same input gives identical grids', () => {
  const a = grid();
  const b = grid();
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  expect(a).toEqual(b);
});

describe('annual grid', () => {
  it('sets TW I–IV side by side, the year figure, and the comparison with last year in words', () => {
    const ind = indikator('K1', { sasaran: 'Sasaran Satu', targetTahunan: 100, realisasiTahunLalu: 50 });
    const input: MasukanRekap = {
      konfigurasi: konfigurasi([ind]),
      periode: 'TAHUNAN',
      tahun: 2026,
      bidang: [terkirim('B1', [isian('K1', null)])],
      realisasiTw: { K1: [20, null, 30, 10.5] },
    };
    const g = grid(input);
    const kepala = g.barisKepalaDetail;
    const row = cari(g, 1, kepala);
    const kolom = ['Realisasi TW I', 'Realisasi TW II', 'Realisasi TW III', 'Realisasi TW IV', 'Realisasi Tahunan', 'Sumber Realisasi'];
    expect(kolom.map((h) => sel(g, row, h, kepala).v)).toEqual([20, '', 30, 10.5, 60.5, 'Agregat (TW II tidak ada data)']);
    // Satuan % keeps two decimals, as the bidang tab shows it (lembar-bidang.ts formatNilai).
    expect(sel(g, row, 'Realisasi TW IV', kepala).f).toBe('#,##0.00');
    expect(sel(g, row, 'Realisasi TW I', kepala).f).toBe('#,##0.00');
    expect(sel(g, row, 'Dibanding Tahun Lalu', kepala).v).toBe('naik (membaik)');
    expect(sel(g, row, 'Capaian (%)', kepala).v).toBe(60.5);
  });

  it('merges only the title rows and section headings across the whole tab (so none wraps in the narrow No column); a sasaran heading is a shaded bold cell under Indikator Kinerja', () => {
    const g = grid();
    const lebar = g.values[0].length;
    const a = g.anchors;
    expect(g.merges).toEqual([1, 2, 3, a.detail, a.ringkasanBidang, a.ringkasanSasaran, a.anggaran, a.status].map((row) => ({ row, column: 1, numRows: 1, numColumns: lebar })));
    expect(g.frozenRows).toBe(a.detail - 1);
    const kolomIndikator = g.values[g.barisKepalaDetail - 1].indexOf('Indikator Kinerja');
    const r = cariSasaran(g, 1) - 1;
    expect(g.values[r][kolomIndikator]).toBe(`Sasaran 1: ${buatRekap(masukan).sasaran[0].sasaran}`);
    expect(g.backgrounds[r][kolomIndikator]).not.toBeNull();
    expect(g.fontWeights[r][kolomIndikator]).toBe('bold');
  });
});
