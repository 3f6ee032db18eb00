/**
 * A document the add-on created, as a web page: the same model the .docx download is made from
 * (node/docx/from-document.ts), so the page and the file say the same thing. Every text is
 * escaped; only http(s) links become links.
 */
import { escapeHtml } from '../../src/core/html';
import { lowerBlocks, tableGrid, type DocumentModel, type PrimitiveBlock, type Run } from '../../src/core/dokumen/model';

function run(r: Run): string {
  let html = escapeHtml(r.text);
  if (r.bold) html = `<b>${html}</b>`;
  if (r.italic) html = `<i>${html}</i>`;
  if (r.underline) html = `<u>${html}</u>`;
  if (r.highlight) html = `<mark>${html}</mark>`;
  if (r.size) html = `<span style="font-size:${Number(r.size)}pt">${html}</span>`;
  if (r.link && /^https?:\/\//i.test(r.link)) html = `<a href="${escapeHtml(r.link)}" rel="noopener noreferrer" target="_blank">${html}</a>`;
  return html;
}

function block(b: PrimitiveBlock): string {
  const align = (a?: string): string => (a ? ` style="text-align:${a}"` : '');
  switch (b.kind) {
    case 'heading':
      return `<h${b.level + 1}${align(b.align)}>${escapeHtml(b.text)}</h${b.level + 1}>`;
    case 'paragraph': {
      const indent = b.indent ? `margin-left:${Number(b.indent)}pt;` : '';
      const style = indent || b.align ? ` style="${indent}${b.align ? `text-align:${b.align}` : ''}"` : '';
      return `<p${style}>${b.runs.map(run).join('') || '&nbsp;'}</p>`;
    }
    case 'list': {
      const tag = b.numbered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${item.map(run).join('')}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const grid = tableGrid(b);
      const head = grid.slice(0, b.header.length).map((row) => `<tr>${row.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`);
      const body = b.rows.map((row, i) => {
        if (row.kind === 'group') return `<tr class="group"><td colspan="${grid[0]?.length ?? 1}">${escapeHtml(row.label)}</td></tr>`;
        const cells = (grid[b.header.length + i] ?? []).map((c) => `<td>${escapeHtml(c)}</td>`).join('');
        return `<tr${row.bold ? ' class="bold"' : ''}>${cells}</tr>`;
      });
      return `<table><thead>${head.join('')}</thead><tbody>${body.join('')}</tbody></table>`;
    }
    case 'pageBreak':
      return '<hr class="page-break" />';
    case 'rule':
      return '<hr />';
    case 'image':
      return `<p style="text-align:center"><img alt="" width="${Number(b.width)}" height="${Number(b.height)}" src="data:${b.mimeType};base64,${b.base64.replace(/[^A-Za-z0-9+/=]/g, '')}" /></p>`;
  }
}

const STYLE = `body{font:11pt Arial,sans-serif;max-width:800px;margin:24px auto;padding:0 24px;color:#202124}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #999;padding:2px 6px;text-align:left}
th,tr.bold td{font-weight:bold}tr.group td{font-weight:bold;font-style:italic}mark{background:#fff2cc}
hr.page-break{border:0;border-top:2px dashed #bbb;margin:24px 0}.bar{display:flex;gap:12px;align-items:center;border-bottom:1px solid #ddd;padding-bottom:8px}`;

/** The whole page for document `id`, with a link to download it as .docx. */
export function documentHtml(id: string, model: DocumentModel): string {
  return (
    `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8" /><title>${escapeHtml(model.title)}</title><style>${STYLE}</style></head>` +
    `<body><div class="bar"><strong id="doc-name">${escapeHtml(model.title)}</strong>` +
    `<a id="download-docx" href="/doc/${encodeURIComponent(id)}.docx">Unduh .docx</a></div>` +
    `<article id="document">${lowerBlocks(model.blocks).map(block).join('\n')}</article></body></html>`
  );
}
