import { describe, expect, test } from 'vitest';
import type { BlockView } from '../../node/emulator/document/index';
import { buatDrafLkj } from '../../src/core/dokumen/lkj';
import { headerText, list, paragraph, table, tableGrid } from '../../src/core/dokumen/model';
import { buatRekap } from '../../src/core/rekap/buat';
import type { Rekap } from '../../src/core/rekap/model';
import type { Konfigurasi } from '../../src/core/types';
import { KONFIGURASI, headings, rekapTw1, tables } from '../core/dokumen-fixture';
import { bidang, indikator, isian, pengaturan, terkirim } from '../core/rekap-fixture';
import { penulisDokumen } from './dokumen-tulis';

const HEADING_NAMES = ['TITLE', 'HEADING1', 'HEADING2', 'HEADING3'];
type TableView = Extract<BlockView, { type: 'TABLE' }>;

describe('the Docs API renderer (two batchUpdates: the body and a header, then the header\'s text) on the emulator', () => {
  const penulis = penulisDokumen();
  const model = buatDrafLkj(rekapTw1(), KONFIGURASI, { tanggal: { tahun: 2026, bulan: 4, hari: 20 } });

  /** A TW I recap of two bidang and three sasaran with `n` indicators per bidang. */
  function rekapBesar(n: number): { rekap: Rekap; konfigurasi: Konfigurasi } {
    const sasaran = ['Sasaran A', 'Sasaran B', 'Sasaran C'];
    const ind = ['B1', 'B2'].flatMap((b) =>
      Array.from({ length: n }, (_, i) => indikator(`${b}-${i}`, { bidang: b, sasaran: sasaran[i % 3], program: `Program ${i % 2}`, pagu: 1_000_000 })),
    );
    const baris = (b: string): ReturnType<typeof isian>[] =>
      ind.filter((i) => i.bidang === b).map((i, k) => isian(i.kode, (k * 37) % 120, { penjelasan: 'Sesuai rencana.' }));
    const konfigurasi: Konfigurasi = { pengaturan: pengaturan(), bidang: [bidang('B1', 'Bidang Satu'), bidang('B2', 'Bidang Dua')], indikator: ind };
    const rekap = buatRekap({ konfigurasi, periode: 'TW1', tahun: 2026, bidang: [terkirim('B1', baris('B1')), terkirim('B2', baris('B2'))] });
    return { rekap, konfigurasi };
  }

  // Apps Script stops an execution after 6 minutes and every call is a round trip (domain.md §7).
  test('a draft costs the same calls with 6 or 60 indicators per bidang: two batchUpdates, no DocumentApp call per block', () => {
    const calls = (n: number) => {
      const { rekap, konfigurasi } = rekapBesar(n);
      return penulis.tulis(buatDrafLkj(rekap, konfigurasi, { tanggal: { tahun: 2026, bulan: 4, hari: 20 } })).calls;
    };
    const kecil = calls(6);
    expect(calls(60)).toEqual(kecil);
    expect(kecil['Docs.Documents.batchUpdate']).toBe(2);
    // The kop's rule is the only thing written with DocumentApp.
    expect(kecil['DocumentApp.Body.insertHorizontalRule']).toBe(1);
  });

  test('the Google Doc holds the same headings in order and the same tables as the model, header rows pinned', () => {
    const { doc } = penulis.tulis(model);
    const docHeadings = doc.body.flatMap((b) => (b.type === 'PARAGRAPH' && b.heading !== 'NORMAL' ? [[b.heading, b.text]] : []));
    expect(docHeadings).toEqual(headings(model).map((h) => [HEADING_NAMES[h.level], h.text]));
    const docTables = doc.body.flatMap((b) => (b.type === 'TABLE' ? [b] : []));
    expect(docTables.map((t) => t.rows)).toEqual(tables(model).map(tableGrid));
    expect(docTables.every((t) => t.headerRow && t.headerRows === 1)).toBe(true);
  });

  test('every page\'s header but the first holds the document\'s title, small, grey and right-aligned; the Doc has no footer (no page number can be inserted)', () => {
    const { doc } = penulis.tulis(model);
    expect(doc.header).toHaveLength(1);
    const [kepala] = doc.header ?? [];
    if (kepala?.type !== 'PARAGRAPH') throw new Error('no header paragraph');
    expect(kepala.text).toBe('LAPORAN KINERJA TRIWULAN I BADAN KESATUAN BANGSA DAN POLITIK TAHUN 2026');
    expect(kepala.text).toBe(headerText(model));
    expect(kepala.alignment).toBe('RIGHT');
    expect(kepala.runs).toEqual([{ text: kepala.text, size: 8, color: '#555555' }]);
    expect(doc.footer).toBeUndefined();
    // The cover (or a letter's kop) is the first page: it shows its own header, and none was made.
    expect(doc.firstPageOwnHeader).toBe(true);
  });

  test('the signature block names the configured Kepala, and the document starts with the kop and its rule', () => {
    const { doc } = penulis.tulis(model);
    const text = doc.body.flatMap((b) => (b.type === 'PARAGRAPH' ? [b.text] : []));
    expect(text[0]).toBe('PEMERINTAH KOTA PEMATANGSIANTAR');
    expect(doc.body[3].type).toBe('HORIZONTAL_RULE');
    expect(text).toEqual(expect.arrayContaining(['Kepala Badan', 'Inali Akbar']));
  });

  test('columns fit their content: "No" narrow and centred, names wide, figures right-aligned, widths fill the page', () => {
    const { doc } = penulis.tulis({
      title: 'Tabel',
      blocks: [
        paragraph('Tabel 3.1'),
        table(['No', 'Program', 'Pagu', 'Realisasi', '%'], [
          ['1', 'Program Peningkatan Peran Partai Politik dan Lembaga Pendidikan', 'Rp 1.250.000.000', 'Rp 980.500.000', '78,44 %'],
          ['2', 'Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan', 'Rp 350.000.000', 'Rp 350.000.000', '100,00 %'],
        ]),
      ],
    });
    const t = doc.body.find((b): b is TableView => b.type === 'TABLE');
    if (!t) throw new Error('no table');
    const w = t.columnWidths;
    expect(w[0]).toBeLessThan(40);
    expect(w[1]).toBeGreaterThan(w[2]);
    // "Rp 1.250.000.000" (16 characters at 10 pt) fits on one line.
    expect(w[2]).toBeGreaterThanOrEqual(16 * 5.5);
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBeGreaterThan(440);
    expect(t.cellAlignments[1]).toEqual(['CENTER', 'LEFT', 'RIGHT', 'RIGHT', 'RIGHT']);
    expect(t.cellAlignments[0]).toEqual(['CENTER', 'CENTER', 'CENTER', 'CENTER', 'CENTER']);
  });

  test('bullets are asked for (live Google numbers a list by default) and numbered lists stay numbered', () => {
    const { doc } = penulis.tulis({ title: 'Daftar', blocks: [list(false, ['a', 'b']), paragraph('x'), list(true, ['satu', 'dua'])] });
    const items = doc.body.flatMap((b) => (b.type === 'LIST_ITEM' ? [[b.text, b.glyphType, b.listId]] : []));
    expect(items.map(([t, g]) => [t, g])).toEqual([['a', 'BULLET'], ['b', 'BULLET'], ['satu', 'NUMBER'], ['dua', 'NUMBER']]);
    expect(items[0][2]).toBe(items[1][2]);
    expect(items[2][2]).not.toBe(items[0][2]);
  });

  test('headings and text are black Arial', () => {
    const { doc } = penulis.tulis(model);
    const runs = doc.body.flatMap((b) => (b.type === 'PARAGRAPH' ? b.runs : []));
    expect(runs.length).toBeGreaterThan(20);
    expect(runs.every((r) => r.color === '#000000')).toBe(true);
  });
});
