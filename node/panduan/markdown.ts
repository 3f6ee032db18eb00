/**
 * The Markdown the Panduan is written in, as HTML for print: headings (with anchors), paragraphs,
 * lists, block quotes, tables, images, links, **bold**, *italic* and `code`. Only what
 * docs/panduan/ uses; anything else stays a paragraph. Node only (the panel has src/ui/bantuan.ts).
 */
import { idJudul } from '../../src/core/bantuan';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(s: string): string {
  return esc(s)
    .replace(/!\[([^\]]*)\]\(([^)]+)\)/g, '<figure><img src="$2" alt="$1"><figcaption>$1</figcaption></figure>')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>')
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*(?!\s)(.+?)\*(?!\w)/g, '$1<em>$2</em>');
}

const DAFTAR = /^(\s*)([-*]|\d+\.)\s+(.*)$/;

export function markdownKeHtml(md: string): string {
  const baris = md.split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < baris.length) {
    const b = baris[i];
    const judul = /^(#{1,4})\s+(.*)$/.exec(b);
    if (b.trim() === '') {
      i++;
    } else if (judul) {
      const n = judul[1].length;
      out.push(`<h${n} id="${idJudul(judul[2])}">${inline(judul[2])}</h${n}>`);
      i++;
    } else if (b.startsWith('>')) {
      const isi: string[] = [];
      while (i < baris.length && baris[i].startsWith('>')) isi.push(baris[i++].replace(/^>\s?/, ''));
      out.push(`<blockquote>${inline(isi.join(' '))}</blockquote>`);
    } else if (b.startsWith('|')) {
      const rows: string[][] = [];
      while (i < baris.length && baris[i].startsWith('|')) rows.push(baris[i++].replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
      const [kepala, , ...badan] = rows;
      out.push(`<table><thead><tr>${kepala.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>${badan.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
    } else if (DAFTAR.test(b)) {
      // One level of items; an indented line continues the item above, an indented item nests one level.
      const tag = /^\s*\d+\./.test(b) ? 'ol' : 'ul';
      const items: { teks: string; anak: string[] }[] = [];
      const dasar = DAFTAR.exec(b)![1].length;
      while (i < baris.length && (DAFTAR.test(baris[i]) || /^\s{2,}\S/.test(baris[i]))) {
        const m = DAFTAR.exec(baris[i]);
        if (m && m[1].length <= dasar) items.push({ teks: m[3], anak: [] });
        else if (m) items[items.length - 1].anak.push(m[3]);
        else {
          const akhir = items[items.length - 1];
          if (akhir.anak.length > 0) akhir.anak[akhir.anak.length - 1] += ` ${baris[i].trim()}`;
          else akhir.teks += ` ${baris[i].trim()}`;
        }
        i++;
      }
      const li = items.map((it) => `<li>${inline(it.teks)}${it.anak.length ? `<ul>${it.anak.map((a) => `<li>${inline(a)}</li>`).join('')}</ul>` : ''}</li>`);
      out.push(`<${tag}>${li.join('')}</${tag}>`);
    } else {
      const isi: string[] = [];
      while (i < baris.length && baris[i].trim() !== '' && !/^(#|>|\||\s*([-*]|\d+\.)\s)/.test(baris[i])) isi.push(baris[i++].trim());
      const teks = inline(isi.join(' '));
      out.push(teks.startsWith('<figure>') && teks.endsWith('</figure>') ? teks : `<p>${teks}</p>`);
    }
  }
  return out.join('\n');
}
