import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const gas = require('gas-local') as {
  require(folder: string, globals: object, options?: { filter?: (file: string) => boolean }): Record<string, unknown>;
};

/**
 * Loads build/Code.js with gas-local into a fresh vm context whose only globals are `globals`
 * (the emulator's services), as Apps Script would run it. Returns the context: its top-level
 * functions are the entry points.
 *
 * Objects made here cross realms (domain.md §7): the bundle must not use `instanceof Array`
 * or `instanceof Date` on values the emulator returns, nor the emulator on values from the bundle.
 */
export function loadBundleContext(globals: Record<string, unknown>, dir = 'build'): Record<string, unknown> {
  return gas.require(dir, { ...globals }, { filter: (file) => file.endsWith('/Code.js') });
}
