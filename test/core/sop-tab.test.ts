import { describe, expect, it } from 'vitest';
import { KOLOM_SOP, readSopTab } from '../../src/core/sop/tab';

describe('readSopTab', () => {
  it('reads a custom SOP whatever the header order and capitalisation, skipping empty rows', () => {
    const hasil = readSopTab([
      ['WAKTU', 'no', 'Kegiatan', 'Pelaksana', 'Output', 'Peristiwa'],
      ['30 Menit', 1, 'Menyusun nota dinas permintaan data', 'Kasubbag Perencanaan', 'Nota dinas', ''],
      ['', '', '', '', '', ''],
      ['2 minggu', 2, 'Mengisi data kinerja bidang', 'Kabid', 'Data', 'bidang mengirim'],
    ]);
    if (!hasil.ok) throw new Error(JSON.stringify(hasil.masalah));
    expect(hasil.template.baris).toMatchObject([
      { urutan: 1, no: '1', pelaksana: 'Kasubbag Perencanaan', peran: ['kasubbag'], durasi: { hariKerja: 0, menit: 30 } },
      { urutan: 2, no: '2', peran: ['kabid'], durasi: { hariKerja: 10, menit: 0 }, peristiwa: 'bidang-mengirim' },
    ]);
    expect(hasil.template.baris[0].peristiwa).toBeUndefined();
    expect(hasil.template.sumber).toBe('SOP');
  });

  it('reports an unreadable Waktu with its tab, sheet row and column', () => {
    const hasil = readSopTab(
      [
        [...KOLOM_SOP],
        ['1', 'Menyusun nota dinas', 'Kasubbag', '', '1 hari', '', '', ''],
        ['2', 'Mengirim nota dinas', 'Staf', '', 'secepatnya', '', '', ''],
      ],
      'SOP Kantor',
    );
    expect(hasil).toEqual({
      ok: false,
      masalah: [
        {
          tab: 'SOP Kantor',
          baris: 3,
          kolom: 'Waktu',
          pesan:
            'Waktu "secepatnya" tidak dapat dibaca. Tulis angka dan satuan (menit, jam, hari, hari kerja/HK, ' +
            'minggu atau bulan), misalnya "2 hari", "45 menit" atau "25 hari kerja + 1 jam".',
        },
      ],
    });
  });

  it('reports an unknown Pelaksana, an unknown Peristiwa and an empty Waktu, each in its cell', () => {
    const hasil = readSopTab([
      [...KOLOM_SOP],
      ['1', 'Menyusun nota dinas', 'Pak Budi', '', '', '', '', 'kapan-kapan'],
    ]);
    expect(hasil.ok).toBe(false);
    if (hasil.ok) return;
    expect(hasil.masalah.map((m) => [m.baris, m.kolom])).toEqual([
      [2, 'Pelaksana'],
      [2, 'Waktu'],
      [2, 'Peristiwa'],
    ]);
    expect(hasil.masalah[0].pesan).toContain('Pelaksana "Pak Budi" tidak dikenali');
    expect(hasil.masalah[1].pesan).toMatch(/^Waktu kosong/);
    expect(hasil.masalah[2].pesan).toContain('Draf LKj dibuat');
  });

  it('reports a missing header on row 1 and an empty tab', () => {
    const tanpaWaktu = readSopTab([['No', 'Kegiatan', 'Pelaksana']]);
    expect(tanpaWaktu).toEqual({
      ok: false,
      masalah: [{ tab: 'SOP', baris: 1, kolom: 'Waktu', pesan: 'Kolom "Waktu" tidak ada di baris judul.' }],
    });
    const kosong = readSopTab([[...KOLOM_SOP]]);
    expect(kosong.ok === false && kosong.masalah).toEqual([
      { tab: 'SOP', baris: 0, kolom: '', pesan: 'Tab SOP belum berisi langkah.' },
    ]);
  });
});
