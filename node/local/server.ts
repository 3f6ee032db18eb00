/**
 * The local server behind `npm start`: plain node:http. Serves the page, the real sidebar (with the
 * google.script.run bridge injected), and a small JSON API over the LocalSession.
 *
 *   GET  /                      the page
 *   GET  /api/state?user&sheet  PageState
 *   POST /api/run               RunRequest → RunResponse (google.script.run and menu clicks)
 *   POST /api/edit              EditRequest → EditResponse (typing into the grid)
 *   POST /api/close-sidebar     { user }
 *   POST /api/reset             back to the demo OPD
 *   GET  /sidebar?user          the sidebar that user opened, bridged
 *   GET  /workbook.xlsx         the workbook as that owner sees it
 *   GET  /doc/<id>              a Google Doc the add-on created, as a page
 *   GET  /doc/<id>.docx         the same document as a .docx download
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { modelFromDocument } from '../docx/from-document';
import { renderDocx } from '../docx/render';
import { documentHtml } from './document-html';
import type { EditRequest, RunRequest } from './protocol';
import type { LocalSession } from './session';
import { workbookXlsx } from './xlsx';

export interface PageAssets {
  /** The page, its script and style inlined. */
  readonly page: string;
  /** The google.script.run bridge, as a script to put first in the sidebar's <head>. */
  readonly shim: string;
}

async function readJson<T>(request: IncomingMessage): Promise<T> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as T;
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

/** A Content-Disposition that keeps a non-ASCII file name (RFC 6266 filename*). */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

async function sendDocument(session: LocalSession, response: ServerResponse, path: string): Promise<void> {
  const docx = path.endsWith('.docx');
  const id = decodeURIComponent(path.slice('/doc/'.length, docx ? -'.docx'.length : undefined));
  const view = session.document(id);
  if (!view) return send(response, 404, 'text/plain; charset=utf-8', 'Dokumen tidak ditemukan.');
  const model = modelFromDocument(view);
  if (!docx) return send(response, 200, 'text/html; charset=utf-8', documentHtml(id, model));
  const body = await renderDocx(model);
  response.writeHead(200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'content-disposition': attachment(`${view.name}.docx`),
  });
  response.end(body);
}

function sendJson(response: ServerResponse, body: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(body));
}

/** Puts the bridge before any of the sidebar's own scripts run. */
export function injectShim(html: string, shim: string): string {
  const tag = `<script>${shim.replace(/<\/script/gi, '<\\/script')}</script>`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${tag}`) : `${tag}${html}`;
}

export function createLocalServer(session: LocalSession, assets: PageAssets): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = `${request.method ?? 'GET'} ${url.pathname}`;
    const handle = async (): Promise<void> => {
      switch (route) {
        case 'GET /':
          return send(response, 200, 'text/html; charset=utf-8', assets.page);
        case 'GET /api/state':
          return sendJson(response, session.state(url.searchParams.get('user') ?? '', url.searchParams.get('sheet') ?? ''));
        case 'POST /api/run':
          return sendJson(response, session.run(await readJson<RunRequest>(request)));
        case 'POST /api/edit':
          return sendJson(response, session.edit(await readJson<EditRequest>(request)));
        case 'POST /api/close-sidebar':
          session.closeSidebar((await readJson<{ user: string }>(request)).user);
          return sendJson(response, {});
        case 'POST /api/reset':
          session.reset();
          return sendJson(response, {});
        case 'GET /sidebar': {
          const html = session.sidebarHtml(url.searchParams.get('user') ?? '');
          if (html === null) return send(response, 404, 'text/plain; charset=utf-8', 'Panel belum dibuka.');
          return send(response, 200, 'text/html; charset=utf-8', injectShim(html, assets.shim));
        }
        case 'GET /workbook.xlsx': {
          const body = await workbookXlsx(session.sheets(session.owner()), session.timeZone());
          response.writeHead(200, {
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'content-disposition': attachment('lapkin.xlsx'),
          });
          response.end(body);
          return;
        }
        default:
          if (request.method === 'GET' && url.pathname.startsWith('/doc/')) return sendDocument(session, response, url.pathname);
          return send(response, 404, 'text/plain; charset=utf-8', 'Tidak ditemukan.');
      }
    };
    handle().catch((error: unknown) => {
      send(response, 500, 'text/plain; charset=utf-8', `Kesalahan server lokal: ${String(error)}`);
    });
  });
}
