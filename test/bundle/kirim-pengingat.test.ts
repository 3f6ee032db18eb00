import { describe, expect, test } from 'vitest';
import { BIDANG_CONTOH } from '../../node/fixtures/opd-contoh';
import { ADMIN, KABID_KWN, STAF_KWN, TAB_KWN_TW1 } from './helpers';
import { ISIAN_KWN, isi, logTerakhir, siklusDimulai, statusBidang, type Hasil } from './kirim-bantuan';

/** Kabid and staff of every bidang but KWN (which submitted). */
const TERLAMBAT = BIDANG_CONTOH.filter((b) => b[0] !== 'KWN').flatMap((b) => [b[4], ...b[5].split(',')].map((e) => e.trim()).filter((e) => e !== ''));

function lewatBatas(emu: ReturnType<typeof siklusDimulai>): void {
  emu.ws.setNow(new Date('2026-04-16T02:00:00Z')); // 16 April, 09.00 WIB: the day after the deadline
}

describe('Kirim pengingat', () => {
  test('before the deadline nobody is late and nothing is sent', () => {
    const emu = siklusDimulai();
    const hasil = emu.call(ADMIN, 'kirimPengingat') as Hasil;
    expect(hasil).toEqual({ status: 'ditolak', pesan: 'Tidak ada bidang yang terlambat untuk TW I 2026 (batas waktu 15 April 2026). Tidak ada pengingat yang dikirim.' });
    expect(emu.mail.outbox).toHaveLength(0);
  });

  test('after the deadline: only the Kabid and staff of late bidang, a link to their tab, none of the data', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true);
    lewatBatas(emu);
    expect(statusBidang(emu, 'POL')).toBe('terlambat');
    const sebelum = emu.mail.outbox.length;
    expect(() => emu.call(KABID_KWN, 'kirimPengingat')).toThrow(/^Hanya admin/);
    const hasil = emu.call(ADMIN, 'kirimPengingat') as Hasil;
    expect(hasil).toEqual({ status: 'ok', pesan: `Pengingat dikirim ke ${TERLAMBAT.length} orang di 4 bidang yang terlambat.` });
    const surel = emu.mail.outbox.slice(sebelum);
    expect(surel.flatMap((s) => s.to.split(',')).sort()).toEqual([...TERLAMBAT].sort());
    expect(surel.flatMap((s) => s.to.split(','))).not.toContain(KABID_KWN);
    expect(surel.flatMap((s) => s.to.split(','))).not.toContain(STAF_KWN);
    const pol = surel.find((s) => s.to.includes('kabid.pol@contoh.go.id'))!;
    const gid = emu.spreadsheet.describeSheet('TW I 2026 · Bidang Politik Dalam Negeri').sheetId;
    expect(pol.body).toContain(`#gid=${gid}`);
    expect(pol.subject).toBe('Pengingat: isian Laporan Kinerja TW I 2026 Bidang Politik Dalam Negeri belum dikirim');
    // No data: no indicator, target or realisasi.
    for (const s of surel) expect(s.body).not.toMatch(/IK-\d|Jumlah|Indeks|Persentase|target|realisasi/i);
    expect(logTerakhir(emu)).toMatchObject({ tindakan: 'Kirim pengingat', pengguna: ADMIN });
  });

  test('a reminder day beyond the mail quota mails the most late first, names the rest, and a later run finishes', () => {
    const emu = siklusDimulai();
    lewatBatas(emu);
    const penerima = (kode: string) => BIDANG_CONTOH.filter((b) => b[0] === kode).flatMap((b) => [b[4], ...b[5].split(',')].map((e) => e.trim()).filter((e) => e !== ''));
    const terlambat = BIDANG_CONTOH; // nobody has submitted
    // Another script of the admin already used the consumer quota (100 a day) but for the first two late bidang's people.
    const muat = penerima(terlambat[0][0]).length + penerima(terlambat[1][0]).length;
    const dipakai = emu.mail.quotaFor(ADMIN) - muat;
    emu.mail.outbox.push({ to: Array.from({ length: dipakai }, (_, i) => `x${i}@contoh.go.id`).join(','), cc: '', bcc: '', subject: 'lain', body: '', from: ADMIN, sentAt: emu.ws.clock().toISOString() });
    const sebelum = emu.mail.outbox.length;
    const hasil = emu.call(ADMIN, 'kirimPengingat') as Hasil;
    const hariPertama = emu.mail.outbox.slice(sebelum);
    expect(hariPertama.flatMap((m) => m.to.split(',')).sort()).toEqual([...penerima(terlambat[0][0]), ...penerima(terlambat[1][0])].sort());
    expect(hasil.status).toBe('ok');
    for (const b of terlambat.slice(2)) expect(hasil.pesan).toContain(`${b[1]} (kuota e-mail harian habis`);
    expect(logTerakhir(emu)).toMatchObject({ tindakan: 'Kirim pengingat' });
    expect(emu.ws.run({ email: ADMIN }, () => (emu.globals().MailApp as GoogleAppsScript.Mail.MailApp).getRemainingDailyQuota())).toBe(0);

    // The same day again: nothing left to send with, and those already reminded are not mailed twice.
    const lagi = emu.call(ADMIN, 'kirimPengingat') as Hasil;
    expect(lagi.status).toBe('ditolak');
    expect(lagi.pesan).toContain(`${terlambat[0][1]} (sudah diingatkan hari ini)`);

    // Next day: the three not yet reminded go first; the two reminded yesterday follow, quota permitting.
    emu.ws.advance(24 * 3600 * 1000);
    const sejak = emu.mail.outbox.length;
    const besok = emu.call(ADMIN, 'kirimPengingat') as Hasil;
    expect(besok.status).toBe('ok');
    const urutan = emu.mail.outbox.slice(sejak).map((m) => m.to.split(',')[0]);
    expect(urutan.slice(0, 3)).toEqual([terlambat[2][4], terlambat[3][4], terlambat[4][4]]);
    expect(urutan).toHaveLength(5);
  });

  test('a message never carries more than 50 recipients (Google refuses it)', () => {
    const emu = siklusDimulai();
    expect(() => emu.ws.run({ email: ADMIN }, () => (emu.globals().MailApp as GoogleAppsScript.Mail.MailApp).sendEmail({ to: Array.from({ length: 51 }, (_, i) => `o${i}@contoh.go.id`).join(','), subject: 's', body: 'b' }))).toThrow('Limit Exceeded: Email Recipients Per Message.');
  });
});

describe('Kirim e-mail: Tidak', () => {
  test('submitting, returning and reminding send no e-mail; the submission and the return still happen', () => {
    const emu = siklusDimulai();
    const pengaturan = emu.spreadsheet.describeSheet('Pengaturan', ADMIN);
    const baris = pengaturan.cells.find((c) => c.column === 1 && c.value === 'Kirim e-mail')!.row;
    expect(emu.edit(ADMIN, 'Pengaturan', `B${baris}`, 'Tidak').ok).toBe(true);
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true).ok).toBe(true);
    expect(statusBidang(emu, 'KWN')).toBe('terkirim');
    expect(emu.call(ADMIN, 'kembalikanUntukPerbaikan', { bidang: 'KWN', alasan: 'IK-16 belum sesuai' })).toMatchObject({ status: 'ok' });
    expect(statusBidang(emu, 'KWN')).toBe('dikembalikan');
    lewatBatas(emu);
    expect(statusBidang(emu, 'POL')).toBe('terlambat');
    expect(emu.call(ADMIN, 'kirimPengingat')).toEqual({ status: 'ditolak', pesan: 'Pengiriman e-mail dimatikan (tab Pengaturan ▸ Kirim e-mail: Tidak). Tidak ada pengingat yang dikirim.' });
    expect(emu.mail.outbox).toEqual([]);
  });
});
