/**
 * What the local page and the local server say to each other (JSON over HTTP). Plain data only.
 */
import type { SheetView } from '../emulator/view';

/** Someone the page lets you play. */
export interface LocalUser {
  readonly email: string;
  /** Shown in the user switcher, e.g. "Kasubbag PerKeu (admin)". */
  readonly label: string;
}

export interface MenuItemView {
  readonly caption: string;
  readonly functionName: string;
}

export interface MenuView {
  readonly title: string;
  readonly items: readonly MenuItemView[];
}

export interface TabView {
  readonly name: string;
  readonly hidden: boolean;
  readonly tabColor?: string;
}

export interface DocumentSummary {
  readonly id: string;
  readonly name: string;
}

/** GET /api/state?user=…&sheet=… */
export interface PageState {
  readonly spreadsheetName: string;
  readonly user: string;
  readonly users: readonly LocalUser[];
  readonly tabs: readonly TabView[];
  /** The requested tab, or the first visible one; null when the workbook has no tabs. */
  readonly sheet: SheetView | null;
  /** The menus onOpen added for this user. */
  readonly menus: readonly MenuView[];
  /** The sidebar this user opened (showSidebar), or null. */
  readonly sidebar: { readonly title: string } | null;
  /** The Google Docs the add-on created, newest first. */
  readonly documents: readonly DocumentSummary[];
  /** Kotak surat: the e-mails the add-on sent (MailApp), newest first. */
  readonly mails: readonly MailView[];
}

export interface MailView {
  readonly to: string;
  readonly cc: string;
  readonly from: string;
  readonly subject: string;
  readonly body: string;
  /** ISO time. */
  readonly sentAt: string;
}

/** A dialog the execution showed (Ui.showModalDialog / showModelessDialog): its title, HTML and size. */
export interface ShownDialog {
  readonly title: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
}

/** A button of an alert or prompt, as Ui.Button names it. */
export type DialogButton = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

/** How the person answered one alert or prompt. */
export interface DialogAnswer {
  readonly button: DialogButton;
  /** What was typed into a prompt. */
  readonly text?: string;
}

/** An alert or prompt the script is waiting on. */
export interface DialogQuestion {
  readonly kind: 'alert' | 'prompt';
  readonly title: string;
  readonly prompt: string;
  readonly buttons: 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';
}

/** POST /api/run — one execution, as google.script.run or a menu click makes it. */
export interface RunRequest {
  readonly user: string;
  readonly fn: string;
  readonly args: readonly unknown[];
  /** Answers to the alerts and prompts the execution asks, in order (see `question`). */
  readonly answers?: readonly DialogAnswer[];
}

/**
 * What the execution showed besides its result: information alerts (`messages`), toasts, and
 * dialogs. When it asked a question beyond the answers given, nothing is kept: the page asks the
 * person and runs it again with one more answer.
 */
interface Shown {
  readonly messages: readonly string[];
  readonly toasts?: readonly string[];
  readonly dialogs?: readonly ShownDialog[];
}
export type RunResponse =
  | (Shown & { readonly value?: unknown })
  | (Shown & { readonly error: string })
  | { readonly question: DialogQuestion; readonly messages: readonly string[] };

/** POST /api/edit — a person typing into one cell. */
export interface EditRequest {
  readonly user: string;
  readonly sheet: string;
  readonly a1: string;
  readonly value: string | boolean;
}

export type EditResponse =
  | (Shown & { readonly ok: true })
  | (Shown & { readonly ok: false; readonly error: string });
