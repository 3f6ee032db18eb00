import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { modelFromDocument } from '../../node/docx/from-document';
import { readDocx } from '../../node/docx/read';
import { renderDocx } from '../../node/docx/render';
import { FakeDrive, createDocumentApp, describeDocument } from '../../node/emulator/document/index';
import { createUtilities } from '../../node/emulator/utilities/index';
import { Workspace } from '../../node/emulator/workspace';
import { buatDrafLkj } from '../../src/core/dokumen/lkj';
import { lowerBlocks } from '../../src/core/dokumen/model';
import { renderDocument } from '../../src/gas/dokumen-docs';
import { KONFIGURASI, rekapTw1 } from '../core/dokumen-fixture';

const globals = globalThis as Record<string, unknown>;

describe('modelFromDocument: the emulated Google Doc back to the document model', () => {
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

  function docOf(): ReturnType<typeof describeDocument> {
    const id = ws.run({ email: 'kasubbag@contoh.go.id' }, () => {
      // Lapkin makes the file through Drive and opens it; here DocumentApp.create stands in for that.
      const doc = DocumentApp.create(model.title);
      renderDocument(doc, model);
      return doc.getId();
    });
    return describeDocument(drive, id);
  }

  test('the LKj draft written through DocumentApp reads back as the blocks it was written from', () => {
    const back = modelFromDocument(docOf());
    expect(back.title).toBe(model.title);
    expect(back.blocks).toEqual(lowerBlocks(model.blocks));
  });

  test('the .docx made from the Doc has the same headings and table values as the Doc', async () => {
    const doc = docOf();
    const blocks = await readDocx(await renderDocx(modelFromDocument(doc)));
    const headings = (b: { kind: string }[]): unknown[] => b.filter((x) => x.kind === 'heading');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''))).toEqual(
      doc.body.flatMap((b) => (b.type === 'PARAGRAPH' && b.heading !== 'NORMAL' ? [b.text] : [])),
    );
    expect(headings(blocks).length).toBeGreaterThan(3);
    expect(blocks.flatMap((b) => (b.kind === 'table' ? [b.grid] : []))).toEqual(
      doc.body.flatMap((b) => (b.type === 'TABLE' ? [b.rows] : [])),
    );
  });
});
