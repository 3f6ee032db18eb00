/**
 * A person typing into one cell of the grid: Sheets' refusals (sharing, protections, rejecting
 * data validation), the write, then the simple onEdit(e) and installable ON_EDIT triggers.
 * No SpreadsheetApp calls are recorded for the typing itself; the triggers' calls are.
 */
import { visibleActiveUser } from '../session';
import type { Execution, Person, Workspace } from '../workspace';
import { editRefusal } from './access';
import { parseA1, rectToA1 } from './a1';
import { asGas, typedOptionsOf, user, type GasRange, type GasSpreadsheet } from './context';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';
import { parseTyped, type Content } from './typed-input';
import { rejectionText, satisfies } from './validation';

export type UserEditResult =
  | { readonly ok: true; /** Messages of errors thrown by triggers (the edit stays, as in Sheets). */ readonly triggerErrors: readonly string[] }
  | { readonly ok: false; readonly error: string };

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
  const refusal = editRefusal(ws, book, sheet, editor, cellRect);
  if (refusal) return { ok: false, error: refusal };

  const cell = sheet.cell(rect.row, rect.column);
  let content: Content;
  try {
    content = typeof value === 'string'
      ? parseTyped(value, { ...typedOptionsOf(spreadsheet.ctx), plainText: cell?.numberFormat === '@' })
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

  /**
   * e.user: the active user as the running trigger may see them (session.ts). For a signed-out link
   * visitor it may even carry the owner's address (domain.md §7; the event objects page only says
   * "if available (depending on a complex set of security restrictions)":
   * https://developers.google.com/apps-script/guides/triggers/events#edit), so code must never
   * take it as identity; the emulator gives the owner's address there, the worst case.
   */
  const event = (authMode: string, execution: Pick<Execution, 'activeUser' | 'effectiveUser' | 'authMode' | 'triggerUid'>): Record<string, unknown> => ({
    authMode,
    range: asGas<GasRange>(new FakeRange(spreadsheet.ctx, sheet, cellRect)),
    source: asGas<GasSpreadsheet>(spreadsheet),
    user: user(editor.anonymous ? ws.owner.email : visibleActiveUser(ws, execution)),
    value: newValue,
    oldValue: oldValue === '' ? undefined : oldValue,
    ...(execution.triggerUid ? { triggerUid: execution.triggerUid } : {}),
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
    const simple = { activeUser: editor, effectiveUser: editor, authMode: 'LIMITED' as const };
    fire(() => ws.run(editor, () => onEdit(event('LIMITED', simple)), { authMode: 'LIMITED', effectiveUser: editor }));
  }
  for (const trigger of ws.triggers.filter((t) => t.eventType === 'ON_EDIT' && t.sourceId === book.id)) {
    const handler = ws.entryPoints[trigger.handlerFunction];
    if (!handler) {
      triggerErrors.push(`Script function not found: ${trigger.handlerFunction}`);
      continue;
    }
    const installable = { activeUser: editor, effectiveUser: trigger.creator, authMode: 'FULL' as const, triggerUid: trigger.uid };
    fire(() =>
      ws.triggerRuntime.run(trigger.creator, () =>
        ws.run(editor, () => handler(event('FULL', installable)), {
          authMode: 'FULL',
          effectiveUser: trigger.creator,
          triggerUid: trigger.uid,
        }),
      ),
    );
  }
  return { ok: true, triggerErrors };
}
