/** Shared by the document tests: reading a generated Google Doc back through describeDocument. */
import { describeDocument, type BlockView, type DocumentView } from '../../node/emulator/document/index';
import type { FileRecord, FolderRecord } from '../../node/emulator/drive';
import type { Emulator } from '../../node/emulator/index';
import { ADMIN } from './helpers';

export interface DokumenHasil {
  readonly jenis: string;
  readonly nama: string;
  readonly url: string;
}

export type HasilDokumen =
  | { status: 'ok'; pesan: string; dokumen: DokumenHasil[]; catatan: string[] }
  | { status: 'ditolak' | 'masalah'; pesan: string; uraian?: string[] };

export function panggil(emu: Emulator, fungsi: string, ...args: unknown[]): HasilDokumen {
  return emu.call(ADMIN, fungsi, ...args) as HasilDokumen;
}

export function ok(hasil: HasilDokumen): Extract<HasilDokumen, { status: 'ok' }> {
  if (hasil.status !== 'ok') throw new Error(`${hasil.status}: ${hasil.pesan}`);
  return hasil;
}

function idDariUrl(url: string): string {
  const id = /\/d\/([^/]+)/.exec(url)?.[1];
  if (!id) throw new Error(`Not a Docs URL: ${url}`);
  return id;
}

export function dokumen(emu: Emulator, d: DokumenHasil): DocumentView {
  return describeDocument(emu.drive, idDariUrl(d.url));
}

/** The Drive file behind a document link. */
export function berkas(emu: Emulator, url: string): FileRecord | undefined {
  return emu.drive.files.get(idDariUrl(url));
}

/** The folder Lapkin made for `email`'s documents (the one not in the trash); throws when there is none. */
export function folderLapkin(emu: Emulator, email: string): FolderRecord {
  const folder = [...emu.drive.folders.values()].find((f) => f.createdByApp && f.owner === email && !f.trashed);
  if (!folder) throw new Error(`No Lapkin folder of ${email}`);
  return folder;
}

export type Tabel = Extract<BlockView, { type: 'TABLE' }>;
export type Paragraf = Extract<BlockView, { type: 'PARAGRAPH' | 'LIST_ITEM' }>;

export function tabel(doc: DocumentView): Tabel[] {
  return doc.body.filter((b): b is Tabel => b.type === 'TABLE');
}

export function paragraf(doc: DocumentView): Paragraf[] {
  return doc.body.filter((b): b is Paragraf => b.type === 'PARAGRAPH' || b.type === 'LIST_ITEM');
}

/** The Pengaturan row labelled `label` gets `nilai`, typed by the admin. */
export function aturPengaturan(emu: Emulator, label: string, nilai: string): void {
  const view = emu.spreadsheet.describeSheet('Pengaturan', ADMIN);
  const baris = view.cells.find((c) => c.column === 1 && c.value === label)?.row;
  if (baris === undefined) throw new Error(`No Pengaturan row "${label}"`);
  const hasil = emu.edit(ADMIN, 'Pengaturan', `B${baris}`, nilai);
  if (!hasil.ok) throw new Error(hasil.error);
}

/** The Log's rows after the header, as text. */
export function barisLog(emu: Emulator): string[][] {
  const view = emu.spreadsheet.describeSheet('Log', ADMIN);
  const rows = new Map<number, string[]>();
  for (const c of view.cells) {
    if (c.row > 1 && c.value !== null && c.value !== '') (rows.get(c.row) ?? rows.set(c.row, []).get(c.row)!)[c.column - 1] = String(c.value);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
}
