import { describe, expect, test } from 'vitest';
import { ADMIN, KABID_KWN, KABID_POL, ORANG_LAIN, STAF_KWN, TAB_KWN_TW1, barisKode, sel } from './helpers';
import * as emuModule from '../../node/emulator/index';
// Sheets' refusal, pinned to Google's text by test/emulator/spreadsheet-protection.test.ts.
import { PROTECTED } from '../../node/emulator/spreadsheet/access';
import { BIDANG_CONTOH } from '../../node/fixtures/opd-contoh';
import { ISIAN_KWN, KOLOM, barisArsip, isi, kotakKirim, logTerakhir, siklusDimulai, statusBidang, type Hasil } from './kirim-bantuan';


describe('Kirim: ticking the box', () => {
  test('Mulai siklus installs one onEdit trigger and one hourly SOP trigger as the admin; later starts add no other', () => {
    const emu = siklusDimulai();
    const pemicu = () => emu.ws.triggers.filter((t) => t.handlerFunction === 'onEditLapkin');
    const pemicuSop = () => emu.ws.triggers.filter((t) => t.handlerFunction === 'perbaruiStatusSop');
    expect(pemicu()).toHaveLength(1);
    expect(pemicu()[0]).toMatchObject({ eventType: 'ON_EDIT', creator: { email: ADMIN } });
    expect(pemicuSop()).toHaveLength(1);
    expect(pemicuSop()[0]).toMatchObject({ eventType: 'CLOCK', creator: { email: ADMIN } });
    emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW2', tahun: 2026, batasWaktu: '2026-07-15', konfirmasi: true });
    // Another admin starting a cycle does not duplicate it either (a trigger is visible only to its creator).
    emu.call('sekretaris@contoh.go.id', 'mulaiSiklus', { periode: 'TW3', tahun: 2026, batasWaktu: '2026-10-15', konfirmasi: true });
    expect(pemicu()).toHaveLength(1);
    expect(pemicuSop()).toHaveLength(1);
  });

  test('a trigger recorded for someone no longer an admin is replaced by the next admin who starts a cycle', () => {
    const emu = siklusDimulai();
    // Its creator has since been taken off Pengaturan ▸ E-mail admin: their triggers would refuse to run.
    for (const kunci of ['lapkin.pemicu.edit', 'lapkin.pemicu.sop']) emu.properties.document.set(kunci, 'mantan.admin@contoh.go.id');
    emu.call('sekretaris@contoh.go.id', 'mulaiSiklus', { periode: 'TW2', tahun: 2026, batasWaktu: '2026-07-15', konfirmasi: true });
    for (const fungsi of ['onEditLapkin', 'perbaruiStatusSop']) {
      expect(emu.ws.triggers.filter((t) => t.handlerFunction === fungsi).map((t) => t.creator.email)).toContain('sekretaris@contoh.go.id');
    }
  });

  test('a consumer-account Kabid ticks Kirim: the trigger runs as the admin, locks the inputs, archives the snapshot, tells the admin', () => {
    // Google gives the admin's trigger no address for a consumer account (domain.md §7): the box's
    // own protection, which only the bidang and the admins pass, is what says who ticked it.
    const emu = siklusDimulai();
    const OLEH = 'Kabid/staf Bidang Kewaspadaan Nasional atau admin';
    isi(emu, STAF_KWN, TAB_KWN_TW1, ISIAN_KWN);
    const jalan: { aktif: string; efektif: string }[] = [];
    const asli = emu.ws.entryPoints.onEditLapkin!;
    emu.ws.entryPoints.onEditLapkin = (...args) => {
      const x = emu.ws.current();
      jalan.push({ aktif: x.activeUser.email, efektif: x.effectiveUser.email });
      return asli(...args);
    };

    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true)).toEqual({ ok: true, triggerErrors: [] });
    expect(jalan.at(-1)).toEqual({ aktif: KABID_KWN, efektif: ADMIN });

    // The lock is real: the bidang's own users are refused the way Sheets refuses them; admins still edit.
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'N8', 99)).toEqual({ ok: false, error: PROTECTED });
    expect(emu.edit(STAF_KWN, TAB_KWN_TW1, 'R9', 'ubah')).toEqual({ ok: false, error: PROTECTED });
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', false)).toEqual({ ok: false, error: PROTECTED });
    const tab = emu.spreadsheet.describeSheet(TAB_KWN_TW1, KABID_KWN);
    expect(sel(tab, 4, 8)?.value).toBe('Terkirim');
    expect(kotakKirim(tab)).toMatchObject({ value: true, note: expect.stringMatching(/^Dikirim oleh Kabid\/staf Bidang Kewaspadaan Nasional atau admin pada 1 April 2026 pukul 09\.00 \(versi 1\)/) });
    for (const p of tab.protections.filter((x) => x.type === 'RANGE')) expect(p.editors).not.toContain(KABID_KWN);

    // One row per indicator, as typed, in a hidden tab only admins may edit.
    const arsip = barisArsip(emu);
    expect(arsip.slice(1).map((r) => [r[0], r[1], r[2], r[4], r[5], r[6]])).toEqual(
      Object.entries(ISIAN_KWN).map(([kode, v]) => ['TW1-2026', 'KWN', 1, OLEH, kode, v]),
    );
    const viewArsip = emu.spreadsheet.describeSheet('Arsip Kiriman', KABID_KWN);
    expect(viewArsip.hidden).toBe(true);
    expect(viewArsip.protections[0]?.editors).not.toContain(KABID_KWN);

    expect(statusBidang(emu, 'KWN')).toBe('terkirim');
    expect(logTerakhir(emu, 'Kirim isian bidang')).toMatchObject({
      pengguna: OLEH,
      tindakan: 'Kirim isian bidang',
      rincian: 'TW I 2026; Bidang Kewaspadaan Nasional; versi 1; 5 indikator; Google tidak menyebut alamat e-mail pencentang',
    });
    expect(emu.spreadsheet.toasts().at(-1)?.message).toBe('Bidang Kewaspadaan Nasional mengirim isian TW I 2026 (versi 1). Tab dikunci untuk bidang.');
    const surel = emu.mail.outbox.at(-1);
    expect(surel?.to.split(',')).toContain(ADMIN);
    expect(surel?.body).toContain('#gid=');
    // The sidebar's "Kirim atas nama bidang" on a sent tab says so and changes nothing.
    const lagi = emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' }) as Hasil;
    expect(lagi).toMatchObject({ status: 'ditolak', pesan: expect.stringContaining(`sudah mengirim isian TW I 2026 (versi 1, oleh ${OLEH})`) });
    expect(barisArsip(emu)).toHaveLength(6);
  });

  test('an invalid tab: the box is unticked, every problem is named with its cell, nothing else changes', () => {
    const emu = siklusDimulai();
    const view = emu.spreadsheet.describeSheet(TAB_KWN_TW1);
    const r16 = barisKode(view, 'IK-16');
    const r17 = barisKode(view, 'IK-17');
    emu.edit(KABID_KWN, TAB_KWN_TW1, `${KOLOM.realisasi}${r16}`, 6); // 50 % of 12, no penjelasan
    emu.edit(KABID_KWN, TAB_KWN_TW1, `${KOLOM.realisasi}${r17}`, 'tidak ada data'); // no reason
    const properti = JSON.stringify(emu.properties);
    const sebelum = emu.spreadsheet.describeSheet(TAB_KWN_TW1);

    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true).ok).toBe(true);
    const sesudah = emu.spreadsheet.describeSheet(TAB_KWN_TW1, KABID_KWN);
    const kotak = kotakKirim(sesudah);
    expect(kotak.value).toBe(false);
    const baris = kotak.note?.split('\n') ?? [];
    expect(baris[0]).toBe('Belum terkirim: 5 masalah.');
    expect(baris.slice(1)).toEqual([
      `${TAB_KWN_TW1}!R8 (Penjelasan): capaian 50,00 % di bawah 100 %: tulis penjelasannya.`,
      `${TAB_KWN_TW1}!R9 (Penjelasan): realisasi "tidak ada data": tulis alasannya di sini.`,
      `${TAB_KWN_TW1}!N10 (Realisasi TW I): belum diisi.`,
      `${TAB_KWN_TW1}!N11 (Realisasi TW I): belum diisi.`,
      `${TAB_KWN_TW1}!N12 (Realisasi TW I): belum diisi.`,
    ]);
    expect(sel(sesudah, 4, 8)?.note).toBe(kotak.note);
    expect(emu.spreadsheet.toasts().at(-1)?.message).toBe('Isian belum dapat dikirim: 5 masalah. Lihat catatan pada kotak Kirim (D5).');
    // Nothing else: values, status, protections, state, no archive, no Log row.
    const tanpaCatatan = (v: typeof sebelum) => v.cells.filter((c) => !(c.row === 5 && c.column === 4) && !(c.row === 4 && c.column === 8));
    expect(tanpaCatatan(emu.spreadsheet.describeSheet(TAB_KWN_TW1))).toEqual(tanpaCatatan(sebelum));
    expect(emu.spreadsheet.describeSheet(TAB_KWN_TW1).protections).toEqual(sebelum.protections);
    expect(sel(sesudah, 4, 8)?.value).toBe(sel(sebelum, 4, 8)?.value);
    expect(JSON.stringify(emu.properties)).toBe(properti);
    expect(emu.spreadsheet.sheetNames()).not.toContain('Arsip Kiriman');
    expect(logTerakhir(emu).tindakan).not.toBe('Kirim isian bidang');
    // The bidang keeps editing, and "Periksa isian" shows the same problems without touching anything.
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, `${KOLOM.penjelasan}${r16}`, 'Kegiatan tertunda').ok).toBe(true);
    const periksa = emu.call(STAF_KWN, 'periksaIsian', { bidang: 'KWN' }) as Hasil;
    expect(periksa.status).toBe('masalah');
    expect(periksa.uraian).toHaveLength(4);
  });
});

describe('Kirim: who may', () => {
  test('another bidang, an outsider and an empty e-mail can neither edit the tab nor submit it', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    expect(emu.edit(KABID_POL, TAB_KWN_TW1, 'D5', true)).toEqual({ ok: false, error: PROTECTED });
    expect(emu.edit(ORANG_LAIN, TAB_KWN_TW1, 'D5', true)).toEqual({ ok: false, error: PROTECTED });
    expect(emu.edit('', TAB_KWN_TW1, 'D5', true).ok).toBe(false);
    for (const siapa of [KABID_POL, ORANG_LAIN, KABID_KWN]) {
      expect(() => emu.call(siapa, 'kirimAtasNamaBidang', { bidang: 'KWN' })).toThrow(/^Hanya admin/);
    }
    expect(() => emu.call('', 'kirimAtasNamaBidang', { bidang: 'KWN' })).toThrow(/^Google tidak memberi tahu alamat e-mail Anda/);
    expect(() => emu.call(KABID_POL, 'periksaIsian', { bidang: 'KWN' })).toThrow('kabid.pol@contoh.go.id bukan Kabid atau staf Bidang Kewaspadaan Nasional');
    expect(() => emu.call('', 'periksaIsian', { bidang: 'KWN' })).toThrow(/^Google tidak memberi tahu/);
    expect((emu.call(KABID_KWN, 'periksaIsian', { bidang: 'KWN' }) as Hasil).status).toBe('ok');
    expect(statusBidang(emu, 'KWN')).not.toBe('terkirim');
    expect(barisArsip(emu)).toEqual([]);
  });

  test('a gmail staff member ticks the box: submitted and locked, the Log naming the bidang rather than an address', () => {
    const bidang = BIDANG_CONTOH.map((b) => (b[0] === 'KWN' ? [...b.slice(0, 5), 'staf.kwn@gmail.com'] : b));
    const emu = siklusDimulai({ bidang });
    emu.spreadsheet.addFileEditor('staf.kwn@gmail.com');
    isi(emu, 'staf.kwn@gmail.com', TAB_KWN_TW1, ISIAN_KWN);
    expect(emu.edit('staf.kwn@gmail.com', TAB_KWN_TW1, 'D5', true).ok).toBe(true);
    expect(kotakKirim(emu.spreadsheet.describeSheet(TAB_KWN_TW1)).value).toBe(true);
    expect(statusBidang(emu, 'KWN')).toBe('terkirim');
    expect(logTerakhir(emu, 'Kirim isian bidang').pengguna).toBe('Kabid/staf Bidang Kewaspadaan Nasional atau admin');
    expect(emu.edit('staf.kwn@gmail.com', TAB_KWN_TW1, 'N8', 11)).toEqual({ ok: false, error: PROTECTED });
  });

  test('inside one Workspace domain the trigger knows the Kabid\'s address and the Log names them', () => {
    const emu = siklusDimulai(undefined, { workspaceDomains: ['contoh.go.id'] });
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true).ok).toBe(true);
    expect(statusBidang(emu, 'KWN')).toBe('terkirim');
    expect(logTerakhir(emu, 'Kirim isian bidang')).toMatchObject({ pengguna: KABID_KWN, rincian: 'TW I 2026; Bidang Kewaspadaan Nasional; versi 1; 5 indikator' });
    expect(barisArsip(emu)[1]?.[4]).toBe(KABID_KWN);
  });

  test('a second admin on a consumer account, who did not make the trigger, ticks on the bidang\'s behalf: submitted', () => {
    const emu = siklusDimulai();
    const SEKRETARIS = 'sekretaris@contoh.go.id'; // an admin (Pengaturan) and the Sekretariat's Kabid
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    expect(emu.ws.triggers.find((t) => t.handlerFunction === 'onEditLapkin')?.creator.email).toBe(ADMIN);
    expect(emu.edit(SEKRETARIS, TAB_KWN_TW1, 'D5', true).ok).toBe(true);
    expect(statusBidang(emu, 'KWN')).toBe('terkirim');
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'N8', 1)).toEqual({ ok: false, error: PROTECTED });
  });

  test('a signed-out visitor with the edit link can neither tick Kirim nor touch targets and formulas', () => {
    const emu = siklusDimulai(undefined, { linkAccess: 'edit' });
    const { ANONYMOUS } = emuModule;
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    expect(emu.edit(ANONYMOUS, TAB_KWN_TW1, 'D5', true)).toEqual({ ok: false, error: PROTECTED });
    for (const a1 of ['F8', 'J8', 'N8', 'A1']) expect(emu.edit(ANONYMOUS, TAB_KWN_TW1, a1, 5)).toEqual({ ok: false, error: PROTECTED });
    expect(statusBidang(emu, 'KWN')).not.toBe('terkirim');
    expect(barisArsip(emu)).toEqual([]);
  });

  test('a Kirim box whose protection was opened to someone else is not trusted when Google gives no address', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    // Someone added another bidang's Kabid to the box's protection by hand (not through Lapkin).
    emu.ws.strictLock = false;
    emu.ws.run({ email: ADMIN }, () => {
      const sheet = (emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName(TAB_KWN_TW1)!;
      const kotak = sheet.getProtections((emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType.RANGE).find((p) => p.getRange().getA1Notation() === 'D5')!;
      kotak.addEditor(KABID_POL);
    });
    emu.ws.strictLock = true;
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true).ok).toBe(true);
    const kotak = kotakKirim(emu.spreadsheet.describeSheet(TAB_KWN_TW1));
    expect(kotak.value).toBe(false);
    expect(kotak.note).toContain(`juga dapat dicentang oleh ${KABID_POL}`);
    expect(statusBidang(emu, 'KWN')).not.toBe('terkirim');
    expect(barisArsip(emu)).toEqual([]);
  });

  test('an admin submits on the bidang\'s behalf from the sidebar, for the tab on screen', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    emu.ws.run({ email: ADMIN }, () => {
      const ss = (emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
      ss.setActiveSheet(ss.getSheetByName(TAB_KWN_TW1)!);
    });
    expect(emu.call(ADMIN, 'kirimAtasNamaBidang')).toMatchObject({ status: 'ok' });
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'N8', 1)).toEqual({ ok: false, error: PROTECTED });
    expect(logTerakhir(emu, 'Kirim isian bidang')).toMatchObject({ pengguna: ADMIN, rincian: expect.stringMatching(/versi 1; 5 indikator atas nama bidang$/) });
    expect(barisArsip(emu)[1]?.[4]).toBe(ADMIN);
  });
});

describe('Kembalikan, kirim ulang, kumpulkan', () => {
  test('an admin edit after submission leaves the snapshot alone and the gather flags the cell', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true);
    expect(emu.edit(ADMIN, TAB_KWN_TW1, 'N8', 50).ok).toBe(true);
    expect(barisArsip(emu)[1]?.[6]).toBe(10);
    const hasil = emu.call(ADMIN, 'kumpulkanData') as { pesan: string; terkirim: number; berubah: string[]; data: { kode: string; versi: number; isian: { kodeIndikator: string; realisasi: unknown }[] }[] };
    expect(hasil.terkirim).toBe(1);
    expect(hasil.pesan).toMatch(/^TW I 2026: 1\/5 terkirim\. 1 sel berubah setelah dikirim/);
    expect(hasil.berubah).toEqual([`${TAB_KWN_TW1}!N8 (Realisasi TW I): berubah setelah dikirim (dikirim: 10, sekarang: 50).`]);
    const kwn = hasil.data.find((d) => d.kode === 'KWN');
    expect(kwn?.versi).toBe(1);
    expect(kwn?.isian.find((i) => i.kodeIndikator === 'IK-16')?.realisasi).toBe(50);
    expect(logTerakhir(emu)).toMatchObject({ tindakan: 'Kumpulkan data', rincian: 'TW I 2026; 1/5 terkirim; 1 sel berubah setelah dikirim' });
    expect(() => emu.call(KABID_KWN, 'kumpulkanData')).toThrow(/^Hanya admin/);
  });

  test('the gather flags a change in every input column, and nothing else', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true).ok).toBe(true);
    const ubahan = [
      ['N8', 11, 'Realisasi TW I', 'dikirim: 10, sekarang: 11'],
      ['Q8', 5000, 'Realisasi anggaran s.d. TW I (Rp)', 'dikirim: (kosong), sekarang: 5.000'],
      ['R8', 'ubah', 'Penjelasan', 'dikirim: "Penjelasan IK-16", sekarang: "ubah"'],
      ['S8', 'fd', 'Faktor pendukung', 'dikirim: (kosong), sekarang: "fd"'],
      ['T8', 'fh', 'Faktor penghambat', 'dikirim: (kosong), sekarang: "fh"'],
      ['U8', 'up', 'Upaya', 'dikirim: (kosong), sekarang: "up"'],
      ['V8', 'https://drive.google.com/file/d/lain', 'Bukti dukung (link)', 'dikirim: "https://drive.google.com/file/d/IK-16", sekarang: "https://drive.google.com/file/d/lain"'],
    ] as const;
    for (const [a1, nilai] of ubahan) expect(emu.edit(ADMIN, TAB_KWN_TW1, a1, nilai).ok).toBe(true);
    const hasil = emu.call(ADMIN, 'kumpulkanData') as { berubah: string[] };
    expect(hasil.berubah).toEqual(ubahan.map(([a1, , judul, rincian]) => `${TAB_KWN_TW1}!${a1} (${judul}): berubah setelah dikirim (${rincian}).`));
  });

  test('return for correction needs a reason; the bidang edits again; resubmission is version 2 and version 1 is kept', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true);
    expect(() => emu.call(KABID_KWN, 'kembalikanUntukPerbaikan', { bidang: 'KWN', alasan: 'x' })).toThrow(/^Hanya admin/);
    expect(emu.call(ADMIN, 'kembalikanUntukPerbaikan', { bidang: 'KWN', alasan: '  ' })).toMatchObject({ status: 'ditolak' });
    expect(statusBidang(emu, 'KWN')).toBe('terkirim');
    // From the sidebar button the reason is asked in a dialog; Cancel changes nothing.
    emu.ui.queueResponse({ button: 'CANCEL' });
    expect(emu.call(ADMIN, 'kembalikanUntukPerbaikan', { bidang: 'KWN' })).toMatchObject({ status: 'ditolak', pesan: 'Dibatalkan; tidak ada yang diubah.' });
    emu.ui.queueResponse({ button: 'OK', text: 'IK-16 belum sesuai laporan bulanan' });
    expect(emu.call(ADMIN, 'kembalikanUntukPerbaikan', { bidang: 'KWN' })).toMatchObject({ status: 'ok' });

    const tab = emu.spreadsheet.describeSheet(TAB_KWN_TW1, KABID_KWN);
    expect(sel(tab, 4, 8)).toMatchObject({ value: 'Dikembalikan', note: expect.stringContaining('untuk perbaikan: IK-16 belum sesuai laporan bulanan') });
    expect(kotakKirim(tab).value).toBe(false);
    expect(statusBidang(emu, 'KWN')).toBe('dikembalikan');
    expect(logTerakhir(emu)).toMatchObject({ tindakan: 'Kembalikan untuk perbaikan', rincian: 'TW I 2026; Bidang Kewaspadaan Nasional; versi 1; alasan: IK-16 belum sesuai laporan bulanan' });
    expect(emu.mail.outbox.at(-1)?.to).toBe(`${KABID_KWN},${STAF_KWN}`);

    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'N8', 12).ok).toBe(true);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true).ok).toBe(true);
    expect(statusBidang(emu, 'KWN')).toBe('terkirim');
    const arsip = barisArsip(emu).slice(1);
    expect(arsip.filter((r) => r[5] === 'IK-16').map((r) => [r[2], r[6]])).toEqual([[1, 10], [2, 12]]);
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'N8', 13)).toEqual({ ok: false, error: PROTECTED });
    expect(emu.call(ADMIN, 'kembalikanUntukPerbaikan', { bidang: 'POL', alasan: 'x' })).toMatchObject({ status: 'ditolak', pesan: expect.stringMatching(/belum mengirim/) });
  });
});
