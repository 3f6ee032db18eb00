/**
 * The one emulated workbook behind the local page: the built bundle loaded over the emulator,
 * seeded with the demo OPD, with everything people do journalled so it survives a restart.
 * Every action runs as the user the page names, exactly as Apps Script would run it.
 */
import { GOOGLE_DOCS_MIME } from '../emulator/drive';
import { describeDocument, type DocumentView } from '../emulator/document/index';
import { Emulator } from '../emulator/index';
import type { AlertRecord, ShownHtml } from '../emulator/ui';
import type { Demo } from '../demo/opd';
import { Journal, type JournalEntry } from './journal';
import type { DialogQuestion, DocumentSummary, EditRequest, EditResponse, MenuView, PageState, RunRequest, RunResponse, ShownDialog } from './protocol';
import type { SheetView } from '../emulator/view';

export interface SessionOptions {
  readonly demo: Demo;
  /** Where the journal lives (git-ignored `.lapkin/` by default). */
  readonly dataDir: string;
  /** The built bundle (build/). */
  readonly bundleDir: string;
}

/** An alert with only an OK button informs; anything else (a prompt, a choice) needs an answer. */
function asksSomething(alert: AlertRecord): boolean {
  return alert.kind === 'prompt' || alert.buttons !== 'OK';
}

function questionOf(alert: AlertRecord): DialogQuestion {
  return { kind: alert.kind, title: alert.title, prompt: alert.prompt, buttons: alert.buttons };
}

function messageOf(error: unknown): string {
  // Errors thrown inside the bundle come from another realm: no instanceof.
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

export class LocalSession {
  private emu!: Emulator;
  private readonly journal: Journal;
  /** The sidebar each user has open (Sheets shows a sidebar to the person who opened it). */
  private readonly sidebars = new Map<string, ShownHtml>();
  /** The tab each user has on screen: what Sheets makes the active sheet of their executions. */
  private readonly viewing = new Map<string, string>();

  constructor(private readonly options: SessionOptions) {
    this.journal = new Journal(options.dataDir);
    this.rebuild();
  }

  /** Throws away every change: the demo OPD as it ships. */
  reset(): void {
    this.journal.clear();
    this.rebuild();
  }

  private rebuild(): void {
    const { demo, bundleDir } = this.options;
    this.emu = new Emulator({ owner: demo.owner, fileEditors: demo.fileEditors, spreadsheetName: demo.spreadsheetName });
    // The bundle's top-level code runs at load; load it as an execution by the owner.
    this.emu.ws.run({ email: demo.owner }, () => this.emu.loadBundle(bundleDir));
    demo.seed(this.emu);
    this.sidebars.clear();
    for (const entry of this.journal.all()) this.apply(entry);
  }

  private apply(entry: JournalEntry): RunResponse | EditResponse {
    this.emu.ws.setNow(new Date(entry.at));
    const { book } = this.emu.spreadsheet.ctx;
    const active = entry.sheet === undefined ? undefined : book.sheetByName(entry.sheet);
    if (active) book.activeSheetId = active.sheetId;
    const alertsBefore = this.emu.ui.alerts.length;
    const toastsBefore = this.emu.spreadsheet.toasts().length;
    const sidebarsBefore = this.emu.ui.sidebars.length;
    const dialogsBefore = this.emu.ui.dialogs.length;
    const labelled = (m: { title: string; text: string }): string => (m.title ? `${m.title}: ${m.text}` : m.text);
    const messages = (): string[] =>
      this.emu.ui.alerts.slice(alertsBefore).filter((a) => !asksSomething(a)).map((a) => labelled({ title: a.title, text: a.prompt }));
    const shown = (): { messages: string[]; toasts: string[]; dialogs: ShownDialog[] } => ({
      messages: messages(),
      toasts: this.emu.spreadsheet.toasts().slice(toastsBefore).map((t) => labelled({ title: t.title, text: t.message })),
      dialogs: this.emu.ui.dialogs.slice(dialogsBefore).map((d) => ({ title: d.title, html: d.html, width: d.width, height: d.height })),
    });
    const noteSidebar = (): void => {
      const shown = this.emu.ui.sidebars.slice(sidebarsBefore);
      if (shown.length > 0) this.sidebars.set(entry.user, shown[shown.length - 1]);
    };
    if (entry.kind === 'edit') {
      const result = this.emu.edit(entry.user, entry.sheet, entry.a1, entry.value);
      noteSidebar();
      const s = shown();
      return result.ok
        ? { ok: true, ...s, messages: [...s.messages, ...result.triggerErrors] }
        : { ok: false, error: result.error, ...s };
    }
    const answers = entry.answers ?? [];
    for (const answer of answers) this.emu.ui.queueResponse(answer);
    const unanswered = (): AlertRecord | undefined => this.emu.ui.alerts.slice(alertsBefore).filter(asksSomething)[answers.length];
    try {
      const value = this.emu.call(entry.user, entry.fn, ...entry.args);
      const question = unanswered();
      if (question) return { question: questionOf(question), messages: [] };
      noteSidebar();
      return { value: JSON.parse(JSON.stringify(value ?? null)) as unknown, ...shown() };
    } catch (error) {
      const question = unanswered();
      if (question) return { question: questionOf(question), messages: [] };
      return { error: messageOf(error), ...shown() };
    }
  }

  /**
   * One execution. When it asks a question beyond the answers given, everything it did is undone
   * (the workbook is rebuilt from the journal without it) and the question goes back to the page.
   */
  run(request: RunRequest): RunResponse {
    const sheet = this.viewing.get(request.user);
    const entry: JournalEntry = { kind: 'run', at: new Date().toISOString(), ...request, ...(sheet ? { sheet } : {}) };
    const response = this.apply(entry) as RunResponse;
    if ('question' in response) this.rebuild();
    else this.journal.append(entry);
    return response;
  }

  edit(request: EditRequest): EditResponse {
    const entry: JournalEntry = { kind: 'edit', at: new Date().toISOString(), ...request };
    const result = this.apply(entry) as EditResponse;
    // A refused edit changed nothing: keep it out of the journal.
    if (result.ok) this.journal.append(entry);
    return result;
  }

  closeSidebar(user: string): void {
    this.sidebars.delete(user);
  }

  /** The HTML of the sidebar `user` has open, as the script built it. */
  sidebarHtml(user: string): string | null {
    return this.sidebars.get(user)?.html ?? null;
  }

  /** The menus `user` sees: what onOpen adds when that user opens the file. */
  private menusFor(user: string): MenuView[] {
    this.emu.ui.menus.splice(0);
    try {
      this.emu.callWith({ email: user }, 'onOpen', [{}], 'LIMITED');
    } catch {
      return [];
    }
    return this.emu.ui.menus.map((menu) => ({
      title: menu.addon ? 'Ekstensi' : menu.title,
      // A submenu's items follow, captioned "Submenu ▸ Item".
      items: menu.items.flatMap((item) => (item.kind === 'item' ? [{ caption: item.caption, functionName: item.functionName }]
        : item.kind === 'submenu' ? item.items.flatMap((i) => (i.kind === 'item' ? [{ caption: `${item.title} ▸ ${i.caption}`, functionName: i.functionName }] : [])) : [])),
    }));
  }

  owner(): string {
    return this.options.demo.owner;
  }

  /** The spreadsheet's time zone. */
  timeZone(): string {
    return this.emu.ws.timeZone;
  }

  sheets(viewer: string): SheetView[] {
    return this.emu.spreadsheet.sheetNames().map((name) => this.emu.spreadsheet.describeSheet(name, viewer));
  }

  /** The Google Docs in Drive (what the add-on created), newest first. */
  documents(): DocumentSummary[] {
    return [...this.emu.drive.files.values()]
      .filter((f) => f.mimeType === GOOGLE_DOCS_MIME && !f.trashed)
      .map((f) => ({ id: f.id, name: f.name }))
      .reverse();
  }

  /** One of those documents as the emulator holds it, or null. */
  document(id: string): DocumentView | null {
    return this.documents().some((d) => d.id === id) ? describeDocument(this.emu.drive, id) : null;
  }

  state(user: string, sheetName: string): PageState {
    const known = this.options.demo.users.some((u) => u.email === user);
    const viewer = known ? user : this.options.demo.owner;
    const sheets = this.sheets(viewer);
    const sheet =
      sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => !s.hidden) ?? null;
    if (sheet) this.viewing.set(viewer, sheet.name);
    const sidebar = this.sidebars.get(viewer);
    return {
      spreadsheetName: this.options.demo.spreadsheetName,
      user: viewer,
      users: this.options.demo.users,
      tabs: sheets.map((s) => ({ name: s.name, hidden: s.hidden, tabColor: s.tabColor })),
      sheet,
      menus: this.menusFor(viewer),
      sidebar: sidebar ? { title: sidebar.title } : null,
      documents: this.documents(),
      mails: this.emu.mail.outbox.map((m) => ({ to: m.to, cc: m.cc, from: m.from, subject: m.subject, body: m.body, sentAt: m.sentAt })).reverse(),
    };
  }
}
