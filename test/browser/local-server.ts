/**
 * Starts the local server (`npm start` without its `npm run build`: tests use the build/ that
 * `npm test` made once, never rebuilding it under other test files) on a free port with a fresh
 * data folder, and a Chromium from test/browser-support.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../browser-support';

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

/** `env`: more of the server's environment (LAPKIN_AWAL=kosong: an empty spreadsheet). */
export async function startLocalLapkin(dataDir = mkdtempSync(join(tmpdir(), 'lapkin-data-')), env: Record<string, string> = {}): Promise<LocalLapkin> {
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, ['node/local/start.mjs'], {
    env: { ...process.env, PORT: String(port), LAPKIN_DATA: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The local server printed no URL within 60 s:\n${output}`)), 60_000);
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
    server.once('exit', (code) => reject(new Error(`The local server exited with ${code}:\n${output}`)));
  });
  const context = await launchChromium();
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
