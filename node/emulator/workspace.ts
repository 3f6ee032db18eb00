/**
 * The kernel of the in-memory Workspace emulator: who is running, what time it is, which
 * service calls were made, who holds which lock, and which call should fail.
 *
 * Every fake service method calls `workspace.record(...)` first. That single choke point
 * counts calls (per service and method), enforces strict locking for workbook writes, and
 * injects faults, so no fake can forget any of it.
 */

import { readManifest } from './manifest';
import { SCOPE_TABLE, insufficientScopesMessage, permissionMessage } from './scope-table';
import { TriggerRuntime, type ExecutionCost } from './trigger-runtime';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

/** Advanced services, whose refusals are REST errors rather than Apps Script's permission error. */
const ADVANCED_SERVICES = new Set(['Drive', 'Docs']);

/** A person. `email` may be '' — Session then reports '' (domain.md §7). */
export interface Person {
  readonly email: string;
  /** Not signed in: a visitor using the file's link (Book.linkAccess decides what they may do). */
  readonly anonymous?: boolean;
}

/** A visitor who opened the file's link without signing in to Google. */
export const ANONYMOUS: Person = { email: '', anonymous: true };

export interface Execution {
  readonly id: number;
  /** Session.getActiveUser(): the person at the keyboard ('' when Google would not tell). */
  readonly activeUser: Person;
  /** Session.getEffectiveUser(): whose authority the script runs with. */
  readonly effectiveUser: Person;
  readonly authMode: AuthMode;
  /** Set when this execution runs an installable trigger. */
  readonly triggerUid?: string;
  /** Locks held by this execution, by lock key ('document:<id>', 'script', 'user:<email>'). */
  readonly locksHeld: Set<string>;
}

export interface CallRecord {
  readonly service: string;
  readonly method: string;
  readonly execution: number;
  readonly write: boolean;
  /** For workbook writes: whether the running execution held the document lock. */
  readonly documentLockHeld: boolean;
}

export interface RecordOptions {
  /** A mutation of the spreadsheet (the workbook). Subject to strict-lock checking. */
  readonly workbookWrite?: boolean;
  /** Any other mutation (documents, properties, mail...). */
  readonly write?: boolean;
}

export interface Fault {
  /** 1-based index of the service call (counted from when the fault was armed) that fails. */
  readonly atCall: number;
  readonly message: string;
  /** Optional filter: only calls of this service count. */
  readonly service?: string;
}

export class StrictLockViolation extends Error {}

/** An installable trigger (ScriptApp). It runs as its creator (domain.md §7). */
export interface TriggerRecord {
  readonly uid: string;
  readonly handlerFunction: string;
  /** 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE' | 'CLOCK' … (ScriptApp.EventType names). */
  readonly eventType: string;
  /** The spreadsheet or document id the trigger watches; '' for time-driven triggers. */
  readonly sourceId: string;
  readonly creator: Person;
}

export class Workspace {
  /** The spreadsheet's owner. Owners can never be removed from a protection. */
  readonly owner: Person;
  /**
   * The e-mail domains that are Google Workspace domains. Every other account is a consumer
   * account — every @gmail.com, and every Google account made on an address whose domain is not a
   * Workspace customer (a *.go.id mailbox, typically) — and shares a domain with nobody.
   */
  readonly workspaceDomains: ReadonlySet<string>;
  /** The OAuth scopes the manifest grants: the repository's appsscript.json unless told otherwise. */
  grantedScopes: ReadonlySet<string> = new Set(readManifest('appsscript.json').oauthScopes);
  timeZone: string;
  private now: Date;
  readonly calls: CallRecord[] = [];
  /** When true, a workbook write outside the document lock throws (and fails the test). */
  strictLock = false;
  private readonly stack: Execution[] = [];
  private nextExecutionId = 1;
  private readonly lockHolders = new Map<string, number>();
  private fault: (Fault & { seen: number }) | null = null;
  /** The call the last armed fault failed (its 1-based index among the calls it counted); null until it fires. */
  faultFired: { readonly atCall: number; readonly service: string; readonly method: string } | null = null;
  /** Hooks run just before the n-th call from now; used to interleave executions. */
  private readonly callHooks: Array<{ at: number; run: () => void }> = [];
  private callCounter = 0;
  /** Installable triggers of this script project, across all users. */
  readonly triggers: TriggerRecord[] = [];
  /**
   * The loaded bundle's top-level functions (menus, triggers, google.script.run targets),
   * so the emulator can fire `onEdit` and installable triggers. Set by loadBundle.
   */
  entryPoints: Record<string, (...args: unknown[]) => unknown> = {};
  /** Modelled runtime of one execution from its calls (set by the Emulator); charged to trigger creators. */
  executionMs: ExecutionCost = () => 0;
  /** Installable triggers' runtime per creator per day (trigger-runtime.ts). */
  readonly triggerRuntime = new TriggerRuntime(this);

  constructor(options: { owner: string; timeZone?: string; now?: Date; workspaceDomains?: readonly string[] }) {
    this.owner = { email: options.owner };
    this.workspaceDomains = new Set((options.workspaceDomains ?? []).map((d) => d.toLowerCase()));
    this.timeZone = options.timeZone ?? 'Asia/Jakarta';
    this.now = options.now ?? new Date('2026-04-01T02:00:00Z');
  }

  /** Whether `email` is a Google Workspace account (else a consumer account, with lower quotas). */
  isWorkspaceAccount(email: string): boolean {
    const at = email.lastIndexOf('@');
    return at > 0 && this.workspaceDomains.has(email.slice(at + 1).toLowerCase());
  }

  /** Whether `a` and `b` are accounts of one Google Workspace domain (never true for a consumer account or ''). */
  sameWorkspace(a: string, b: string): boolean {
    const domain = (email: string) => (email.includes('@') ? email.slice(email.lastIndexOf('@') + 1).toLowerCase() : '');
    return domain(a) !== '' && domain(a) === domain(b) && this.workspaceDomains.has(domain(a));
  }

  // ---- time --------------------------------------------------------------------------
  clock(): Date {
    return new Date(this.now.getTime());
  }
  setNow(date: Date): void {
    this.now = new Date(date.getTime());
  }
  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }

  // ---- executions ----------------------------------------------------------------------
  /**
   * Runs `fn` as one Apps Script execution by `user`. Locks the execution still holds when
   * it ends are released, as Apps Script releases them when a script finishes.
   */
  run<T>(
    user: Person,
    fn: () => T,
    options: { authMode?: AuthMode; effectiveUser?: Person; triggerUid?: string } = {},
  ): T {
    const execution: Execution = {
      id: this.nextExecutionId++,
      activeUser: user,
      effectiveUser: options.effectiveUser ?? user,
      authMode: options.authMode ?? 'FULL',
      triggerUid: options.triggerUid,
      locksHeld: new Set(),
    };
    this.stack.push(execution);
    try {
      return fn();
    } finally {
      for (const key of execution.locksHeld) this.lockHolders.delete(key);
      this.stack.pop();
    }
  }

  current(): Execution {
    const execution = this.stack[this.stack.length - 1];
    if (!execution) {
      throw new Error('No execution is running: call the service inside workspace.run(user, fn).');
    }
    return execution;
  }

  isRunning(): boolean {
    return this.stack.length > 0;
  }

  // ---- locks ---------------------------------------------------------------------------
  /** Who holds a lock: an execution id, or undefined. */
  lockHolder(key: string): number | undefined {
    return this.lockHolders.get(key);
  }
  acquireLock(key: string): boolean {
    const execution = this.current();
    const holder = this.lockHolders.get(key);
    if (holder !== undefined && holder !== execution.id) return false;
    this.lockHolders.set(key, execution.id);
    execution.locksHeld.add(key);
    return true;
  }
  releaseLock(key: string): void {
    const execution = this.current();
    if (this.lockHolders.get(key) === execution.id) {
      this.lockHolders.delete(key);
      execution.locksHeld.delete(key);
    }
  }
  holdsLock(key: string): boolean {
    return this.isRunning() && this.current().locksHeld.has(key);
  }

  // ---- call recording, strict locking, faults --------------------------------------------
  /** The document-lock key for the bound spreadsheet. */
  documentLockKey = 'document';

  record(service: string, method: string, options: RecordOptions = {}): void {
    const execution = this.current();
    this.callCounter++;
    const due = this.callHooks.filter((h) => h.at === this.callCounter);
    for (const hook of due) {
      this.callHooks.splice(this.callHooks.indexOf(hook), 1);
      hook.run();
    }
    const documentLockHeld = execution.locksHeld.has(this.documentLockKey);
    if (this.fault && (!this.fault.service || this.fault.service === service)) {
      this.fault.seen++;
      if (this.fault.seen === this.fault.atCall) {
        const message = this.fault.message;
        this.faultFired = { atCall: this.fault.seen, service, method };
        this.fault = null;
        throw new Error(message);
      }
    }
    const write = Boolean(options.write || options.workbookWrite);
    this.calls.push({ service, method, execution: execution.id, write, documentLockHeld });
    this.authorize(service, method);
    if (options.workbookWrite && this.strictLock && !documentLockHeld) {
      throw new StrictLockViolation(
        `Strict lock: ${service}.${method} wrote to the workbook without holding the document lock.`,
      );
    }
  }

  /**
   * Refuses a call none of whose scopes (its reference page's Authorization section, scope-table.ts)
   * the manifest grants, with Google's text: with explicit `oauthScopes` "a method none of whose
   * scopes is granted throws" (domain.md §7). A method without a row is the emulator's own bug.
   */
  private authorize(service: string, method: string): void {
    const key = `${service}:${method}`;
    const row = SCOPE_TABLE[key];
    if (!row) throw new Error(`Emulator: ${key} has no row in node/emulator/scope-table.ts; add it from its reference page.`);
    if (row.scopes.length === 0 || row.scopes.some((s) => this.grantedScopes.has(s))) return;
    if (ADVANCED_SERVICES.has(service)) throw new Error(insufficientScopesMessage(`${service.toLowerCase()}.${method.toLowerCase()}`));
    throw new Error(permissionMessage(method, row.scopes));
  }

  /** Fails the `atCall`-th service call from now on with `message`, once. */
  injectFault(fault: Fault): void {
    this.fault = { ...fault, seen: 0 };
    this.faultFired = null;
  }
  clearFault(): void {
    this.fault = null;
  }

  /** Runs `hook` just before the `n`-th service call from now (1-based): interleaves executions. */
  beforeCall(n: number, hook: () => void): void {
    this.callHooks.push({ at: this.callCounter + n, run: hook });
  }

  /** Counts of recorded calls, keyed `Service.method`, optionally since an index. */
  callCounts(since = 0): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const call of this.calls.slice(since)) {
      const key = `${call.service}.${call.method}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }
}
