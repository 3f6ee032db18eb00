import { describe, expect, test } from 'vitest';
import { lowerBlocks, type ListBlock } from '../../src/core/dokumen/model';
import { buatNotaDinas } from '../../src/core/dokumen/nota-dinas';
import { buatSuratPeringatan } from '../../src/core/dokumen/surat-peringatan';
import { KONFIGURASI, allText } from './dokumen-fixture';

const TANGGAL = { tahun: 2026, bulan: 4, hari: 1 };
const BATAS = { tahun: 2026, bulan: 4, hari: 10 };
const TAUTAN = { B1: 'https://docs.google.com/spreadsheets/d/x/edit#gid=11', B2: 'https://docs.google.com/spreadsheets/d/x/edit#gid=12' };

describe('nota dinas', () => {
  const nota = buatNotaDinas(KONFIGURASI, { periode: 'TW1', tahun: 2026, tanggal: TANGGAL, batasWaktu: BATAS, tautanBidang: TAUTAN, nomor: '' });
  const text = allText(nota);

  test('is addressed to every Kabid and gives the period and the deadline', () => {
    expect(text).toEqual(expect.arrayContaining(['Kepala Bidang Perencanaan (Sari Dewi)', 'Kepala Bidang Keuangan (Rudi Hartono)']));
    expect(text).toContain('Hal | : | Permintaan Data Kinerja TW I Tahun 2026');
    expect(text.some((t) => t.includes('paling lambat tanggal 10 April 2026'))).toBe(true);
    expect(text).toContain('Nomor | : | [Diisi oleh penyusun: nomor nota dinas dari buku agenda]');
  });

  test('says what to fill and links each bidang’s tab', () => {
    expect(text).toEqual(expect.arrayContaining(['Realisasi setiap indikator kinerja', 'Bukti dukung (tautan dokumen di Google Drive)']));
    const links = lowerBlocks(nota.blocks)
      .filter((b): b is ListBlock => b.kind === 'list')
      .flatMap((l) => l.items.flat())
      .filter((r) => r.link);
    expect(links.map((r) => [r.text, r.link])).toEqual([
      ['tab Bidang Perencanaan', TAUTAN.B1],
      ['tab Bidang Keuangan', TAUTAN.B2],
    ]);
  });

  test('is signed by the Kepala, with a paraf block for the Sekretaris and the Kasubbag (seeds 000, 001, 003)', () => {
    const i = text.indexOf(KONFIGURASI.pengaturan.kepala.nama);
    expect(text.slice(i - 5, i + 2)).toEqual(['Pematangsiantar, 1 April 2026', 'Kepala Badan', '', '', '', 'Inali Akbar', 'NIP. 19670923 199303 1 004']);
    expect(text.slice(-4)).toEqual(['Paraf koordinasi:', 'No | Jabatan | Paraf | Tanggal', '1 | Sekretaris |  | ', `2 | ${KONFIGURASI.pengaturan.kasubbag.jabatan} |  | `]);
    const sekretaris = { nama: 'Hj. Rahma', nip: '19750505', jabatan: 'Sekretaris' };
    const lain = allText(
      buatNotaDinas(KONFIGURASI, { periode: 'TW1', tahun: 2026, tanggal: TANGGAL, batasWaktu: BATAS, tautanBidang: TAUTAN, nomor: '005/12/2026', penandatangan: sekretaris }),
    );
    expect(lain).toEqual(expect.arrayContaining(['Dari | : | Sekretaris', 'Nomor | : | 005/12/2026', 'Hj. Rahma', 'NIP. 19750505']));
  });

  test('aligns its head fields in a table without lines, and says data is sent with the Kirim box', () => {
    const kepala = lowerBlocks(nota.blocks).find((b) => b.kind === 'table');
    expect(kepala).toMatchObject({ borderless: true, header: [] });
    expect(kepala?.kind === 'table' && kepala.rows.map((r) => (r.kind === 'cells' ? r.cells[0] : ''))).toEqual(['Kepada', 'Dari', 'Tanggal', 'Nomor', 'Sifat', 'Lampiran', 'Hal']);
    expect(text.some((t) => t.includes('data dikirim dengan mencentang kotak Kirim di bagian atas tab bidang masing-masing'))).toBe(true);
  });
});

describe('surat peringatan (seed 001 step 9)', () => {
  const opsi = {
    kodeBidang: 'B2', periode: 'TW1' as const, tahun: 2026, tanggal: { tahun: 2026, bulan: 4, hari: 13 },
    batasWaktu: BATAS, batasBaru: { tahun: 2026, bulan: 4, hari: 15 }, nomor: '',
    notaDinas: { nomor: '005/12/2026', tanggal: TANGGAL }, terisi: { terisi: 1, jumlah: 2 },
  };
  const text = allText(buatSuratPeringatan(KONFIGURASI, opsi));

  test('goes to the late bidang’s Kabid, citing the nota dinas and both deadlines', () => {
    expect(text).toEqual(expect.arrayContaining(['Kepada Yth. Kepala Bidang Keuangan', 'Rudi Hartono']));
    const isi = text.find((t) => t.startsWith('Menindaklanjuti')) ?? '';
    expect(isi).toContain('Nota Dinas Nomor 005/12/2026 tanggal 1 April 2026');
    expect(isi).toContain('batas waktu tanggal 10 April 2026 data kinerja Bidang Keuangan belum kami terima (baru 1 dari 2 indikator terisi)');
    expect(text.some((t) => t.includes('paling lambat tanggal 15 April 2026'))).toBe(true);
  });

  test('is signed by the Kepala', () => {
    expect(text.slice(-7)).toEqual(['Pematangsiantar, 13 April 2026', 'Kepala Badan', '', '', '', 'Inali Akbar', 'NIP. 19670923 199303 1 004']);
  });

  test('refuses a bidang that is not configured', () => {
    expect(() => buatSuratPeringatan(KONFIGURASI, { ...opsi, kodeBidang: 'B9' })).toThrow('Bidang dengan kode "B9" tidak ada di Pengaturan.');
  });
});
