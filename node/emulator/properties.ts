/**
 * PropertiesService: the document, script and per-user stores. Values are strings only (a number
 * is stored as its string); one value is at most 9 KB and one store at most 500 KB.
 */
import type { Workspace } from './workspace';

export type FakePropertiesService = Pick<
  GoogleAppsScript.Properties.PropertiesService,
  'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
>;

type Store = Map<string, string>;

export interface PropertyStoresJson {
  readonly document: Record<string, string>;
  readonly script: Record<string, string>;
  readonly user: Record<string, Record<string, string>>;
}

/** https://developers.google.com/apps-script/guides/services/quotas — "Properties value size 9 KB / val". */
export const MAX_VALUE_BYTES = 9 * 1024;
/** Same page: "Properties total storage 500 KB / property store". */
export const MAX_STORE_BYTES = 500 * 1024;
export const VALUE_TOO_LARGE_MESSAGE = 'Argument too large: value';
export const STORE_QUOTA_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';
export const NO_AUTHORIZATION_MESSAGE =
  'You do not have permission to call PropertiesService.getDocumentProperties. Required permissions: (script.storage)';

export class PropertyStores {
  readonly document: Store = new Map();
  readonly script: Store = new Map();
  readonly user = new Map<string, Store>();

  constructor(readonly ws: Workspace) {}

  userStore(email: string): Store {
    let store = this.user.get(email);
    if (!store) {
      store = new Map();
      this.user.set(email, store);
    }
    return store;
  }

  toJSON(): PropertyStoresJson {
    const user: Record<string, Record<string, string>> = {};
    for (const [email, store] of this.user) user[email] = Object.fromEntries(store);
    return { document: Object.fromEntries(this.document), script: Object.fromEntries(this.script), user };
  }

  static fromJSON(ws: Workspace, json: PropertyStoresJson): PropertyStores {
    const stores = new PropertyStores(ws);
    for (const [key, value] of Object.entries(json.document)) stores.document.set(key, value);
    for (const [key, value] of Object.entries(json.script)) stores.script.set(key, value);
    for (const [email, values] of Object.entries(json.user)) {
      stores.user.set(email, new Map(Object.entries(values)));
    }
    return stores;
  }
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function storeBytes(store: Store): number {
  let total = 0;
  for (const [key, value] of store) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

class FakeProperties implements GoogleAppsScript.Properties.Properties {
  constructor(
    private readonly ws: Workspace,
    private readonly store: Store,
  ) {}

  private call(method: string, write = false): void {
    this.ws.record('PropertiesService', `Properties.${method}`, { write });
  }

  /** Applies `changes` (null deletes) to the store only when the result respects both limits. */
  private commit(changes: Array<[string, string | null]>, clearFirst: boolean): void {
    const next: Store = clearFirst ? new Map() : new Map(this.store);
    for (const [key, value] of changes) {
      if (value === null) {
        next.delete(key);
        continue;
      }
      if (utf8Bytes(value) > MAX_VALUE_BYTES) throw new Error(VALUE_TOO_LARGE_MESSAGE);
      next.set(key, value);
    }
    if (storeBytes(next) > MAX_STORE_BYTES) throw new Error(STORE_QUOTA_MESSAGE);
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
  }

  getProperty(key: string): string | null {
    this.call('getProperty');
    return this.store.get(String(key)) ?? null;
  }

  getProperties(): { [key: string]: string } {
    this.call('getProperties');
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    this.call('getKeys');
    return [...this.store.keys()];
  }

  setProperty(key: string, value: string): FakeProperties {
    this.call('setProperty', true);
    this.commit([[String(key), String(value)]], false);
    return this;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): FakeProperties {
    this.call('setProperties', true);
    this.commit(
      Object.keys(properties).map((key) => [key, String(properties[key])]),
      deleteAllOthers,
    );
    return this;
  }

  deleteProperty(key: string): FakeProperties {
    this.call('deleteProperty', true);
    this.store.delete(String(key));
    return this;
  }

  deleteAllProperties(): FakeProperties {
    this.call('deleteAllProperties', true);
    this.store.clear();
    return this;
  }
}

export function createPropertiesService(ws: Workspace, stores: PropertyStores): FakePropertiesService {
  return {
    getDocumentProperties() {
      ws.record('PropertiesService', 'PropertiesService.getDocumentProperties');
      if (ws.current().authMode === 'NONE') throw new Error(NO_AUTHORIZATION_MESSAGE);
      return new FakeProperties(ws, stores.document);
    },
    getScriptProperties() {
      ws.record('PropertiesService', 'PropertiesService.getScriptProperties');
      if (ws.current().authMode === 'NONE') throw new Error(NO_AUTHORIZATION_MESSAGE);
      return new FakeProperties(ws, stores.script);
    },
    getUserProperties() {
      ws.record('PropertiesService', 'PropertiesService.getUserProperties');
      if (ws.current().authMode === 'NONE') throw new Error(NO_AUTHORIZATION_MESSAGE);
      return new FakeProperties(ws, stores.userStore(ws.current().activeUser.email));
    },
  };
}
