/** The latest generated documents, each a link opening in a new tab, with its folder's (Drive links only). */
import type { DokumenPanel } from '../../server/api-types';
import { escapeHtml } from '../../core/html';

export function tautan(url: string, teks: string): string {
  return url.startsWith('https://') ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${teks}</a>` : teks;
}

export function renderDokumen(dokumen: readonly DokumenPanel[]): string {
  const item = (d: DokumenPanel): string => {
    const folder = d.folder?.startsWith('https://') ? ` · ${tautan(d.folder, 'folder')}` : '';
    return `<li><span class="jenis">${escapeHtml(d.jenis)}</span> ${tautan(d.url, escapeHtml(d.nama))}${folder}</li>`;
  };
  return `<section class="dokumen block"><h2>Dokumen terbaru</h2><ul>${dokumen.map(item).join('')}</ul></section>`;
}
