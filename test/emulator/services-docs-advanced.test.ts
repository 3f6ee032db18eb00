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
