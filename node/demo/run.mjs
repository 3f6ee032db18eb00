// `npm run demo` (after `npm run build`): bundles the demo runner with esbuild into out/demo/ and
// runs it with the command line it was given. No TypeScript runner is needed at run time.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const outfile = join('out', 'demo', 'demo.mjs');
await build({
  entryPoints: ['node/demo/main.ts'],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
