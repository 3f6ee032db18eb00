/**
 * The panel's link from a message to its Pemecahan masalah entry (docs/panduan/pemecahan-masalah.md,
 * inlined by the build): "Apa yang harus dilakukan?" unfolds the entry — the same text as the
 * Panduan's chapter — under the message.
 */
import type { EntriBantuan } from '../core/bantuan';
import { escapeHtml } from '../core/html';

/** The entry's Markdown as the panel shows it: paragraphs and lists, **bold** and *italic*, escaped. */
function markdownRingkas(md: string): string {
  const baris = (t: string): string =>
    escapeHtml(t)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/\*(.+?)\*/g, '<em>$1</em>')
      .replace(/`(.+?)`/g, '<code>$1</code>');
  return md
    .split(/\n\s*\n/)
    .map((blok) => {
      const b = blok.trim().split('\n');
      if (b.every((x) => /^(\s*[-*]|\s*\d+\.|\s{2,})/.test(x))) {
        const item = blok.trim().split(/\n(?=\s*(?:[-*]|\d+\.)\s)/).map((x) => `<li>${baris(x.replace(/^\s*(?:[-*]|\d+\.)\s+/, '').replace(/\s*\n\s*/g, ' '))}</li>`);
        return /^\s*\d+\./.test(b[0]) ? `<ol>${item.join('')}</ol>` : `<ul>${item.join('')}</ul>`;
      }
      return `<p>${baris(b.join(' '))}</p>`;
    })
    .join('');
}

export function renderBantuan(e: EntriBantuan): string {
  return (
    `<details class="bantuan" id="bantuan-${escapeHtml(e.id)}"><summary>Apa yang harus dilakukan?</summary>` +
    `<p class="sumber">Panduan ▸ Pemecahan masalah ▸ ${escapeHtml(e.judul)}</p>${markdownRingkas(e.isi)}</details>`
  );
}
