/**
 * HtmlService: HTML outputs the sidebar and dialogs are made of. `createHtmlOutputFromFile('Sidebar')`
 * reads `Sidebar.html` (the pushed project file) through `readFile`.
 */
import { gasEnum } from './utilities/gas-enum';
import type { Workspace } from './workspace';

export type FakeHtmlService = Pick<
  GoogleAppsScript.HTML.HtmlService,
  'createHtmlOutput' | 'createHtmlOutputFromFile' | 'SandboxMode' | 'XFrameOptionsMode'
>;

type OutputMethods =
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'clear'
  | 'getTitle'
  | 'setTitle'
  | 'getWidth'
  | 'setWidth'
  | 'getHeight'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setXFrameOptionsMode';

export class FakeHtmlOutput implements Pick<GoogleAppsScript.HTML.HtmlOutput, OutputMethods> {
  private content: string;
  private title = '';
  private width = 0;
  private height = 0;

  constructor(
    private readonly ws: Workspace,
    content: string,
  ) {
    this.content = content;
  }

  /** Setters chain; the fake stands in for the whole HtmlOutput. */
  private chain(): GoogleAppsScript.HTML.HtmlOutput {
    return this as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }

  private call(method: string): void {
    this.ws.record('HtmlService', `HtmlOutput.${method}`);
  }

  getContent(): string {
    this.call('getContent');
    return this.content;
  }
  setContent(content: string): GoogleAppsScript.HTML.HtmlOutput {
    this.call('setContent');
    this.content = String(content);
    return this.chain();
  }
  append(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.call('append');
    this.content += String(addedContent);
    return this.chain();
  }
  clear(): GoogleAppsScript.HTML.HtmlOutput {
    this.call('clear');
    this.content = '';
    return this.chain();
  }
  getTitle(): string {
    this.call('getTitle');
    return this.title;
  }
  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this.call('setTitle');
    this.title = String(title);
    return this.chain();
  }
  getWidth(): number {
    this.call('getWidth');
    return this.width;
  }
  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this.call('setWidth');
    this.width = width;
    return this.chain();
  }
  getHeight(): number {
    this.call('getHeight');
    return this.height;
  }
  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this.call('setHeight');
    this.height = height;
    return this.chain();
  }
  setSandboxMode(): GoogleAppsScript.HTML.HtmlOutput {
    this.call('setSandboxMode');
    return this.chain();
  }
  setXFrameOptionsMode(): GoogleAppsScript.HTML.HtmlOutput {
    this.call('setXFrameOptionsMode');
    return this.chain();
  }

  /** What the UI fake records, read without making calls. */
  snapshot(): { html: string; title: string; width: number; height: number } {
    return { html: this.content, title: this.title, width: this.width, height: this.height };
  }
}

function asHtmlOutput(output: FakeHtmlOutput): GoogleAppsScript.HTML.HtmlOutput {
  return output as unknown as GoogleAppsScript.HTML.HtmlOutput;
}

export function isFakeHtmlOutput(value: unknown): value is FakeHtmlOutput {
  return value instanceof FakeHtmlOutput;
}

const SandboxMode = gasEnum(['EMULATED', 'IFRAME', 'NATIVE'] as const);
const XFrameOptionsMode = gasEnum(['ALLOWALL', 'DEFAULT'] as const);

export function createHtmlService(ws: Workspace, readFile: (name: string) => string): FakeHtmlService {
  return {
    SandboxMode: SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode,
    XFrameOptionsMode: XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode,
    createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource) {
      ws.record('HtmlService', 'HtmlService.createHtmlOutput');
      if (html === undefined) return asHtmlOutput(new FakeHtmlOutput(ws, ''));
      const text = typeof html === 'string' ? html : html.getBlob().getDataAsString();
      return asHtmlOutput(new FakeHtmlOutput(ws, text));
    },
    createHtmlOutputFromFile(filename: string) {
      ws.record('HtmlService', 'HtmlService.createHtmlOutputFromFile');
      const name = String(filename).replace(/\.html$/, '');
      let text: string;
      try {
        text = readFile(name);
      } catch {
        // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
        throw new Error(`No HTML file named ${name} was found.`);
      }
      return asHtmlOutput(new FakeHtmlOutput(ws, text));
    },
  };
}
