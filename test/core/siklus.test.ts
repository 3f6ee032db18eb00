import { describe, expect, test } from 'vitest';
import { BATAS_PROPERTI, batasWaktuBawaan, byteUtf8, pernahDibuka, pertanyaanGantiSiklus, propertiSiklus, siklusDariProperti, statusTampil, tambahHariKerja, type StatusSiklus } from '../../src/core/siklus';

describe('cycle state', () => {
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

  test('the state of 150 bidang with long names and many editors fits: no property value over 9 KB, read back whole', () => {
    const panjang = 'Bidang Pengelolaan Sumber Daya Aparatur dan Pengembangan Kompetensi Pegawai Daerah Provinsi';
    const bidang = Array.from({ length: 150 }, (_, i) => ({
      kode: `B${i}`,
      nama: `${panjang} ${i}`,
      tab: `TW I 2026 · ${panjang} ${i}`.slice(0, 100), // as states from before short tab names hold them
      siap: true,
      status: 'belum-diisi' as const,
      editor: Array.from({ length: 6 }, (_, j) => `staf.${j}.bidang.${i}@contoh.go.id`),
    }));
    const s: StatusSiklus = { id: 'TW1-2026', periode: 'TW1', tahun: 2026, dimulai: '', dimulaiOleh: '', batasWaktu: '2026-04-15', catatan: 'Mohon tepat waktu', lengkap: true, bidang };
    const props = propertiSiklus(s);
    expect(Math.max(...Object.values(props).map(byteUtf8))).toBeLessThanOrEqual(BATAS_PROPERTI);
    expect(siklusDariProperti('TW1-2026', props)).toEqual(s);
  });

  test('the 9 KB limit counts UTF-8 bytes; a catatan too long for one property is refused with a message', () => {
    expect(byteUtf8('Bidang · é')).toBe(12);
    const s: StatusSiklus = { id: 'TW1-2026', periode: 'TW1', tahun: 2026, dimulai: '', dimulaiOleh: '', batasWaktu: '2026-04-15', catatan: '·'.repeat(5000), lengkap: false, bidang: [] };
    expect(() => propertiSiklus(s)).toThrow(/terlalu besar/);
  });
});

describe('replacing the open cycle', () => {
  const tw1: StatusSiklus = {
    id: 'TW1-2026', periode: 'TW1', tahun: 2026, dimulai: '2026-04-01T02:00:00.000Z', dimulaiOleh: 'kasubbag@gmail.com', batasWaktu: '2026-04-15', catatan: '', lengkap: true,
    bidang: [
      { kode: 'KWN', nama: 'Bidang Kewaspadaan', tab: 'TW1-26·KWN', siap: true, status: 'terkirim', editor: [] },
      { kode: 'PDK', nama: 'Bidang Pendidikan', tab: 'TW1-26·PDK', siap: true, status: 'sedang-diisi', editor: [] },
      { kode: 'EKO', nama: 'Bidang Ekonomi', tab: 'TW1-26·EKO', siap: true, status: 'dikembalikan', editor: [] },
    ],
  };

  test('the question says the old cycle closes, its tabs are hidden, and names the bidang that have not submitted', () => {
    expect(pertanyaanGantiSiklus(tw1, 'Siapkan', 'TW II 2026')).toBe(
      'Siklus TW I 2026 masih berjalan. Siapkan siklus TW II 2026? Siklus TW I 2026 ditutup: pengumpulannya berakhir dan tab bidangnya disembunyikan (tidak dihapus). ' +
        '2 dari 3 bidang belum mengirim (Bidang Pendidikan; Bidang Ekonomi) dan tidak dapat mengirim lagi.',
    );
    const semua = { ...tw1, bidang: tw1.bidang.map((b) => ({ ...b, status: 'terkirim' as const })) };
    expect(pertanyaanGantiSiklus(semua, 'Mulai', 'TW II 2026')).toMatch(/^Siklus TW I 2026 masih berjalan\. Mulai siklus TW II 2026\? .* Semua bidang sudah mengirim\.$/);
  });

  test('a cycle only prepared is left, not closed: nobody was collecting', () => {
    const disiapkan = { ...tw1, lengkap: false, persiapan: true as const, bidang: tw1.bidang.map((b) => ({ ...b, siap: false, status: 'belum-diisi' as const })) };
    expect(pertanyaanGantiSiklus(disiapkan, 'Siapkan', 'TW II 2026')).toBe(
      'Siklus TW I 2026 masih persiapan (tab bidangnya belum dibuka). Siapkan siklus TW II 2026? Persiapan siklus TW I 2026 ditinggalkan dan tab Status SOP-nya disembunyikan.',
    );
    expect([pernahDibuka(disiapkan), pernahDibuka(tw1), pernahDibuka({ ...tw1, lengkap: false }), pernahDibuka(null)]).toEqual([false, true, true, false]);
  });
});
