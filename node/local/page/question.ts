/// <reference lib="dom" />
/**
 * Alerts and prompts a script shows (Ui.alert with a choice, Ui.prompt), answered in the page.
 * The server runs the execution, and when it asks something not yet answered it undoes it and
 * returns the question; `runAnswering` asks the person and runs it again with one more answer,
 * until the execution completes. The sidebar's bridge asks through the page (postMessage).
 */
import type { DialogAnswer, DialogButton, DialogQuestion, RunResponse } from '../protocol';

export type RunResult = Exclude<RunResponse, { readonly question: DialogQuestion }>;

export async function runAnswering(
  send: (answers: readonly DialogAnswer[]) => Promise<RunResponse>,
  ask: (question: DialogQuestion) => Promise<DialogAnswer>,
): Promise<RunResult> {
  const answers: DialogAnswer[] = [];
  for (;;) {
    const reply = await send(answers);
    if (!('question' in reply)) return reply;
    answers.push(await ask(reply.question));
  }
}

/** The buttons of each ButtonSet, labelled as Sheets labels them in Indonesian. */
const BUTTONS: Record<DialogQuestion['buttons'], readonly [DialogButton, string][]> = {
  OK: [['OK', 'OK']],
  OK_CANCEL: [['OK', 'OK'], ['CANCEL', 'Batal']],
  YES_NO: [['YES', 'Ya'], ['NO', 'Tidak']],
  YES_NO_CANCEL: [['YES', 'Ya'], ['NO', 'Tidak'], ['CANCEL', 'Batal']],
};

/** Shows the question in the page's #question dialog; closing it (Esc) answers CLOSE, as in Sheets. */
export function askInPage(question: DialogQuestion): Promise<DialogAnswer> {
  const dialog = document.getElementById('question') as HTMLDialogElement;
  const input = document.getElementById('question-input') as HTMLInputElement;
  (document.getElementById('question-title') as HTMLElement).textContent = question.title;
  (document.getElementById('question-text') as HTMLElement).textContent = question.prompt;
  input.hidden = question.kind !== 'prompt';
  input.value = '';
  const buttons = document.getElementById('question-buttons') as HTMLElement;
  buttons.replaceChildren(
    ...BUTTONS[question.buttons].map(([name, label]) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.button = name;
      button.textContent = label;
      return button;
    }),
  );
  return new Promise((resolve) => {
    const answer = (button: DialogButton): void => {
      buttons.onclick = null;
      dialog.onclose = null;
      if (dialog.open) dialog.close();
      resolve(question.kind === 'prompt' ? { button, text: input.value } : { button });
    };
    buttons.onclick = (event) => {
      const name = (event.target as HTMLElement).closest<HTMLElement>('[data-button]')?.dataset.button;
      if (name) answer(name as DialogButton);
    };
    dialog.onclose = () => answer('CLOSE');
    input.onkeydown = (event) => {
      if (event.key === 'Enter' && question.kind === 'prompt') answer('OK');
    };
    dialog.showModal();
    (question.kind === 'prompt' ? input : (buttons.firstElementChild as HTMLElement | null))?.focus();
  });
}
