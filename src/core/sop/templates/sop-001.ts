/**
 * Transcribed from seeds/001_faa21a146e58f9fc.txt (Bakesbangpol Kota Pematangsiantar).
 * OCR slip fixed: "Jepel" → "Japel" (row 13; the table header spells the role "Japel").
 * Row 9 is kept as printed, although "telah diterima" reads as a slip for "belum diterima".
 */
import type { SopTemplate } from '../model';
import { susunBaris } from './susun';

export const SOP_001: SopTemplate = {
  id: 'sop-001',
  judul: 'PENGUMPULAN DATA KINERJA BADAN KESATUAN BANGSA DAN POLITIK KOTA PEMATANGSIANTAR',
  instansi: 'Badan Kesatuan Bangsa dan Politik Kota Pematangsiantar',
  sumber: '001_faa21a146e58f9fc.txt',
  catatanSumber: [
    'Tanda pada kolom Pelaksana hilang; pelaksana langkah 2–6 disimpulkan dari alur: ' +
      'langkah 2 dan 6 Kasubbag TU, langkah 3 Japel, langkah 4 Sekretaris, langkah 5 Kepala Badan.',
    'Tabel kedua rusak: satu langkah tanpa nomor ("Kabid menerima data kinerja kemudian ' +
      'diserahkan kepada Kasubag TU") berada di antara langkah 8 dan 9.',
    'Langkah tanpa nomor dan langkah 9–13 tidak mencantumkan kelengkapan, waktu maupun output.',
    'Uraian langkah 9 tidak utuh dalam sumber ("telah diterima" tampaknya maksudnya "belum diterima").',
  ],
  baris: susunBaris([
    [
      '1',
      'Sekretaris memerintahkan Kasubag TU untuk membuat surat permintaan pengumpulan data ' +
        'kinerja kepada masing-masing bidang dan sekretariat.',
      'Sekretaris',
      'Lembar Disposisi ATK',
      '10 menit',
      'Lembar Disposisi',
    ],
    [
      '2',
      'Memerintahkan Pelaksana untuk menyiapkan surat permintaan pengumpulan data kinerja ' +
        'kepada masing-masing bidang dan sekretariat',
      'Kasubbag TU',
      'Lembar Disposisi ATK',
      '10 menit',
      'Lembar Disposisi',
    ],
    [
      '3',
      'Membuat surat permintaan pengumpulan data kinerja dan diparaf oleh sekretaris',
      'Japel',
      'Lembar Disposisi ATK',
      '45 menit',
      'Surat',
    ],
    [
      '4',
      'Memaraf surat permintaan pengumpulan data kinerja kemudian diteruskan kepada Kepala ' +
        'Badan untuk ditandatangani',
      'Sekretaris',
      'ATK',
      '10 menit',
      'Surat',
    ],
    [
      '5',
      'Menandatangani surat permintaan pengumpulan data kinerja kemudian menyerahkan kembali ' +
        'kepada Kasubag TU',
      'Kepala Badan',
      'ATK',
      '10 menit',
      'Surat',
    ],
    [
      '6',
      'Mendistribusikan surat pengumpulan data kinerja kepada masing-masing bidang dan sekretariat',
      'Kasubbag TU',
      'ATK, Disposisi',
      '20 menit',
      'Surat',
      'siklus-dimulai',
    ],
    [
      '7',
      'Kabid menerima surat permintaan pengumpulan data kinerja dan memerintahkan staf untuk ' +
        'menghimpun data kinerja',
      'Kabid',
      'Data',
      '30 menit',
      'Data',
      'bidang-mengirim',
    ],
    [
      '8',
      'Japel menghimpun data kinerja yang ada pada bidangnya kemudian diteruskan kepada kabid',
      'Japel',
      'Data',
      '4 hari',
      'Data',
      'bidang-mengirim',
    ],
    [
      '',
      'Kabid menerima data kinerja kemudian diserahkan kepada Kasubag TU',
      'Kabid',
      '',
      '',
      '',
      'bidang-mengirim',
    ],
    [
      '9',
      'Kasubag TU menerima data kinerja dan Kabid bila data kinerja dari Kabid telah diterima ' +
        'sampai awal minggu berikutnya maka meminta langsung kepada Kabid data dimaklumi dengan ' +
        'menyertakan surat peringatan dari Kepala Badan',
      'Kasubag TU',
      '',
      '',
      '',
      'semua-terkirim',
    ],
    [
      '10',
      'Laporan Rekapitulasi Kasubag TU tentang hasil pengumpulan data kinerja kepada Sekretaris',
      'Kasubag TU',
      '',
      '',
      '',
      'rekap-dibuat',
    ],
    [
      '11',
      'Sekretaris menerima Laporan Kasubag TU tentang hasil pengumpulan data kinerja',
      'Sekretaris',
      '',
      '',
      '',
    ],
    [
      '12',
      'Kasubag TU memerintahkan staf untuk dilakukan pengarsipan data yang telah dikumpulkan',
      'Kasubag TU',
      '',
      '',
      '',
    ],
    [
      '13',
      'Japel mengarsipkan hasil pengumpulan data kinerja',
      'Japel',
      '',
      '',
      '',
    ],
  ]),
};
