import { describe, expect, it } from 'vitest';
import { documentHtml } from '../../node/local/document-html';
import type { DocumentModel } from '../../src/core/dokumen/model';

const XSS = '<img src=x onerror=alert(1)>';

const model: DocumentModel = {
  title: `LKj ${XSS}`,
  blocks: [
    { kind: 'heading', level: 1, text: 'BAB III AKUNTABILITAS KINERJA' },
    { kind: 'paragraph', runs: [{ text: 'Bukti: ' }, { text: 'folder', link: 'https://drive.google.com/x' }, { text: ' jahat', link: 'javascript:alert(1)' }] },
    { kind: 'paragraph', runs: [{ text: '[Diisi oleh penyusun: analisis]', italic: true, highlight: true }] },
    { kind: 'table', header: [['No', 'Bidang', 'Capaian']], rows: [{ kind: 'group', label: 'Sasaran 1' }, { kind: 'cells', cells: ['1', XSS, '85,00 %'] }] },
  ],
};

describe('documentHtml', () => {
  it('shows what the document says: headings, tables with group rows, highlighted text to write', () => {
    const html = documentHtml('file-7', model);
    expect(html).toContain('<h2>BAB III AKUNTABILITAS KINERJA</h2>');
    expect(html).toContain('<tr class="group"><td colspan="3">Sasaran 1</td></tr>');
    expect(html).toContain('<td>85,00 %</td>');
    expect(html).toContain('<mark><i>[Diisi oleh penyusun: analisis]</i></mark>');
    expect(html).toContain('href="/doc/file-7.docx"');
  });

  it('keeps user text as text and links only to http(s)', () => {
    const html = documentHtml('file-7', model);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('href="https://drive.google.com/x"');
    expect(html).not.toContain('javascript:');
  });
});
