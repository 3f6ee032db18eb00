/// <reference lib="dom" />
/**
 * Injected into build/Sidebar.html by the local server: a `google.script.run` that POSTs each call
 * to /api/run as the user named in the sidebar's URL, so the sidebar talks to the real bundle
 * running in the emulator. Like the real one: asynchronous, any function name, chainable
 * withSuccessHandler / withFailureHandler / withUserObject, failures delivered as an Error.
 * After every call the hosting page is told to refresh its grid.
 */
import type { RunResponse } from '../protocol';

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

async function post(fn: string, args: unknown[], handlers: Handlers): Promise<void> {
  let response: RunResponse;
  try {
    const reply = await fetch('/api/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user, fn, args }),
    });
    response = (await reply.json()) as RunResponse;
  } catch (error) {
    response = { error: `NetworkError: ${String(error)}`, messages: [] };
  }
  notifyPage('changed');
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
