/// <reference lib="dom" />
/**
 * Injected into build/Sidebar.html by the local server: a `google.script.run` that POSTs each call
 * to /api/run as the user named in the sidebar's URL, so the sidebar talks to the real bundle
 * running in the emulator. Like the real one: asynchronous, any function name, chainable
 * withSuccessHandler / withFailureHandler / withUserObject, failures delivered as an Error.
 * After every call but the panel's own read (getPanelState, which it repeats on focus and every
 * 30 s) the hosting page is told to refresh its grid.
 */
import type { DialogAnswer, DialogQuestion, RunResponse } from '../protocol';
import { runAnswering, type RunResult } from './question';

type Success = (value: unknown, userObject?: unknown) => void;
type Failure = (error: Error, userObject?: unknown) => void;

interface Handlers {
  readonly success?: Success;
  readonly failure?: Failure;
  readonly userObject?: unknown;
}

const user = new URLSearchParams(location.search).get('user') ?? '';

function notifyPage(message: string): void {
  if (window.parent !== window) window.parent.postMessage({ lapkin: message }, location.origin);
}

const waiting = new Map<number, (answer: DialogAnswer) => void>();
let asked = 0;

window.addEventListener('message', (event: MessageEvent<{ lapkin?: string; id?: number; answer?: DialogAnswer }>) => {
  if (event.origin !== location.origin || event.data.lapkin !== 'answer' || event.data.answer === undefined) return;
  waiting.get(event.data.id ?? -1)?.(event.data.answer);
  waiting.delete(event.data.id ?? -1);
});

/** The page shows the script's alert or prompt; alone (no page around), it is closed unanswered. */
function ask(question: DialogQuestion): Promise<DialogAnswer> {
  if (window.parent === window) return Promise.resolve({ button: 'CLOSE' });
  const id = ++asked;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    window.parent.postMessage({ lapkin: 'ask', id, question }, location.origin);
  });
}

async function send(fn: string, args: unknown[], answers: readonly DialogAnswer[]): Promise<RunResponse> {
  const reply = await fetch('/api/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user, fn, args, answers }),
  });
  return (await reply.json()) as RunResponse;
}

async function post(fn: string, args: unknown[], handlers: Handlers): Promise<void> {
  let response: RunResult;
  try {
    response = await runAnswering((answers) => send(fn, args, answers), ask);
  } catch (error) {
    response = { error: `NetworkError: ${String(error)}`, messages: [] };
  }
  if (fn !== 'getPanelState') notifyPage('changed');
  if ('error' in response) {
    if (handlers.failure) handlers.failure(new Error(response.error), handlers.userObject);
    else console.error(response.error);
  } else if (handlers.success) {
    handlers.success(response.value, handlers.userObject);
  }
}

function runner(handlers: Handlers): unknown {
  return new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name !== 'string') return undefined;
        if (name === 'withSuccessHandler') return (success: Success) => runner({ ...handlers, success });
        if (name === 'withFailureHandler') return (failure: Failure) => runner({ ...handlers, failure });
        if (name === 'withUserObject') return (userObject: unknown) => runner({ ...handlers, userObject });
        return (...args: unknown[]) => {
          void post(name, args, handlers);
        };
      },
    },
  );
}

// A link to a tab of this spreadsheet (the panel's "Tab Anda", a bidang's name) opens that tab in
// the page, as following the #gid link does in Sheets.
document.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-tab]');
  if (!link || window.parent === window) return;
  event.preventDefault();
  window.parent.postMessage({ lapkin: 'open-sheet', sheet: link.dataset.tab }, location.origin);
});

Object.assign(window, {
  google: {
    script: {
      run: runner({}),
      host: {
        close: () => notifyPage('close-sidebar'),
        editor: { focus: () => notifyPage('focus') },
      },
    },
  },
});
