import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { ADMIN, KABID_KWN } from './helpers';
import { INDIKATOR_UJI, S1, S2, S3, emulatorRekap, isi, mulai, rekap, selRekap, TAB_KWN } from './rekap-helpers';
import { aturPengaturan, barisLog, berkas, dokumen, folderLapkin, ok, panggil, paragraf, tabel } from './dokumen-helpers';

const INSTANSI = 'Badan Kesatuan Bangsa dan Politik Kota Contoh';
const NAMA_DRAF = `LKj ${INSTANSI} TW I 2026 — draf 1 April 2026`;
const KOLOM_CAPAIAN = ['No', 'Indikator Kinerja', 'Satuan', 'Target s.d. TW I', 'Realisasi s.d. TW I', 'Capaian', 'Kategori', 'Capaian thd Target Tahunan'];

/** TW I started; the KWN Kabid filled every indicator (domain.md §4's examples) and the admin submitted it. */
function kwnTerkirim(indikator = INDIKATOR_UJI, laporanTriwulan = 'LKj lengkap'): Emulator {
  const emu = emulatorRekap(indikator);
  aturPengaturan(emu, 'Laporan triwulan', laporanTriwulan);
  mulai(emu, 'TW1');
  const tab = TAB_KWN('TW I');
  const nilai: Record<string, Record<string, string | number>> = {
    'C-01': { realisasi: 85, realisasiAnggaran: 750000, penjelasan: 'Laporan dikirim sesuai jadwal' },
    'C-02': { realisasi: 4 },
    'C-03': { realisasi: 10 },
    'C-04': { realisasi: 20 },
    'C-05': { realisasi: 5 },
    'C-06': { realisasi: 20 },
    'C-07': { realisasi: 66 },
    'C-08': { realisasi: 78 },
  };
  for (const row of indikator.filter((r) => r[3] === 'KWN')) {
    isi(emu, KABID_KWN, tab, 'TW1', row[0], { realisasi: 7, penjelasan: `Penjelasan ${row[0]}`, ...nilai[row[0]] });
  }
  const kirim = emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' }) as { status: string; pesan: string };
  if (kirim.status !== 'ok') throw new Error(kirim.pesan);
  return emu;
}

describe('Buat draf LKj', () => {
  test('the draft has the chapters in order, capaian tables equal to the recap tab, and the Kepala signs', () => {
    const emu = kwnTerkirim();
    expect(rekap(emu).status).toBe('ok');
    const hasil = ok(panggil(emu, 'buatDokumenLkj'));
    expect(hasil.dokumen).toHaveLength(1);
    expect(hasil.dokumen[0]).toMatchObject({ jenis: 'Draf LKj', nama: NAMA_DRAF });
    const doc = dokumen(emu, hasil.dokumen[0]);
    expect(doc.name).toBe(NAMA_DRAF);

    const bab = paragraf(doc).filter((p) => p.heading === 'HEADING1').map((p) => p.text);
    expect(bab).toEqual(['KATA PENGANTAR', 'DAFTAR ISI', 'DAFTAR TABEL', 'IKHTISAR EKSEKUTIF', 'BAB I PENDAHULUAN', 'BAB II PERENCANAAN KINERJA', 'BAB III AKUNTABILITAS KINERJA', 'BAB IV PENUTUP', 'LAMPIRAN']);
    expect(paragraf(doc).filter((p) => p.heading === 'HEADING3').map((p) => p.text)).toEqual([`Sasaran 1: ${S1}`, `Sasaran 2: ${S2}`, `Sasaran 3: ${S3}`, 'Efisiensi Penggunaan Sumber Daya', 'Program yang Mendukung atau Menghambat Capaian']);

    // Every row of every capaian table shows what the recap tab shows for that indicator.
    const recap = emu.spreadsheet.describeSheet('Rekap TW1-26');
    const capaian = tabel(doc).filter((t) => t.rows[0].join('|') === KOLOM_CAPAIAN.join('|'));
    expect(capaian).toHaveLength(3);
    const baris = capaian.flatMap((t) => t.rows.slice(1));
    expect(baris).toHaveLength(INDIKATOR_UJI.length);
    for (const [kode, , nama] of INDIKATOR_UJI) {
      const row = baris.find((r) => r[1] === nama);
      expect(row, nama).toBeDefined();
      // Figures as numbers (the tab shows 85,00 where the text says 85), capaian as displayed.
      const nilai = (judul: string): unknown => selRekap(recap, kode, judul)?.value;
      const angka = (teks: string | undefined): number | string => (/^[\d.,]+$/.test(teks ?? '') ? Number(teks!.replace(/\./g, '').replace(',', '.')) : teks ?? '');
      expect([row?.[2], angka(row?.[3]), angka(row?.[4]), row?.[5]], nama).toEqual([
        nilai('Satuan'),
        nilai('Target s.d. TW I'),
        nilai('Realisasi s.d. TW I') ?? 'belum diisi',
        // A capaian that is no figure is a dash; its reason stands in the Kategori column.
        /%$/.test(String(selRekap(recap, kode, 'Capaian s.d. TW I (%)')?.display)) ? selRekap(recap, kode, 'Capaian s.d. TW I (%)')?.display : '–',
      ]);
    }
    expect(baris.find((r) => r[1] === 'Jumlah gangguan (contoh 150 %)')?.[5]).toBe('150,00 %');
    expect(baris.find((r) => r[1] === 'Nilai SAKIP')?.slice(5)).toEqual(['–', 'Belum diisi', '–']); // SEK did not send
    expect(paragraf(doc).some((p) => p.text.includes(' Laporan dikirim sesuai jadwal. [Diisi oleh penyusun: '))).toBe(true);

    // The signature block under the Kata Pengantar: jabatan, the name (bold, underlined), the NIP.
    const teks = paragraf(doc).map((p) => p.text);
    const nama = teks.indexOf('Drs. Ahmad Suryadi, M.Si.');
    expect(nama).toBeGreaterThan(0);
    expect(teks[nama + 1]).toBe('NIP. 19680512 199403 1 007');
    expect(teks.slice(nama - 5, nama)).toContain('Kepala Badan');
    expect(teks.slice(nama - 5, nama)).toContain('Contoh, 1 April 2026');
    expect(paragraf(doc)[nama].runs[0]).toMatchObject({ bold: true, underline: true });
  });

  test('the draft lands in Lapkin\'s own Drive folder; its link and the folder\'s are in the result, the sidebar and the Log', () => {
    const emu = kwnTerkirim();
    const sejak = emu.ws.calls.length;
    const hasil = ok(panggil(emu, 'buatDokumenLkj'));
    // Made within the manifest's scopes: the advanced Drive service, never DriveApp (drive.file covers no DriveApp method).
    expect(Object.keys(emu.ws.callCounts(sejak)).filter((k) => k.startsWith('DriveApp.'))).toEqual([]);
    const url = hasil.dokumen[0].url;
    const folder = folderLapkin(emu, ADMIN);
    expect(folder).toMatchObject({ name: 'Lapkin – Lapkin', parentId: 'root' });
    expect(berkas(emu, url)?.parentId).toBe(folder.id);
    const urlFolder = `https://drive.google.com/drive/folders/${folder.id}`;
    expect(hasil.catatan).toContain(`Folder dokumen: "Lapkin – Lapkin" ${urlFolder}`);
    const panel = emu.call(ADMIN, 'getPanelState') as { dokumen: { nama: string; url: string; folder: string }[] };
    expect(panel.dokumen[0]).toMatchObject({ nama: NAMA_DRAF, url, folder: urlFolder });
    expect((emu.call(KABID_KWN, 'getPanelState') as { dokumen: unknown[] }).dokumen).toEqual([]);
    const log = barisLog(emu).at(-1)!;
    expect(log.slice(1, 3)).toEqual([ADMIN, 'Buat draf lkj']);
    expect(log[3]).toContain(NAMA_DRAF);
    expect(log[3]).toContain(url);
    expect(log[3]).toContain(urlFolder);
  });

  test('Lapkin keeps its folder where the admin moved it, and makes a new one when the old one went to the trash', () => {
    const emu = kwnTerkirim();
    ok(panggil(emu, 'buatDokumenLkj'));
    const folder = folderLapkin(emu, ADMIN);
    // The admin moves and renames the folder in Drive.
    const arsip = emu.drive.addFolder('Arsip Kantor', 'root');
    Object.assign(emu.drive.folders.get(folder.id)!, { parentId: arsip.id, name: 'LKj 2026' });
    const kedua = ok(panggil(emu, 'buatDokumenLkj'));
    expect(berkas(emu, kedua.dokumen[0].url)?.parentId).toBe(folder.id);
    expect(kedua.catatan).toContain(`Folder dokumen: "LKj 2026" https://drive.google.com/drive/folders/${folder.id}`);
    // …then throws it away: the next draft goes to a new "Lapkin – …" folder.
    emu.drive.folders.get(folder.id)!.trashed = true;
    const ketiga = ok(panggil(emu, 'buatDokumenLkj'));
    const baru = folderLapkin(emu, ADMIN);
    expect(baru.id).not.toBe(folder.id);
    expect(baru).toMatchObject({ name: 'Lapkin – Lapkin', parentId: 'root' });
    expect(berkas(emu, ketiga.dokumen[0].url)?.parentId).toBe(baru.id);
    // Each admin's documents go to a folder in that admin's own Drive.
    const pemilik = ok(emu.call('pemilik@contoh.go.id', 'buatDokumenLkj') as Parameters<typeof ok>[0]);
    const folderPemilik = folderLapkin(emu, 'pemilik@contoh.go.id');
    expect(folderPemilik.id).not.toBe(baru.id);
    expect(berkas(emu, pemilik.dokumen[0].url)).toMatchObject({ parentId: folderPemilik.id, owner: 'pemilik@contoh.go.id' });
  });

  test('Folder keluaran made by hand in Drive cannot be used under drive.file: the draft goes to Lapkin\'s folder, and the result says why', () => {
    const emu = kwnTerkirim();
    const folder = emu.drive.addFolder('LKj 2026', 'root');
    const tautan = `https://drive.google.com/drive/folders/${folder.id}`;
    aturPengaturan(emu, 'Folder keluaran', tautan);
    const hasil = ok(panggil(emu, 'buatDokumenLkj'));
    const lapkin = folderLapkin(emu, ADMIN);
    expect(berkas(emu, hasil.dokumen[0].url)?.parentId).toBe(lapkin.id);
    expect([...emu.drive.files.values()].filter((f) => f.parentId === folder.id)).toEqual([]);
    expect(hasil.catatan).toContain(
      `Folder keluaran "${tautan}" (Pengaturan) tidak dapat dipakai: dengan izin drive.file Lapkin hanya dapat menyimpan ke folder yang dibuatnya sendiri ` +
        '(atau folder itu tidak ada, sudah di sampah, atau bukan folder). Dokumen disimpan di folder Lapkin "Lapkin – Lapkin", yang boleh Anda pindahkan ke mana saja di Drive. ' +
        'Kosongkan Folder keluaran, atau isi dengan tautan folder Lapkin itu.',
    );
    expect(barisLog(emu).at(-1)?.[3]).toContain('Folder keluaran');
  });

  test('Folder keluaran linking Lapkin\'s own folder, wherever it was moved, receives the draft with no note', () => {
    const emu = kwnTerkirim();
    ok(panggil(emu, 'buatDokumenLkj'));
    const folder = folderLapkin(emu, ADMIN);
    emu.drive.folders.get(folder.id)!.parentId = emu.drive.addFolder('Arsip Kantor', 'root').id;
    aturPengaturan(emu, 'Folder keluaran', `https://drive.google.com/drive/folders/${folder.id}?usp=sharing`);
    const hasil = ok(panggil(emu, 'buatDokumenLkj'));
    expect(berkas(emu, hasil.dokumen[0].url)?.parentId).toBe(folder.id);
    expect(hasil.catatan.filter((c) => c.includes('Folder keluaran'))).toEqual([]);
  });

  test('a re-export makes a new document and keeps the earlier one as it was', () => {
    const emu = kwnTerkirim();
    const pertama = ok(panggil(emu, 'buatDokumenLkj')).dokumen[0];
    const isiPertama = JSON.stringify(dokumen(emu, pertama));
    const kedua = ok(panggil(emu, 'buatDokumenLkjDenganDraf')).dokumen[0];
    expect(kedua.nama).toBe(`${NAMA_DRAF} (2)`);
    expect(kedua.url).not.toBe(pertama.url);
    expect(JSON.stringify(dokumen(emu, pertama))).toBe(isiPertama);
    // Both stand side by side in Lapkin's folder, neither in the trash.
    const folder = folderLapkin(emu, ADMIN).id;
    expect([pertama, kedua].map((d) => [berkas(emu, d.url)?.parentId, berkas(emu, d.url)?.trashed])).toEqual([[folder, false], [folder, false]]);
    emu.ws.advance(24 * 3600 * 1000);
    expect(ok(panggil(emu, 'buatDokumenLkj')).dokumen[0].nama).toBe(`LKj ${INSTANSI} TW I 2026 — draf 2 April 2026`);
    const panel = emu.call(ADMIN, 'getPanelState') as { dokumen: { nama: string }[] };
    expect(panel.dokumen.map((d) => d.nama)).toEqual([`LKj ${INSTANSI} TW I 2026 — draf 2 April 2026`, `${NAMA_DRAF} (2)`, NAMA_DRAF]);
  });

  test('the draft costs the same Apps Script calls however many indicators it holds (two Docs batchUpdates: body, then header text)', () => {
    const buat = (indikator: readonly (readonly string[])[]): { baris: number; counts: Record<string, number> } => {
      const emu = kwnTerkirim(indikator);
      const awal = emu.ws.calls.length;
      const doc = dokumen(emu, ok(panggil(emu, 'buatDokumenLkj')).dokumen[0]);
      return { baris: tabel(doc).reduce((n, t) => n + t.rows.length, 0), counts: emu.ws.callCounts(awal) };
    };
    const tambahan = Array.from({ length: 36 }, (_, i) => [`X-${i}`, [S1, S2, S3][i % 3], `Indikator tambahan ${i + 1}`, 'KWN', 'kegiatan', 'positif', 'kumulatif', '40', '10', '20', '30', '40', '50', '35', INDIKATOR_UJI[0][14], '']);
    const kecil = buat(INDIKATOR_UJI);
    const besar = buat([...INDIKATOR_UJI, ...tambahan]);
    expect(besar.baris).toBeGreaterThan(kecil.baris + 70);
    expect(besar.counts).toEqual(kecil.counts);
    expect(kecil.counts['Docs.Documents.batchUpdate']).toBe(2);
  });

  test('a quarter gets the Laporan Capaian Kinerja by default: capaian against the quarter and the year, penyerapan, kendala and upaya, next steps', () => {
    const emu = kwnTerkirim(INDIKATOR_UJI, 'Laporan Capaian Kinerja');
    const awal = emu.ws.calls.length;
    const hasil = ok(panggil(emu, 'buatDokumenLkj'));
    const bacaRingkas = emu.ws.callCounts(awal)['SpreadsheetApp.Range.getValues'];
    expect(hasil.dokumen[0].nama).toBe(`Laporan Capaian Kinerja ${INSTANSI} TW I 2026 — draf 1 April 2026`);
    const doc = dokumen(emu, hasil.dokumen[0]);
    expect(paragraf(doc).filter((p) => p.heading === 'HEADING1').map((p) => p.text)).toEqual([
      'A. Capaian Kinerja',
      'B. Penyerapan Anggaran s.d. TW I',
      'C. Kendala dan Upaya',
      'D. Rencana Tindak Lanjut Triwulan Berikutnya',
    ]);
    const capaian = tabel(doc).filter((t) => t.rows[0].includes('Capaian thd Target Tahunan'));
    expect(capaian).toHaveLength(3);
    // C-01: 85 of the quarter's target 100 % and of the year's 100 %.
    expect(capaian.flatMap((t) => t.rows).find((r) => r[1] === INDIKATOR_UJI[0][2])?.slice(2)).toEqual(['100 %', '85 %', '85,00 %', 'Tinggi', '100 %', '85,00 %']);
    expect(paragraf(doc).some((p) => p.text.includes('[Diisi oleh penyusun: rencana tindak lanjut untuk triwulan berikutnya]'))).toBe(true);
    // The chart of capaian per sasaran, a PNG in the Doc.
    expect(doc.body.filter((b) => b.type === 'IMAGE').map((b) => (b.type === 'IMAGE' ? b.contentType : ''))).toEqual(['image/png']);
    // It uses neither the Renstra nor the Narasi tab, and reads neither: the full LKj of the same quarter reads both.
    aturPengaturan(emu, 'Laporan triwulan', 'LKj lengkap');
    const sebelum = emu.ws.calls.length;
    ok(panggil(emu, 'buatDokumenLkj'));
    expect(emu.ws.callCounts(sebelum)['SpreadsheetApp.Range.getValues']).toBe(bacaRingkas + 2);
  });

  test('admins only; without a cycle there is nothing to write', () => {
    const emu = emulatorRekap();
    expect(panggil(emu, 'buatDokumenLkj')).toEqual({ status: 'ditolak', pesan: 'Belum ada siklus yang dimulai. Pilih periode, atau mulai siklus lebih dulu.' });
    mulai(emu, 'TW1');
    expect(() => emu.call(KABID_KWN, 'buatDokumenLkj')).toThrow(/Hanya admin/);
    expect(emu.drive.files.size).toBe(0);
  });
});
