import { escapeHtml } from './escape';

interface PanelState {
  spreadsheetName: string;
}

const app = document.getElementById('app') as HTMLElement;

function render(state: PanelState): void {
  app.innerHTML = `<h1>${escapeHtml(state.spreadsheetName)}</h1>`;
}

function fail(error: Error): void {
  app.innerHTML = `<p class="error">${escapeHtml(error.message)}</p>`;
}

google.script.run.withSuccessHandler(render).withFailureHandler(fail).getPanelState();
