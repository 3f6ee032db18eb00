import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FakeDrive, createDocumentApp, describeDocument, type BlockView } from '../../node/emulator/document/index';
import { createUtilities } from '../../node/emulator/utilities/index';
import { Workspace } from '../../node/emulator/workspace';
import { buatDrafLkj } from '../../src/core/dokumen/lkj';
import { tableGrid } from '../../src/core/dokumen/model';
import { createDocument } from '../../src/gas/dokumen-docs';
import { KONFIGURASI, headings, rekapTw1, tables } from '../core/dokumen-fixture';

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

  function render(): { body: BlockView[]; calls: Record<string, number> } {
    const since = ws.calls.length;
    const id = ws.run({ email: 'kasubbag@contoh.go.id' }, () => createDocument(model).getId());
    return { body: describeDocument(drive, id).body, calls: ws.callCounts(since) };
  }

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
