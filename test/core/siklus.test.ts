import { describe, expect, test } from 'vitest';
import { batasWaktuBawaan, namaTabBidang, simpanSiklus, statusTampil, tambahHariKerja, type StatusSiklus } from '../../src/core/siklus';

describe('cycle state', () => {
  test('tab names read as words, unique ignoring case, at most 100 characters', () => {
    expect(namaTabBidang('TW1', 2026, 'Bidang Kewaspadaan Nasional', [])).toBe('TW I 2026 · Bidang Kewaspadaan Nasional');
    expect(namaTabBidang('TAHUNAN', 2026, 'Sekretariat', ['tahunan 2026 · SEKRETARIAT'])).toBe('Tahunan 2026 · Sekretariat (2)');
    const panjang = namaTabBidang('TW3', 2026, 'x'.repeat(120), ['TW III 2026 · ' + 'x'.repeat(86)]);
    expect(panjang.length).toBeLessThanOrEqual(100);
    expect(panjang.endsWith(' (2)')).toBe(true);
  });

  test('the default deadline is 10 working days, skipping weekends and office holidays', () => {
    // Wed 1 April 2026; Good Friday 3 April is a holiday.
    expect(tambahHariKerja('2026-04-01', 10, ['2026-04-03'])).toBe('2026-04-16');
    expect(tambahHariKerja('2026-04-01', 10, [])).toBe('2026-04-15');
  });

  test('the default deadline follows the SOP template: the last "bidang sends" step of sop-001', () => {
    const kalender = { hariLibur: ['2026-04-03'], jamMulai: 480, jamSelesai: 960 };
    // sop-001 steps 1–7 take 2 h 15 min, step 8 (Japel gathers the data) 4 hari: Wed 1 April 08:00
    // → Wed 8 April 10:15, skipping the weekend and Good Friday.
    expect(batasWaktuBawaan('2026-04-01', 'sop-001', kalender)).toBe('2026-04-08');
    // A custom SOP tab gives no built-in schedule: 10 working days.
    expect(batasWaktuBawaan('2026-04-01', 'kustom', kalender)).toBe('2026-04-16');
  });

  test('a bidang that has not submitted is late after the deadline day', () => {
    const b = { kode: 'KWN', nama: 'x', tab: 't', siap: true, status: 'sedang-diisi' as const, editor: [] };
    expect(statusTampil(b, '2026-04-15', '2026-04-15')).toBe('sedang-diisi');
    expect(statusTampil(b, '2026-04-15', '2026-04-16')).toBe('terlambat');
    expect(statusTampil({ ...b, status: 'terkirim' }, '2026-04-15', '2026-04-20')).toBe('terkirim');
  });

  test('state that would not fit a document property (9 KB) is refused with a message', () => {
    const bidang = Array.from({ length: 60 }, (_, i) => ({ kode: `B${i}`, nama: 'Bidang '.repeat(10), tab: `TW I 2026 · ${'Bidang '.repeat(10)}`, siap: true, status: 'belum-diisi' as const, editor: [] }));
    const s: StatusSiklus = { id: 'TW1-2026', periode: 'TW1', tahun: 2026, dimulai: '', dimulaiOleh: '', batasWaktu: '2026-04-15', catatan: '', lengkap: true, bidang };
    expect(() => simpanSiklus(s)).toThrow(/terlalu besar/);
  });
});
