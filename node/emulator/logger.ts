/**
 * Logger and console: every line the script logs is captured in `lines` (in order), as the Apps
 * Script execution log would show it. Logger.log accepts a format string with `%s`/`%d` placeholders.
 */
import type { Workspace } from './workspace';

export type FakeLogger = Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> &
  Pick<Console, 'log' | 'info' | 'warn' | 'error'> & { readonly lines: string[] };

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && typeof (value as { toISOString?: unknown }).toISOString !== 'function') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

function format(first: unknown, rest: unknown[]): string {
  if (typeof first !== 'string' || rest.length === 0) return [first, ...rest].map(show).join(' ');
  const queue = [...rest];
  const text = first.replace(/%[sdif]/g, (token) => (queue.length > 0 ? show(queue.shift()) : token));
  return [text, ...queue.map(show)].join(' ');
}

export function createLogger(ws: Workspace): FakeLogger {
  const lines: string[] = [];
  const emit = (method: string) =>
    function (this: unknown, first?: unknown, ...rest: unknown[]) {
      ws.record(method.startsWith('console') ? 'console' : 'Logger', method);
      lines.push(format(first, rest));
      return logger;
    };
  const logger: FakeLogger = {
    lines,
    log: emit('Logger.log'),
    info: emit('console.info'),
    warn: emit('console.warn'),
    error: emit('console.error'),
    getLog() {
      ws.record('Logger', 'Logger.getLog');
      return lines.join('\n');
    },
    clear() {
      ws.record('Logger', 'Logger.clear', { write: true });
      lines.length = 0;
    },
  };
  return logger;
}
