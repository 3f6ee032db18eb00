/** Creating protections (Range.protect, Sheet.protect) and the Range objects they hand back. */
import { isFileEditor, VIEW_ONLY } from './access';
import type { Rect } from './a1';
import { actingEmail, asGas, type Ctx, type GasProtection, type GasRange } from './context';
import type { SheetModel } from './model';
import { FakeProtection } from './protection';
import { FakeRange } from './range';

export function rangeFactory(ctx: Ctx): (sheetId: number, rect: Rect) => GasRange {
  return (sheetId, rect) => {
    const sheet = ctx.book.sheetById(sheetId);
    if (!sheet) throw new Error('The sheet of this range was deleted.');
    return asGas(new FakeRange(ctx, sheet, rect));
  };
}

export function protectionObject(ctx: Ctx, spec: FakeProtection['spec']): GasProtection {
  return asGas(new FakeProtection(ctx, spec, rangeFactory(ctx)));
}

/**
 * A new protection. Until its editors change, it mirrors the file's own sharing (Sheet.protect
 * reference: "the permissions mirror those of the spreadsheet itself"), so its editors start as the
 * owner and the file's editors — the current user among them.
 */
export function newProtection(ctx: Ctx, sheet: SheetModel, type: 'SHEET' | 'RANGE', rect: Rect): GasProtection {
  const me = actingEmail(ctx);
  if (!isFileEditor(ctx.book, ctx.ws.owner.email, me)) throw new Error(VIEW_ONLY);
  const spec = {
    id: ctx.book.newObjectId(),
    type,
    sheetId: sheet.sheetId,
    rect,
    description: '',
    editors: [...new Set([ctx.ws.owner.email, me, ...ctx.book.fileEditors])],
    warningOnly: false,
    domainEdit: ctx.book.domainShared,
    unprotected: [],
  };
  ctx.book.protections.push(spec);
  return protectionObject(ctx, spec);
}
