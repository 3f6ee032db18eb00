/**
 * DocumentApp over FakeDrive: documents are Drive files whose content is a tree of plain records
 * (model.ts). describeDocument reads that tree as JSON without making (or counting) calls.
 */
import { FakeDrive, GOOGLE_DOCS_MIME, createDriveApp, fileUrl, type FileRecord } from '../drive';
import { requireAuthorization } from '../script';
import type { Workspace } from '../workspace';
import { FakeBody } from './body';
import { stand } from './elements';
import { Attribute, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';
import { DEFAULT_GLYPH, emptyContent, runsText, type ElementRecord, type TextRun } from './model';

export { FakeDrive, createDriveApp };

type AppMembers =
  | 'create' | 'openById' | 'openByUrl'
  | 'ParagraphHeading' | 'HorizontalAlignment' | 'Attribute' | 'ElementType' | 'GlyphType';

export type FakeDocumentApp = Pick<GoogleAppsScript.Document.DocumentApp, AppMembers>;

/** DocumentApp.openById's error for an id that is no document the user can read (as seen in real logs). */
export const DOCUMENT_MISSING_MESSAGE = "Document is missing (perhaps it was deleted, or you don't have read access?)";

class FakeDocument implements Pick<GoogleAppsScript.Document.Document, 'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'saveAndClose'> {
  constructor(
    private readonly ws: Workspace,
    private readonly file: FileRecord,
  ) {}

  private call(method: string, write = false): void {
    this.ws.record('DocumentApp', `Document.${method}`, { write });
  }
  getId(): string {
    this.call('getId');
    return this.file.id;
  }
  getName(): string {
    this.call('getName');
    return this.file.name;
  }
  setName(name: string): GoogleAppsScript.Document.Document {
    this.call('setName', true);
    this.file.name = String(name);
    return stand(this);
  }
  getUrl(): string {
    this.call('getUrl');
    return fileUrl(this.file);
  }
  getBody(): GoogleAppsScript.Document.Body {
    this.call('getBody');
    const file = this.file;
    return stand(new FakeBody(this.ws, () => file.content ?? (file.content = emptyContent())));
  }
  saveAndClose(): void {
    this.call('saveAndClose', true);
  }
}

function openDocument(ws: Workspace, drive: FakeDrive, id: string): GoogleAppsScript.Document.Document {
  const file = drive.files.get(String(id));
  if (!file || file.trashed || file.mimeType !== GOOGLE_DOCS_MIME) throw new Error(DOCUMENT_MISSING_MESSAGE);
  return stand(new FakeDocument(ws, file));
}

export function createDocumentApp(ws: Workspace, drive: FakeDrive): FakeDocumentApp {
  return {
    ParagraphHeading: stand(ParagraphHeading),
    HorizontalAlignment: stand(HorizontalAlignment),
    Attribute: stand(Attribute),
    ElementType: stand(ElementType),
    GlyphType: stand(GlyphType),
    create(name: string) {
      ws.record('DocumentApp', 'DocumentApp.create', { write: true });
      // https://developers.google.com/apps-script/reference/document/document-app#create(String)
      // Authorization: https://www.googleapis.com/auth/documents
      requireAuthorization(ws, 'DocumentApp.create', 'documents');
      const file = drive.addFile(String(name), GOOGLE_DOCS_MIME, ws.current().effectiveUser.email, emptyContent());
      return stand(new FakeDocument(ws, file));
    },
    openById(id: string) {
      ws.record('DocumentApp', 'DocumentApp.openById');
      requireAuthorization(ws, 'DocumentApp.openById', 'documents');
      return openDocument(ws, drive, id);
    },
    openByUrl(url: string) {
      ws.record('DocumentApp', 'DocumentApp.openByUrl');
      requireAuthorization(ws, 'DocumentApp.openByUrl', 'documents');
      const match = /\/d\/([^/?#]+)/.exec(String(url));
      return openDocument(ws, drive, match ? match[1] : '');
    },
  };
}

// ---- describeDocument ------------------------------------------------------------------------

export interface RunView {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  readonly color?: string;
  /** Text.setLinkUrl. */
  readonly link?: string;
  /** Text.setBackgroundColor: the highlight behind the characters. */
  readonly background?: string;
}

export type BlockView =
  | {
      readonly type: 'PARAGRAPH' | 'LIST_ITEM';
      readonly heading: string;
      readonly alignment: string;
      readonly text: string;
      readonly runs: RunView[];
      readonly nestingLevel?: number;
      /** List items: items with the same listId are numbered as one list. */
      readonly listId?: string;
      readonly glyphType?: string;
      /** Paragraph.setIndentStart, in points. */
      readonly indentStart?: number;
      readonly spacingBefore?: number;
      readonly spacingAfter?: number;
      readonly lineSpacing?: number;
    }
  | {
      readonly type: 'TABLE';
      readonly rows: string[][];
      /** Whether the first row is styled as a header (all its cells bold or shaded). */
      readonly headerRow: boolean;
      readonly backgrounds: (string | null)[][];
      readonly boldCells: boolean[][];
      /** Each cell's styled runs (bold, italic, links…), row by row. */
      readonly cellRuns: RunView[][][];
      readonly borderWidth?: number;
      readonly columnWidths: Record<number, number>;
      /** Each cell's alignment (LEFT, CENTER, RIGHT, JUSTIFY), row by row. */
      readonly cellAlignments: string[][];
      /** Rows repeated on each page (0 when none are pinned). */
      readonly headerRows: number;
    }
  | { readonly type: 'PAGE_BREAK' }
  | { readonly type: 'HORIZONTAL_RULE' }
  | {
      readonly type: 'IMAGE';
      readonly contentType: string;
      readonly name: string;
      readonly byteLength: number;
      readonly base64: string;
      readonly width?: number;
      readonly height?: number;
    };

export interface DocumentView {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly margins: { top?: number; bottom?: number; left?: number; right?: number };
  readonly body: BlockView[];
  /** The default header's and footer's paragraphs (the Docs API's createHeader / createFooter), when there is one. */
  readonly header?: BlockView[];
  readonly footer?: BlockView[];
  /** The first page shows its own header and footer, not these (none were made: it shows none). */
  readonly firstPageOwnHeader?: boolean;
}

function runView(run: TextRun): RunView {
  return {
    text: run.text,
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italic: true } : {}),
    ...(run.underline ? { underline: true } : {}),
    ...(run.fontSize !== undefined ? { size: run.fontSize } : {}),
    ...(run.foregroundColor !== undefined ? { color: run.foregroundColor } : {}),
    ...(run.linkUrl !== undefined ? { link: run.linkUrl } : {}),
    ...(run.backgroundColor !== undefined ? { background: run.backgroundColor } : {}),
  };
}

const allBold = (runs: TextRun[]) => runs.length > 0 && runs.every((run) => run.bold === true);

/** The document as JSON (no service calls recorded), for tests and the local renderer. */
export function describeDocument(drive: FakeDrive, id: string): DocumentView {
  const file = drive.files.get(id);
  if (!file || file.mimeType !== GOOGLE_DOCS_MIME) throw new Error(`No document with id ${id}.`);
  const content = file.content ?? emptyContent();
  const segment = (sid: string | undefined) => (sid && content.segments?.[sid] ? content.segments[sid].content.map(blockView) : null);
  const header = segment(content.defaultHeaderId);
  const footer = segment(content.defaultFooterId);
  return {
    id: file.id,
    name: file.name,
    url: fileUrl(file),
    margins: { ...content.margins },
    body: content.body.map(blockView),
    ...(header ? { header } : {}),
    ...(footer ? { footer } : {}),
    ...(content.useFirstPageHeaderFooter ? { firstPageOwnHeader: true } : {}),
  };
}

function blockView(element: ElementRecord): BlockView {
  if (element.type === 'TABLE') {
    const boldCells = element.rows.map((row) => row.map((cell) => allBold(cell.runs)));
    const backgrounds = element.rows.map((row) => row.map((cell) => cell.background ?? null));
    const first = element.rows[0] ?? [];
    return {
      type: 'TABLE',
      rows: element.rows.map((row) => row.map((cell) => runsText(cell.runs))),
      headerRow: first.length > 0 && first.every((cell) => allBold(cell.runs) || cell.background !== undefined),
      backgrounds,
      boldCells,
      cellRuns: element.rows.map((row) => row.map((cell) => cell.runs.map(runView))),
      ...(element.borderWidth !== undefined ? { borderWidth: element.borderWidth } : {}),
      columnWidths: { ...element.columnWidths },
      cellAlignments: element.rows.map((row) => row.map((cell) => cell.alignment ?? 'LEFT')),
      headerRows: element.headerRows ?? 0,
    };
  }
  if (element.pageBreak) return { type: 'PAGE_BREAK' };
  if (element.horizontalRule) return { type: 'HORIZONTAL_RULE' };
  if (element.image) {
    const { contentType, name, base64, width, height } = element.image;
    return {
      type: 'IMAGE',
      contentType,
      name,
      byteLength: Buffer.from(base64, 'base64').length,
      base64,
      ...(width !== undefined ? { width } : {}),
      ...(height !== undefined ? { height } : {}),
    };
  }
  return {
    type: element.type,
    heading: element.heading,
    alignment: element.alignment ?? 'LEFT',
    text: runsText(element.runs),
    runs: element.runs.map(runView),
    ...(element.type === 'LIST_ITEM'
      ? { nestingLevel: element.nestingLevel ?? 0, listId: element.listId ?? '', glyphType: element.glyphType ?? DEFAULT_GLYPH }
      : {}),
    ...(element.indentStart !== undefined ? { indentStart: element.indentStart } : {}),
    ...(element.spacingBefore !== undefined ? { spacingBefore: element.spacingBefore } : {}),
    ...(element.spacingAfter !== undefined ? { spacingAfter: element.spacingAfter } : {}),
    ...(element.lineSpacing !== undefined ? { lineSpacing: element.lineSpacing } : {}),
  };
}
