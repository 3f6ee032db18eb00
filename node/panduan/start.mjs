// `npm run panduan` (after `npm run build`): bundles node/panduan/main.ts with esbuild and runs it,
// passing its arguments on. No TypeScript runner is needed at run time.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const outdir = join('out', 'panduan-bin');
await mkdir(outdir, { recursive: true });
await build({
  entryPoints: ['node/panduan/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: join(outdir, 'main.mjs'),
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(join(outdir, 'main.mjs')).href);
