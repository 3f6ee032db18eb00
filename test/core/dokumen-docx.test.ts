import { describe, expect, test } from 'vitest';
import { readDocx, type DocxBlock } from '../../node/docx/read';
import { renderDocx } from '../../node/docx/render';
import { buatDrafLkj } from '../../src/core/dokumen/lkj';
import JSZip from 'jszip';
import { tableColumns, tableGrid } from '../../src/core/dokumen/model';
import { buatNotaDinas } from '../../src/core/dokumen/nota-dinas';
import { KONFIGURASI, headings, rekapTw1, tables } from './dokumen-fixture';

describe('.docx renderer', () => {
  const model = buatDrafLkj(rekapTw1(), KONFIGURASI, { tanggal: { tahun: 2026, bulan: 4, hari: 20 } });

  test('the file opens and holds the model’s headings in order and its tables cell for cell', async () => {
    const blocks = await readDocx(await renderDocx(model));
    const read = <K extends DocxBlock['kind']>(kind: K) => blocks.filter((b): b is Extract<DocxBlock, { kind: K }> => b.kind === kind);
    expect(read('heading').map((h) => [h.level, h.text])).toEqual(headings(model).map((h) => [h.level, h.text]));
    expect(read('table').map((t) => t.grid)).toEqual(tables(model).map(tableGrid));
    expect(read('table').find((t) => t.grid[0][6] === 'Kategori')?.grid[1]).toEqual(['1', 'Persentase dokumen tepat waktu', '%', '100', '85', '85,00 %', 'Tinggi', '85,00 %']);
  });

  test('the signature block and the marked gaps are in the text', async () => {
    const text = (await readDocx(await renderDocx(model))).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(text).toEqual(expect.arrayContaining(['Inali Akbar', 'NIP. 19670923 199303 1 004']));
    expect(text).toContain('[Diisi oleh penyusun: isu strategis dan permasalahan utama yang dihadapi organisasi]');
  });

  test('tables keep the Doc’s column widths, figures right-aligned, header rows repeated; pages numbered, the title in the header', async () => {
    const anggaran = tables(model).find((t) => t.header[0]?.[2] === 'Pagu');
    if (!anggaran) throw new Error('no budget table');
    const zip = await JSZip.loadAsync(await renderDocx({ title: 'Draf LKj', blocks: [anggaran] }));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const widths = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]) / 20);
    const kolom = tableColumns(anggaran);
    expect(widths).toEqual(kolom.map((k) => k.width));
    expect(widths[0]).toBeLessThan(40);
    expect(kolom.map((k) => k.align)).toEqual(['center', 'left', 'right', 'right', 'right']);
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    const body = [...rows[1].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => /<w:jc w:val="(\w+)"/.exec(m[0])?.[1]);
    expect(body).toEqual(['center', 'left', 'right', 'right', 'right']);
    const files = Object.keys(zip.files);
    const footers = await Promise.all(files.filter((f) => /word\/footer\d*\.xml/.test(f)).map((f) => zip.file(f)!.async('string')));
    // The first page's own footer is empty (the cover); the other pages' has the page number.
    const footer = footers.find((x) => x.includes('<w:t'));
    // "Halaman n dari m" as fields Word and LibreOffice fill in when they lay the pages out.
    expect(footer).toContain('Halaman ');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    const headers = await Promise.all(files.filter((f) => /word\/header\d*\.xml/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(headers.filter((x) => /<w:t[^>]*>LKj<\/w:t>/.test(x))).toHaveLength(1);
    expect(headers.filter((x) => !x.includes('<w:t'))).toHaveLength(1);
  });

  test('a footer text (a template\'s, read back from the Doc) stands before the page number', async () => {
    const zip = await JSZip.loadAsync(await renderDocx({ title: 'Draf LKj', header: 'Kop kantor', footer: 'Dokumen internal', blocks: [] }));
    const parts = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/(header|footer)\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(parts.filter((x) => x.includes('>Kop kantor</w:t>'))).toHaveLength(1);
    expect(parts.find((x) => x.includes('NUMPAGES'))).toMatch(/Dokumen internal · [\s\S]*Halaman /);
  });

  test('a letter with links and lists renders too', async () => {
    const nota = buatNotaDinas(KONFIGURASI, {
      periode: 'TW2', tahun: 2026, tanggal: { tahun: 2026, bulan: 7, hari: 1 }, batasWaktu: { tahun: 2026, bulan: 7, hari: 10 },
      tautanBidang: { B1: 'https://example.test/#gid=1' }, nomor: '',
    });
    const blocks = await readDocx(await renderDocx(nota));
    const text = blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text]));
    expect(text).toContain('NOTA DINAS');
    expect(text).toContain('Bidang Perencanaan (2 indikator): tab Bidang Perencanaan');
    expect(text).toContain('Bidang Keuangan (2 indikator): tautan belum tersedia');
  });
});
