/**
 * The Advanced Drive service, v3 (the `Drive` global a script gets once its manifest lists
 * `{"userSymbol": "Drive", "serviceId": "drive", "version": "v3"}` under
 * `dependencies.enabledAdvancedServices`): `Drive.Files` create, get, list, update and copy, over
 * FakeDrive's store (drive.ts). https://developers.google.com/apps-script/advanced/drive
 *
 * What the app may see (https://developers.google.com/identity/protocols/oauth2/scopes#drive):
 * with `drive.file` only the files and folders the app itself made through the Drive API
 * (FileRecord.createdByApp); with `drive`, `drive.readonly` or `drive.metadata(.readonly)` every
 * file of the user (writing one the app did not make needs `drive`; without it the call is refused
 * as lacking the scope). Not visible under drive.file: whatever a person
 * made (a template, a folder made in Drive), the spreadsheet, and — the stricter reading, as it is
 * not documented — documents made by DocumentApp.create (Diagnostik checks that belief:
 * src/gas/diagnostik/cek-drive.ts). The fake has no sharing: a file is its owner's alone. An id
 * the app may not see reads as one that does not exist: Google's 404, "API call to drive.files.get
 * failed with error: File not found: <id>" (scope-table.ts).
 *
 * Scopes are checked by Workspace.record against scope-table.ts ('Drive:Files.get' …). Anything
 * this fake does not model — a q term beyond `name =`, `'<id>' in parents`, `trashed =`,
 * `mimeType =`/`!=`, a field it does not keep, an optional argument it does not know, uploaded
 * media — throws an error starting "Drive fake:", so the fake cannot silently answer wrong.
 * `fields` is honoured for the fields kept here (kind, id, name, mimeType, parents, trashed,
 * webViewLink); without it a response carries Drive's default set: kind, id, name, mimeType.
 *
 * References (v3): https://developers.google.com/drive/api/reference/rest/v3/files/create,
 * …/files/get, …/files/list, …/files/update, …/files/copy; the query language:
 * https://developers.google.com/workspace/drive/api/guides/search-files.
 */
import { GOOGLE_DOCS_MIME, ROOT_FOLDER_ID, fileUrl, type FakeDrive, type FileRecord, type FolderRecord } from './drive';
import { cloneContent, emptyContent } from './document/model';
import { fileNotFoundMessage, insufficientScopesMessage } from './scope-table';
import type { Workspace } from './workspace';

type FilesCollection = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type FileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;

export const FOLDER_MIME = 'application/vnd.google-apps.folder';

const AUTH = 'https://www.googleapis.com/auth/';
/** Scopes that show the app every file of the user (reading); `drive` also lets it write them. */
const SEE_ALL = ['drive', 'drive.readonly', 'drive.metadata', 'drive.metadata.readonly'].map((s) => AUTH + s);
const WRITE_ALL = `${AUTH}drive`;

/** v3 files.list: "pageSize … defaults to 100", at most 1000. */
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;

/** The fields a response may carry here; Drive's default set for a file is the first four. */
const KEPT_FIELDS = ['kind', 'id', 'name', 'mimeType', 'parents', 'trashed', 'webViewLink'] as const;
type KeptField = (typeof KEPT_FIELDS)[number];
const DEFAULT_FIELDS: readonly KeptField[] = ['kind', 'id', 'name', 'mimeType'];

function unsupported(what: string): Error {
  return new Error(`Drive fake: ${what} is not modelled.`);
}

type Item = { readonly kind: 'file'; readonly record: FileRecord } | { readonly kind: 'folder'; readonly record: FolderRecord };

function mimeOf(item: Item): string {
  return item.kind === 'folder' ? FOLDER_MIME : item.record.mimeType;
}
function parentOf(item: Item): string | null {
  return item.record.parentId;
}
function trashedOf(item: Item): boolean {
  return item.record.trashed === true;
}

/** The file resource with every kept field. */
function resource(item: Item): Required<Pick<DriveFile, KeptField>> {
  const { id, name } = item.record;
  const parent = parentOf(item);
  return {
    kind: 'drive#file',
    id,
    name,
    mimeType: mimeOf(item),
    parents: parent === null ? [] : [parent],
    trashed: trashedOf(item),
    webViewLink: item.kind === 'folder' ? `https://drive.google.com/drive/folders/${id}` : fileUrl(item.record),
  };
}

/** Splits a `fields` value at its top-level commas: "files(id,name),nextPageToken" → ["files(id,name)", "nextPageToken"]. */
function topLevel(fields: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= fields.length; i++) {
    const c = fields[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if ((c === ',' || c === undefined) && depth === 0) {
      parts.push(fields.slice(start, i).trim());
      start = i + 1;
    }
  }
  return parts.filter((p) => p !== '');
}

function keptFields(names: readonly string[]): KeptField[] {
  if (names.includes('*')) return [...KEPT_FIELDS];
  for (const name of names) if (!(KEPT_FIELDS as readonly string[]).includes(name)) throw unsupported(`the file field "${name}"`);
  return names as KeptField[];
}

function project(item: Item, fields: readonly KeptField[]): DriveFile {
  const full = resource(item);
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = full[f];
  return out as DriveFile;
}

/** A file response shaped by `fields` (none: Drive's default set). */
function fileResponse(item: Item, fields: unknown): DriveFile {
  return project(item, fields === undefined ? DEFAULT_FIELDS : keptFields(topLevel(String(fields))));
}

function checkArgs(method: string, args: Record<string, unknown> | undefined, known: readonly string[]): Record<string, unknown> {
  for (const key of Object.keys(args ?? {})) if (!known.includes(key)) throw unsupported(`${method} optional argument "${key}"`);
  return args ?? {};
}

function checkResource(method: string, resource: DriveFile | undefined, known: readonly string[]): DriveFile {
  for (const key of Object.keys(resource ?? {})) if (!known.includes(key)) throw unsupported(`${method} resource field "${key}"`);
  return resource ?? {};
}

function noMedia(method: string, media: unknown): void {
  if (media !== undefined && media !== null) throw unsupported(`${method} with uploaded media`);
}

// ---- the query language subset ----------------------------------------------------------------

type Term =
  | { readonly kind: 'name'; readonly value: string }
  | { readonly kind: 'parent'; readonly id: string }
  | { readonly kind: 'trashed'; readonly value: boolean }
  | { readonly kind: 'mimeType'; readonly value: string; readonly not: boolean };

/**
 * A string literal: single quotes, `\'` and `\\` escaped with a backslash ("name contains
 * 'quinn\'s paper\\essay'", search-files guide).
 */
const LITERAL = String.raw`'((?:[^'\\]|\\['\\])*)'`;
const unescape = (literal: string): string => literal.replace(/\\(['\\])/g, '$1');

/** Splits `q` at each ` and ` outside string literals. */
function conjuncts(q: string): string[] {
  const parts: string[] = [];
  let inQuote = false;
  let start = 0;
  for (let i = 0; i < q.length; i++) {
    const c = q[i];
    if (inQuote && c === '\\') i++;
    else if (c === "'") inQuote = !inQuote;
    else if (!inQuote && /^\sand\s/i.test(q.slice(i, i + 5))) {
      parts.push(q.slice(start, i).trim());
      start = i + 5;
    }
  }
  if (inQuote) throw unsupported(`the query ${JSON.stringify(q)} (an unterminated string)`);
  parts.push(q.slice(start).trim());
  return parts;
}

function parseTerm(term: string, q: string): Term {
  let m = new RegExp(`^name\\s*=\\s*${LITERAL}$`).exec(term);
  if (m) return { kind: 'name', value: unescape(m[1]) };
  m = new RegExp(`^${LITERAL}\\s+in\\s+parents$`).exec(term);
  if (m) return { kind: 'parent', id: unescape(m[1]) };
  m = /^trashed\s*=\s*(true|false)$/.exec(term);
  if (m) return { kind: 'trashed', value: m[1] === 'true' };
  m = new RegExp(`^mimeType\\s*(=|!=)\\s*${LITERAL}$`).exec(term);
  if (m) return { kind: 'mimeType', value: unescape(m[2]), not: m[1] === '!=' };
  throw unsupported(`the query term ${JSON.stringify(term)} (in q ${JSON.stringify(q)})`);
}

function matches(item: Item, term: Term): boolean {
  switch (term.kind) {
    case 'name':
      return item.record.name === term.value;
    case 'parent':
      return parentOf(item) === term.id;
    case 'trashed':
      return trashedOf(item) === term.value;
    case 'mimeType':
      return (mimeOf(item) === term.value) !== term.not;
  }
}

// ---- the service --------------------------------------------------------------------------------

export type FakeDriveFiles = Pick<FilesCollection, 'create' | 'get' | 'list' | 'update' | 'copy'>;

class FakeFiles implements FakeDriveFiles {
  constructor(
    private readonly ws: Workspace,
    private readonly drive: FakeDrive,
  ) {}

  private me(): string {
    return this.ws.current().effectiveUser.email;
  }
  private granted(scope: string): boolean {
    return this.ws.grantedScopes.has(scope);
  }

  /** Every file and folder but the root, oldest first (ids count up from one counter). */
  private items(): Item[] {
    const all: Item[] = [
      ...[...this.drive.folders.values()].filter((f) => f.id !== ROOT_FOLDER_ID).map((record): Item => ({ kind: 'folder', record })),
      ...[...this.drive.files.values()].map((record): Item => ({ kind: 'file', record })),
    ];
    const order = (item: Item) => Number(/(\d+)$/.exec(item.record.id)?.[1] ?? 0);
    return all.sort((a, b) => order(a) - order(b));
  }

  private owned(item: Item): boolean {
    return (item.record.owner ?? this.ws.owner.email) === this.me();
  }
  /** Visible to the app: its own, or (with a broad scope) any of the user's. */
  private visible(item: Item): boolean {
    return this.owned(item) && (item.record.createdByApp === true || SEE_ALL.some((s) => this.granted(s)));
  }
  private writable(item: Item): boolean {
    return this.owned(item) && (item.record.createdByApp === true || this.granted(WRITE_ALL));
  }

  private find(id: string): Item | undefined {
    const folder = this.drive.folders.get(id);
    if (folder && folder.id !== ROOT_FOLDER_ID) return { kind: 'folder', record: folder };
    const file = this.drive.files.get(id);
    return file ? { kind: 'file', record: file } : undefined;
  }

  /**
   * The item, or Google's 404 for `rest` (drive.files.get …) when it is missing or the app may not
   * see it; one it may see but not write (a user's file under drive.readonly) is refused as a call
   * lacking the scope.
   */
  private item(rest: string, id: unknown, write: boolean): Item {
    const item = this.find(String(id));
    if (!item || !this.visible(item)) throw new Error(fileNotFoundMessage(rest, String(id)));
    if (write && !this.writable(item)) throw new Error(insufficientScopesMessage(rest));
    return item;
  }

  /**
   * The parent for a new item: My Drive's root ('root', Drive's alias for it), or a folder the app
   * may write to — else the 404 naming that id, as for any file the app may not see.
   */
  private parent(rest: string, parents: readonly string[] | undefined): string {
    if (parents && parents.length > 1) throw unsupported(`${rest} with more than one parent`);
    const id = parents?.[0] ?? ROOT_FOLDER_ID;
    if (id === ROOT_FOLDER_ID) return id;
    const item = this.item(rest, id, true);
    if (item.kind !== 'folder') throw unsupported(`${rest} into a parent that is no folder`);
    return item.record.id;
  }

  private newItem(name: string, mimeType: string, parentId: string, source?: FileRecord): Item {
    const owner = this.me();
    if (mimeType === FOLDER_MIME) {
      const folder = this.drive.addFolder(name, parentId);
      Object.assign(folder, { owner, createdByApp: true, trashed: false });
      return { kind: 'folder', record: folder };
    }
    const content = source?.content ? cloneContent(source.content) : mimeType === GOOGLE_DOCS_MIME ? emptyContent() : undefined;
    const file = this.drive.addFile(name, mimeType, owner, content, parentId);
    file.createdByApp = true;
    return { kind: 'file', record: file };
  }

  /**
   * https://developers.google.com/drive/api/reference/rest/v3/files/create: metadata only (name,
   * mimeType, parents). A Google Docs mimeType makes an empty document (one empty paragraph), a
   * folder mimeType a folder; no parents puts it in My Drive.
   */
  create(resource: DriveFile, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: Record<string, unknown>): DriveFile {
    this.ws.record('Drive', 'Files.create', { write: true });
    noMedia('Files.create', mediaData);
    const args = checkArgs('Files.create', optionalArgs, ['fields']);
    const r = checkResource('Files.create', resource, ['name', 'mimeType', 'parents']);
    const parentId = this.parent('drive.files.create', r.parents);
    const item = this.newItem(String(r.name ?? 'Untitled'), String(r.mimeType ?? 'application/octet-stream'), parentId);
    return fileResponse(item, args.fields);
  }

  /** https://developers.google.com/drive/api/reference/rest/v3/files/get: metadata (trashed files too). */
  get(fileId: string): DriveFile;
  get(fileId: string, optionalArgs: Record<string, unknown> & { alt: 'media' }): string;
  get(fileId: string, optionalArgs: Record<string, unknown>): DriveFile;
  get(fileId: string, optionalArgs?: Record<string, unknown>): DriveFile | string {
    this.ws.record('Drive', 'Files.get');
    // `alt: 'media'` (the content) is refused here as an unknown argument.
    const args = checkArgs('Files.get', optionalArgs, ['fields']);
    return fileResponse(this.item('drive.files.get', fileId, false), args.fields);
  }

  /**
   * https://developers.google.com/drive/api/reference/rest/v3/files/list: the files the app may
   * see that match every term of `q`, oldest first, `pageSize` at a time. Without `trashed = false`
   * trashed files are listed too, as in Drive.
   */
  list(optionalArgs?: Record<string, unknown>): FileList {
    this.ws.record('Drive', 'Files.list');
    const args = checkArgs('Files.list', optionalArgs, ['q', 'fields', 'pageSize', 'pageToken']);
    const q = args.q === undefined ? '' : String(args.q).trim();
    const terms = q === '' ? [] : conjuncts(q).map((t) => parseTerm(t, q));
    const size = Math.min(Number(args.pageSize ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
    const from = Number(args.pageToken ?? 0);
    const found = this.items().filter((item) => this.visible(item) && terms.every((t) => matches(item, t)));
    const page = found.slice(from, from + size);
    const nextPageToken = from + size < found.length ? String(from + size) : undefined;

    let fileFields: readonly KeptField[] = DEFAULT_FIELDS;
    let top = ['kind', 'incompleteSearch', 'files', 'nextPageToken'];
    if (args.fields !== undefined) {
      top = [];
      for (const part of topLevel(String(args.fields))) {
        const m = /^files(?:\((.*)\))?$/.exec(part);
        if (m) {
          top.push('files');
          fileFields = m[1] === undefined ? KEPT_FIELDS : keptFields(topLevel(m[1]));
        } else if (['kind', 'incompleteSearch', 'nextPageToken', '*'].includes(part)) top.push(part);
        else throw unsupported(`the list field "${part}"`);
      }
      if (top.includes('*')) top = ['kind', 'incompleteSearch', 'files', 'nextPageToken'];
    }
    const full: FileList = { kind: 'drive#fileList', incompleteSearch: false, files: page.map((item) => project(item, fileFields)), nextPageToken };
    const out: Record<string, unknown> = {};
    for (const key of top) if (full[key as keyof FileList] !== undefined) out[key] = full[key as keyof FileList];
    return out as FileList;
  }

  /**
   * https://developers.google.com/drive/api/reference/rest/v3/files/update: rename, trash or
   * untrash; `addParents`/`removeParents` move (one parent at a time, as Drive now allows).
   */
  update(resource: DriveFile, fileId: string, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: Record<string, unknown>): DriveFile {
    this.ws.record('Drive', 'Files.update', { write: true });
    noMedia('Files.update', mediaData);
    const args = checkArgs('Files.update', optionalArgs, ['fields', 'addParents', 'removeParents']);
    const r = checkResource('Files.update', resource, ['name', 'trashed']);
    const item = this.item('drive.files.update', fileId, true);
    if (args.addParents !== undefined || args.removeParents !== undefined) {
      if (args.removeParents !== undefined && String(args.removeParents) !== parentOf(item)) throw unsupported('Files.update removing a parent the file does not have');
      item.record.parentId = this.parent('drive.files.update', [String(args.addParents ?? ROOT_FOLDER_ID)]);
    }
    if (r.name !== undefined) item.record.name = String(r.name);
    if (r.trashed !== undefined) item.record.trashed = Boolean(r.trashed);
    return fileResponse(item, args.fields);
  }

  /**
   * https://developers.google.com/drive/api/reference/rest/v3/files/copy: a Google Doc's copy keeps
   * its body; the name defaults to "Copy of <name>"; without `parents` the copy goes where the
   * original is when the app may write there ("inherits any discoverable parents"), else My Drive.
   */
  copy(resource: DriveFile, fileId: string, optionalArgs?: Record<string, unknown>): DriveFile {
    this.ws.record('Drive', 'Files.copy', { write: true });
    const args = checkArgs('Files.copy', optionalArgs, ['fields']);
    const r = checkResource('Files.copy', resource, ['name', 'parents']);
    const source = this.item('drive.files.copy', fileId, false);
    if (source.kind === 'folder') throw unsupported('Files.copy of a folder');
    const own = this.find(source.record.parentId);
    const inherited = own && this.writable(own) ? [own.record.id] : undefined;
    const parentId = this.parent('drive.files.copy', r.parents ?? inherited);
    const item = this.newItem(String(r.name ?? `Copy of ${source.record.name}`), source.record.mimeType, parentId, source.record);
    return fileResponse(item, args.fields);
  }
}

/** The `Drive` global: only `Files` is modelled. */
export function createDriveAdvanced(ws: Workspace, drive: FakeDrive): { readonly Files: FakeDriveFiles } {
  return { Files: new FakeFiles(ws, drive) };
}
