/**
 * Installable triggers' total runtime, charged to each trigger's creator per day: "Triggers total
 * runtime: 90 min / day" on consumer accounts (for example, gmail.com), "6 hr / day" on Google
 * Workspace accounts (https://developers.google.com/apps-script/guides/services/quotas). Past it a
 * trigger does not run and the execution fails with "Service using too much computer time for one
 * day." (same page, exception messages: it "most commonly occurs for scripts that run on a trigger").
 *
 * The emulator has no wall clock worth charging, so an execution's runtime is modelled: a fixed
 * start-up per execution plus the modelled time of the service calls it made (`Workspace.executionMs`,
 * set by the Emulator from the bench's latency model). Quotas "reset 24 hours after the first
 * request"; the ledger counts per calendar day in Pacific time, as the mail quota does.
 */
import { formatDate } from './utilities/format-date';
import type { CallRecord, Person, Workspace } from './workspace';

export const CONSUMER_TRIGGER_MS_PER_DAY = 90 * 60 * 1000;
export const WORKSPACE_TRIGGER_MS_PER_DAY = 6 * 60 * 60 * 1000;
export const TRIGGER_RUNTIME_MESSAGE = 'Service using too much computer time for one day.';

function hari(ws: Workspace): string {
  return formatDate(ws.clock(), 'America/Los_Angeles', 'yyyy-MM-dd');
}

export class TriggerRuntime {
  /** Modelled milliseconds by `creator␀day`. */
  private readonly used = new Map<string, number>();

  constructor(private readonly ws: Workspace) {}

  quotaMs(creator: string): number {
    return this.ws.isWorkspaceAccount(creator) ? WORKSPACE_TRIGGER_MS_PER_DAY : CONSUMER_TRIGGER_MS_PER_DAY;
  }

  /** Modelled trigger runtime `creator` has used today. */
  usedToday(creator: string): number {
    return this.used.get(`${creator}\u0000${hari(this.ws)}`) ?? 0;
  }

  /**
   * Runs `fire` (one installable-trigger execution) unless its creator's runtime for today is used
   * up, then charges the execution's modelled runtime to the creator.
   */
  run(creator: Person, fire: () => void): void {
    if (this.usedToday(creator.email) >= this.quotaMs(creator.email)) throw new Error(TRIGGER_RUNTIME_MESSAGE);
    const since = this.ws.calls.length;
    try {
      fire();
    } finally {
      const key = `${creator.email}\u0000${hari(this.ws)}`;
      this.used.set(key, (this.used.get(key) ?? 0) + this.ws.executionMs(this.ws.calls.slice(since)));
    }
  }
}

export type ExecutionCost = (calls: readonly CallRecord[]) => number;
