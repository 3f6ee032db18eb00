/** Protection objects over the workbook's ProtectionSpecs. */
import { canEditProtection, PROTECTED } from './access';
import type { Rect } from './a1';
import { acting, actingEmail, asGas, emailOf, record, user, type Ctx, type GasProtection, type GasRange, type GasUser } from './context';
import type { Located } from './conditional';
import type { ProtectionSpec } from './model';

type ProtectionApi = Pick<
  GasProtection,
  | 'getProtectionType'
  | 'getRange'
  | 'getDescription'
  | 'setDescription'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'removeEditors'
  | 'getEditors'
  | 'canEdit'
  | 'canDomainEdit'
  | 'setDomainEdit'
  | 'setWarningOnly'
  | 'isWarningOnly'
  | 'setUnprotectedRanges'
  | 'getUnprotectedRanges'
  | 'remove'
>;

export class FakeProtection implements ProtectionApi {
  constructor(
    private readonly ctx: Ctx,
    readonly spec: ProtectionSpec,
    private readonly rangeOf: (sheetId: number, rect: Rect) => GasRange,
  ) {}

  private get owner(): string {
    return this.ctx.ws.owner.email;
  }

  /** Changing a protection needs the right to edit what it protects. */
  private change(method: string): GasProtection {
    record(this.ctx, `Protection.${method}`, true);
    if (!canEditProtection(this.ctx.ws, this.ctx.book, this.spec, acting(this.ctx))) throw new Error(PROTECTED);
    return asGas(this);
  }

  /**
   * An editor method was called: the protection stops mirroring the file's sharing and keeps the
   * editors it mirrored at that moment (owner, file editors, the domain when the file is shared
   * with it), which the call then changes (access.ts, canEditProtection).
   */
  private explicit(): void {
    if (!this.spec.mirror) return;
    this.spec.editors = this.mirrored();
    this.spec.domainEdit = this.ctx.book.domainShared;
    this.spec.mirror = false;
  }

  private mirrored(): string[] {
    return [...new Set([this.owner, ...this.ctx.book.fileEditors])];
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    record(this.ctx, 'Protection.getProtectionType');
    return asGas(this.spec.type);
  }
  getRange(): GasRange {
    record(this.ctx, 'Protection.getRange');
    return this.rangeOf(this.spec.sheetId, this.spec.rect);
  }
  getDescription(): string {
    record(this.ctx, 'Protection.getDescription');
    return this.spec.description;
  }
  setDescription(description: string): GasProtection {
    const self = this.change('setDescription');
    this.spec.description = description;
    return self;
  }
  addEditor(emailOrUser: string | GasUser): GasProtection {
    const self = this.change('addEditor');
    this.explicit();
    this.add([emailOf(emailOrUser)]);
    return self;
  }
  addEditors(emailAddresses: string[]): GasProtection {
    const self = this.change('addEditors');
    this.explicit();
    this.add(emailAddresses);
    return self;
  }
  private add(emails: readonly string[]): void {
    for (const email of emails) if (!this.spec.editors.includes(email)) this.spec.editors.push(email);
  }
  removeEditor(emailOrUser: string | GasUser): GasProtection {
    const self = this.change('removeEditor');
    this.explicit();
    this.remove_([emailOf(emailOrUser)]);
    return self;
  }
  removeEditors(emailsOrUsers: string[] | GasUser[]): GasProtection {
    const self = this.change('removeEditors');
    this.explicit();
    this.remove_((emailsOrUsers as Array<string | GasUser>).map(emailOf));
    return self;
  }
  /** Neither the owner nor the current user can be removed (domain.md §7). */
  private remove_(emails: readonly string[]): void {
    const keep = new Set([this.owner, actingEmail(this.ctx)]);
    this.spec.editors = this.spec.editors.filter((e) => keep.has(e) || !emails.includes(e));
  }
  getEditors(): GasUser[] {
    record(this.ctx, 'Protection.getEditors');
    const editors = this.spec.mirror ? this.mirrored() : this.spec.editors;
    return [this.owner, ...editors.filter((e) => e !== this.owner)].map(user);
  }
  canEdit(): boolean {
    record(this.ctx, 'Protection.canEdit');
    return canEditProtection(this.ctx.ws, this.ctx.book, this.spec, acting(this.ctx));
  }
  canDomainEdit(): boolean {
    record(this.ctx, 'Protection.canDomainEdit');
    return this.spec.mirror ? this.ctx.book.domainShared : this.spec.domainEdit;
  }
  setDomainEdit(editable: boolean): GasProtection {
    const self = this.change('setDomainEdit');
    this.explicit();
    this.spec.domainEdit = editable;
    return self;
  }
  setWarningOnly(warningOnly: boolean): GasProtection {
    const self = this.change('setWarningOnly');
    this.spec.warningOnly = warningOnly;
    return self;
  }
  isWarningOnly(): boolean {
    record(this.ctx, 'Protection.isWarningOnly');
    return this.spec.warningOnly;
  }
  setUnprotectedRanges(ranges: GasRange[]): GasProtection {
    const self = this.change('setUnprotectedRanges');
    if (this.spec.type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a sheet protection.');
    this.spec.unprotected = ranges.map((r) => (r as unknown as Located).rect);
    return self;
  }
  getUnprotectedRanges(): GasRange[] {
    record(this.ctx, 'Protection.getUnprotectedRanges');
    return this.spec.unprotected.map((rect) => this.rangeOf(this.spec.sheetId, rect));
  }
  remove(): void {
    this.change('remove');
    this.ctx.book.protections = this.ctx.book.protections.filter((p) => p !== this.spec);
  }
}
