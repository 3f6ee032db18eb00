/**
 * The spreadsheet UI: menus, the sidebar, dialogs, alerts and prompts. Nothing is drawn; what the
 * script shows is recorded, and alert/prompt answers come from a queue the test fills (an empty
 * queue answers as if the user closed the dialog).
 */
import { isFakeHtmlOutput } from './html';
import { enumKey, gasEnum } from './utilities/gas-enum';
import type { Workspace } from './workspace';

export type MenuEntry =
  | { readonly kind: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'submenu'; readonly title: string; readonly items: MenuEntry[] };

export interface MenuRecord {
  /** The createMenu caption, or 'add-on' for createAddonMenu (Google titles it with the add-on's name). */
  readonly title: string;
  readonly addon: boolean;
  readonly items: MenuEntry[];
}

export interface ShownHtml {
  readonly title: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly modal?: boolean;
}

export type ButtonName = 'CLOSE' | 'OK' | 'CANCEL' | 'YES' | 'NO';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export interface AlertRecord {
  readonly kind: 'alert' | 'prompt';
  readonly title: string;
  readonly prompt: string;
  readonly buttons: ButtonSetName;
  /** The answer given: which button, and for prompts the text typed. */
  readonly button: ButtonName;
  readonly text?: string;
}

export interface ScriptedResponse {
  readonly button: ButtonName;
  readonly text?: string;
}

const Button = gasEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
const ButtonSet = gasEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);

type UiMethods =
  | 'createMenu'
  | 'createAddonMenu'
  | 'showSidebar'
  | 'showModalDialog'
  | 'showModelessDialog'
  | 'alert'
  | 'prompt'
  | 'Button'
  | 'ButtonSet';

class FakeMenu implements GoogleAppsScript.Base.Menu {
  readonly items: MenuEntry[] = [];

  constructor(
    private readonly ui: FakeUi,
    private readonly ws: Workspace,
    readonly title: string,
    readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): FakeMenu {
    this.ws.record('SpreadsheetApp', 'Menu.addItem');
    this.items.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): FakeMenu {
    this.ws.record('SpreadsheetApp', 'Menu.addSeparator');
    this.items.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): FakeMenu {
    this.ws.record('SpreadsheetApp', 'Menu.addSubMenu');
    if (!(menu instanceof FakeMenu)) throw new Error('Invalid argument: subMenu');
    this.items.push({ kind: 'submenu', title: menu.title, items: menu.items });
    return this;
  }
  addToUi(): void {
    this.ws.record('SpreadsheetApp', 'Menu.addToUi', { write: true });
    this.ui.install({ title: this.title, addon: this.addon, items: this.items });
  }
}

export class FakeUi implements Pick<GoogleAppsScript.Base.Ui, UiMethods> {
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  /** Menus added to the UI, in order; adding a menu with an existing title replaces it. */
  readonly menus: MenuRecord[] = [];
  readonly sidebars: ShownHtml[] = [];
  readonly dialogs: ShownHtml[] = [];
  readonly alerts: AlertRecord[] = [];
  private readonly responses: ScriptedResponse[] = [];

  constructor(private readonly ws: Workspace) {}

  /** Scripts the answer to the next alert or prompt. */
  queueResponse(response: ScriptedResponse): void {
    this.responses.push(response);
  }

  /** Called by Menu.addToUi. */
  install(menu: MenuRecord): void {
    const index = this.menus.findIndex((m) => m.title === menu.title && m.addon === menu.addon);
    if (index >= 0) this.menus.splice(index, 1, menu);
    else this.menus.push(menu);
  }

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    this.ws.record('SpreadsheetApp', 'Ui.createMenu');
    return new FakeMenu(this, this.ws, String(caption), false);
  }

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    this.ws.record('SpreadsheetApp', 'Ui.createAddonMenu');
    return new FakeMenu(this, this.ws, 'add-on', true);
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.ws.record('SpreadsheetApp', 'Ui.showSidebar', { write: true });
    this.sidebars.push(this.shown(userInterface));
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.ws.record('SpreadsheetApp', 'Ui.showModalDialog', { write: true });
    this.dialogs.push({ ...this.shown(userInterface), title: String(title), modal: true });
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.ws.record('SpreadsheetApp', 'Ui.showModelessDialog', { write: true });
    this.dialogs.push({ ...this.shown(userInterface), title: String(title), modal: false });
  }

  alert(
    first: string,
    second?: string | GoogleAppsScript.Base.ButtonSet,
    third?: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.Button {
    this.ws.record('SpreadsheetApp', 'Ui.alert');
    const { title, prompt, buttons } = this.dialogArgs(first, second, third);
    const answer = this.answer(buttons);
    this.alerts.push({ kind: 'alert', title, prompt, buttons, button: answer.button });
    return Button[answer.button] as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(
    first: string,
    second?: string | GoogleAppsScript.Base.ButtonSet,
    third?: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.PromptResponse {
    this.ws.record('SpreadsheetApp', 'Ui.prompt');
    const { title, prompt, buttons } = this.dialogArgs(first, second, third);
    const answer = this.answer(buttons);
    const text = answer.text ?? '';
    this.alerts.push({ kind: 'prompt', title, prompt, buttons, button: answer.button, text });
    const ws = this.ws;
    return {
      getResponseText() {
        ws.record('SpreadsheetApp', 'PromptResponse.getResponseText');
        return text;
      },
      getSelectedButton() {
        ws.record('SpreadsheetApp', 'PromptResponse.getSelectedButton');
        return Button[answer.button] as unknown as GoogleAppsScript.Base.Button;
      },
    };
  }

  private shown(userInterface: GoogleAppsScript.HTML.HtmlOutput): ShownHtml {
    if (!isFakeHtmlOutput(userInterface)) throw new Error('Invalid argument: userInterface');
    return userInterface.snapshot();
  }

  private dialogArgs(
    first: string,
    second?: string | GoogleAppsScript.Base.ButtonSet,
    third?: GoogleAppsScript.Base.ButtonSet,
  ): { title: string; prompt: string; buttons: ButtonSetName } {
    if (typeof second === 'string') {
      return { title: String(first), prompt: second, buttons: this.buttonSet(third) };
    }
    return { title: '', prompt: String(first), buttons: this.buttonSet(second) };
  }

  private buttonSet(value: unknown): ButtonSetName {
    if (value === undefined) return 'OK';
    const key = enumKey(ButtonSet, value);
    if (!key) throw new Error('Invalid argument: buttons');
    return key;
  }

  /** The next scripted answer; with none queued the user closed the dialog (Button.CLOSE). */
  private answer(buttons: ButtonSetName): ScriptedResponse {
    const response = this.responses.shift() ?? { button: 'CLOSE' };
    const allowed: Record<ButtonSetName, ButtonName[]> = {
      OK: ['OK'],
      OK_CANCEL: ['OK', 'CANCEL'],
      YES_NO: ['YES', 'NO'],
      YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
    };
    if (response.button !== 'CLOSE' && !allowed[buttons].includes(response.button)) {
      throw new Error(`Test error: the dialog offers ${allowed[buttons].join('/')}, not ${response.button}.`);
    }
    return response;
  }
}
