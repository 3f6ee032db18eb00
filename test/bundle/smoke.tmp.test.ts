import { test } from 'vitest';
import { Emulator } from '../../node/emulator/index';
import { ADMIN_CONTOH, isiKonfigurasiContoh } from '../../node/fixtures/opd-contoh';

test('smoke', () => {
  const emu = new Emulator({ owner: ADMIN_CONTOH, fileEditors: ['sekretaris@contoh.go.id', 'kabid.kwn@contoh.go.id'] });
  emu.loadBundle();
  emu.ws.strictLock = true;
  isiKonfigurasiContoh(emu);
  const r = emu.call(ADMIN_CONTOH, 'mulaiSiklus', { periode: 'TW1' });
  console.log(JSON.stringify(r, null, 1));
  console.log(emu.spreadsheet.sheetNames());
  const v = emu.spreadsheet.describeSheet('TW I 2026 · Bidang Kewaspadaan Nasional', 'kabid.kwn@contoh.go.id');
  console.log(JSON.stringify(v.cells.filter(c => c.row <= 9).map(c => [c.row, c.column, c.display, c.formula, c.editable])));
  console.log(JSON.stringify(v.protections));
  console.log(JSON.stringify(emu.call(ADMIN_CONTOH, 'getPanelState'), null, 1));
});
