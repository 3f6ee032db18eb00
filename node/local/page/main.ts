/// <reference lib="dom" />
/**
 * The local page: the emulated spreadsheet as Sheets shows it (menus, formula bar, grid, tab
 * strip), the real sidebar beside it, a user switcher, and the documents the add-on made.
 * Every action goes to the local server, which runs it in the emulator as the chosen user.
 */
import type { DialogAnswer, DialogQuestion, EditResponse, MailView, PageState, RunResponse, ShownDialog } from '../protocol';
import { escapeHtml } from '../../../src/core/html';
import { renderChart } from './charts';
import { a1, cellInput, pinFrozen, renderGrid } from './grid';
import { askInPage, runAnswering } from './question';
import { teksSheets } from './sheets-text';

const USER_KEY = 'lapkin.user';

let state: PageState | null = null;
let currentSheet = '';
let selected = '';
let sidebarShownFor = '';
/** The person is typing in the formula bar: a redraw keeps what they typed. */
let typing = false;

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const reply = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await reply.json()) as T;
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;

/** Toasts as Sheets shows them: bottom right, a few seconds each, the latest replacing the earlier. */
function showToasts(toasts: readonly string[]): void {
  const last = toasts[toasts.length - 1];
  if (last === undefined) return;
  const toast = byId('toast');
  toast.textContent = last;
  toast.hidden = false;
  if (toastTimer) clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    toast.hidden = true;
  }, 8_000);
}

/** A modal or modeless dialog the script showed (its own HTML, in a frame without scripts). */
function showDialog(dialogs: readonly ShownDialog[]): void {
  const last = dialogs[dialogs.length - 1];
  if (!last) return;
  byId('shown-dialog-title').textContent = last.title;
  const frame = byId<HTMLIFrameElement>('shown-dialog-frame');
  frame.srcdoc = last.html;
  frame.style.width = `${Math.min(last.width, window.innerWidth - 64)}px`;
  frame.style.height = `${Math.min(last.height, window.innerHeight - 120)}px`;
  const dialog = byId<HTMLDialogElement>('shown-dialog');
  if (!dialog.open) dialog.showModal();
}

function showShown(reply: { readonly toasts?: readonly string[]; readonly dialogs?: readonly ShownDialog[] }): void {
  showToasts(reply.toasts ?? []);
  showDialog(reply.dialogs ?? []);
}

function showMessages(messages: readonly string[], error?: string): void {
  const all = error ? [...messages, error] : [...messages];
  if (all.length === 0) return;
  const dialog = byId<HTMLDialogElement>('dialog');
  byId('dialog-text').innerHTML = all.map((m) => `<p>${escapeHtml(m)}</p>`).join('');
  dialog.classList.toggle('is-error', Boolean(error));
  if (!dialog.open) dialog.showModal();
}

function currentUser(): string {
  return byId<HTMLSelectElement>('user').value || localStorage.getItem(USER_KEY) || '';
}

/** Refreshes overlap (an edit's and a tab click's): only the latest one's answer is drawn. */
let refreshes = 0;

async function refresh(): Promise<void> {
  const mine = ++refreshes;
  const query = new URLSearchParams({ user: currentUser(), sheet: currentSheet });
  const next = (await (await fetch(`/api/state?${query.toString()}`)).json()) as PageState;
  if (mine !== refreshes) return;
  state = next;
  currentSheet = state.sheet?.name ?? '';
  render(state);
}

function renderUsers(s: PageState): void {
  const select = byId<HTMLSelectElement>('user');
  select.innerHTML = s.users
    .map((u) => `<option value="${escapeHtml(u.email)}">${escapeHtml(u.label)} — ${escapeHtml(u.email)}</option>`)
    .join('');
  select.value = s.user;
}

function renderMenus(s: PageState): void {
  byId('menus').innerHTML = s.menus
    .map(
      (menu) =>
        `<div class="menu"><button type="button" class="menu-title">${escapeHtml(menu.title)}</button>` +
        `<div class="menu-items" role="menu">${menu.items
          .map(
            (item) =>
              `<button type="button" role="menuitem" data-fn="${escapeHtml(item.functionName)}">${escapeHtml(item.caption)}</button>`,
          )
          .join('')}</div></div>`,
    )
    .join('');
}

function renderTabs(s: PageState): void {
  byId('tabs').innerHTML = s.tabs
    .filter((tab) => !tab.hidden)
    .map((tab) => {
      const active = tab.name === currentSheet ? ' active' : '';
      const colour = tab.tabColor && /^#[0-9a-f]{6}$/i.test(tab.tabColor) ? ` style="border-bottom-color:${tab.tabColor}"` : '';
      return `<button type="button" class="tab${active}" data-sheet="${escapeHtml(tab.name)}"${colour}>${escapeHtml(tab.name)}</button>`;
    })
    .join('');
}

function renderSidebar(s: PageState): void {
  const aside = byId('sidebar');
  aside.hidden = !s.sidebar;
  if (!s.sidebar) {
    sidebarShownFor = '';
    return;
  }
  byId('sidebar-title').textContent = s.sidebar.title;
  if (sidebarShownFor !== s.user) {
    sidebarShownFor = s.user;
    byId<HTMLIFrameElement>('sidebar-frame').src = `/sidebar?user=${encodeURIComponent(s.user)}`;
  }
}

function renderDocuments(s: PageState): void {
  byId('documents').innerHTML =
    s.documents.length === 0
      ? ''
      : `<h2>Dokumen</h2><ul>${s.documents
          .map(
            (d) =>
              `<li><a href="/doc/${encodeURIComponent(d.id)}" target="_blank">${escapeHtml(d.name)}</a> · ` +
              `<a href="/doc/${encodeURIComponent(d.id)}.docx">Unduh .docx</a></li>`,
          )
          .join('')}</ul>`;
}

/** Kotak surat: what the add-on sent, newest first, each opening to its text. */
function renderMails(mails: readonly MailView[]): void {
  const waktu = (iso: string): string => new Date(iso).toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' });
  byId('mails').innerHTML =
    mails.length === 0
      ? ''
      : `<h2>Kotak surat (${mails.length})</h2>${mails
          .map(
            (m) =>
              `<details class="mail"><summary><b>${escapeHtml(m.subject)}</b> · kepada ${escapeHtml(m.to)}${m.cc ? `, cc ${escapeHtml(m.cc)}` : ''} · ${escapeHtml(waktu(m.sentAt))}</summary>` +
              `<div class="secondary">dari ${escapeHtml(m.from)}</div><pre>${escapeHtml(m.body)}</pre></details>`,
          )
          .join('')}`;
}

function render(s: PageState): void {
  document.title = `${s.spreadsheetName} — Lapkin lokal`;
  byId('spreadsheet-name').textContent = s.spreadsheetName;
  renderUsers(s);
  renderMenus(s);
  renderTabs(s);
  byId('grid').innerHTML = s.sheet ? renderGrid(s.sheet) : '<p class="empty">Belum ada lembar.</p>';
  const table = byId('grid').querySelector('table');
  if (table) pinFrozen(table);
  byId('charts').innerHTML = s.sheet ? s.sheet.charts.map(renderChart).join('') : '';
  renderSidebar(s);
  renderDocuments(s);
  renderMails(s.mails);
  select(selected);
  // For the browser tests: whose page is drawn (the user switch redraws the menus once the state is in).
  document.body.dataset.user = s.user;
}

function select(a1Notation: string): void {
  if (a1Notation !== selected) typing = false;
  selected = a1Notation;
  document.querySelectorAll('.cell.selected').forEach((el) => el.classList.remove('selected'));
  const input = byId<HTMLInputElement>('formula');
  byId('cell-name').textContent = a1Notation;
  if (!state?.sheet || !a1Notation) {
    input.value = '';
    return;
  }
  const sheet = state.sheet;
  document.querySelector(`.cell[data-a1="${a1Notation}"]`)?.classList.add('selected');
  if (!typing) input.value = cellInput(sheet, a1Notation);
  const choices = sheet.cells.find((c) => a1(c.row, c.column) === a1Notation)?.validation?.values ?? [];
  byId('choices').innerHTML = choices.map((v) => `<option value="${escapeHtml(String(v))}"></option>`).join('');
}

/** Moves the selection by rows and columns (never above row 1 or left of column A), keeping it in view. */
function move(rows: number, columns: number): void {
  const m = /^([A-Z]+)(\d+)$/.exec(selected);
  if (!m) return;
  const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  select(a1(Math.max(1, Number(m[2]) + rows), Math.max(1, column + columns)));
  document.querySelector(`.cell[data-a1="${selected}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

async function run(fn: string, args: unknown[] = []): Promise<void> {
  const user = currentUser();
  const reply = await runAnswering((answers) => postJson<RunResponse>('/api/run', { user, fn, args, answers }), askInPage);
  showShown(reply);
  showMessages(reply.messages, 'error' in reply ? reply.error : undefined);
  await refresh();
}

async function edit(a1Notation: string, value: string | boolean): Promise<void> {
  const reply = await postJson<EditResponse>('/api/edit', { user: currentUser(), sheet: currentSheet, a1: a1Notation, value });
  showShown(reply);
  showMessages(reply.messages, reply.ok ? undefined : teksSheets(reply.error));
  await refresh();
}

function wire(): void {
  byId<HTMLSelectElement>('user').addEventListener('change', (event) => {
    localStorage.setItem(USER_KEY, (event.target as HTMLSelectElement).value);
    sidebarShownFor = '';
    void refresh();
  });
  byId('menus').addEventListener('click', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-fn]');
    if (item?.dataset.fn) void run(item.dataset.fn);
  });
  byId('tabs').addEventListener('click', (event) => {
    const tab = (event.target as HTMLElement).closest<HTMLElement>('[data-sheet]');
    if (!tab?.dataset.sheet) return;
    currentSheet = tab.dataset.sheet;
    selected = '';
    void refresh();
  });
  byId('grid').addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const cell = target.closest<HTMLElement>('.cell');
    if (!cell?.dataset.a1) return;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      event.preventDefault();
      void edit(cell.dataset.a1, target.checked);
      return;
    }
    select(cell.dataset.a1);
    (document.activeElement as HTMLElement | null)?.blur();
  });
  byId('formula').addEventListener('input', () => {
    typing = true;
  });
  // As in Sheets: Enter commits and moves down, Tab right (Shift+Tab left), Escape cancels.
  byId('formula').addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== 'Escape' && event.key !== 'Tab') return;
    event.preventDefault();
    typing = false;
    const input = event.target as HTMLInputElement;
    if (event.key === 'Escape' || !selected) {
      select(selected);
      input.blur();
      return;
    }
    const target = selected;
    const value = input.value;
    input.blur();
    move(event.key === 'Enter' ? 1 : 0, event.key === 'Tab' ? (event.shiftKey ? -1 : 1) : 0);
    void edit(target, value);
  });
  // A selected cell takes keys as in Sheets: arrows and Tab move, Enter edits, Delete clears,
  // and typing a character starts editing with it.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (!selected || !state?.sheet || target.closest('input, select, textarea, button, dialog, iframe')) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const arah: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const formula = byId<HTMLInputElement>('formula');
    if (arah[event.key]) {
      move(...arah[event.key]);
    } else if (event.key === 'Tab') {
      move(0, event.shiftKey ? -1 : 1);
    } else if (event.key === 'Enter') {
      formula.focus();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      void edit(selected, '');
    } else if (event.key.length === 1) {
      typing = true;
      formula.value = event.key;
      formula.focus();
    } else {
      return;
    }
    event.preventDefault();
  });
  byId('reset').addEventListener('click', async () => {
    if (!confirm('Kembalikan buku kerja ke OPD contoh? Semua perubahan akan hilang.')) return;
    await postJson('/api/reset', {});
    sidebarShownFor = '';
    currentSheet = '';
    await refresh();
  });
  byId('dialog-ok').addEventListener('click', () => byId<HTMLDialogElement>('dialog').close());
  byId('shown-dialog-close').addEventListener('click', () => byId<HTMLDialogElement>('shown-dialog').close());
  byId('sidebar-close').addEventListener('click', () => void postJson('/api/close-sidebar', { user: currentUser() }).then(refresh));
  window.addEventListener('message', (event: MessageEvent<{ lapkin?: string; id?: number; question?: DialogQuestion; sheet?: string }>) => {
    if (event.origin !== location.origin) return;
    const { id, question } = event.data;
    if (event.data.lapkin === 'ask' && question && event.source) {
      const source = event.source as Window;
      void askInPage(question).then((answer: DialogAnswer) => source.postMessage({ lapkin: 'answer', id, answer }, location.origin));
    }
    if (event.data.lapkin === 'changed') void refresh();
    if (event.data.lapkin === 'open-sheet' && event.data.sheet) {
      currentSheet = event.data.sheet;
      selected = '';
      void refresh();
    }
    if (event.data.lapkin === 'close-sidebar') void postJson('/api/close-sidebar', { user: currentUser() }).then(refresh);
  });
}

wire();
void refresh();
