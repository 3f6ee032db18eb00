/** Everything a server function could change, as one comparable string: workbook, properties, Drive, triggers, mail. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator } from '../../node/emulator/index';

export function keadaan(emu: Emulator): string {
  return JSON.stringify({
    workbook: emu.spreadsheet.toJSON(),
    properties: emu.properties.toJSON(),
    drive: emu.drive.toJSON(),
    triggers: emu.ws.triggers,
    mail: emu.mail.outbox,
  });
}

/** The top-level function declarations of build/Code.js (the bundle's entry points), sorted. */
export function fungsiServer(dir = 'build'): string[] {
  const kode = readFileSync(join(dir, 'Code.js'), 'utf8');
  return [...kode.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]).sort();
}

/** Whether a value thrown inside the bundle (another realm: no instanceof) is an Error with a message. */
export function pesanGalat(e: unknown): string {
  return typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
}
