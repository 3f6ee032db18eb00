// The Advanced Docs service (v1) fake: documents.batchUpdate applies a request list atomically with
// the Docs API's indexes, refuses without a granted scope, and exists only when the manifest enables it.
import { describe, expect, it } from 'vitest';
import { createDocsAdvanced } from '../../node/emulator/docs-advanced';
import { describeDocument } from '../../node/emulator/document';
import { emptyContent } from '../../node/emulator/document/model';
import { FakeDrive, GOOGLE_DOCS_MIME } from '../../node/emulator/drive';
import { Emulator } from '../../node/emulator/index';
import { readManifest } from '../../node/emulator/manifest';
import { insufficientScopesMessage } from '../../node/emulator/scope-table';
import { Workspace } from '../../node/emulator/workspace';

const admin = { email: 'kasubbag@contoh.go.id' };
const AUTH = 'https://www.googleapis.com/auth/';

function setup(scopes = ['documents', 'drive.file']) {
  const ws = new Workspace({ owner: admin.email });
  ws.grantedScopes = new Set(scopes.map((s) => AUTH + s));
  const drive = new FakeDrive(ws);
  const Docs = createDocsAdvanced(ws, drive);
  const id = drive.addFile('LKj', GOOGLE_DOCS_MIME, admin.email, emptyContent()).id;
  const run = <T>(fn: () => T): T => ws.run(admin, fn);
  return { ws, drive, Docs, id, run };
}

describe('Docs.Documents.batchUpdate', () => {
  it('writes paragraphs, a table filled last cell first, and styles by the final indexes', () => {
    const { drive, Docs, id, run } = setup();
    // "Judul\n" [1, 7); the table is inserted at the newline of "Judul" (index 6), so it starts at 7:
    // row 8, cell 9, its paragraph 10; cell (0,1) at 12; row 2 at 13, cell (1,0) paragraph at 15, (1,1) at 17.
    run(() =>
      Docs.Documents.batchUpdate(
        {
          requests: [
            { insertText: { location: { index: 1 }, text: 'Judul\n' } },
            { insertTable: { rows: 2, columns: 2, location: { index: 6 } } },
            { insertText: { location: { index: 17 }, text: '12' } },
            { insertText: { location: { index: 15 }, text: 'A' } },
            { insertText: { location: { index: 12 }, text: 'Nilai' } },
            { insertText: { location: { index: 10 }, text: 'No' } },
            { updateParagraphStyle: { range: { startIndex: 1, endIndex: 7 }, paragraphStyle: { namedStyleType: 'HEADING_1', alignment: 'CENTER' }, fields: 'namedStyleType,alignment' } },
            // (1,1) is now at 17 + 2 + 5 + 1 = 25.
            { updateParagraphStyle: { range: { startIndex: 25, endIndex: 28 }, paragraphStyle: { alignment: 'END' }, fields: 'alignment' } },
            { updateTextStyle: { range: { startIndex: 10, endIndex: 12 }, textStyle: { bold: true }, fields: 'bold' } },
          ] as GoogleAppsScript.Docs.Schema.Request[],
        },
        id,
      ),
    );
    const body = describeDocument(drive, id).body;
    expect(body.map((b) => b.type)).toEqual(['PARAGRAPH', 'TABLE', 'PARAGRAPH', 'PARAGRAPH']);
    const [judul, tabel] = body;
    expect(judul).toMatchObject({ heading: 'HEADING1', alignment: 'CENTER', text: 'Judul' });
    if (tabel.type !== 'TABLE') throw new Error('no table');
    expect(tabel.rows).toEqual([['No', 'Nilai'], ['A', '12']]);
    expect(tabel.cellAlignments[1]).toEqual(['LEFT', 'RIGHT']);
    expect(tabel.boldCells[0]).toEqual([true, false]);
  });

  it('applies nothing when one request is invalid, with the Docs API\'s error text', () => {
    const { drive, Docs, id, run } = setup();
    expect(() =>
      run(() =>
        Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'Ada\n' } }, { insertText: { location: { index: 40 }, text: 'x' } }] }, id),
      ),
    ).toThrow('API call to docs.documents.batchUpdate failed with error: Invalid requests[1].insertText: Index 40 must be less than the end index of the referenced segment, 6.');
    expect(describeDocument(drive, id).body.map((b) => ('text' in b ? b.text : b.type))).toEqual(['']);
  });

  it('refuses what it does not model rather than guessing', () => {
    const { Docs, id, run } = setup();
    expect(() => run(() => Docs.Documents.batchUpdate({ requests: [{ replaceAllText: { replaceText: 'x', containsText: { text: 'y' } } }] }, id))).toThrow(/Docs fake: the request replaceAllText is not modelled/);
  });

  it('needs documents, drive or drive.file (the reference page\'s Authorization scopes)', () => {
    const { Docs, id, run } = setup(['spreadsheets.currentonly']);
    expect(() => run(() => Docs.Documents.batchUpdate({ requests: [] }, id))).toThrow(insufficientScopesMessage('docs.documents.batchupdate'));
  });

  const manifest = readManifest('appsscript.json');
  it("exists only when the manifest enables the advanced Docs service v1, as Lapkin's does", () => {
    expect(manifest.enabledAdvancedServices).toContainEqual({ userSymbol: 'Docs', serviceId: 'docs', version: 'v1' });
    const without = manifest.enabledAdvancedServices.filter((s) => s.userSymbol !== 'Docs');
    expect(new Emulator({ owner: admin.email, manifest: { ...manifest, enabledAdvancedServices: without } }).globals().Docs).toBeUndefined();
    expect(new Emulator({ owner: admin.email, manifest }).globals().Docs).toBeDefined();
  });
});

describe('Docs headers and footers (createHeader, createFooter, segmentId)', () => {
  type Req = GoogleAppsScript.Docs.Schema.Request;
  const header = { createHeader: { type: 'DEFAULT' } } as Req;

  it('creates a default header, answers its id, and a later batch writes into it from index 0', () => {
    const { drive, Docs, id, run } = setup();
    const reply = run(() => Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'Isi' } }, header] }, id));
    const headerId = (reply.replies?.[1] as { createHeader?: { headerId: string } }).createHeader?.headerId ?? '';
    expect(headerId).not.toBe('');
    run(() =>
      Docs.Documents.batchUpdate(
        {
          requests: [
            { insertText: { location: { segmentId: headerId, index: 0 }, text: 'LKj 2026' } },
            { updateParagraphStyle: { range: { segmentId: headerId, startIndex: 0, endIndex: 9 }, paragraphStyle: { alignment: 'END' }, fields: 'alignment' } },
          ],
        },
        id,
      ),
    );
    const doc = describeDocument(drive, id);
    expect(doc.header).toMatchObject([{ type: 'PARAGRAPH', text: 'LKj 2026', alignment: 'RIGHT' }]);
    expect(doc.body).toMatchObject([{ text: 'Isi' }]);
    expect(doc.footer).toBeUndefined();
  });

  it('refuses a second default header or footer, and applies nothing of that batch', () => {
    const { drive, Docs, id, run } = setup();
    run(() => Docs.Documents.batchUpdate({ requests: [header, { createFooter: { type: 'DEFAULT' } } as Req] }, id));
    expect(() => run(() => Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'x' } }, header] }, id))).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].createHeader: A default header already exists.',
    );
    expect(() => run(() => Docs.Documents.batchUpdate({ requests: [{ createFooter: { type: 'DEFAULT' } } as Req] }, id))).toThrow(/Invalid requests\[0\]\.createFooter/);
    expect(describeDocument(drive, id).body).toMatchObject([{ text: '' }]);
  });

  it('refuses a header id in the batch that creates it (the id is not known yet) and any id the document lacks', () => {
    const { Docs, id, run } = setup();
    expect(() =>
      run(() => Docs.Documents.batchUpdate({ requests: [header, { insertText: { location: { segmentId: 'kix.kepala', index: 0 }, text: 'x' } }] }, id)),
    ).toThrow('Invalid requests[1].insertText: The segment ID kix.kepala does not exist in the document.');
  });

  it('refuses a page break in a header ("Page breaks cannot be inserted inside … header or footer") and an index past the header\'s end', () => {
    const { Docs, id, run } = setup();
    const reply = run(() => Docs.Documents.batchUpdate({ requests: [header] }, id));
    const headerId = (reply.replies?.[0] as { createHeader: { headerId: string } }).createHeader.headerId;
    expect(() => run(() => Docs.Documents.batchUpdate({ requests: [{ insertPageBreak: { location: { segmentId: headerId, index: 0 } } }] }, id))).toThrow(
      /Page breaks cannot be inserted inside a table, equation, footnote, header or footer/,
    );
    expect(() => run(() => Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { segmentId: headerId, index: 1 }, text: 'x' } }] }, id))).toThrow(
      'Index 1 must be less than the end index of the referenced segment, 1.',
    );
  });
});

describe('Docs deleteContentRange (a template marker\'s text)', () => {
  it('deletes text inside one paragraph and moves what follows back; a range across paragraphs is not modelled', () => {
    const { drive, Docs, id, run } = setup();
    run(() =>
      Docs.Documents.batchUpdate(
        { requests: [{ insertText: { location: { index: 1 }, text: 'Lihat {{#tabel}} ini\nAkhir' } }, { deleteContentRange: { range: { startIndex: 7, endIndex: 18 } } }, { insertText: { location: { index: 12 }, text: '!' } }] },
        id,
      ),
    );
    expect(describeDocument(drive, id).body.map((b) => ('text' in b ? b.text : ''))).toEqual(['Lihat ini', 'A!khir']);
    expect(() => run(() => Docs.Documents.batchUpdate({ requests: [{ deleteContentRange: { range: { startIndex: 3, endIndex: 13 } } }] }, id))).toThrow(
      /Docs fake: deleteContentRange beyond one paragraph's text is not modelled/,
    );
  });
});

describe('Docs.Documents.get', () => {
  it('gives each structural element its start and end index, a table\'s rows and cells, list items\' listId, the header by id', () => {
    const { Docs, id, run } = setup();
    const reply = run(() =>
      Docs.Documents.batchUpdate(
        {
          requests: [
            { insertText: { location: { index: 1 }, text: 'Judul\n' } },
            { insertTable: { rows: 1, columns: 2, location: { index: 6 } } },
            { insertText: { location: { index: 14 }, text: 'Butir' } },
            { createParagraphBullets: { range: { startIndex: 14, endIndex: 20 }, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } },
            { insertText: { location: { index: 10 }, text: 'A' } },
            { createHeader: { type: 'DEFAULT' } } as GoogleAppsScript.Docs.Schema.Request,
          ],
        },
        id,
      ),
    );
    const headerId = (reply.replies?.[5] as { createHeader: { headerId: string } }).createHeader.headerId;
    const doc = run(() => Docs.Documents.get(id));
    const content = doc.body?.content ?? [];
    expect(content.map((e) => [e.startIndex ?? 0, e.endIndex, Object.keys(e).find((k) => !k.endsWith('Index'))])).toEqual([
      [0, 1, 'sectionBreak'],
      [1, 7, 'paragraph'],
      [7, 14, 'table'],
      // The table splits "Judul\n" at its newline: the rest is an empty paragraph after the table.
      [14, 15, 'paragraph'],
      [15, 21, 'paragraph'],
    ]);
    const cells = content[2].table?.tableRows?.[0].tableCells ?? [];
    expect(cells.map((c) => [c.startIndex, c.endIndex])).toEqual([[9, 12], [12, 14]]);
    expect(content[4].paragraph?.bullet?.listId).toBeTruthy();
    expect(content[3].paragraph?.bullet).toBeUndefined();
    expect(doc.documentStyle?.defaultHeaderId).toBe(headerId);
    const headers = doc.headers as Record<string, GoogleAppsScript.Docs.Schema.Header>;
    expect(headers[headerId].content?.map((e) => [e.startIndex ?? 0, e.endIndex])).toEqual([[0, 1]]);
  });

  it('needs a Docs scope (documents, documents.readonly, drive, drive.file or drive.readonly)', () => {
    const { Docs, id, run } = setup(['spreadsheets.currentonly']);
    expect(() => run(() => Docs.Documents.get(id))).toThrow(insufficientScopesMessage('docs.documents.get'));
  });
});
