/**
 * The stage the demo plays on: the built bundle loaded over the emulator with the demo OPD's
 * people, a clock the demo moves, and a ledger of the steps played and the steps skipped because
 * the bundle does not have their entry point yet (a skipped step is said, never faked).
 */
import { Emulator } from '../emulator/index';
import type { PanelState } from '../../src/server/api-types';
import { demoOpd } from './opd';

export class Panggung {
  readonly emu: Emulator;
  readonly admin = demoOpd.owner;
  readonly dijalankan: string[] = [];
  /** Skipped steps, each with the entry points it lacked. */
  readonly dilewati: { readonly judul: string; readonly kurang: readonly string[] }[] = [];

  constructor(
    bundleDir: string,
    private readonly log: (line: string) => void,
  ) {
    this.emu = new Emulator({ owner: demoOpd.owner, fileEditors: demoOpd.fileEditors, spreadsheetName: demoOpd.spreadsheetName });
    this.emu.ws.run({ email: demoOpd.owner }, () => this.emu.loadBundle(bundleDir));
  }

  /** Moves the clock: `iso` is a UTC instant (09:00 WIB is 02:00Z). */
  pada(iso: string): void {
    this.emu.ws.setNow(new Date(iso));
  }

  ada(fungsi: string): boolean {
    return typeof this.emu.ws.entryPoints[fungsi] === 'function';
  }

  /** Steps that failed: what, and the error they raised. */
  readonly gagal: { readonly judul: string; readonly pesan: string }[] = [];

  /**
   * Plays one step when every entry point it needs is in the bundle; otherwise records that it was
   * skipped and why. `jalankan` returns the line the summary shows. A step that throws is recorded
   * as failed and the play goes on, so one broken operation still leaves the files to look at.
   * Returns whether the step ran to its end.
   */
  langkah(judul: string, butuh: readonly string[], jalankan: () => string): boolean {
    const kurang = butuh.filter((f) => !this.ada(f));
    if (kurang.length > 0) {
      this.dilewati.push({ judul, kurang });
      this.log(`  ✗ ${judul} — dilewati: ${kurang.join(', ')} belum ada di bundle`);
      return false;
    }
    let hasil: string;
    try {
      hasil = jalankan();
    } catch (error) {
      const message = (error as { message?: unknown } | null)?.message;
      const pesan = typeof message === 'string' ? message : String(error);
      this.gagal.push({ judul, pesan });
      this.log(`  ! ${judul} — GAGAL: ${pesan}`);
      return false;
    }
    this.dijalankan.push(`${judul}: ${hasil}`);
    this.log(`  ✓ ${judul}: ${hasil}`);
    return true;
  }

  /** One execution by `email`, its result as plain data (the bundle's objects come from another realm). */
  panggil<T>(email: string, fungsi: string, ...args: unknown[]): T {
    return JSON.parse(JSON.stringify(this.emu.call(email, fungsi, ...args) ?? null)) as T;
  }

  /** A person typing into one cell; a refusal or a failing trigger stops the demo. */
  ketik(email: string, tab: string, a1: string, value: string | number | boolean): void {
    const hasil = this.emu.edit(email, tab, a1, value);
    if (!hasil.ok) throw new Error(`${email} mengetik di ${tab}!${a1}: ${hasil.error}`);
    if (hasil.triggerErrors.length > 0) throw new Error(`${tab}!${a1}: ${hasil.triggerErrors.join('; ')}`);
  }

  panel(): PanelState {
    return this.panggil<PanelState>(this.admin, 'getPanelState');
  }

  /** The skipped steps grouped by the entry point they lacked, one line each. */
  ringkasLewat(): string[] {
    const perFungsi = new Map<string, string[]>();
    for (const { judul, kurang } of this.dilewati) for (const f of kurang) perFungsi.set(f, [...(perFungsi.get(f) ?? []), judul]);
    return [...perFungsi].map(([f, judul]) => `${f} belum ada: ${judul.length} langkah dilewati (${judul.slice(0, 3).join('; ')}${judul.length > 3 ? '; …' : ''})`);
  }

  /** The toasts shown since `sejak` (an index into the toast list). */
  toastSejak(sejak: number): string[] {
    return this.emu.spreadsheet.toasts().slice(sejak).map((t) => (t.title ? `${t.title}: ${t.message}` : t.message));
  }
}
