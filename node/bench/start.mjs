// `npm run bench` (after `npm run build`): bundles node/bench/main.ts with esbuild into out/bench/
// and runs it; arguments (e.g. --json) pass through. No TypeScript runner is needed at run time.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const outfile = join('out', 'bench', 'bench.mjs');
await build({
  entryPoints: ['node/bench/main.ts'],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
