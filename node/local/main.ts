/**
 * `npm start`: the local Lapkin. Loads build/ over the emulator with the demo OPD (journal in
 * `.lapkin/`, or LAPKIN_DATA), serves it on PORT (default 8080) and prints the URL.
 * LAPKIN_AWAL=kosong starts from an empty spreadsheet instead (the first run).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoOpd, opdKosong } from '../demo/opd';
import { createLocalServer } from './server';
import { LocalSession } from './session';

const port = Number(process.env.PORT ?? 8080);
const assetsDir = join('out', 'local');
const session = new LocalSession({ demo: process.env.LAPKIN_AWAL === 'kosong' ? opdKosong : demoOpd, dataDir: process.env.LAPKIN_DATA ?? '.lapkin', bundleDir: 'build' });
const server = createLocalServer(session, {
  page: readFileSync(join(assetsDir, 'page.html'), 'utf8'),
  shim: readFileSync(join(assetsDir, 'shim.js'), 'utf8'),
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Lapkin lokal berjalan di http://localhost:${port}/`);
});
