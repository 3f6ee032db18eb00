import { describe, expect, it } from 'vitest';
import { rencanaJadwal } from '../../src/core/sop/jadwal';
import { KALENDER_BAKU } from '../../src/core/sop/kalender';
import type { WaktuLokal } from '../../src/core/sop/model';
import { buatStatusSop, ringkasStatus, type StatusSop, tandaiManual, terapkanPeristiwa } from '../../src/core/sop/status';
import { cariTemplate } from '../../src/core/sop/templates/index';

// Monday 2 March 2026 is the cycle's first day.
const pada = (hari: number, jam: number, menit = 0): WaktuLokal => ({ tahun: 2026, bulan: 3, hari, menit: jam * 60 + menit });
const LAPKIN = { oleh: 'Lapkin' };

function awal(id: string): StatusSop {
  const template = cariTemplate(id);
  if (!template) throw new Error(id);
  return buatStatusSop(template, rencanaJadwal(template, pada(2, 8), KALENDER_BAKU));
}

const statusPer = (s: StatusSop) => Object.fromEntries(s.langkah.map((l) => [l.no || '-', l.status]));

describe('terapkanPeristiwa', () => {
  it('sop-000: the nota dinas, the submissions and the draft advance their own steps', () => {
    let s = terapkanPeristiwa(awal('sop-000'), 'siklus-dimulai', { ...LAPKIN, waktu: pada(2, 9) });
    // The steps before the first event (the nota dinas' drafting and paraf) are never auto-skipped: a person marks them.
    // The placeholder for the lost steps 2–8 stays as it is: never started, skipped nor waited on.
    expect(statusPer(s)).toEqual({ '1': 'belum', '2–8': 'belum', '9': 'belum', '10': 'selesai', '11': 'berjalan', '12': 'belum', '13': 'belum' });
    expect(s.langkah[3]).toMatchObject({ selesai: pada(2, 9), oleh: 'Lapkin' });
    expect(s.langkah[4].mulai).toEqual(pada(2, 9));

    s = terapkanPeristiwa(s, 'bidang-mengirim', { ...LAPKIN, waktu: pada(3, 10), jumlahBidang: 3, terkirim: 1 });
    expect(statusPer(s)).toMatchObject({ '11': 'berjalan', '12': 'berjalan', '13': 'belum' });
    expect(s.langkah[5].catatan).toBe('1 dari 3 bidang sudah mengirim.');

    s = terapkanPeristiwa(s, 'bidang-mengirim', { ...LAPKIN, waktu: pada(4, 11), jumlahBidang: 3, terkirim: 3 });
    expect(statusPer(s)).toMatchObject({ '11': 'selesai', '12': 'selesai', '13': 'berjalan' });
    expect(s.langkah[6].mulai).toEqual(pada(4, 11));

    s = terapkanPeristiwa(s, 'rekap-dibuat', { ...LAPKIN, waktu: pada(4, 12) });
    expect(statusPer(s)['13']).toBe('berjalan');

    s = terapkanPeristiwa(s, 'draf-lkj-dibuat', { ...LAPKIN, waktu: pada(5, 9) });
    expect(statusPer(s)['13']).toBe('selesai');
    // The unmarked preparation steps are what is left, named rather than hidden as skipped.
    expect(ringkasStatus(s, pada(5, 10)).menunggu).toMatch(/^Menunggu Pengagenda: langkah 1, /);
  });

  it('sop-001: "semua terkirim" closes the submission steps and its own, then the recap step', () => {
    let s = terapkanPeristiwa(awal('sop-001'), 'siklus-dimulai', { ...LAPKIN, waktu: pada(2, 9) });
    s = terapkanPeristiwa(s, 'semua-terkirim', { ...LAPKIN, waktu: pada(6, 9) });
    expect(statusPer(s)).toMatchObject({ '7': 'selesai', '8': 'selesai', '-': 'selesai', '9': 'selesai', '10': 'berjalan' });
    s = terapkanPeristiwa(s, 'rekap-dibuat', { ...LAPKIN, waktu: pada(6, 10) });
    expect(statusPer(s)).toMatchObject({ '10': 'selesai', '11': 'berjalan' });
    expect(ringkasStatus(s, pada(6, 11)).menunggu).toBe(
      'Menunggu Sekretaris: langkah 11, Sekretaris menerima Laporan Kasubag TU tentang hasil pengumpulan data kinerja',
    );
  });

  it('leaves a template without a step for the event as it is; sop-003 step 4 is the bidang\'s (Bidang-bidang, 15 hari)', () => {
    const s = terapkanPeristiwa(awal('sop-003'), 'siklus-dimulai', { ...LAPKIN, waktu: pada(2, 9) });
    expect(terapkanPeristiwa(s, 'draf-lkj-dibuat', { ...LAPKIN, waktu: pada(3, 9) })).toEqual(s);
    const sebagian = terapkanPeristiwa(s, 'bidang-mengirim', { ...LAPKIN, waktu: pada(3, 9), jumlahBidang: 4, terkirim: 1 });
    expect(statusPer(sebagian)).toMatchObject({ '4': 'berjalan', '5': 'belum' });
    expect(statusPer(terapkanPeristiwa(sebagian, 'semua-terkirim', { ...LAPKIN, waktu: pada(20, 9) }))).toMatchObject({
      '4': 'selesai',
      '5': 'berjalan',
    });
  });

  it('starts the first step when the cycle starts and no step maps to it', () => {
    const s = terapkanPeristiwa(awal('sop-004'), 'siklus-dimulai', { ...LAPKIN, waktu: pada(2, 8, 15) });
    expect(statusPer(s)).toMatchObject({ '1': 'berjalan', '2': 'belum' });
    expect(ringkasStatus(s, pada(2, 8, 30)).menunggu).toMatch(/^Menunggu Kabag Tatalaksana: langkah 1,/);
  });
});

describe('the persiapan: the nota dinas chain tracked before the bidang tabs open (sop-001)', () => {
  const tandai = (s: StatusSop, urutan: number, peran: 'admin' | 'sekretaris' | 'kepala', waktu: WaktuLokal): StatusSop => {
    const hasil = tandaiManual(s, urutan, { peran, oleh: `${peran}@x.go.id`, waktu });
    if (!hasil.ok) throw new Error(hasil.pesan);
    return hasil.status;
  };

  it('orders, nota dinas, paraf, signature, then the tabs open: steps 1–6 Selesai at their own times, none skipped', () => {
    // Prepared Monday 2 March 08.00; the Kasubbag marks the Sekretaris' order (1) and the Kasubbag TU's (2).
    let s = tandai(awal('sop-001'), 1, 'admin', pada(2, 8, 5));
    s = tandai(s, 2, 'admin', pada(2, 8, 15));
    // "Buat nota dinas" at 09.00: step 3 (Japel drafts it) is done by Lapkin; the Sekretaris' paraf (4) runs.
    s = terapkanPeristiwa(s, 'nota-dinas-dibuat', { ...LAPKIN, waktu: pada(2, 9) });
    expect(statusPer(s)).toMatchObject({ '1': 'selesai', '2': 'selesai', '3': 'selesai', '4': 'berjalan', '5': 'belum', '6': 'belum' });
    expect(ringkasStatus(s, pada(2, 9, 5)).menunggu).toMatch(/^Menunggu Sekretaris: langkah 4, Memaraf surat permintaan/);
    s = tandai(s, 4, 'sekretaris', pada(2, 10));
    s = tandai(s, 5, 'kepala', pada(3, 9));
    // Mulai siklus on Tuesday 10.00: the tabs open, the nota dinas is distributed (6); the bidang's step 7 runs.
    s = terapkanPeristiwa(s, 'siklus-dimulai', { ...LAPKIN, waktu: pada(3, 10) });
    expect(statusPer(s)).toMatchObject({ '1': 'selesai', '2': 'selesai', '3': 'selesai', '4': 'selesai', '5': 'selesai', '6': 'selesai', '7': 'berjalan' });
    expect(s.langkah.slice(0, 6).map((l) => l.selesai)).toEqual([pada(2, 8, 5), pada(2, 8, 15), pada(2, 9), pada(2, 10), pada(3, 9), pada(3, 10)]);
    expect(s.langkah.slice(0, 6).map((l) => l.oleh)).toEqual(['admin@x.go.id', 'admin@x.go.id', 'Lapkin', 'sekretaris@x.go.id', 'kepala@x.go.id', 'Lapkin']);
  });

  it('the nota dinas made before anyone marked the orders leaves steps 1–2 open (never auto-skipped), and late while the persiapan runs', () => {
    const s = terapkanPeristiwa(awal('sop-001'), 'nota-dinas-dibuat', { ...LAPKIN, waktu: pada(2, 9) });
    expect(statusPer(s)).toMatchObject({ '1': 'belum', '2': 'belum', '3': 'selesai', '4': 'berjalan' });
    // Step 1 (10 menit from 08.00) was due 08.10: unmarked while the cycle is still in persiapan, it is late.
    expect(ringkasStatus(s, pada(2, 9, 5)).langkah[0].status).toBe('terlambat');
  });

  it('one click (Mulai siklus without Siapkan): the preparation steps stay open, never skipped nor late', () => {
    const s = terapkanPeristiwa(awal('sop-001'), 'siklus-dimulai', { ...LAPKIN, waktu: pada(2, 8, 1) });
    expect(statusPer(s)).toMatchObject({ '1': 'belum', '2': 'belum', '3': 'belum', '4': 'belum', '5': 'belum', '6': 'selesai', '7': 'berjalan' });
    expect(ringkasStatus(s, pada(9, 8)).langkah.slice(0, 5).map((l) => l.status)).toEqual(['belum', 'belum', 'belum', 'belum', 'belum']);
  });
});

describe('ringkasStatus', () => {
  it('names the first step\'s performer while the cycle is prepared and nothing is marked yet (the persiapan)', () => {
    expect(ringkasStatus(awal('sop-001'), pada(2, 8)).menunggu).toBe(
      'Menunggu Sekretaris: langkah 1, Sekretaris memerintahkan Kasubag TU untuk membuat surat permintaan pengumpulan data kinerja kepada masing-masing bidang dan sekretariat.',
    );
  });

  it('names the Kabid still to submit and marks the step late after its planned due', () => {
    const s = terapkanPeristiwa(awal('sop-000'), 'siklus-dimulai', { ...LAPKIN, waktu: pada(2, 9) });
    const tepat = ringkasStatus(s, pada(2, 10), ['Politik Dalam Negeri', 'Bidang Ideologi']);
    expect(tepat.saatIni?.no).toBe('11');
    expect(tepat.menunggu).toMatch(/^Menunggu Kabid Bidang Politik Dalam Negeri, Kabid Bidang Ideologi: langkah 11, /);
    // Step 11 (1 hari) is planned after 60 menit + 1 hari + 2 jam from Monday 08:00: due Wednesday 11:00.
    expect(s.langkah[4].rencanaTenggat).toEqual(pada(4, 11));
    const telat = ringkasStatus(s, pada(4, 11, 1), ['Politik Dalam Negeri']);
    expect(telat.langkah[4].status).toBe('terlambat');
    expect(telat.menunggu).toContain('langkah 11 (terlambat)');
    expect(telat.langkah[3].status).toBe('selesai');
    // The placeholder has no time: never late, whatever the hour.
    expect(ringkasStatus(s, { tahun: 2027, bulan: 1, hari: 1, menit: 0 }).langkah[1].status).toBe('belum');
  });

  it('never marks a step with no time standard late', () => {
    let s = terapkanPeristiwa(awal('sop-001'), 'semua-terkirim', { ...LAPKIN, waktu: pada(2, 9) });
    s = terapkanPeristiwa(s, 'rekap-dibuat', { ...LAPKIN, waktu: pada(2, 10) });
    const r = ringkasStatus(s, { tahun: 2027, bulan: 1, hari: 1, menit: 0 });
    expect(r.saatIni?.no).toBe('11');
    expect(r.saatIni?.status).toBe('berjalan');
  });
});

describe('a recap or draft made while bidang are missing', () => {
  it('leaves the collection steps open and names who is late (sop-001: 2 of 5 in, then Buat rekap)', () => {
    let s = terapkanPeristiwa(awal('sop-001'), 'siklus-dimulai', { ...LAPKIN, waktu: pada(2, 9) });
    s = terapkanPeristiwa(s, 'bidang-mengirim', { ...LAPKIN, waktu: pada(3, 9), jumlahBidang: 5, terkirim: 2 });
    s = terapkanPeristiwa(s, 'rekap-dibuat', { ...LAPKIN, waktu: pada(3, 10) });
    const pengumpulan = s.langkah.filter((l) => l.peristiwa === 'bidang-mengirim' || l.peristiwa === 'semua-terkirim');
    expect(pengumpulan.map((l) => l.status)).not.toContain('dilewati');
    expect(pengumpulan.map((l) => l.status)).not.toContain('selesai');
    expect(s.langkah.find((l) => l.peristiwa === 'rekap-dibuat')?.status).toBe('selesai');
    const r = ringkasStatus(s, pada(3, 11), ['Politik', 'Ekonomi', 'Sosial']);
    expect(r.saatIni?.peristiwa).toBe('bidang-mengirim');
    expect(r.menunggu).toMatch(/^Menunggu Kabid Bidang Politik, Kabid Bidang Ekonomi, Kabid Bidang Sosial: /);
  });
});

describe('the sop-000 placeholder "Langkah 2–8 tidak terbaca di sumber"', () => {
  it('cannot be marked, not even by the admin, and never blocks: marking step 9 skips step 1, not the placeholder', () => {
    expect(tandaiManual(awal('sop-000'), 2, { peran: 'admin', oleh: 'a@x.go.id', waktu: pada(2, 9) })).toEqual({
      ok: false,
      pesan: 'Langkah 2–8 tidak terbaca di sumber SOP, jadi tidak dilacak dan tidak dapat ditandai.',
    });
    const hasil = tandaiManual(awal('sop-000'), 3, { peran: 'admin', oleh: 'a@x.go.id', waktu: pada(2, 9) });
    if (!hasil.ok) throw new Error(hasil.pesan);
    expect(statusPer(hasil.status)).toMatchObject({ '1': 'dilewati', '2–8': 'belum', '9': 'selesai', '10': 'berjalan' });
  });

  it('is never the current step: after step 1 the cycle waits on step 9', () => {
    const hasil = tandaiManual(awal('sop-000'), 1, { peran: 'admin', oleh: 'a@x.go.id', waktu: pada(2, 8, 30) });
    if (!hasil.ok) throw new Error(hasil.pesan);
    expect(statusPer(hasil.status)).toMatchObject({ '1': 'selesai', '2–8': 'belum', '9': 'berjalan' });
    expect(ringkasStatus(hasil.status, pada(2, 8, 31)).saatIni?.no).toBe('9');
  });
});

describe('tandaiManual', () => {
  const s = terapkanPeristiwa(awal('sop-001'), 'siklus-dimulai', { ...LAPKIN, waktu: pada(2, 9) });

  it('refuses a role that does not perform the step', () => {
    const hasil = tandaiManual(awal('sop-001'), 4, { peran: 'kabid', oleh: 'kabid@x.go.id', waktu: pada(2, 9) });
    expect(hasil).toEqual({ ok: false, pesan: 'Langkah 4 dikerjakan oleh Sekretaris; Kabid tidak dapat menandainya.' });
  });

  it('lets the performer mark it done; earlier unmarked steps are passed over', () => {
    const hasil = tandaiManual(awal('sop-001'), 4, {
      peran: 'sekretaris',
      oleh: 'sekretaris@x.go.id',
      waktu: pada(2, 9),
      catatan: 'Sudah diparaf',
    });
    if (!hasil.ok) throw new Error(hasil.pesan);
    expect(statusPer(hasil.status)).toMatchObject({ '1': 'dilewati', '3': 'dilewati', '4': 'selesai', '5': 'berjalan' });
    expect(hasil.status.langkah[3]).toMatchObject({ oleh: 'sekretaris@x.go.id', catatan: 'Sudah diparaf', selesai: pada(2, 9) });
  });

  it('accepts every role a step names', () => {
    const t = awal('sop-003');
    expect(tandaiManual(t, 2, { peran: 'kepala', oleh: 'kaban@x.go.id', waktu: pada(3, 9) }).ok).toBe(true);
    expect(tandaiManual(t, 2, { peran: 'sekretaris', oleh: 'sek@x.go.id', waktu: pada(3, 9) }).ok).toBe(true);
  });

  it('leaves steps driven by events to Lapkin, except for the admin', () => {
    const kabid = tandaiManual(s, 7, { peran: 'kabid', oleh: 'kabid@x.go.id', waktu: pada(3, 9) });
    expect(kabid).toEqual({ ok: false, pesan: 'Langkah 7 diperbarui otomatis oleh Lapkin; hanya admin yang dapat mengoreksinya.' });
    const admin = tandaiManual(s, 7, { peran: 'admin', oleh: 'kasubbag@x.go.id', waktu: pada(3, 9) });
    expect(admin.ok && admin.status.langkah[6].status).toBe('selesai');
  });

  it('lets only the admin skip a step, and refuses marking a step twice', () => {
    // sop-001 step 11 is the 12th row: an unnumbered step sits between 8 and 9.
    expect(tandaiManual(s, 12, { peran: 'sekretaris', oleh: 's@x.go.id', waktu: pada(3, 9), status: 'dilewati' })).toEqual({
      ok: false,
      pesan: 'Hanya admin yang dapat menandai langkah sebagai dilewati.',
    });
    const lewat = tandaiManual(s, 12, { peran: 'admin', oleh: 'k@x.go.id', waktu: pada(3, 9), status: 'dilewati' });
    expect(lewat.ok && lewat.status.langkah[11].status).toBe('dilewati');
    const sekali = tandaiManual(s, 12, { peran: 'sekretaris', oleh: 's@x.go.id', waktu: pada(3, 9) });
    if (!sekali.ok) throw new Error(sekali.pesan);
    const dua = tandaiManual(sekali.status, 12, { peran: 'sekretaris', oleh: 's@x.go.id', waktu: pada(3, 10) });
    expect(dua).toEqual({ ok: false, pesan: 'Langkah 11 sudah selesai (ditandai oleh s@x.go.id).' });
  });

  it('leaves the preparation steps open on the first event, for a person to mark', () => {
    expect(s.langkah[0].status).toBe('belum');
    const hasil = tandaiManual(s, 1, { peran: 'sekretaris', oleh: 's@x.go.id', waktu: pada(2, 10) });
    expect(hasil.ok && hasil.status.langkah[0].status).toBe('selesai');
  });

  it('refuses a step that does not exist', () => {
    expect(tandaiManual(s, 99, { peran: 'admin', oleh: 'k@x.go.id', waktu: pada(2, 10) })).toEqual({
      ok: false,
      pesan: 'Langkah ke-99 tidak ada di SOP ini.',
    });
  });
});

describe('the warning letter (001_...txt step 9: data late → surat peringatan from the Kepala)', () => {
  it('runs the step that receives the data, naming the bidang; the step finishes when all data is in', () => {
    let s = terapkanPeristiwa(awal('sop-001'), 'siklus-dimulai', { ...LAPKIN, waktu: pada(2, 9) });
    s = terapkanPeristiwa(s, 'surat-peringatan-dibuat', { ...LAPKIN, waktu: pada(9, 9), catatan: 'Surat peringatan Kepala dibuat untuk Bidang Politik.' });
    const langkah9 = s.langkah.find((l) => l.no === '9')!;
    expect(langkah9).toMatchObject({ status: 'berjalan', mulai: pada(9, 9), catatan: 'Surat peringatan Kepala dibuat untuk Bidang Politik.' });
    s = terapkanPeristiwa(s, 'semua-terkirim', { ...LAPKIN, waktu: pada(10, 9) });
    expect(s.langkah.find((l) => l.no === '9')?.status).toBe('selesai');
  });
});

describe('the correction loop (003_...txt steps 5–6) runs more than once', () => {
  it('the admin runs a finished step 5 again; step 6, closed by a person, opens again', () => {
    let s = terapkanPeristiwa(awal('sop-003'), 'siklus-dimulai', { ...LAPKIN, waktu: pada(2, 9) });
    s = terapkanPeristiwa(s, 'semua-terkirim', { ...LAPKIN, waktu: pada(20, 9) });
    const tandai = (status: StatusSop, urutan: number, waktu: WaktuLokal, lain: { status?: 'ulang'; catatan?: string } = {}): StatusSop => {
      const h = tandaiManual(status, urutan, { peran: 'admin', oleh: 'k@x.go.id', waktu, ...lain });
      if (!h.ok) throw new Error(h.pesan);
      return h.status;
    };
    s = tandai(s, 5, pada(23, 9));
    s = tandai(s, 6, pada(24, 9));
    expect(statusPer(s)).toMatchObject({ '5': 'selesai', '6': 'selesai', '7': 'berjalan' });
    s = tandai(s, 5, pada(25, 9), { status: 'ulang', catatan: 'Kepala minta perbaikan Bab III' });
    expect(s.langkah[4]).toMatchObject({ status: 'berjalan', mulai: pada(25, 9), selesai: null, putaran: 2, catatan: 'Putaran 2: Kepala minta perbaikan Bab III.' });
    expect(statusPer(s)).toMatchObject({ '6': 'belum' });
    s = tandai(s, 5, pada(26, 9));
    s = tandai(s, 5, pada(27, 9), { status: 'ulang' });
    expect(s.langkah[4]).toMatchObject({ putaran: 3, catatan: 'Putaran 3.' });
    const bukanAdmin = tandaiManual(s, 5, { peran: 'sekretaris', oleh: 's@x.go.id', waktu: pada(27, 10), status: 'ulang' });
    expect(bukanAdmin).toEqual({ ok: false, pesan: 'Hanya admin yang dapat mengulang langkah.' });
  });
});

describe('"Nota dinas dibuat" (Buat nota dinas)', () => {
  it('finishes the drafting step (sop-001 step 3); the paraf and signature before the distribution stay for a person', () => {
    let s = terapkanPeristiwa(awal('sop-001'), 'siklus-dimulai', { ...LAPKIN, waktu: pada(2, 9) });
    s = terapkanPeristiwa(s, 'nota-dinas-dibuat', { ...LAPKIN, waktu: pada(2, 10) });
    expect(statusPer(s)).toMatchObject({ '1': 'belum', '2': 'belum', '3': 'selesai', '4': 'belum', '5': 'belum', '6': 'selesai', '7': 'berjalan' });
    expect(s.langkah[2]).toMatchObject({ oleh: 'Lapkin', catatan: 'Otomatis: Nota dinas dibuat.' });
  });
  it('made before the tabs open, it starts the paraf step next', () => {
    const s = terapkanPeristiwa(awal('sop-001'), 'nota-dinas-dibuat', { ...LAPKIN, waktu: pada(2, 9) });
    expect(statusPer(s)).toMatchObject({ '1': 'belum', '2': 'belum', '3': 'selesai', '4': 'berjalan', '6': 'belum' });
  });
});
