import { describe, expect, it } from 'vitest';
import { DOCUMENT_MISSING_MESSAGE, FakeDrive, createDocumentApp, createDriveApp, describeDocument } from '../../node/emulator/document';
import { DETACHED_MESSAGE, LAST_PARAGRAPH_MESSAGE } from '../../node/emulator/document/elements';
import { NO_ITEM_MESSAGE } from '../../node/emulator/drive';
import { createUtilities } from '../../node/emulator/utilities';
import { Workspace } from '../../node/emulator/workspace';

const admin = { email: 'kasubbag@contoh.go.id' };

function setup() {
  const ws = new Workspace({ owner: admin.email });
  const drive = new FakeDrive(ws);
  return { ws, drive, docs: createDocumentApp(ws, drive), driveApp: createDriveApp(ws, drive), utilities: createUtilities(ws) };
}

describe('DocumentApp', () => {
  it('builds a report the renderer can read: headings, runs, tables, breaks, images', () => {
    const { ws, drive, docs, utilities } = setup();
    const id = ws.run(admin, () => {
      const doc = docs.create('LKj 2026');
      const body = doc.getBody();
      body.clear();
      const title = body.getParagraphs()[0];
      title.setText('BAB I PENDAHULUAN'); // returns void in Google: not chainable
      title.setHeading(docs.ParagraphHeading.HEADING1).setAlignment(docs.HorizontalAlignment.CENTER);
      const p = body.appendParagraph('Capaian: ');
      p.appendText('85,00 %').setBold(true);
      p.editAsText().setItalic(0, 6, true).setFontSize(0, 6, 12);
      body.appendListItem('Sasaran 1');
      const table = body.appendTable([
        ['Indikator', 'Target', 'Realisasi'],
        ['IKU 1', '100', '85'],
      ]);
      table.getRow(0).getCell(0).editAsText().setBold(true);
      table.getCell(0, 1).editAsText().setBold(true);
      table.getCell(0, 2).setBackgroundColor('#d9e2f3');
      table.setBorderWidth(1).setColumnWidth(0, 200);
      body.appendPageBreak();
      body.appendImage(utilities.newBlob([1, 2, 3], 'image/png', 'grafik.png'));
      doc.saveAndClose();
      return doc.getId();
    });
    const view = describeDocument(drive, id);
    expect(view.name).toBe('LKj 2026');
    expect(view.body[0]).toMatchObject({ type: 'PARAGRAPH', heading: 'HEADING1', alignment: 'CENTER', text: 'BAB I PENDAHULUAN' });
    expect(view.body[1]).toMatchObject({
      text: 'Capaian: 85,00 %',
      runs: [{ text: 'Capaian', italic: true, size: 12 }, { text: ': ' }, { text: '85,00 %', bold: true }],
    });
    expect(view.body[2]).toMatchObject({ type: 'LIST_ITEM', text: 'Sasaran 1', nestingLevel: 0 });
    expect(view.body[3]).toMatchObject({
      type: 'TABLE',
      rows: [['Indikator', 'Target', 'Realisasi'], ['IKU 1', '100', '85']],
      headerRow: true,
      borderWidth: 1,
      columnWidths: { 0: 200 },
    });
    expect(view.body.slice(5).map((b) => b.type)).toEqual(['PAGE_BREAK', 'IMAGE']);
    expect(view.body[6]).toMatchObject({ contentType: 'image/png', name: 'grafik.png', byteLength: 3 });
  });

  it('writes a whole table in one service call', () => {
    const { ws, docs } = setup();
    const grid = Array.from({ length: 30 }, (_, r) => Array.from({ length: 6 }, (_, c) => `${r}:${c}`));
    const since = ws.calls.length;
    ws.run(admin, () => docs.create('Lampiran').getBody().appendTable(grid));
    expect(ws.callCounts(since)['DocumentApp.Body.appendTable']).toBe(1);
    expect(Object.values(ws.callCounts(since)).reduce((a, b) => a + b, 0)).toBe(3);
  });

  // https://developers.google.com/apps-script/reference/document/body#replaceText(String,String):
  // the pattern is a string of regex syntax matched against each text block on its own.
  it('replaces text by regular expression within each block, tables included', () => {
    const { ws, docs } = setup();
    const text = ws.run(admin, () => {
      const body = docs.create('Templat').getBody();
      body.appendParagraph('Tahun {{TAHUN}} triwulan {{TW}}');
      body.appendTable([['{{TAHUN}}']]);
      body.replaceText('\\{\\{TAHUN\\}\\}', '2026');
      body.replaceText('\\{\\{TW\\}\\}', 'I');
      body.replaceText('a.$', 'X'); // matches per block: never across the paragraph break
      return body.getText();
    });
    expect(text).toBe('\nTahun 2026 triwulan I\n2026\n');
  });

  it('finds text and reports offsets', () => {
    const { ws, docs } = setup();
    ws.run(admin, () => {
      const body = docs.create('Cari').getBody();
      body.appendParagraph('Realisasi anggaran 92,5 %');
      const found = body.findText('\\d+,\\d');
      expect(found.getStartOffset()).toBe(19);
      expect(found.getEndOffsetInclusive()).toBe(22);
      expect(found.getElement().asText().getText()).toBe('Realisasi anggaran 92,5 %');
      expect(body.findText('tidak ada')).toBeNull();
    });
  });

  it('navigates children and keeps enums by identity', () => {
    const { ws, docs } = setup();
    ws.run(admin, () => {
      const body = docs.create('Navigasi').getBody();
      body.appendParagraph('Judul').setHeading(docs.ParagraphHeading.HEADING2);
      expect(body.getNumChildren()).toBe(2); // a new document starts with one empty paragraph
      const child = body.getChild(1);
      expect(child.getType()).toBe(docs.ElementType.PARAGRAPH);
      expect(child.asParagraph().getHeading()).toBe(docs.ParagraphHeading.HEADING2);
      expect(String(child.asParagraph().getHeading())).toBe('HEADING2');
      expect(() => body.getChild(5)).toThrow(/Child index \(5\)/);
    });
  });

  it('applies paragraph attributes keyed by DocumentApp.Attribute', () => {
    const { ws, drive, docs } = setup();
    const id = ws.run(admin, () => {
      const doc = docs.create('Atribut');
      const attributes: Record<string, unknown> = {};
      attributes[String(docs.Attribute.BOLD)] = true;
      attributes[String(docs.Attribute.FONT_SIZE)] = 14;
      attributes[String(docs.Attribute.HORIZONTAL_ALIGNMENT)] = docs.HorizontalAlignment.RIGHT;
      doc.getBody().appendParagraph('Kepala Dinas').setAttributes(attributes).setSpacingAfter(6).setLineSpacing(1.15);
      return doc.getId();
    });
    expect(describeDocument(drive, id).body[1]).toMatchObject({
      alignment: 'RIGHT',
      runs: [{ text: 'Kepala Dinas', bold: true, size: 14 }],
      spacingAfter: 6,
      lineSpacing: 1.15,
    });
  });

  it('opens documents by id and url, and fails for unknown ids with Google\'s text', () => {
    const { ws, docs } = setup();
    ws.run(admin, () => {
      const doc = docs.create('LKj');
      expect(docs.openById(doc.getId()).getName()).toBe('LKj');
      expect(docs.openByUrl(doc.getUrl()).getId()).toBe(doc.getId());
      expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
      expect(() => docs.openById('nope')).toThrow(DOCUMENT_MISSING_MESSAGE);
    });
  });

  // https://developers.google.com/apps-script/reference/document/document-app#create(String) needs the
  // documents scope, which simple triggers do not have.
  it('cannot create documents without authorization', () => {
    const { ws, docs } = setup();
    expect(() => ws.run(admin, () => docs.create('x'), { authMode: 'LIMITED' })).toThrow(
      'You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents',
    );
  });
});

describe('DocumentApp: what the LKj renderer uses', () => {
  // https://developers.google.com/apps-script/reference/document/text#setLinkUrl(Integer,Integer,String)
  // and #setBackgroundColor(Integer,Integer,String): offsets inclusive; null removes the attribute;
  // getLinkUrl()/getBackgroundColor() give null when the text holds several values.
  it('links and highlights a stretch of text, and null removes them', () => {
    const { ws, drive, docs } = setup();
    const id = ws.run(admin, () => {
      const doc = docs.create('Bukti');
      const text = doc.getBody().appendParagraph('Bukti dukung: tautan').editAsText();
      text.setLinkUrl(14, 19, 'https://drive.google.com/file/d/abc').setBackgroundColor(0, 4, '#fff2cc');
      expect(text.getLinkUrl(14)).toBe('https://drive.google.com/file/d/abc');
      expect(text.getLinkUrl(0)).toBeNull();
      expect(text.getLinkUrl()).toBeNull();
      expect(text.getBackgroundColor(2)).toBe('#fff2cc');
      const second = doc.getBody().appendParagraph('Diisi oleh penyusun').editAsText();
      second.setBackgroundColor('#fff2cc').setLinkUrl('https://contoh.go.id');
      expect(second.getBackgroundColor()).toBe('#fff2cc');
      second.setLinkUrl(null as unknown as string);
      expect(second.getLinkUrl()).toBeNull();
      return doc.getId();
    });
    const [, first, second] = describeDocument(drive, id).body;
    expect(first).toMatchObject({
      runs: [{ text: 'Bukti', background: '#fff2cc' }, { text: ' dukung: ' }, { text: 'tautan', link: 'https://drive.google.com/file/d/abc' }],
    });
    expect(second).toMatchObject({ runs: [{ text: 'Diisi oleh penyusun', background: '#fff2cc' }] });
    expect(second.type === 'PARAGRAPH' && second.runs[0].link).toBeUndefined();
  });

  // https://developers.google.com/apps-script/reference/document/table-row#editAsText()
  it('bolds a whole table row with one editAsText call, leaving the other rows plain', () => {
    const { ws, drive, docs } = setup();
    let since = 0;
    const id = ws.run(admin, () => {
      const doc = docs.create('Tabel');
      const table = doc.getBody().appendTable([
        ['No', 'Indikator', 'Capaian (%)'],
        ['1', 'Nilai SAKIP', '85,00 %'],
      ]);
      const docId = doc.getId();
      since = ws.calls.length;
      table.getRow(0).editAsText().setBold(true).setItalic(0, 1, true);
      return docId;
    });
    expect(ws.callCounts(since)).toEqual({
      'DocumentApp.Table.getRow': 1,
      'DocumentApp.TableRow.editAsText': 1,
      'DocumentApp.Text.setBold': 1,
      'DocumentApp.Text.setItalic': 1,
    });
    const table = describeDocument(drive, id).body[1];
    expect(table).toMatchObject({ type: 'TABLE', headerRow: true, boldCells: [[true, true, true], [false, false, false]] });
    expect(table.type === 'TABLE' && table.cellRuns[0][0]).toEqual([{ text: 'No', bold: true, italic: true }]);
  });

  // https://developers.google.com/apps-script/reference/document/list-item: "ListItems with the same
  // list ID belong to the same list and are numbered accordingly", wherever they stand; setListId
  // takes the item whose list to join.
  it('numbers list items as one list until a paragraph intervenes, unless setListId joins them', () => {
    const { ws, drive, docs } = setup();
    const id = ws.run(admin, () => {
      const doc = docs.create('Daftar');
      const body = doc.getBody();
      const first = body.appendListItem('BAB I PENDAHULUAN').setGlyphType(docs.GlyphType.NUMBER);
      const second = body.appendListItem('BAB II PERENCANAAN KINERJA').setGlyphType(docs.GlyphType.NUMBER);
      expect(second.getListId()).toBe(first.getListId());
      expect(second.getGlyphType()).toBe(docs.GlyphType.NUMBER);
      body.appendParagraph('Catatan');
      const apart = body.appendListItem('Bidang Keuangan');
      expect(apart.getListId()).not.toBe(first.getListId());
      // Live Google numbers an item nobody set a glyph on (issue 14); bullets must be asked for.
      expect(apart.getGlyphType()).toBe(docs.GlyphType.NUMBER);
      apart.setGlyphType(docs.GlyphType.BULLET);
      body.appendParagraph('Catatan');
      body.appendListItem('BAB III AKUNTABILITAS KINERJA').setListId(first).setGlyphType(docs.GlyphType.NUMBER);
      return doc.getId();
    });
    const items = describeDocument(drive, id).body.flatMap((b) => (b.type === 'LIST_ITEM' ? [b] : []));
    expect(items.map((b) => [b.text, b.glyphType])).toEqual([
      ['BAB I PENDAHULUAN', 'NUMBER'],
      ['BAB II PERENCANAAN KINERJA', 'NUMBER'],
      ['Bidang Keuangan', 'BULLET'],
      ['BAB III AKUNTABILITAS KINERJA', 'NUMBER'],
    ]);
    expect(new Set([items[0].listId, items[1].listId, items[3].listId]).size).toBe(1);
    expect(items[2].listId).not.toBe(items[0].listId);
  });

  // https://developers.google.com/apps-script/reference/document/paragraph#setIndentStart(Number): points.
  it('indents a paragraph from the left margin (the signature block)', () => {
    const { ws, drive, docs } = setup();
    const id = ws.run(admin, () => {
      const doc = docs.create('Surat');
      doc.getBody().appendParagraph('Kepala Badan').setIndentStart(260);
      return doc.getId();
    });
    expect(describeDocument(drive, id).body.map((b) => ('indentStart' in b ? b.indentStart : undefined))).toEqual([undefined, 260]);
  });

  // https://developers.google.com/apps-script/reference/document/inline-image#setWidth(Integer): pixels.
  it('sizes an appended image (the kop logo)', () => {
    const { ws, drive, docs, utilities } = setup();
    const id = ws.run(admin, () => {
      const doc = docs.create('Kop');
      doc.getBody().appendImage(utilities.newBlob([1, 2], 'image/png', 'logo.png')).setWidth(64).setHeight(80);
      return doc.getId();
    });
    expect(describeDocument(drive, id).body[1]).toMatchObject({ type: 'IMAGE', width: 64, height: 80 });
  });

  // https://developers.google.com/apps-script/reference/document/paragraph#removeFromParent(). A body
  // must end with a paragraph: removing its final element fails with "Can't remove the last paragraph
  // in a document section." (the text real scripts log, e.g.
  // https://github.com/brucemcpherson/gas-fakes/issues/51).
  it('removes elements from their parents, but never the last paragraph of the body', () => {
    const { ws, drive, docs } = setup();
    const id = ws.run(admin, () => {
      const doc = docs.create('Hapus');
      const body = doc.getBody();
      const only = body.getChild(0).asParagraph();
      expect(() => only.removeFromParent()).toThrow(LAST_PARAGRAPH_MESSAGE);
      body.appendParagraph('Judul');
      const removed = body.getChild(0).removeFromParent();
      expect(removed.asParagraph().getText()).toBe('');
      const table = body.appendTable([['a', 'b'], ['c', 'd'], ['e', 'f']]);
      table.getRow(1).removeFromParent();
      table.getCell(0, 1).removeFromParent();
      body.appendPageBreak().removeFromParent();
      const last = body.getChild(body.getNumChildren() - 1);
      expect(() => last.removeFromParent()).toThrow(LAST_PARAGRAPH_MESSAGE);
      const doomed = body.appendTable([['x']]);
      body.appendParagraph('Penutup');
      doomed.removeFromParent();
      return doc.getId();
    });
    const view = describeDocument(drive, id).body;
    expect(view.map((b) => (b.type === 'TABLE' ? b.rows : b.type === 'PARAGRAPH' ? b.text : b.type))).toEqual([
      'Judul',
      [['a'], ['e', 'f']],
      '',
      '', // the page break went; its paragraph stays
      '',
      'Penutup',
    ]);
  });
});

describe('DocumentApp: inserting at a child index (filling a custom template)', () => {
  /** The body as one line per child: a paragraph's text, or the element's type. */
  const outline = (drive: FakeDrive, id: string) =>
    describeDocument(drive, id).body.map((b) => (b.type === 'PARAGRAPH' || b.type === 'LIST_ITEM' ? b.text : b.type));

  // https://developers.google.com/apps-script/reference/document/body#insertTable(Integer,String),
  // #insertParagraph(Integer,String), #insertListItem(Integer,String), #insertPageBreak(Integer),
  // #insertHorizontalRule(Integer), #insertImage(Integer,BlobSource): each creates its element at
  // the index, and the children from there on move down. A page break, rule or image is a leaf in
  // a new paragraph of its own (gas-fakes checks this against live Apps Script:
  // https://github.com/brucemcpherson/gas-fakes/blob/main/test/testdocsnext.js).
  it('puts each inserted element at its index, between the children around it', () => {
    const { ws, drive, docs, utilities } = setup();
    const id = ws.run(admin, () => {
      const doc = docs.create('Sisip');
      const body = doc.getBody();
      body.getChild(0).asParagraph().setText('Pembuka');
      body.appendParagraph('Penutup');
      body.insertTable(1, [['Indikator', 'Capaian'], ['IKU 1', '85,00 %']]);
      body.insertParagraph(1, 'Tabel 3.1');
      body.insertListItem(3, 'Faktor pendukung').setGlyphType(docs.GlyphType.NUMBER);
      body.insertPageBreak(4);
      body.insertHorizontalRule(5);
      body.insertImage(6, utilities.newBlob([1, 2], 'image/png', 'grafik.png'));
      return doc.getId();
    });
    expect(outline(drive, id)).toEqual(['Pembuka', 'Tabel 3.1', 'TABLE', 'Faktor pendukung', 'PAGE_BREAK', 'HORIZONTAL_RULE', 'IMAGE', 'Penutup']);
    expect(describeDocument(drive, id).body[2]).toMatchObject({ rows: [['Indikator', 'Capaian'], ['IKU 1', '85,00 %']] });
  });

  it('inserts a whole table in one service call, and keeps a paragraph after a table inserted last', () => {
    const { ws, drive, docs } = setup();
    const grid = Array.from({ length: 30 }, (_, r) => Array.from({ length: 6 }, (_, c) => `${r}:${c}`));
    let since = 0;
    const id = ws.run(admin, () => {
      const doc = docs.create('Lampiran');
      const body = doc.getBody();
      const docId = doc.getId();
      since = ws.calls.length;
      body.insertTable(1, grid);
      return docId;
    });
    expect(ws.callCounts(since)).toEqual({ 'DocumentApp.Body.insertTable': 1 });
    expect(outline(drive, id)).toEqual(['', 'TABLE', '']);
  });

  // The text gas-fakes checks against live Apps Script (testdocsnext.js, "Body.insertParagraph method").
  it('refuses an index beyond the children with Google\'s text', () => {
    const { ws, docs } = setup();
    ws.run(admin, () => {
      const body = docs.create('Batas').getBody();
      expect(() => body.insertParagraph(99, 'x')).toThrow('Child index (99) must be less than or equal to the number of child elements (1).');
      expect(() => body.insertTable(-1, [['x']])).toThrow(/Child index \(-1\)/);
      expect(body.insertParagraph(1, 'di akhir').getText()).toBe('di akhir'); // the count itself appends
    });
  });

  // https://developers.google.com/apps-script/reference/document/paragraph#copy(): "a detached, deep
  // copy"; inserting an element still in the document fails with "Element must be detached."
  // (gas-fakes' live-checked tests, testdocsnext.js: "Body.appendTable and Body.insertTable").
  it('copies a paragraph with its styling into another place, and refuses an element still attached', () => {
    const { ws, drive, docs } = setup();
    const id = ws.run(admin, () => {
      const doc = docs.create('Salin');
      const body = doc.getBody();
      const source = body.appendParagraph('Catatan: angka sementara.').setHeading(docs.ParagraphHeading.HEADING2);
      source.editAsText().setBold(0, 7, true);
      const copy = source.copy();
      copy.editAsText().setItalic(true); // the copy is its own: the source stays upright
      const placed = body.insertParagraph(1, copy);
      expect(placed.getText()).toBe('Catatan: angka sementara.');
      expect(() => body.insertParagraph(0, source)).toThrow(DETACHED_MESSAGE);
      const table = body.appendTable([['a', 'b']]);
      body.insertTable(0, table.copy());
      expect(() => body.insertTable(0, table)).toThrow(DETACHED_MESSAGE);
      return doc.getId();
    });
    const view = describeDocument(drive, id).body;
    expect(view.map((b) => b.type)).toEqual(['TABLE', 'PARAGRAPH', 'PARAGRAPH', 'PARAGRAPH', 'TABLE', 'PARAGRAPH']);
    expect(view[2]).toMatchObject({
      heading: 'HEADING2',
      runs: [{ text: 'Catatan:', bold: true, italic: true }, { text: ' angka sementara.', italic: true }],
    });
    expect(view[3]).toMatchObject({ heading: 'HEADING2', runs: [{ text: 'Catatan:', bold: true }, { text: ' angka sementara.' }] });
    expect(view[0]).toMatchObject({ rows: [['a', 'b']] });
  });

  // https://developers.google.com/apps-script/reference/document/body#findText(String,RangeElement)
  // and #getChildIndex(Element): a hit's element is a Text whose parent is the paragraph holding it.
  it('finds each marker in turn and tells which child holds it', () => {
    const { ws, docs } = setup();
    ws.run(admin, () => {
      const body = docs.create('Penanda').getBody();
      body.appendParagraph('{{#tabel_capaian}}');
      body.appendTable([['{{#tabel_capaian}} in a cell is not searched here']]);
      body.appendParagraph('Lihat {{#tabel_capaian}} dan {{#tabel_capaian}}');
      const hits: Array<[number, number, number]> = [];
      for (let hit = body.findText('\\{\\{#tabel_capaian\\}\\}'); hit; hit = body.findText('\\{\\{#tabel_capaian\\}\\}', hit)) {
        const paragraph = hit.getElement().asText().getParent();
        hits.push([body.getChildIndex(paragraph), hit.getStartOffset(), hit.getEndOffsetInclusive()]);
      }
      expect(hits).toEqual([[1, 0, 17], [4, 6, 23], [4, 29, 46]]);
      expect(() => body.getChildIndex(body.appendParagraph('x').copy())).toThrow('Invalid argument: child');
    });
  });
});

describe('DriveApp', () => {
  // Every DriveApp method lists only drive / drive.readonly (scope-table.ts); Lapkin's manifest grants
  // neither, so these semantics are exercised with the drive scope granted for the test alone.
  const withDrive = () => {
    const env = setup();
    env.ws.grantedScopes = new Set([...env.ws.grantedScopes, 'https://www.googleapis.com/auth/drive']);
    return env;
  };

  it("refuses every call under Lapkin's manifest with Google's permission error", () => {
    const { ws, driveApp } = setup();
    expect(() => ws.run(admin, () => driveApp.getRootFolder())).toThrow(
      'Specified permissions are not sufficient to call DriveApp.getRootFolder. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
    );
    expect(() => ws.run(admin, () => driveApp.createFolder('x'))).toThrow(/Required permissions: https:\/\/www\.googleapis\.com\/auth\/drive$/);
  });

  it('copies a document with its body into a folder, and moves and trashes files', () => {
    const { ws, drive, docs, driveApp } = withDrive();
    const copyId = ws.run(admin, () => {
      const doc = docs.create('Templat LKj');
      doc.getBody().appendParagraph('Isi templat');
      const folder = driveApp.getRootFolder().createFolder('Arsip 2026');
      const copy = driveApp.getFileById(doc.getId()).makeCopy('LKj Q1', folder);
      expect(copy.getParents().next().getName()).toBe('Arsip 2026');
      expect(folder.getFilesByName('LKj Q1').hasNext()).toBe(true);
      doc.getBody().appendParagraph('hanya di templat');
      const original = driveApp.getFileById(doc.getId());
      original.moveTo(folder);
      original.setTrashed(true);
      const names: string[] = [];
      const files = folder.getFiles();
      while (files.hasNext()) names.push(files.next().getName());
      expect(names).toEqual(['LKj Q1']);
      return copy.getId();
    });
    expect(describeDocument(drive, copyId).body.map((b) => ('text' in b ? b.text : b.type))).toEqual(['', 'Isi templat']);
  });

  it("fails for unknown ids with Drive's text", () => {
    const { ws, driveApp } = withDrive();
    expect(() => ws.run(admin, () => driveApp.getFileById('nope'))).toThrow(NO_ITEM_MESSAGE);
    expect(() => ws.run(admin, () => driveApp.getFolderById('nope'))).toThrow(NO_ITEM_MESSAGE);
  });

  it('round-trips files, folders and document bodies through JSON', () => {
    const { ws, drive, docs } = setup();
    const id = ws.run(admin, () => {
      const doc = docs.create('Simpan');
      doc.getBody().appendTable([['a', 'b']]);
      return doc.getId();
    });
    const copy = FakeDrive.fromJSON(ws, JSON.parse(JSON.stringify(drive.toJSON())));
    expect(describeDocument(copy, id)).toEqual(describeDocument(drive, id));
    const next = ws.run(admin, () => createDocumentApp(ws, copy).create('Baru').getId());
    expect(next).not.toBe(id);
  });
});
