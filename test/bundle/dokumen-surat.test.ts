import { describe, expect, test } from 'vitest';
import { BIDANG_CONTOH } from '../../node/fixtures/opd-contoh';
import type { Emulator } from '../../node/emulator/index';
import { hurufKolom, posisiKolom } from '../../src/core/lembar-bidang';
import { ADMIN, KABID_KWN, TAB_KWN_TW1, emulatorTerisi } from './helpers';
import { aturPengaturan, berkas, dokumen, folderLapkin, ok, panggil, paragraf, tabel } from './dokumen-helpers';

/** TW I started on Wednesday 1 April 2026 with the deadline on Friday 10 April. */
function siklusDenganBatas(): Emulator {
  const emu = emulatorTerisi();
  const hasil = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: '2026-04-10' }) as { status: string; pesan: string };
  if (hasil.status !== 'ok') throw new Error(hasil.pesan);
  return emu;
}

/** The KWN Kabid fills all five indicators and the admin submits them. */
function kwnMengirim(emu: Emulator): void {
  const view = emu.spreadsheet.describeSheet(TAB_KWN_TW1);
  const baris = view.cells.filter((c) => c.column === posisiKolom('TW1', 'kode') && /^IK-/.test(String(c.value))).map((c) => c.row);
  for (const r of baris) {
    for (const [id, nilai] of [['realisasi', 5], ['penjelasan', 'Sesuai rencana']] as const) {
      const hasil = emu.edit(KABID_KWN, TAB_KWN_TW1, `${hurufKolom(posisiKolom('TW1', id))}${r}`, nilai);
      if (!hasil.ok) throw new Error(hasil.error);
    }
  }
  const kirim = emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' }) as { status: string; pesan: string };
  if (kirim.status !== 'ok') throw new Error(kirim.pesan);
}

/** 08:00 WIB on the given day. */
function pada(emu: Emulator, iso: string): void {
  emu.ws.setNow(new Date(`${iso}T01:00:00Z`));
}

describe('Buat nota dinas permintaan data', () => {
  test('addressed to every Kabid, with the period, the deadline, what to fill and a link to each tab', () => {
    const emu = siklusDenganBatas();
    const sejak = emu.ws.calls.length;
    const hasil = ok(panggil(emu, 'buatNotaDinas'));
    expect(hasil.dokumen[0]).toMatchObject({ jenis: 'Nota dinas', nama: 'Nota Dinas Permintaan Data TW I 2026 — 1 April 2026' });
    // In Lapkin's own folder, made within drive.file (no DriveApp call); a second memo that day gets its own name.
    expect(Object.keys(emu.ws.callCounts(sejak)).filter((k) => k.startsWith('DriveApp.'))).toEqual([]);
    const folder = folderLapkin(emu, ADMIN);
    expect(berkas(emu, hasil.dokumen[0].url)?.parentId).toBe(folder.id);
    // Page numbers are the one step left to the admin: no Docs API request inserts them.
    expect(hasil.catatan).toEqual([
      'Nomor halaman tidak dapat disisipkan oleh Lapkin (Google tidak menyediakannya untuk skrip). Di Google Docs pilih Sisipkan ▸ Nomor halaman sebelum mencetak.',
      `Folder dokumen: "Lapkin – Lapkin" https://drive.google.com/drive/folders/${folder.id}`,
    ]);
    // sop-001 step 3 (drafting the request) is done by Lapkin; the paraf and signature are left to a person.
    const status = emu.spreadsheet.describeSheet('Status SOP TW I 2026', ADMIN);
    const kolomStatus = (no: string) => status.cells.find((c) => c.row === status.cells.find((x) => x.column === 1 && x.value === no && x.row > 7)!.row && c.column === 6)?.value;
    expect([kolomStatus('3'), kolomStatus('4'), kolomStatus('5')]).toEqual(['Selesai', 'Belum', 'Belum']);
    const lagi = ok(panggil(emu, 'buatNotaDinas')).dokumen[0];
    expect(lagi.nama).toBe('Nota Dinas Permintaan Data TW I 2026 — 1 April 2026 (2)');
    expect(berkas(emu, lagi.url)?.parentId).toBe(folder.id);
    const doc = dokumen(emu, hasil.dokumen[0]);
    const teks = paragraf(doc).map((p) => p.text);
    expect(tabel(doc)[0].rows).toContainEqual(['Hal', ':', 'Permintaan Data Kinerja TW I Tahun 2026']);
    expect(teks.some((t) => t.includes('paling lambat tanggal 10 April 2026'))).toBe(true);
    expect(teks).toContain('Realisasi setiap indikator kinerja');
    for (const [, , kabid] of BIDANG_CONTOH) expect(teks.some((t) => t.includes(`(${kabid})`)), kabid).toBe(true);
    // One link per bidang, each to that bidang's tab (#gid=its sheet id).
    const tautan = paragraf(doc).flatMap((p) => p.runs.filter((r) => r.link).map((r) => ({ teks: r.text, link: r.link! })));
    expect(tautan).toHaveLength(BIDANG_CONTOH.length);
    for (const [kode, nama] of BIDANG_CONTOH) {
      const sheetId = emu.spreadsheet.describeSheet(`TW1-26·${kode}`).sheetId;
      const satu = tautan.find((t) => t.teks === `tab ${nama}`);
      expect(satu?.link, nama).toMatch(new RegExp(`^https://docs\\.google\\.com/spreadsheets/d/.+#gid=${sheetId}$`));
    }
  });

  test('only admins; none before a cycle starts', () => {
    const emu = emulatorTerisi();
    expect(panggil(emu, 'buatNotaDinas')).toEqual({ status: 'ditolak', pesan: 'Belum ada siklus yang disiapkan atau dimulai. Siapkan siklus atau Mulai siklus lebih dulu.' });
    emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: '2026-04-10' });
    expect(() => emu.call(KABID_KWN, 'buatNotaDinas')).toThrow(/Hanya admin/);
    expect(() => emu.call(KABID_KWN, 'buatSuratPeringatan')).toThrow(/Hanya admin/);
  });
});

describe('Buat surat peringatan', () => {
  test('only bidang still late at the start of the following week get a letter from the Kepala', () => {
    const emu = siklusDenganBatas();
    kwnMengirim(emu);
    for (const hari of ['2026-04-10', '2026-04-11', '2026-04-12']) {
      pada(emu, hari);
      expect(panggil(emu, 'buatSuratPeringatan'), hari).toEqual({
        status: 'ditolak',
        pesan: 'Tidak ada bidang yang perlu diberi surat peringatan. Batas waktu 10 April 2026; surat peringatan untuk bidang yang belum mengirim dapat dibuat mulai 13 April 2026 (awal minggu berikutnya).',
      });
    }
    pada(emu, '2026-04-13');
    const hasil = ok(panggil(emu, 'buatSuratPeringatan'));
    const terlambat = BIDANG_CONTOH.filter((b) => b[0] !== 'KWN');
    expect(hasil.dokumen.map((d) => d.nama)).toEqual(terlambat.map((b) => `Surat Peringatan ${b[1]} TW I 2026 — 13 April 2026`));
    // One folder for all the letters: Lapkin's own.
    const folder = folderLapkin(emu, ADMIN).id;
    expect(hasil.dokumen.map((d) => berkas(emu, d.url)?.parentId)).toEqual(terlambat.map(() => folder));
    expect(hasil.pesan).toMatch(/^4 surat peringatan dibuat, untuk Sekretariat, .*; batas baru 16 April 2026\.$/);
    // sop-001 step 9 (data late → surat peringatan) runs with the letters as its note.
    const status = emu.spreadsheet.describeSheet('Status SOP TW I 2026', ADMIN);
    const langkah9 = status.cells.find((c) => c.column === 1 && c.value === '9' && c.row > 7)!.row;
    const catatan = status.cells.find((c) => c.row === langkah9 && c.column === 12)?.value;
    expect(catatan).toBe(`Surat peringatan Kepala dibuat untuk ${terlambat.map((b) => b[1]).join(', ')}.`);
    expect(status.cells.find((c) => c.row === langkah9 && c.column === 6)?.value).toBe('Berjalan');
    hasil.dokumen.forEach((d, i) => {
      const teks = paragraf(dokumen(emu, d)).map((p) => p.text);
      expect(teks).toContain(terlambat[i][2]); // the Kabid, by name
      expect(teks.some((t) => t.includes('sampai dengan batas waktu tanggal 10 April 2026'))).toBe(true);
      const nama = teks.indexOf('Drs. Ahmad Suryadi, M.Si.');
      expect(teks.slice(nama - 5, nama)).toContain('Kepala Badan');
      expect(teks[nama + 1]).toBe('NIP. 19680512 199403 1 007');
    });
  });

  test('cites the nota dinas Lapkin made for the cycle, and gives the number of working days Pengaturan says', () => {
    const emu = siklusDenganBatas();
    kwnMengirim(emu);
    ok(panggil(emu, 'buatNotaDinas'));
    aturPengaturan(emu, 'Batas surat peringatan (hari kerja)', '5');
    pada(emu, '2026-04-13');
    const hasil = ok(panggil(emu, 'buatSuratPeringatan'));
    expect(hasil.pesan).toMatch(/batas baru 20 April 2026\.$/);
    const teks = paragraf(dokumen(emu, hasil.dokumen[0])).map((p) => p.text);
    const tanggalNota = teks.find((t) => t.startsWith('Menindaklanjuti Nota Dinas Nomor [Diisi oleh penyusun: nomor nota dinas permintaan data] tanggal '));
    expect(tanggalNota).toBeDefined();
    expect(teks.some((t) => t.includes('paling lambat tanggal 20 April 2026'))).toBe(true);
  });

  test('a Monday holiday moves the start of the following week', () => {
    const emu = siklusDenganBatas();
    aturPengaturan(emu, 'Hari libur', '2026-04-13');
    pada(emu, '2026-04-13');
    expect(panggil(emu, 'buatSuratPeringatan')).toMatchObject({ status: 'ditolak', pesan: expect.stringContaining('dapat dibuat mulai 14 April 2026') });
    pada(emu, '2026-04-14');
    expect(ok(panggil(emu, 'buatSuratPeringatan')).dokumen).toHaveLength(5);
  });
});
