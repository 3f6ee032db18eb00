/**
 * Drive, as far as the add-on's documents and folders need: files (Google Docs with their content)
 * in folders, under one root. FakeDrive is the store; createDriveApp is the DriveApp facade.
 */
import { cloneContent, type DocumentContent } from './document/model';
import type { Workspace } from './workspace';

export const GOOGLE_DOCS_MIME = 'application/vnd.google-apps.document';
export const ROOT_FOLDER_ID = 'root';
/** DriveApp's error for an id that does not exist or that the user cannot open (as seen in real logs). */
export const NO_ITEM_MESSAGE = 'No item with the given ID could be found, or you do not have permission to access it.';

export interface FileRecord {
  readonly id: string;
  name: string;
  readonly mimeType: string;
  parentId: string;
  trashed: boolean;
  readonly owner: string;
  /** For Google Docs: the body. */
  content?: DocumentContent;
  /**
   * Made by this script through the Drive API (Drive.Files.create/copy): only such files are
   * visible to it under the drive.file scope (drive-advanced.ts). Files a person made, the
   * spreadsheet, and documents made by DocumentApp.create are not.
   */
  createdByApp?: boolean;
}

export interface FolderRecord {
  readonly id: string;
  name: string;
  parentId: string | null;
  /** Drive.Files.update({trashed}); DriveApp's fake never trashes folders. */
  trashed?: boolean;
  /** Absent for folders made by hand in a test: the spreadsheet's owner's. */
  owner?: string;
  /** As FileRecord.createdByApp. */
  createdByApp?: boolean;
}

export interface FakeDriveJson {
  readonly files: FileRecord[];
  readonly folders: FolderRecord[];
  readonly nextId: number;
}

export class FakeDrive {
  readonly files = new Map<string, FileRecord>();
  readonly folders = new Map<string, FolderRecord>([[ROOT_FOLDER_ID, { id: ROOT_FOLDER_ID, name: 'My Drive', parentId: null }]]);
  private nextId = 1;

  constructor(readonly ws: Workspace) {}

  newId(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }

  addFile(name: string, mimeType: string, owner: string, content?: DocumentContent, parentId = ROOT_FOLDER_ID): FileRecord {
    const file: FileRecord = { id: this.newId('file'), name, mimeType, parentId, trashed: false, owner, content };
    this.files.set(file.id, file);
    return file;
  }

  addFolder(name: string, parentId: string): FolderRecord {
    const folder: FolderRecord = { id: this.newId('folder'), name, parentId };
    this.folders.set(folder.id, folder);
    return folder;
  }

  /** The file, or Google's error for an id that does not exist (or is not a file). */
  file(id: string): FileRecord {
    const file = this.files.get(String(id));
    if (!file) throw new Error(NO_ITEM_MESSAGE);
    return file;
  }

  folder(id: string): FolderRecord {
    const folder = this.folders.get(String(id));
    if (!folder) throw new Error(NO_ITEM_MESSAGE);
    return folder;
  }

  toJSON(): FakeDriveJson {
    return {
      files: [...this.files.values()].map((file) => JSON.parse(JSON.stringify(file)) as FileRecord),
      folders: [...this.folders.values()].map((folder) => ({ ...folder })),
      nextId: this.nextId,
    };
  }

  static fromJSON(ws: Workspace, json: FakeDriveJson): FakeDrive {
    const drive = new FakeDrive(ws);
    for (const folder of json.folders) drive.folders.set(folder.id, { ...folder });
    for (const file of json.files) drive.files.set(file.id, JSON.parse(JSON.stringify(file)) as FileRecord);
    drive.nextId = json.nextId;
    return drive;
  }
}

export function fileUrl(file: FileRecord): string {
  return file.mimeType === GOOGLE_DOCS_MIME
    ? `https://docs.google.com/document/d/${file.id}/edit`
    : `https://drive.google.com/file/d/${file.id}/view`;
}

type FileMethods = 'getId' | 'getName' | 'setName' | 'getUrl' | 'getMimeType' | 'getParents' | 'moveTo' | 'setTrashed' | 'isTrashed' | 'makeCopy';
type FolderMethods = 'getId' | 'getName' | 'setName' | 'getUrl' | 'getFiles' | 'getFilesByName' | 'getFolders' | 'createFolder' | 'getParents';

class FakeFile implements Pick<GoogleAppsScript.Drive.File, FileMethods> {
  constructor(
    private readonly drive: FakeDrive,
    readonly id: string,
  ) {}

  private call(method: string, write = false): FileRecord {
    this.drive.ws.record('DriveApp', `File.${method}`, { write });
    return this.drive.file(this.id);
  }

  getId(): string {
    return this.call('getId').id;
  }
  getName(): string {
    return this.call('getName').name;
  }
  setName(name: string): GoogleAppsScript.Drive.File {
    this.call('setName', true).name = String(name);
    return asFile(this);
  }
  getUrl(): string {
    return fileUrl(this.call('getUrl'));
  }
  getMimeType(): string {
    return this.call('getMimeType').mimeType;
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    const file = this.call('getParents');
    return folderIterator(this.drive, [file.parentId]);
  }
  moveTo(destination: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.File {
    const file = this.call('moveTo', true);
    file.parentId = this.drive.folder(destination.getId()).id;
    return asFile(this);
  }
  setTrashed(trashed: boolean): GoogleAppsScript.Drive.File {
    this.call('setTrashed', true).trashed = Boolean(trashed);
    return asFile(this);
  }
  isTrashed(): boolean {
    return this.call('isTrashed').trashed;
  }
  /** A copy of a Google Doc keeps its body; with no name Drive calls it "Copy of <name>". */
  makeCopy(name?: string | GoogleAppsScript.Drive.Folder, destination?: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.File {
    const file = this.call('makeCopy', true);
    const folder = typeof name === 'object' ? name : destination;
    const copyName = typeof name === 'string' ? name : `Copy of ${file.name}`;
    const parentId = folder ? this.drive.folder(folder.getId()).id : file.parentId;
    const owner = this.drive.ws.current().effectiveUser.email;
    const copy = this.drive.addFile(copyName, file.mimeType, owner, file.content && cloneContent(file.content), parentId);
    return asFile(new FakeFile(this.drive, copy.id));
  }
}

class FakeFolder implements Pick<GoogleAppsScript.Drive.Folder, FolderMethods> {
  constructor(
    private readonly drive: FakeDrive,
    readonly id: string,
  ) {}

  private call(method: string, write = false): FolderRecord {
    this.drive.ws.record('DriveApp', `Folder.${method}`, { write });
    return this.drive.folder(this.id);
  }

  getId(): string {
    return this.call('getId').id;
  }
  getName(): string {
    return this.call('getName').name;
  }
  setName(name: string): GoogleAppsScript.Drive.Folder {
    this.call('setName', true).name = String(name);
    return asFolder(this);
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.call('getUrl').id}`;
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    const folder = this.call('getParents');
    return folderIterator(this.drive, folder.parentId ? [folder.parentId] : []);
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    this.call('getFiles');
    return fileIterator(this.drive, (file) => file.parentId === this.id);
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    this.call('getFilesByName');
    return fileIterator(this.drive, (file) => file.parentId === this.id && file.name === String(name));
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    this.call('getFolders');
    const children = [...this.drive.folders.values()].filter((f) => f.parentId === this.id).map((f) => f.id);
    return folderIterator(this.drive, children);
  }
  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    this.call('createFolder', true);
    return asFolder(new FakeFolder(this.drive, this.drive.addFolder(String(name), this.id).id));
  }
}

function asFile(file: FakeFile): GoogleAppsScript.Drive.File {
  return file as unknown as GoogleAppsScript.Drive.File;
}
function asFolder(folder: FakeFolder): GoogleAppsScript.Drive.Folder {
  return folder as unknown as GoogleAppsScript.Drive.Folder;
}

function iterator<T>(drive: FakeDrive, kind: string, items: T[]): { hasNext(): boolean; next(): T; getContinuationToken(): string } {
  let index = 0;
  return {
    hasNext() {
      drive.ws.record('DriveApp', `${kind}.hasNext`);
      return index < items.length;
    },
    next() {
      drive.ws.record('DriveApp', `${kind}.next`);
      // https://developers.google.com/apps-script/reference/drive/file-iterator#next()
      if (index >= items.length) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
      return items[index++];
    },
    getContinuationToken() {
      drive.ws.record('DriveApp', `${kind}.getContinuationToken`);
      return String(index);
    },
  };
}

function fileIterator(drive: FakeDrive, keep: (file: FileRecord) => boolean): GoogleAppsScript.Drive.FileIterator {
  const files = [...drive.files.values()].filter((file) => !file.trashed && keep(file));
  return iterator(drive, 'FileIterator', files.map((file) => asFile(new FakeFile(drive, file.id))));
}

function folderIterator(drive: FakeDrive, ids: string[]): GoogleAppsScript.Drive.FolderIterator {
  return iterator(drive, 'FolderIterator', ids.map((id) => asFolder(new FakeFolder(drive, id))));
}

export type FakeDriveApp = Pick<GoogleAppsScript.Drive.DriveApp, 'getFileById' | 'getFolderById' | 'getRootFolder' | 'createFolder'>;

export function createDriveApp(ws: Workspace, drive: FakeDrive): FakeDriveApp {
  return {
    getFileById(id: string) {
      ws.record('DriveApp', 'DriveApp.getFileById');
      return asFile(new FakeFile(drive, drive.file(id).id));
    },
    getFolderById(id: string) {
      ws.record('DriveApp', 'DriveApp.getFolderById');
      return asFolder(new FakeFolder(drive, drive.folder(id).id));
    },
    getRootFolder() {
      ws.record('DriveApp', 'DriveApp.getRootFolder');
      return asFolder(new FakeFolder(drive, ROOT_FOLDER_ID));
    },
    createFolder(name: string) {
      ws.record('DriveApp', 'DriveApp.createFolder', { write: true });
      return asFolder(new FakeFolder(drive, drive.addFolder(String(name), ROOT_FOLDER_ID).id));
    },
  };
}
