/**
 * Starts `npm start` on a free port with a fresh data folder, and Debian's chromium through
 * playwright-core (it cannot download a browser here). Fails loudly when chromium is missing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface LocalLapkin {
  readonly url: string;
  /** Where the workbook's journal lives; pass it to a second start to see what persisted. */
  readonly dataDir: string;
  readonly context: BrowserContext;
  stop(): Promise<void>;
}

export async function startLocalLapkin(dataDir = mkdtempSync(join(tmpdir(), 'lapkin-data-'))): Promise<LocalLapkin> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Browser tests need Debian's chromium at ${CHROMIUM}: run \`apt-get update && apt-get install -y chromium\`.`);
  }
  const port = await freePort();
  const server: ChildProcess = spawn('npm', ['start'], {
    env: { ...process.env, PORT: String(port), LAPKIN_DATA: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start printed no URL within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /http:\/\/localhost:\d+\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lapkin-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1400, height: 900 },
  });
  return {
    url,
    dataDir,
    context,
    async stop() {
      await context.close();
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    },
  };
}
