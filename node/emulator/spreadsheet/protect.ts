/** Creating protections (Range.protect, Sheet.protect) and the Range objects they hand back. */
import { isFileEditor, VIEW_ONLY } from './access';
import type { Rect } from './a1';
import { acting, asGas, type Ctx, type GasProtection, type GasRange } from './context';
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
 * A new protection. Until a script calls one of its editor methods it mirrors the file's own
 * sharing, live: whoever can edit the file can edit what it protects, including people the file is
 * shared with later (Sheet.protect: "the permissions mirror those of the spreadsheet itself, which
 * effectively means that the sheet remains unprotected" —
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect(), and
 * https://developers.google.com/apps-script/reference/spreadsheet/range#protect()).
 */
export function newProtection(ctx: Ctx, sheet: SheetModel, type: 'SHEET' | 'RANGE', rect: Rect): GasProtection {
  if (!isFileEditor(ctx.ws, ctx.book, acting(ctx))) throw new Error(VIEW_ONLY);
  const spec = {
    id: ctx.book.newObjectId(),
    type,
    sheetId: sheet.sheetId,
    rect,
    description: '',
    editors: [],
    warningOnly: false,
    domainEdit: false,
    unprotected: [],
    mirror: true,
  };
  ctx.book.protections.push(spec);
  return protectionObject(ctx, spec);
}
