import { describe, expect, test } from 'vitest';
import { ADMIN, KABID_KWN, TAB_KWN_TW1, barisKode, sel } from './helpers';
import { ISIAN_KWN, isi, logTerakhir, siklusDimulai, type Hasil } from './kirim-bantuan';

/** Column of `judul` in row 1 of `tab`, as the admin sees it. */
function nilaiKolom(emu: ReturnType<typeof siklusDimulai>, tab: string, judul: string): Map<string, unknown> {
  const view = emu.spreadsheet.describeSheet(tab, ADMIN);
  const kolom = view.cells.find((c) => c.row === 1 && c.value === judul)!.column;
  const hasil = new Map<string, unknown>();
  for (let r = 2; r <= view.lastRow; r++) hasil.set(String(sel(view, r, 1)?.value), sel(view, r, kolom)?.value);
  return hasil;
}

describe('Tutup tahun', () => {
  test('carries the configuration, the targets\' history and the Log into the new year, and compacts the old one', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true)).toMatchObject({ ok: true, triggerErrors: [] });
    const indikatorSebelum = emu.spreadsheet.describeSheet('Indikator', ADMIN);
    const bidangSebelum = emu.spreadsheet.describeSheet('Bidang', ADMIN).cells.map((c) => c.value);
    const logSebelum = emu.spreadsheet.describeSheet('Log', ADMIN).lastRow;
    const lalu = nilaiKolom(emu, 'Indikator', 'Realisasi tahun lalu');

    expect(() => emu.call(KABID_KWN, 'tutupTahun')).toThrow(/^Hanya admin/);
    const tanya = emu.call(ADMIN, 'tutupTahun') as Hasil;
    expect(tanya.status).toBe('perlu-konfirmasi');
    expect(tanya.pesan).toContain('4 isian tahun 2026 belum dikirim');
    const hasil = emu.call(ADMIN, 'tutupTahun', { konfirmasi: true }) as Hasil;
    expect(hasil.status).toBe('ok');
    expect(hasil.pesan).toContain('Tahun 2026 ditutup');

    // The configuration stays; the year moves on; last year's realisasi feeds next year's LKj.
    const pengaturan = emu.spreadsheet.describeSheet('Pengaturan', ADMIN);
    const tahun = pengaturan.cells.find((c) => c.column === 1 && c.value === 'Tahun')!;
    expect(sel(pengaturan, tahun.row, 2)?.value).toBe('2027');
    expect(emu.spreadsheet.describeSheet('Bidang', ADMIN).cells.map((c) => c.value)).toEqual(bidangSebelum);
    expect(emu.spreadsheet.describeSheet('Indikator', ADMIN).lastRow).toBe(indikatorSebelum.lastRow);
    const sesudah = nilaiKolom(emu, 'Indikator', 'Realisasi tahun lalu');
    expect(sesudah.get('IK-16')).toBe(10);
    expect(sesudah.get('IK-17')).toBe(85);
    // Indicators nobody submitted keep what the admin had typed.
    expect(sesudah.get('IK-01')).toEqual(lalu.get('IK-01'));

    // The history: one row per indicator for 2026, in a hidden admin-only tab.
    const riwayat = emu.spreadsheet.describeSheet('Riwayat Capaian', ADMIN);
    expect(riwayat.hidden).toBe(true);
    const r16 = barisKode(riwayat, 'IK-16');
    expect([1, 6, 7].map((k) => sel(riwayat, r16, k)?.value)).toEqual([2026, 48, 10]);
    expect(sel(riwayat, r16, 8)?.value).toBeCloseTo((10 / 48) * 100, 5);
    expect(emu.edit(KABID_KWN, 'Riwayat Capaian', 'G2', 99).ok).toBe(false);

    // The cycle's tabs are hidden, not deleted; the Log keeps every row and says what happened.
    expect(emu.spreadsheet.describeSheet(TAB_KWN_TW1, ADMIN).hidden).toBe(true);
    expect(emu.spreadsheet.describeSheet('Log', ADMIN).lastRow).toBe(logSebelum + 1);
    expect(logTerakhir(emu)).toMatchObject({ tindakan: 'Tutup tahun', pengguna: ADMIN });

    // The property store keeps one short value per closed cycle: no per-bidang values, no open cycle.
    const kunci = [...emu.properties.document.keys()];
    expect(kunci.filter((k) => k.startsWith('lapkin.siklus.TW1-2026.'))).toEqual([]);
    expect(kunci).toContain('lapkin.siklus.TW1-2026');
    expect(kunci).not.toContain('lapkin.siklus.aktif');

    // The new year starts cleanly.
    const mulai = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', batasWaktu: '2027-04-15' }) as Hasil;
    expect(mulai.status).toBe('ok');
    expect(emu.spreadsheet.sheetNames()).toContain('TW I 2027 · Bidang Kewaspadaan Nasional');
  });
});
