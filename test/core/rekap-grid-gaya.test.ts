import { describe, expect, it } from 'vitest';
import { buatRekap } from '../../src/core/rekap/buat';
import { rekapKeGrid, type GridRekapBergaya } from '../../src/core/rekap/grid';
import { TEKS as FORMAT_TEKS } from '../../src/core/lembar-bidang';
import { kotakNilai, kotakSeragam } from '../../src/core/rekap/grid-gaya';
import type { KotakGrid } from '../../src/core/rekap/model';
import type { Indikator, Isian } from '../../src/core/types';
import { indikator, isian, masukanTw1 } from './rekap-fixture';

const OPSI = { tanggalCetak: '2026-03-31' };
const INJEKSI = '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/x","A1:Z")';

/** `n` indicators over `sasaran` sasaran and two bidang, with whole, decimal, label and missing values. */
function grid(n: number, periode: 'TW1' | 'TAHUNAN' = 'TW1', sasaran = 2): GridRekapBergaya {
  const inds: Indikator[] = Array.from({ length: n }, (_, i) =>
    indikator(`K${i + 1}`, { sasaran: `Sasaran ${i % sasaran}`, bidang: i % 3 === 0 ? 'B2' : 'B1', ...(i % 5 === 4 ? { targetTw: [0, 0, 0, 0] } : {}) }),
  );
  const rows: Isian[] = inds.map((ind, i) =>
    isian(ind.kode, i % 4 === 3 ? null : i % 4 === 2 ? 12.5 : i * 7, { penjelasan: i === 0 ? INJEKSI : `Penjelasan ${i}`, realisasiAnggaran: i % 2 === 0 ? 1_000 : null }),
  );
  return rekapKeGrid(buatRekap({ ...masukanTw1(inds, rows), periode }), OPSI);
}

function setiap(k: KotakGrid, f: (r: number, c: number) => void): void {
  for (let r = k.row - 1; r < k.row - 1 + k.numRows; r++) for (let c = k.column - 1; c < k.column - 1 + k.numColumns; c++) f(r, c);
}

/** The tab as the writer leaves it: every call of the plan applied to an empty grid. */
function terapkan(g: GridRekapBergaya): { format: string[][]; latar: (string | null)[][]; tebal: boolean[][] } {
  const format = g.values.map((r) => r.map(() => FORMAT_TEKS));
  const latar = g.values.map((r) => r.map((): string | null => null));
  const tebal = g.values.map((r) => r.map(() => false));
  for (const o of g.gaya.format) setiap(o.kotak, (r, c) => { format[r][c] = o.nilai; });
  for (const k of g.gaya.perSel.format) setiap(k, (r, c) => { format[r][c] = g.numberFormats[r][c]; });
  for (const o of g.gaya.latar) setiap(o.kotak, (r, c) => { latar[r][c] = o.nilai; });
  for (const k of g.gaya.perSel.latar) setiap(k, (r, c) => { latar[r][c] = g.backgrounds[r][c]; });
  for (const k of g.gaya.tebal) setiap(k, (r, c) => { tebal[r][c] = true; });
  for (const k of g.gaya.perSel.tebal) setiap(k, (r, c) => { tebal[r][c] = g.fontWeights[r][c] === 'bold'; });
  return { format, latar, tebal };
}

function jumlahPanggilan(g: GridRekapBergaya): number {
  const p = g.gaya;
  return p.format.length + p.perSel.format.length + p.latar.length + p.perSel.latar.length + p.tebal.length + p.perSel.tebal.length;
}

describe('recap style plan', () => {
  for (const periode of ['TW1', 'TAHUNAN'] as const) {
    it(`${periode}: the written tab shows every number in its format, every fill and every bold cell of the layout`, () => {
      const g = grid(23, periode, 3);
      const hasil = terapkan(g);
      g.values.forEach((line, r) => line.forEach((v, c) => {
        if (typeof v === 'number') expect(hasil.format[r][c]).toBe(g.numberFormats[r][c]);
        expect(hasil.latar[r][c]).toBe(g.backgrounds[r][c]);
        if (v !== '') expect(hasil.tebal[r][c]).toBe(g.fontWeights[r][c] === 'bold');
      }));
    });
  }

  it('text stays literal: in a plain-text cell as it is, anywhere else behind an apostrophe', () => {
    const g = grid(23);
    const hasil = terapkan(g);
    let teksDiAngka = 0;
    g.values.forEach((line, r) => line.forEach((v, c) => {
      if (typeof v !== 'string' || v === '') return;
      const ditulis = g.gaya.values[r][c];
      if (hasil.format[r][c] === FORMAT_TEKS) expect(ditulis).toBe(v);
      else {
        teksDiAngka++;
        expect(ditulis).toBe(`'${v}`);
      }
    }));
    expect(teksDiAngka).toBeGreaterThan(0);
    expect(g.gaya.values.flat()).toContain(INJEKSI);
  });

  it('the number of style calls grows neither with the indicators nor with the sasaran', () => {
    expect(jumlahPanggilan(grid(400, 'TW1', 40))).toBe(jumlahPanggilan(grid(20)));
    expect(jumlahPanggilan(grid(400, 'TAHUNAN', 40))).toBe(jumlahPanggilan(grid(20, 'TAHUNAN')));
  });
});

describe('kotakSeragam', () => {
  it('joins runs down a column and equal runs of neighbouring columns; null passes, undefined breaks', () => {
    const peta = [
      ['a', 'a', 'b'],
      ['a', 'a', 'b'],
      [null, null, undefined],
      ['a', 'a', 'b'],
    ];
    const hasil = kotakSeragam(4, 3, (r, c) => peta[r - 1][c - 1]);
    expect(hasil).toEqual([
      { kotak: { row: 1, column: 1, numRows: 4, numColumns: 2 }, nilai: 'a' },
      { kotak: { row: 1, column: 3, numRows: 2, numColumns: 1 }, nilai: 'b' },
      { kotak: { row: 4, column: 3, numRows: 1, numColumns: 1 }, nilai: 'b' },
    ]);
  });
});

describe('kotakNilai', () => {
  it('written onto an empty tab, its rectangles leave every value of the grid, and leave out the columns empty below the header', () => {
    const g = grid(23);
    const kotak = kotakNilai(g.gaya.values, g.barisKepalaDetail);
    const tab = g.gaya.values.map((r) => r.map((): string | number => ''));
    for (const k of kotak) setiap(k, (r, c) => { tab[r][c] = g.gaya.values[r][c]; });
    expect(tab).toEqual(g.gaya.values.map((r) => [...r]));
    // The fixture fills no Faktor Pendukung: its cells below the header are not sent.
    const kolom = g.values[g.barisKepalaDetail - 1].indexOf('Faktor Pendukung') + 1;
    expect(kolom).toBeGreaterThan(0);
    expect(kotak.some((k) => k.row > g.barisKepalaDetail && k.column <= kolom && kolom < k.column + k.numColumns)).toBe(false);
  });

  it('a grid empty below its header is one rectangle; rectangles do not grow with the rows', () => {
    expect(kotakNilai([['a', 'b'], ['', '']], 1)).toEqual([{ row: 1, column: 1, numRows: 1, numColumns: 2 }]);
    expect(kotakNilai([['a', 'b', 'c'], [1, '', 'x'], ['', '', 'y']], 1)).toEqual([
      { row: 1, column: 1, numRows: 1, numColumns: 3 },
      { row: 2, column: 1, numRows: 2, numColumns: 1 },
      { row: 2, column: 3, numRows: 2, numColumns: 1 },
    ]);
    const besar = grid(400, 'TW1', 40);
    expect(kotakNilai(besar.gaya.values, besar.barisKepalaDetail)).toHaveLength(kotakNilai(grid(20).gaya.values, grid(20).barisKepalaDetail).length);
  });
});
