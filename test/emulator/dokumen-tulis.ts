/**
 * Writes a document model into an emulated Google Doc the way Lapkin does (src/gas/dokumen-docs-api.ts:
 * one Docs.Documents.batchUpdate, then DocumentApp for images and rules), with the services as
 * globals only while it runs. Returns the Doc as describeDocument reads it and the calls made.
 */
import { createDocsAdvanced } from '../../node/emulator/docs-advanced';
import { FakeDrive, createDocumentApp, describeDocument, type DocumentView } from '../../node/emulator/document/index';
import { GOOGLE_DOCS_MIME } from '../../node/emulator/drive';
import { emptyContent } from '../../node/emulator/document/model';
import { createUtilities } from '../../node/emulator/utilities/index';
import { Workspace } from '../../node/emulator/workspace';
import type { DocumentModel } from '../../src/core/dokumen/model';
import { tulisDokumen } from '../../src/gas/dokumen-docs-api';

const PENYUSUN = 'kasubbag@contoh.go.id';

export interface PenulisDokumen {
  readonly ws: Workspace;
  readonly drive: FakeDrive;
  tulis(model: DocumentModel): { readonly doc: DocumentView; readonly calls: Record<string, number> };
}

export function penulisDokumen(): PenulisDokumen {
  const ws = new Workspace({ owner: PENYUSUN });
  ws.grantedScopes = new Set(['https://www.googleapis.com/auth/documents', 'https://www.googleapis.com/auth/drive.file']);
  const drive = new FakeDrive(ws);
  const globals = globalThis as Record<string, unknown>;
  return {
    ws,
    drive,
    tulis(model) {
      // Lapkin makes the file with Drive.Files.create; an empty Google Doc of the user stands in for it.
      const file = drive.addFile(model.title, GOOGLE_DOCS_MIME, PENYUSUN, emptyContent());
      const since = ws.calls.length;
      Object.assign(globals, { Docs: createDocsAdvanced(ws, drive), DocumentApp: createDocumentApp(ws, drive), Utilities: createUtilities(ws) });
      try {
        ws.run({ email: PENYUSUN }, () => tulisDokumen(file.id, model));
      } finally {
        delete globals.Docs;
        delete globals.DocumentApp;
        delete globals.Utilities;
      }
      return { doc: describeDocument(drive, file.id), calls: ws.callCounts(since) };
    },
  };
}
