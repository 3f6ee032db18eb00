/**
 * ScriptApp: installable triggers (stored in `ws.triggers` with their creator, since a trigger
 * runs as the person who made it), the AuthMode/EventType enums, and the authorization check
 * the other fakes share: services that need a scope cannot run in AuthMode NONE/LIMITED.
 */
import { gasEnum } from './utilities/gas-enum';
import type { TriggerRecord, Workspace } from './workspace';

type ScriptAppMembers =
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger'
  | 'getScriptId'
  | 'AuthMode'
  | 'EventType'
  | 'TriggerSource'
  | 'WeekDay';

export type FakeScriptApp = Pick<GoogleAppsScript.Script.ScriptApp, ScriptAppMembers>;

/** How often a time-driven trigger fires; absent for spreadsheet triggers. */
export interface ClockSchedule {
  readonly everyMinutes?: number;
  readonly everyHours?: number;
  readonly everyDays?: number;
  readonly atHour?: number;
}

export interface StoredTrigger extends TriggerRecord {
  readonly schedule?: ClockSchedule;
}

/** https://developers.google.com/apps-script/guides/services/quotas — "Triggers: 20 / user / script". */
export const MAX_TRIGGERS_PER_USER = 20;
/** The error Apps Script throws on the 21st trigger (as seen in execution logs). */
export const TOO_MANY_TRIGGERS_MESSAGE =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export const AuthMode = gasEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
export const EventType = gasEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const);
const TriggerSource = gasEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
const WeekDay = gasEnum(['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const);

/**
 * Throws as Apps Script does when a method needing `scope` runs without the user's authorization
 * (simple triggers, an add-on's onOpen). Text as in real logs, e.g. "You do not have permission to
 * call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp"
 * (github.com/diegomanuel/binance-to-google-sheets/issues/106).
 */
export function requireAuthorization(ws: Workspace, method: string, scope: string): void {
  if (ws.current().authMode !== 'FULL') {
    throw new Error(`You do not have permission to call ${method}. Required permissions: https://www.googleapis.com/auth/${scope}`);
  }
}

const SCRIPT_SCOPE = 'script.scriptapp';
const MINUTE_STEPS = [1, 5, 10, 15, 30];

class FakeTrigger implements GoogleAppsScript.Script.Trigger {
  constructor(
    private readonly ws: Workspace,
    readonly record: StoredTrigger,
  ) {}
  getUniqueId(): string {
    this.ws.record('ScriptApp', 'Trigger.getUniqueId');
    return this.record.uid;
  }
  getHandlerFunction(): string {
    this.ws.record('ScriptApp', 'Trigger.getHandlerFunction');
    return this.record.handlerFunction;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    this.ws.record('ScriptApp', 'Trigger.getEventType');
    return EventType[this.record.eventType as keyof typeof EventType] as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.ws.record('ScriptApp', 'Trigger.getTriggerSource');
    const source = this.record.eventType === 'CLOCK' ? TriggerSource.CLOCK : TriggerSource.SPREADSHEETS;
    return source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    this.ws.record('ScriptApp', 'Trigger.getTriggerSourceId');
    return this.record.sourceId;
  }
}

/** Saves a trigger for the current effective user, within the per-user limit. */
function install(ws: Workspace, handlerFunction: string, eventType: string, sourceId: string, schedule?: ClockSchedule): FakeTrigger {
  const creator = ws.current().effectiveUser;
  const mine = ws.triggers.filter((t) => t.creator.email === creator.email);
  if (mine.length >= MAX_TRIGGERS_PER_USER) throw new Error(TOO_MANY_TRIGGERS_MESSAGE);
  const record: StoredTrigger = {
    uid: String(Math.floor(1e9 + Math.random() * 9e9)),
    handlerFunction,
    eventType,
    sourceId,
    creator: { email: creator.email },
    ...(schedule ? { schedule } : {}),
  };
  ws.triggers.push(record);
  return new FakeTrigger(ws, record);
}

function spreadsheetBuilder(ws: Workspace, handler: string, sourceId: string): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
  let eventType: string | undefined;
  const builder: GoogleAppsScript.Script.SpreadsheetTriggerBuilder = {
    onOpen: () => choose('onOpen', 'ON_OPEN'),
    onEdit: () => choose('onEdit', 'ON_EDIT'),
    onChange: () => choose('onChange', 'ON_CHANGE'),
    onFormSubmit: () => choose('onFormSubmit', 'ON_FORM_SUBMIT'),
    create() {
      ws.record('ScriptApp', 'SpreadsheetTriggerBuilder.create', { write: true });
      requireAuthorization(ws, 'ScriptApp.newTrigger', SCRIPT_SCOPE);
      if (!eventType) throw new Error('Missing trigger type: call onOpen(), onEdit(), onChange() or onFormSubmit() first.');
      return install(ws, handler, eventType, sourceId);
    },
  };
  function choose(method: string, type: string) {
    ws.record('ScriptApp', `SpreadsheetTriggerBuilder.${method}`);
    eventType = type;
    return builder;
  }
  return builder;
}

type ClockMethods = 'everyMinutes' | 'everyHours' | 'everyDays' | 'atHour' | 'create';

function clockBuilder(ws: Workspace, handler: string): Pick<GoogleAppsScript.Script.ClockTriggerBuilder, ClockMethods> {
  const schedule: { -readonly [K in keyof ClockSchedule]: ClockSchedule[K] } = {};
  const builder: Pick<GoogleAppsScript.Script.ClockTriggerBuilder, ClockMethods> = {
    everyMinutes(n: number) {
      ws.record('ScriptApp', 'ClockTriggerBuilder.everyMinutes');
      // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
      // "n — the number of minutes between executions; must be 1, 5, 10, 15 or 30"
      if (!MINUTE_STEPS.includes(n)) throw new Error('Invalid argument: everyMinutes takes 1, 5, 10, 15 or 30.');
      schedule.everyMinutes = n;
      return builder as GoogleAppsScript.Script.ClockTriggerBuilder;
    },
    everyHours(n: number) {
      ws.record('ScriptApp', 'ClockTriggerBuilder.everyHours');
      schedule.everyHours = n;
      return builder as GoogleAppsScript.Script.ClockTriggerBuilder;
    },
    everyDays(n: number) {
      ws.record('ScriptApp', 'ClockTriggerBuilder.everyDays');
      schedule.everyDays = n;
      return builder as GoogleAppsScript.Script.ClockTriggerBuilder;
    },
    atHour(hour: number) {
      ws.record('ScriptApp', 'ClockTriggerBuilder.atHour');
      schedule.atHour = hour;
      return builder as GoogleAppsScript.Script.ClockTriggerBuilder;
    },
    create() {
      ws.record('ScriptApp', 'ClockTriggerBuilder.create', { write: true });
      requireAuthorization(ws, 'ScriptApp.newTrigger', SCRIPT_SCOPE);
      if (Object.keys(schedule).length === 0) throw new Error('Missing schedule: call everyMinutes/everyHours/everyDays first.');
      return install(ws, handler, 'CLOCK', '', { ...schedule });
    },
  };
  return builder;
}

function sourceIdOf(target: unknown): string {
  if (typeof target === 'string') return target;
  const withId = target as { getId?: () => string } | null;
  if (withId && typeof withId.getId === 'function') return withId.getId();
  throw new Error('Invalid argument: spreadsheet');
}

export function createScriptApp(ws: Workspace, scriptId: string): FakeScriptApp {
  const visible = () => {
    const me = ws.current().effectiveUser.email;
    return (ws.triggers as StoredTrigger[]).filter((t) => t.creator.email === me);
  };
  return {
    AuthMode: AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode,
    EventType: EventType as unknown as typeof GoogleAppsScript.Script.EventType,
    TriggerSource: TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource,
    WeekDay: WeekDay as unknown as typeof GoogleAppsScript.Base.Weekday,
    getScriptId() {
      ws.record('ScriptApp', 'ScriptApp.getScriptId');
      return scriptId;
    },
    newTrigger(functionName: string) {
      ws.record('ScriptApp', 'ScriptApp.newTrigger');
      const handler = String(functionName);
      return {
        forSpreadsheet(target: GoogleAppsScript.Spreadsheet.Spreadsheet | string) {
          ws.record('ScriptApp', 'TriggerBuilder.forSpreadsheet');
          return spreadsheetBuilder(ws, handler, sourceIdOf(target));
        },
        timeBased() {
          ws.record('ScriptApp', 'TriggerBuilder.timeBased');
          return clockBuilder(ws, handler) as GoogleAppsScript.Script.ClockTriggerBuilder;
        },
      } as unknown as GoogleAppsScript.Script.TriggerBuilder;
    },
    // https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
    // "Gets all installable triggers associated with the current project and current user."
    getProjectTriggers() {
      ws.record('ScriptApp', 'ScriptApp.getProjectTriggers');
      requireAuthorization(ws, 'ScriptApp.getProjectTriggers', SCRIPT_SCOPE);
      return visible().map((record) => new FakeTrigger(ws, record));
    },
    getUserTriggers(container: { getId(): string }) {
      ws.record('ScriptApp', 'ScriptApp.getUserTriggers');
      requireAuthorization(ws, 'ScriptApp.getUserTriggers', SCRIPT_SCOPE);
      const id = sourceIdOf(container);
      return visible()
        .filter((t) => t.sourceId === id)
        .map((record) => new FakeTrigger(ws, record));
    },
    deleteTrigger(trigger: GoogleAppsScript.Script.Trigger) {
      ws.record('ScriptApp', 'ScriptApp.deleteTrigger', { write: true });
      requireAuthorization(ws, 'ScriptApp.deleteTrigger', SCRIPT_SCOPE);
      if (!(trigger instanceof FakeTrigger)) throw new Error('Invalid argument: trigger');
      const index = ws.triggers.findIndex((t) => t.uid === trigger.record.uid);
      if (index >= 0) ws.triggers.splice(index, 1);
    },
  };
}

/** The triggers as plain JSON, for the local server to persist (they live in `ws.triggers`). */
export function triggersToJSON(ws: Workspace): StoredTrigger[] {
  return (ws.triggers as StoredTrigger[]).map((t) => JSON.parse(JSON.stringify(t)) as StoredTrigger);
}

export function triggersFromJSON(ws: Workspace, json: readonly StoredTrigger[]): void {
  ws.triggers.splice(0, ws.triggers.length, ...json.map((t) => ({ ...t })));
}
