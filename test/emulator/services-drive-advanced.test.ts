// The Advanced Drive service (v3) fake: what Lapkin may see and do under drive.file, Google's 404
// text for the rest, and the query subset it answers (anything else is refused, never guessed).
import { describe, expect, it } from 'vitest';
import { createDocumentApp, describeDocument } from '../../node/emulator/document';
import { FakeDrive, GOOGLE_DOCS_MIME } from '../../node/emulator/drive';
import { FOLDER_MIME, createDriveAdvanced } from '../../node/emulator/drive-advanced';
import { Emulator } from '../../node/emulator/index';
import { readManifest } from '../../node/emulator/manifest';
import { fileNotFoundMessage, insufficientScopesMessage } from '../../node/emulator/scope-table';
import { Workspace } from '../../node/emulator/workspace';

const admin = { email: 'kasubbag@contoh.go.id' };
const other = { email: 'admin2@contoh.go.id' };
const AUTH = 'https://www.googleapis.com/auth/';

function setup(scopes = ['drive.file', 'documents']) {
  const ws = new Workspace({ owner: admin.email });
  ws.grantedScopes = new Set(scopes.map((s) => AUTH + s));
  const drive = new FakeDrive(ws);
  const Drive = createDriveAdvanced(ws, drive);
  const run = <T>(fn: () => T, who = admin): T => ws.run(who, fn);
  return { ws, drive, Drive, docs: createDocumentApp(ws, drive), run };
}

/** A Google Doc the admin made by hand (a template), not through Lapkin. */
function userDoc(drive: FakeDrive, name = 'Templat LKj Kantor'): string {
  return drive.addFile(name, GOOGLE_DOCS_MIME, admin.email).id;
}

describe('Drive.Files under drive.file', () => {
  it('creates a folder and a document in it; DocumentApp opens and writes the document', () => {
    const { drive, Drive, docs, run } = setup();
    const folder = run(() => Drive.Files.create({ name: 'Lapkin – Laporan', mimeType: FOLDER_MIME }));
    expect(folder).toEqual({ kind: 'drive#file', id: folder.id, name: 'Lapkin – Laporan', mimeType: FOLDER_MIME });
    const doc = run(() => Drive.Files.create({ name: 'LKj TW I', mimeType: GOOGLE_DOCS_MIME, parents: [folder.id!] }));
    run(() => docs.openById(doc.id!).getBody().appendParagraph('BAB I'));
    expect(describeDocument(drive, doc.id!).body.map((b) => ('text' in b ? b.text : b.type))).toEqual(['', 'BAB I']);
    expect(run(() => Drive.Files.get(doc.id!, { fields: 'id,parents,trashed,webViewLink' }))).toEqual({
      id: doc.id,
      parents: [folder.id],
      trashed: false,
      webViewLink: `https://docs.google.com/document/d/${doc.id}/edit`,
    });
    // With no parents a new item goes to My Drive.
    expect(run(() => Drive.Files.get(folder.id!, { fields: 'parents' }))).toEqual({ parents: ['root'] });
  });

  it("refuses, with Google's 404 text, a document the user made, a folder made in Drive, and one DocumentApp.create made", () => {
    const { drive, Drive, docs, run } = setup();
    const template = userDoc(drive);
    const handFolder = drive.addFolder('Laporan 2026', 'root').id;
    const byDocumentApp = run(() => docs.create('Dibuat DocumentApp').getId());
    expect(() => run(() => Drive.Files.get(template))).toThrow(fileNotFoundMessage('drive.files.get', template));
    expect(() => run(() => Drive.Files.get(byDocumentApp))).toThrow(fileNotFoundMessage('drive.files.get', byDocumentApp));
    expect(() => run(() => Drive.Files.copy({ name: 'Salinan' }, template))).toThrow(fileNotFoundMessage('drive.files.copy', template));
    expect(() => run(() => Drive.Files.update({ trashed: true }, template))).toThrow(fileNotFoundMessage('drive.files.update', template));
    expect(() => run(() => Drive.Files.create({ name: 'x', mimeType: GOOGLE_DOCS_MIME, parents: [handFolder] }))).toThrow(
      fileNotFoundMessage('drive.files.create', handFolder),
    );
    expect(() => run(() => Drive.Files.get('tidak-ada'))).toThrow(fileNotFoundMessage('drive.files.get', 'tidak-ada'));
    // …and list does not show them; nothing was created or trashed.
    expect(run(() => Drive.Files.list({ q: "name = 'Templat LKj Kantor'" })).files).toEqual([]);
    expect(drive.files.get(template)?.trashed).toBe(false);
    expect(drive.files.size).toBe(2);
  });

  it("shows nobody else the app's files: the fake has no sharing", () => {
    const { Drive, run } = setup();
    const folder = run(() => Drive.Files.create({ name: 'Lapkin', mimeType: FOLDER_MIME }));
    expect(() => run(() => Drive.Files.get(folder.id!), other)).toThrow(fileNotFoundMessage('drive.files.get', folder.id!));
    expect(run(() => Drive.Files.list({ q: "name = 'Lapkin'" }), other).files).toEqual([]);
  });

  it('trashes and renames with update; a trashed file is still got, and listed unless q says trashed = false', () => {
    const { drive, Drive, run } = setup();
    const id = run(() => Drive.Files.create({ name: 'Diagnostik', mimeType: GOOGLE_DOCS_MIME })).id!;
    expect(run(() => Drive.Files.update({ trashed: true, name: 'Diagnostik (lama)' }, id))).toMatchObject({ name: 'Diagnostik (lama)' });
    expect(drive.files.get(id)?.trashed).toBe(true);
    expect(run(() => Drive.Files.get(id, { fields: 'trashed' }))).toEqual({ trashed: true });
    expect(run(() => Drive.Files.list({ q: "name = 'Diagnostik (lama)'" })).files?.map((f) => f.id)).toEqual([id]);
    expect(run(() => Drive.Files.list({ q: "name = 'Diagnostik (lama)' and trashed = false" })).files).toEqual([]);
  });

  it('copies a document the app made, body and all, next to the original unless told otherwise', () => {
    const { drive, Drive, docs, run } = setup();
    const folder = run(() => Drive.Files.create({ name: 'Lapkin', mimeType: FOLDER_MIME })).id!;
    const id = run(() => Drive.Files.create({ name: 'Asli', mimeType: GOOGLE_DOCS_MIME, parents: [folder] })).id!;
    run(() => docs.openById(id).getBody().appendParagraph('Isi asli'));
    const copy = run(() => Drive.Files.copy({}, id, { fields: 'id,name,parents' }));
    expect(copy).toMatchObject({ name: 'Copy of Asli', parents: [folder] });
    expect(describeDocument(drive, copy.id!).body).toEqual(describeDocument(drive, id).body);
    // The copy is the app's own too: it can be found and trashed.
    run(() => Drive.Files.update({ trashed: true }, copy.id!));
    expect(drive.files.get(copy.id!)?.trashed).toBe(true);
  });

  it('lists by name, parent, trashed and mimeType, with quotes and backslashes escaped as the search guide says', () => {
    const { Drive, run } = setup();
    const folder = run(() => Drive.Files.create({ name: 'Lapkin', mimeType: FOLDER_MIME })).id!;
    const make = (name: string, parents = [folder]) => run(() => Drive.Files.create({ name, mimeType: GOOGLE_DOCS_MIME, parents })).id!;
    const quoted = make("Surat Kabid's \\ 2026");
    const plain = make('Surat');
    const elsewhere = make('Surat', ['root']);
    const list = (q: string) => run(() => Drive.Files.list({ q, fields: 'files(id)' })).files?.map((f) => f.id);
    expect(list(`name = 'Surat Kabid\\'s \\\\ 2026' and '${folder}' in parents and trashed = false`)).toEqual([quoted]);
    expect(list(`name = 'Surat' and '${folder}' in parents`)).toEqual([plain]);
    expect(list("name = 'Surat'")).toEqual([plain, elsewhere]);
    expect(list(`mimeType = '${FOLDER_MIME}' and trashed = false`)).toEqual([folder]);
    expect(list(`'${folder}' in parents and mimeType != '${FOLDER_MIME}'`)).toEqual([quoted, plain]);
    // A term outside the subset is refused loudly rather than answered wrongly.
    expect(() => list("name contains 'Surat'")).toThrow(/^Drive fake: the query term "name contains 'Surat'"/);
    expect(() => list("name = 'a' or name = 'b'")).toThrow(/^Drive fake: the query term/);
    expect(() => list("name = 'tidak ditutup")).toThrow(/^Drive fake: .*unterminated/);
  });

  it('pages with pageSize and pageToken; default fields are kind, id, name and mimeType', () => {
    const { Drive, run } = setup();
    const ids = ['a', 'b', 'c'].map((name) => run(() => Drive.Files.create({ name, mimeType: GOOGLE_DOCS_MIME })).id!);
    const first = run(() => Drive.Files.list({ pageSize: 2 }));
    expect(first).toEqual({
      kind: 'drive#fileList',
      incompleteSearch: false,
      nextPageToken: first.nextPageToken,
      files: [
        { kind: 'drive#file', id: ids[0], name: 'a', mimeType: GOOGLE_DOCS_MIME },
        { kind: 'drive#file', id: ids[1], name: 'b', mimeType: GOOGLE_DOCS_MIME },
      ],
    });
    const second = run(() => Drive.Files.list({ pageSize: 2, pageToken: first.nextPageToken, fields: 'nextPageToken,files(name)' }));
    expect(second).toEqual({ files: [{ name: 'c' }] });
    expect(() => run(() => Drive.Files.get(ids[0], { fields: 'createdTime' }))).toThrow(/^Drive fake: the file field "createdTime"/);
    expect(() => run(() => Drive.Files.list({ orderBy: 'name' }))).toThrow(/^Drive fake: Files.list optional argument "orderBy"/);
  });

  it('records each call under the Drive service, writes marked', () => {
    const { ws, Drive, run } = setup();
    const since = ws.calls.length;
    const id = run(() => Drive.Files.create({ name: 'x', mimeType: GOOGLE_DOCS_MIME })).id!;
    run(() => Drive.Files.get(id));
    run(() => Drive.Files.list({ q: "trashed = false" }));
    run(() => Drive.Files.copy({}, id));
    run(() => Drive.Files.update({ trashed: true }, id));
    expect(ws.calls.slice(since).map((c) => [`${c.service}.${c.method}`, c.write])).toEqual([
      ['Drive.Files.create', true],
      ['Drive.Files.get', false],
      ['Drive.Files.list', false],
      ['Drive.Files.copy', true],
      ['Drive.Files.update', true],
    ]);
  });

  it('keeps what the app made across a save and reload (npm start persists the Drive)', () => {
    const { ws, drive, Drive, run } = setup();
    const id = run(() => Drive.Files.create({ name: 'Lapkin', mimeType: FOLDER_MIME })).id!;
    const reloaded = FakeDrive.fromJSON(ws, JSON.parse(JSON.stringify(drive.toJSON())));
    expect(run(() => createDriveAdvanced(ws, reloaded).Files.get(id, { fields: 'id,mimeType' }))).toEqual({ id, mimeType: FOLDER_MIME });
  });
});

describe('Drive.Files with a broader scope', () => {
  it('with drive.readonly the user\'s own files are visible, but writing one is refused as lacking the scope', () => {
    const { drive, Drive, run } = setup(['drive.file', 'drive.readonly', 'documents']);
    const template = userDoc(drive);
    expect(run(() => Drive.Files.get(template, { fields: 'name' }))).toEqual({ name: 'Templat LKj Kantor' });
    expect(run(() => Drive.Files.list({ q: "name = 'Templat LKj Kantor'", fields: 'files(id)' })).files).toEqual([{ id: template }]);
    expect(() => run(() => Drive.Files.update({ trashed: true }, template))).toThrow(insufficientScopesMessage('drive.files.update'));
  });

  it('with drive the user\'s files can be copied and trashed', () => {
    const { drive, Drive, run } = setup(['drive', 'documents']);
    const template = userDoc(drive);
    const copy = run(() => Drive.Files.copy({ name: 'Salinan' }, template, { fields: 'id,name' }));
    expect(copy.name).toBe('Salinan');
    run(() => Drive.Files.update({ trashed: true }, template));
    expect(drive.files.get(template)?.trashed).toBe(true);
  });
});

describe('The Drive global', () => {
  const manifest = readManifest('appsscript.json');
  it('exists only when the manifest enables the advanced Drive service v3', () => {
    const globals = (enabled: { userSymbol: string; serviceId: string; version: string }[]) =>
      new Emulator({ owner: admin.email, manifest: { ...manifest, enabledAdvancedServices: enabled } }).globals();
    expect(globals([]).Drive).toBeUndefined();
    expect('Drive' in globals([])).toBe(false);
    expect(globals([{ userSymbol: 'Drive', serviceId: 'drive', version: 'v2' }]).Drive).toBeUndefined();
    expect(globals([{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }]).Drive).toBeDefined();
  });

  it("is enabled by Lapkin's own manifest, whose scopes stay within drive.file", () => {
    expect(manifest.enabledAdvancedServices).toContainEqual({ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' });
    expect(manifest.oauthScopes).toContain(`${AUTH}drive.file`);
    expect(manifest.oauthScopes.filter((s) => [`${AUTH}drive`, `${AUTH}drive.readonly`].includes(s))).toEqual([]);
  });
});
