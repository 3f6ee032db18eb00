/**
 * `npm run demo [-- --out DIR] [--bundle DIR]`: plays a whole year of the demo OPD through the
 * built bundle (default `build/`) and writes the workbook and the LKj drafts to DIR (default
 * `out/`), then prints the summary.
 */
import { mainkanDemo } from './mainkan';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const out = option('--out', 'out');
const bundleDir = option('--bundle', 'build');

mainkanDemo({ out, bundleDir, log: (line) => console.log(line) }).then(
  (laporan) => {
    console.log('');
    console.log(laporan.ringkasan.join('\n'));
    if (laporan.gagal.length > 0) process.exitCode = 1;
  },
  (error: unknown) => {
    console.error(`Demo gagal: ${(error as Error).message ?? String(error)}`);
    process.exitCode = 1;
  },
);
