/**
 * The Workspace emulator, assembled: one bound spreadsheet, Drive with its documents, the property
 * stores, triggers, mail and UI, and the built bundle loaded over them with gas-local.
 *
 *   const emu = new Emulator({ owner: 'kasubbag@contoh.go.id' });
 *   emu.loadBundle();                                  // build/Code.js
 *   emu.call('kasubbag@contoh.go.id', 'onOpen');       // an execution as that user
 *   emu.edit('kabid@contoh.go.id', 'Sheet1', 'B3', 5); // a person typing in the grid
 */
import { readFileSync } from 'node:fs';
import { modelEksekusiMs } from '../bench/latensi';
import { join } from 'node:path';
import { loadBundleContext } from './bundle';
import { FakeDrive, createDocumentApp, createDriveApp } from './document';
import { createDriveAdvanced } from './drive-advanced';
import { createDocsAdvanced } from './docs-advanced';
import { createHtmlService } from './html';
import { createLockService } from './lock';
import { createLogger } from './logger';
import { readManifest, type Manifest } from './manifest';
import { isFileEditor } from './spreadsheet/access';
import { FakeMail, createMailApp } from './mail';
import { PropertyStores, createPropertiesService } from './properties';
import { createScriptApp } from './script';
import { createSession } from './session';
import { Charts } from './spreadsheet/charts';
import { FakeSpreadsheet, createSpreadsheetApp, userEdit, type UserEditResult } from './spreadsheet/index';
import { FakeUi } from './ui';
import { createUtilities } from './utilities';
import { Workspace, type AuthMode, type Person } from './workspace';

export { ANONYMOUS } from './workspace';

const SPREADSHEET_ID = 'spreadsheet-1';

export interface EmulatorOptions {
  readonly owner: string;
  readonly timeZone?: string;
  readonly now?: Date;
  readonly spreadsheetName?: string;
  /** People (besides the owner) who may edit the file; others only view it. */
  readonly fileEditors?: readonly string[];
  /**
   * E-mail domains that are Google Workspace domains. Every other account is a consumer account
   * (gmail, or a Google account made on a non-Workspace address such as a *.go.id mailbox): the
   * default, and the common case in Indonesian local government.
   */
  readonly workspaceDomains?: readonly string[];
  /** What anyone with the file's link may do, signed in or not (default: nothing). */
  readonly linkAccess?: 'none' | 'view' | 'edit';
  /**
   * The owner's account locale (Google account ▸ language and region). "By default, the locale of a
   * new spreadsheet is set to the language of the Google account that created it"
   * (https://support.google.com/docs/answer/58515): the spreadsheet takes it. Default id_ID; an
   * owner whose account is in English has en_US.
   */
  readonly ownerLocale?: string;
  /** The manifest whose scopes and advanced services apply (default: the repository's appsscript.json). */
  readonly manifest?: Manifest;
}

/**
 * The bundle's `Date`: `new Date()` and `Date.now()` read the emulator's clock, so a test can move
 * time past a deadline. With arguments it is the ordinary Date.
 */
function clockDate(ws: Workspace): DateConstructor {
  class EmulatedDate extends Date {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(ws.clock().getTime());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return ws.clock().getTime();
    }
  }
  return EmulatedDate as DateConstructor;
}

export class Emulator {
  readonly ws: Workspace;
  readonly spreadsheet: FakeSpreadsheet;
  readonly drive: FakeDrive;
  readonly properties: PropertyStores;
  readonly mail: FakeMail;
  readonly ui: FakeUi;
  readonly logger: ReturnType<typeof createLogger>;
  manifest: Manifest;
  /** How the loaded bundle is deployed: bound to the spreadsheet, or an add-on (its own project). */
  deployment: 'bound' | 'addon' = 'bound';
  private bundleDir = 'build';

  constructor(options: EmulatorOptions) {
    this.ws = new Workspace({ owner: options.owner, timeZone: options.timeZone, now: options.now, workspaceDomains: options.workspaceDomains });
    // Trigger runtime is charged by the bench's latency model (node/bench/latensi.ts), the one model of time.
    this.ws.executionMs = (calls) => modelEksekusiMs(calls);
    this.spreadsheet = new FakeSpreadsheet(this.ws, {
      id: SPREADSHEET_ID,
      name: options.spreadsheetName ?? 'Lapkin',
      locale: options.ownerLocale ?? 'id_ID',
    });
    for (const email of options.fileEditors ?? []) this.spreadsheet.addFileEditor(email);
    this.spreadsheet.ctx.book.linkAccess = options.linkAccess ?? 'none';
    this.manifest = options.manifest ?? readManifest('appsscript.json');
    this.ws.grantedScopes = new Set(this.manifest.oauthScopes);
    this.drive = new FakeDrive(this.ws);
    this.properties = new PropertyStores(this.ws);
    this.mail = new FakeMail(this.ws);
    this.ui = new FakeUi(this.ws);
    this.logger = createLogger(this.ws);
  }

  /** The Apps Script globals the bundle sees — and nothing else. */
  globals(): Record<string, unknown> {
    const ws = this.ws;
    return {
      SpreadsheetApp: createSpreadsheetApp(ws, this.spreadsheet, this.ui),
      DocumentApp: createDocumentApp(ws, this.drive),
      DriveApp: createDriveApp(ws, this.drive),
      // The Advanced Drive service v3, only when the manifest enables it (else `Drive` is undefined).
      ...(this.manifest.enabledAdvancedServices.some((s) => s.userSymbol === 'Drive' && s.serviceId === 'drive' && s.version === 'v3')
        ? { Drive: createDriveAdvanced(ws, this.drive) }
        : {}),
      // The Advanced Docs service v1, likewise only when enabled.
      ...(this.manifest.enabledAdvancedServices.some((s) => s.userSymbol === 'Docs' && s.serviceId === 'docs' && s.version === 'v1')
        ? { Docs: createDocsAdvanced(ws, this.drive) }
        : {}),
      LockService: createLockService(ws),
      PropertiesService: createPropertiesService(ws, this.properties),
      Session: createSession(ws),
      ScriptApp: createScriptApp(ws, 'lapkin-script'),
      MailApp: createMailApp(ws, this.mail),
      Utilities: createUtilities(ws),
      HtmlService: createHtmlService(ws, (name) => readFileSync(join(this.bundleDir, `${name}.html`), 'utf8')),
      Charts,
      Date: clockDate(ws),
      Logger: this.logger,
      console: this.logger,
    };
  }

  /** Loads build/Code.js (or `dir`) into a fresh context; its top-level functions become the entry points. */
  loadBundle(dir = 'build', deployment: 'bound' | 'addon' = 'bound'): Record<string, unknown> {
    this.bundleDir = dir;
    this.deployment = deployment;
    this.manifest = readManifest(join(dir, 'appsscript.json'));
    this.ws.grantedScopes = new Set(this.manifest.oauthScopes);
    const context = loadBundleContext(this.globals(), dir);
    const entryPoints: Record<string, (...args: unknown[]) => unknown> = {};
    for (const [name, value] of Object.entries(context)) {
      if (typeof value === 'function') entryPoints[name] = value as (...args: unknown[]) => unknown;
    }
    this.ws.entryPoints = entryPoints;
    return context;
  }

  /**
   * Someone changes the code behind an entry point (as in the Apps Script editor). A bound script
   * belongs to its container: "Only users who have permission to edit a container can run its bound
   * script" and they open it from Extensions ▸ Apps Script
   * (https://developers.google.com/apps-script/guides/bound#access_to_bound_scripts), so every
   * editor of the spreadsheet can — and installable triggers then run that code with their
   * creator's authority. An add-on's code lives in its own project, which no spreadsheet editor
   * can open.
   */
  editBoundScript(email: string, functionName: string, code: (...args: unknown[]) => unknown): void {
    if (this.deployment === 'addon') throw new Error(`${email} cannot open the add-on's script project.`);
    const book = this.spreadsheet.ctx.book;
    if (!isFileEditor(this.ws, book, { email })) throw new Error(`${email} cannot open the bound script: they cannot edit the spreadsheet.`);
    this.ws.entryPoints[functionName] = code;
  }

  /** Runs one entry point as one execution by `email`, as a menu click or google.script.run would. */
  call(email: string, functionName: string, ...args: unknown[]): unknown {
    return this.callWith({ email }, functionName, args);
  }

  callWith(user: Person, functionName: string, args: unknown[] = [], authMode: AuthMode = 'FULL'): unknown {
    const fn = this.ws.entryPoints[functionName];
    if (!fn) throw new Error(`Script function not found: ${functionName}`);
    return this.ws.run(user, () => fn(...args), { authMode });
  }

  /** A person (an e-mail, or ANONYMOUS: a signed-out link visitor) typing `value` into one cell of the grid. */
  edit(who: string | Person, sheetName: string, a1: string, value: string | number | boolean): UserEditResult {
    return userEdit(this.ws, this.spreadsheet, typeof who === 'string' ? { email: who } : who, sheetName, a1, value);
  }
}
