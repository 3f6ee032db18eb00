// Admin-only menu items as a non-admin: the refusal comes first, before any question; an admin's
// menu action shows a toast while it runs.
import { describe, expect, it } from 'vitest';
import { ADMIN, KABID_KWN, emulatorTerisi } from './helpers';

describe('admin menu items', () => {
  for (const fungsi of ['menuMulaiSiklus', 'menuBuatRekap', 'menuBuatDrafLkj', 'menuSiapkanLembarKerja', 'menuBuatNotaDinas', 'menuBuatSuratPeringatan']) {
    it(`${fungsi} tells a Kabid "Hanya admin" before asking anything`, () => {
      const emu = emulatorTerisi();
      expect(() => emu.call(KABID_KWN, fungsi)).toThrow(/Hanya admin/);
      expect(emu.ui.alerts).toEqual([]);
    });
  }

  it('shows a toast while a menu action runs, then says it is done', () => {
    const emu = emulatorTerisi();
    emu.ui.queueResponse({ button: 'OK', text: 'TW I' });
    emu.call(ADMIN, 'menuMulaiSiklus');
    expect(emu.spreadsheet.toasts().map((t) => t.message)).toEqual(['Membuat tab bidang…', 'Selesai.']);
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/TW I 2026/);
  });
});
