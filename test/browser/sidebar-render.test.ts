import { describe, expect, it } from 'vitest';
import { renderPanel } from '../../src/ui/render';
import type { PanelState } from '../../src/ui/panel';

const XSS = '<img src=x onerror=alert(1)>';

const admin: PanelState = {
  spreadsheetName: 'Lapkin',
  peran: 'admin',
  siklus: {
    periode: 'TW1',
    tahun: 2026,
    tenggat: '2026-04-10',
    catatan: XSS,
    bidang: [
      { kode: 'B1', nama: XSS, status: 'sedang-diisi', terisi: 3, jumlah: 4 },
      { kode: 'B2', nama: 'Sekretariat', status: 'terkirim', terisi: 2, jumlah: 2 },
    ],
  },
  aksi: [{ fungsi: 'kumpulkanRekap', label: 'Kumpulkan rekap' }],
};

describe('renderPanel', () => {
  it('shows the cycle in Indonesian: period, deadline as a date, each bidang with its progress', () => {
    const html = renderPanel(admin, 2026);
    expect(html).toContain('Siklus TW I 2026');
    expect(html).toContain('10 April 2026');
    expect(html).toContain('3 dari 4 indikator terisi');
    expect(html).toContain('style="width:75%"');
    expect(html).toContain('Terkirim');
  });

  it('escapes bidang names and notes', () => {
    const html = renderPanel(admin, 2026);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('offers the start-cycle form with every period only to the administrator', () => {
    const html = renderPanel(admin, 2026);
    for (const label of ['TW I', 'TW II', 'TW III', 'TW IV', 'Tahunan']) expect(html).toContain(`>${label}</option>`);
    expect(html).toContain('data-fungsi="kumpulkanRekap"');
    expect(renderPanel({ ...admin, peran: 'kabid' }, 2026)).not.toContain('form-mulai');
  });

  it('tells an outsider they have no role, and shows nothing of the cycle', () => {
    const html = renderPanel({ ...admin, peran: 'lainnya' }, 2026);
    expect(html).toContain('tidak terdaftar');
    expect(html).not.toContain('Siklus');
  });
});
