/**
 * The script's manifest (appsscript.json) as the emulator needs it: the OAuth scopes it grants
 * (with explicit `oauthScopes`, a method none of whose scopes is listed throws — scope-table.ts)
 * and the advanced services it enables.
 * https://developers.google.com/apps-script/manifest — `oauthScopes`, `dependencies.enabledAdvancedServices`.
 */
import { readFileSync } from 'node:fs';

export interface AdvancedService {
  readonly userSymbol: string;
  readonly serviceId: string;
  readonly version: string;
}

export interface Manifest {
  readonly oauthScopes: readonly string[];
  readonly enabledAdvancedServices: readonly AdvancedService[];
}

export function readManifest(path: string): Manifest {
  const json = JSON.parse(readFileSync(path, 'utf8')) as {
    oauthScopes?: string[];
    dependencies?: { enabledAdvancedServices?: AdvancedService[] };
  };
  return { oauthScopes: json.oauthScopes ?? [], enabledAdvancedServices: json.dependencies?.enabledAdvancedServices ?? [] };
}
