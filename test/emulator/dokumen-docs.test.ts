import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FakeDrive, createDocumentApp, describeDocument, type BlockView } from '../../node/emulator/document/index';
import { createUtilities } from '../../node/emulator/utilities/index';
import { Workspace } from '../../node/emulator/workspace';
import { buatDrafLkj } from '../../src/core/dokumen/lkj';
import { tableGrid } from '../../src/core/dokumen/model';
import { renderDocument } from '../../src/gas/dokumen-docs';
import { buatRekap } from '../../src/core/rekap/buat';
import type { Rekap } from '../../src/core/rekap/model';
import type { Konfigurasi } from '../../src/core/types';
import { KONFIGURASI, headings, rekapTw1, tables } from '../core/dokumen-fixture';
import { bidang, indikator, isian, pengaturan, terkirim } from '../core/rekap-fixture';

const globals = globalThis as Record<string, unknown>;
const HEADING_NAMES = ['TITLE', 'HEADING1', 'HEADING2', 'HEADING3'];

describe('DocumentApp renderer (emulator)', () => {
  const ws = new Workspace({ owner: 'kasubbag@contoh.go.id' });
  const drive = new FakeDrive(ws);
  const model = buatDrafLkj(rekapTw1(), KONFIGURASI, { tanggal: { tahun: 2026, bulan: 4, hari: 20 } });

  beforeEach(() => {
    globals.DocumentApp = createDocumentApp(ws, drive);
    globals.Utilities = createUtilities(ws);
  });
  afterEach(() => {
    delete globals.DocumentApp;
    delete globals.Utilities;
  });

  function render(draf = model): { body: BlockView[]; calls: Record<string, number> } {
    const since = ws.calls.length;
    const id = ws.run({ email: 'kasubbag@contoh.go.id' }, () => {
      // Lapkin makes the file through Drive and opens it; here DocumentApp.create stands in for that.
      const doc = DocumentApp.create(draf.title);
      renderDocument(doc, draf);
      return doc.getId();
    });
    return { body: describeDocument(drive, id).body, calls: ws.callCounts(since) };
  }

  /**
   * A TW I recap of two bidang and three sasaran with `n` indicators per bidang, realisasi spread
   * over every category (so BAB IV lists the low ones); `terisi`: the bidang wrote every part of
   * the analysis, otherwise only the penjelasan.
   */
  function rekapBesar(n: number, terisi: boolean): { rekap: Rekap; konfigurasi: Konfigurasi } {
    const sasaran = ['Sasaran A', 'Sasaran B', 'Sasaran C'];
    const ind = ['B1', 'B2'].flatMap((b) =>
      Array.from({ length: n }, (_, i) => indikator(`${b}-${i}`, { bidang: b, sasaran: sasaran[i % 3], program: `Program ${i % 2}`, pagu: 1_000_000 })),
    );
    const kata = terisi ? { faktorPendukung: 'Tim solid.', faktorPenghambat: 'Data terlambat.', upaya: 'Jadwal dipercepat.' } : {};
    const baris = (b: string): ReturnType<typeof isian>[] =>
      ind.filter((i) => i.bidang === b).map((i, k) => isian(i.kode, (k * 37) % 120, { penjelasan: 'Sesuai rencana.', ...kata }));
    const konfigurasi: Konfigurasi = { pengaturan: pengaturan(), bidang: [bidang('B1', 'Bidang Satu'), bidang('B2', 'Bidang Dua')], indikator: ind };
    const rekap = buatRekap({ konfigurasi, periode: 'TW1', tahun: 2026, bidang: [terkirim('B1', baris('B1')), terkirim('B2', baris('B2'))] });
    return { rekap, konfigurasi };
  }

  /** Every DocumentApp call of rendering the draft of `rekapBesar(n, terisi)`. */
  function panggilanDraf(n: number, terisi: boolean): number {
    const { rekap, konfigurasi } = rekapBesar(n, terisi);
    const { calls } = render(buatDrafLkj(rekap, konfigurasi, { tanggal: { tahun: 2026, bulan: 4, hari: 20 } }));
    return Object.entries(calls).filter(([key]) => key.startsWith('DocumentApp.')).reduce((sum, [, count]) => sum + count, 0);
  }

  // Apps Script stops an execution after 6 minutes and every DocumentApp call is a round trip
  // (domain.md §7): a 60 × 100 draft has 6,000 indicators, so each may cost only a call or two.
  test('a draft whose bidang wrote everything costs at most 2 DocumentApp calls more per indicator', () => {
    const kecil = panggilanDraf(6, true);
    const besar = panggilanDraf(60, true);
    const tambahanIndikator = 2 * (60 - 6);
    expect(besar).toBeGreaterThan(kecil);
    expect((besar - kecil) / tambahanIndikator).toBeLessThanOrEqual(2);
  });

  test('parts left for a person cost one marker per indicator, not one per empty part', () => {
    const kecil = panggilanDraf(6, false);
    const besar = panggilanDraf(60, false);
    // The analysis (1), its marker (editAsText, italic, highlight: 3), a bullet in BAB IV when low (1).
    expect((besar - kecil) / (2 * (60 - 6))).toBeLessThanOrEqual(5);
  });

  test('the Google Doc holds the same headings in order and the same tables as the model (and the .docx)', () => {
    const { body } = render();
    const docHeadings = body.flatMap((b) => (b.type === 'PARAGRAPH' && b.heading !== 'NORMAL' ? [[b.heading, b.text]] : []));
    expect(docHeadings).toEqual(headings(model).map((h) => [HEADING_NAMES[h.level], h.text]));
    const docTables = body.flatMap((b) => (b.type === 'TABLE' ? [b] : []));
    expect(docTables.map((t) => t.rows)).toEqual(tables(model).map(tableGrid));
    expect(docTables.every((t) => t.headerRow)).toBe(true);
  });

  test('the signature block names the configured Kepala, and the document starts with the kop', () => {
    const { body } = render();
    const text = body.flatMap((b) => (b.type === 'PARAGRAPH' ? [b.text] : []));
    expect(text[0]).toBe('PEMERINTAH KOTA PEMATANGSIANTAR');
    expect(text).toEqual(expect.arrayContaining(['Kepala Badan', 'Inali Akbar', 'NIP. 196709231993031004']));
  });

  test('tables cost a constant number of calls, never one per cell', () => {
    const { calls } = render();
    const cellCalls = Object.entries(calls).filter(([key]) => key.includes('TableCell.'));
    expect(cellCalls).toEqual([]);
    expect(calls['DocumentApp.Body.appendTable']).toBe(tables(model).length);
  });
});
