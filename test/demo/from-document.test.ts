import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { modelFromDocument } from '../../node/docx/from-document';
import { readDocx } from '../../node/docx/read';
import { renderDocx } from '../../node/docx/render';
import { buatDrafLkj } from '../../src/core/dokumen/lkj';
import { headerText, lowerBlocks, tableColumns } from '../../src/core/dokumen/model';
import { KONFIGURASI, rekapTw1 } from '../core/dokumen-fixture';
import { penulisDokumen } from '../emulator/dokumen-tulis';

describe('modelFromDocument: the emulated Google Doc back to the document model', () => {
  const penulis = penulisDokumen();
  const model = buatDrafLkj(rekapTw1(), KONFIGURASI, { tanggal: { tahun: 2026, bulan: 4, hari: 20 } });
  const docOf = () => penulis.tulis(model).doc;

  test('the LKj draft written through the Docs API reads back as the blocks it was written from, column layout included', () => {
    const back = modelFromDocument(docOf());
    expect(back.title).toBe(model.title);
    expect(back.header).toBe(headerText(model));
    expect(back.blocks).toEqual(lowerBlocks(model.blocks).map((b) => (b.kind === 'table' ? { ...b, columns: tableColumns(b) } : b)));
  });

  test('the chart of capaian per sasaran is the same picture in the Google Doc and in the .docx', async () => {
    const doc = docOf();
    const gambar = doc.body.flatMap((b) => (b.type === 'IMAGE' ? [b] : []));
    expect(gambar).toHaveLength(1);
    expect(gambar[0].contentType).toBe('image/png');
    const grafik = lowerBlocks(model.blocks).find((b) => b.kind === 'image');
    expect(gambar[0].base64).toBe(grafik?.kind === 'image' ? grafik.base64 : '');
    const zip = await JSZip.loadAsync(await renderDocx(modelFromDocument(doc)));
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect((await zip.file(media[0])!.async('nodebuffer')).toString('base64')).toBe(gambar[0].base64);
  });

  test('the .docx made from the Doc carries the Doc\'s header text, and adds the page numbers the Doc cannot have', async () => {
    const doc = docOf();
    const zip = await JSZip.loadAsync(await renderDocx(modelFromDocument(doc)));
    const part = async (pattern: RegExp) => (await zip.file(Object.keys(zip.files).find((f) => pattern.test(f)) ?? '')?.async('string')) ?? '';
    const kepala = doc.header?.[0];
    expect(kepala && 'text' in kepala ? kepala.text : '').toBe(headerText(model));
    expect(await part(/^word\/header\d*\.xml$/)).toContain(`>${headerText(model)}</w:t>`);
    const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(footers.filter((x) => /PAGE[\s\S]*NUMPAGES/.test(x))).toHaveLength(1);
    // Like the Doc, the first page (the cover) has its own header and footer, both empty.
    expect(await part(/^word\/document\.xml$/)).toContain('<w:titlePg/>');
    expect(footers.filter((x) => !x.includes('<w:t'))).toHaveLength(1);
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
