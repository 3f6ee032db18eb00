/**
 * `npm run panduan`: the two manuals as PDF, with fresh screenshots. The browser test of the first
 * run (test/browser/mulai-di-sini.test.ts) plays Lapkin in the local app and writes the screenshots
 * (LAPKIN_GAMBAR); each manual's Markdown (docs/panduan/) becomes one HTML page with them, and
 * headless Chromium prints it (page.pdf). Writes out/panduan/Panduan-Kasubbag.pdf and
 * out/panduan/Panduan-Kabid-dan-Staf.pdf (`--out DIR` elsewhere). Node only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../test/browser-support';
import { markdownKeHtml } from './markdown';

const args = process.argv.slice(2);
const out = resolve(args.includes('--out') ? args[args.indexOf('--out') + 1] : join('out', 'panduan'));
const gambar = join(out, 'gambar');
mkdirSync(gambar, { recursive: true });

const DOK = 'docs/panduan';
const baca = (nama: string): string => readFileSync(join(DOK, nama), 'utf8');
const MANUAL = [
  { berkas: 'Panduan-Kasubbag', bagian: ['kasubbag.md', 'pemecahan-masalah.md', 'pasang.md'] },
  { berkas: 'Panduan-Kabid-dan-Staf', bagian: ['kabid-staf.md', 'pemecahan-masalah.md'] },
];

const CSS = `
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #202124; }
  h1 { font-size: 20pt; margin: 0 0 4pt; } h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1px solid #dadce0; }
  h3 { font-size: 11.5pt; margin: 12pt 0 4pt; } h4 { font-size: 10.5pt; }
  h2, h3 { break-after: avoid; }
  blockquote { margin: 4pt 0; padding: 4pt 8pt; background: #f1f3f4; border-left: 3px solid #b3261e; font-style: italic; }
  table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 9.5pt; } td, th { border: 1px solid #dadce0; padding: 3pt 5pt; vertical-align: top; text-align: left; }
  figure { margin: 8pt 0; text-align: center; break-inside: avoid; } img { max-width: 100%; max-height: 150mm; border: 1px solid #dadce0; }
  figcaption { font-size: 9pt; color: #5f6368; } code { font-size: 9pt; background: #f1f3f4; padding: 0 2pt; }
  .bagian { break-before: page; }
`;

// 1. Fresh screenshots from the local app, taken by the browser test.
const uji = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/browser/mulai-di-sini.test.ts', '--maxWorkers=1'], {
  stdio: 'inherit',
  env: { ...process.env, LAPKIN_GAMBAR: gambar },
});
if (uji.status !== 0) {
  console.error('The browser test that takes the screenshots failed; no PDF written.');
  process.exit(1);
}

// 2. Each manual: its Markdown as one HTML page, every picture it names present, printed by Chromium.
const context = await launchChromium();
try {
  for (const m of MANUAL) {
    const html = m.bagian.map((b, i) => `<section class="${i > 0 ? 'bagian' : ''}">${markdownKeHtml(baca(b))}</section>`).join('\n');
    const hilang = [...html.matchAll(/<img src="([^"]+)"/g)].map((x) => x[1]).filter((src) => !existsSync(join(out, src)));
    if (hilang.length > 0) throw new Error(`${m.berkas}: no screenshot ${hilang.join(', ')} (test/browser/mulai-di-sini.test.ts takes them)`);
    const halaman = join(out, `${m.berkas}.html`);
    writeFileSync(halaman, `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${m.berkas.replace(/-/g, ' ')}</title><style>${CSS}</style></head><body>${html}</body></html>`);
    const page = await context.newPage();
    await page.goto(pathToFileURL(halaman).href);
    await page.pdf({ path: join(out, `${m.berkas}.pdf`), format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: `<div style="font-size:8pt;width:100%;text-align:center;color:#5f6368">${m.berkas.replace(/-/g, ' ')} · <span class="pageNumber"></span>/<span class="totalPages"></span></div>`, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
    await page.close();
    console.log(`wrote ${join(out, `${m.berkas}.pdf`)}`);
  }
} finally {
  await context.close();
}
