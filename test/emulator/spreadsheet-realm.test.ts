// gas-local runs the bundle in its own vm realm (domain.md §7): arrays and Dates the bundle passes
// to the emulator are not `instanceof` this realm's Array/Date. Writes must still work.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Emulator } from '../../node/emulator/index';

describe('values from another realm', () => {
  it('setValues and setFormulas accept arrays made in the bundle realm', () => {
    const emu = new Emulator({ owner: 'owner@contoh.go.id' });
    const foreign = runInNewContext(`[["'Pengaturan", 5, true], ["=B1*2", "12,5", ""]]`) as unknown[][];
    expect(foreign instanceof Array).toBe(false);
    emu.ws.run({ email: 'owner@contoh.go.id' }, () => {
      const sheet = emu.spreadsheet.getSheets()[0];
      sheet.getRange(1, 1, 2, 3).setValues(foreign);
      expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([
        ['Pengaturan', 5, true],
        [10, 12.5, ''],
      ]);
    });
  });
});
