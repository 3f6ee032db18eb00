/**
 * A person typing into one cell of the grid: Sheets' refusals (sharing, protections, rejecting
 * data validation), the write, then the simple onEdit(e) and installable ON_EDIT triggers.
 * No SpreadsheetApp calls are recorded for the typing itself; the triggers' calls are.
 */
import type { Person, Workspace } from '../workspace';
import { editRefusal, sameWorkspaceDomain } from './access';
import { parseA1, rectToA1 } from './a1';
import { asGas, user, type GasRange, type GasSpreadsheet } from './context';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';
import { parseTyped, type Content } from './typed-input';
import { rejectionText, satisfies } from './validation';

export type UserEditResult =
  | { readonly ok: true; /** Messages of errors thrown by triggers (the edit stays, as in Sheets). */ readonly triggerErrors: readonly string[] }
  | { readonly ok: false; readonly error: string };

/**
 * Session.getActiveUser() in a trigger the editor did not authorize: the email only when the
 * editor is the script owner or in the same Google Workspace domain, else '' (Class User,
 * getEmail(): https://developers.google.com/apps-script/reference/base/user).
 */
export function visibleEditor(ws: Workspace, editor: Person): Person {
  const owner = ws.owner.email;
  return editor.email === owner || sameWorkspaceDomain(editor.email, owner) ? editor : { email: '' };
}

export function userEdit(
  ws: Workspace,
  spreadsheet: FakeSpreadsheet,
  editor: Person,
  sheetName: string,
  a1: string,
  value: string | number | boolean,
): UserEditResult {
  const { book } = spreadsheet.ctx;
  const sheet = book.sheetByName(sheetName);
  if (!sheet) return { ok: false, error: `No sheet named "${sheetName}".` };
  const rect = parseA1(a1, sheet.maxRows, sheet.maxColumns);
  const cellRect = { ...rect, numRows: 1, numColumns: 1 };
  const refusal = editRefusal(book, sheet, ws.owner.email, editor.email, cellRect);
  if (refusal) return { ok: false, error: refusal };

  const cell = sheet.cell(rect.row, rect.column);
  let content: Content;
  try {
    content = typeof value === 'string'
      ? parseTyped(value, { locale: book.locale, timeZone: ws.timeZone, plainText: cell?.numberFormat === '@' })
      : { kind: 'value', value };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const previous = book.currentContent(sheet, rect.row, rect.column);
  const oldValue = book.value(sheet, rect.row, rect.column);
  book.writeContents(sheet, cellRect, [[content]]);
  const newValue = book.value(sheet, rect.row, rect.column);
  const rule = cell?.validation;
  if (rule && !rule.allowInvalid && !satisfies(book, sheet, rect.row, rect.column, rule, newValue)) {
    book.writeContents(sheet, cellRect, [[previous]]);
    return { ok: false, error: rejectionText(rule, rectToA1(cellRect)) };
  }

  const visible = visibleEditor(ws, editor);
  const event = (authMode: string, triggerUid?: string): Record<string, unknown> => ({
    authMode,
    range: asGas<GasRange>(new FakeRange(spreadsheet.ctx, sheet, cellRect)),
    source: asGas<GasSpreadsheet>(spreadsheet),
    user: user(visible.email),
    value: newValue,
    oldValue: oldValue === '' ? undefined : oldValue,
    ...(triggerUid ? { triggerUid } : {}),
  });
  const triggerErrors: string[] = [];
  const fire = (run: () => void): void => {
    try {
      run();
    } catch (error) {
      triggerErrors.push((error as Error).message);
    }
  };
  const onEdit = ws.entryPoints.onEdit;
  if (onEdit) {
    fire(() => ws.run(visible, () => onEdit(event('LIMITED')), { authMode: 'LIMITED', effectiveUser: editor }));
  }
  for (const trigger of ws.triggers.filter((t) => t.eventType === 'ON_EDIT' && t.sourceId === book.id)) {
    const handler = ws.entryPoints[trigger.handlerFunction];
    if (!handler) {
      triggerErrors.push(`Script function not found: ${trigger.handlerFunction}`);
      continue;
    }
    fire(() =>
      ws.run(visible, () => handler(event('FULL', trigger.uid)), {
        authMode: 'FULL',
        effectiveUser: trigger.creator,
        triggerUid: trigger.uid,
      }),
    );
  }
  return { ok: true, triggerErrors };
}
