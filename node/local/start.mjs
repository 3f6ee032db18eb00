// `npm start` (after `npm run build`): bundles the local server and its page with esbuild into
// out/local/, then runs the server. No TypeScript runner is needed at run time.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const outdir = join('out', 'local');
await mkdir(outdir, { recursive: true });

const browser = { bundle: true, format: 'iife', target: 'es2020', platform: 'browser', write: false, legalComments: 'none' };
const [page, shim] = await Promise.all([
  build({ ...browser, entryPoints: ['node/local/page/main.ts'] }),
  build({ ...browser, entryPoints: ['node/local/page/shim.ts'] }),
]);
const css = await readFile('node/local/page/page.css', 'utf8');
const html = (await readFile('node/local/page/page.html', 'utf8'))
  .replace('/* inline:css */', () => css)
  .replace('/* inline:js */', () => page.outputFiles[0].text.replace(/<\/script/gi, '<\\/script'));
await writeFile(join(outdir, 'page.html'), html);
await writeFile(join(outdir, 'shim.js'), shim.outputFiles[0].text);

await build({
  entryPoints: ['node/local/main.ts'],
  outfile: join(outdir, 'server.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(join(outdir, 'server.mjs')).href);
