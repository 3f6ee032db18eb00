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
    {
      no: '1',
      kegiatan:
        'Sekretaris memerintahkan Kasubag TU untuk membuat surat permintaan pengumpulan data ' +
        'kinerja kepada masing-masing bidang dan sekretariat.',
      pelaksana: 'Sekretaris',
      kelengkapan: 'Lembar Disposisi ATK',
      waktu: '10 menit',
      output: 'Lembar Disposisi',
    },
    {
      no: '2',
      kegiatan:
        'Memerintahkan Pelaksana untuk menyiapkan surat permintaan pengumpulan data kinerja ' +
        'kepada masing-masing bidang dan sekretariat',
      pelaksana: 'Kasubbag TU',
      kelengkapan: 'Lembar Disposisi ATK',
      waktu: '10 menit',
      output: 'Lembar Disposisi',
    },
    {
      no: '3',
      kegiatan: 'Membuat surat permintaan pengumpulan data kinerja dan diparaf oleh sekretaris',
      pelaksana: 'Japel',
      kelengkapan: 'Lembar Disposisi ATK',
      waktu: '45 menit',
      output: 'Surat',
    },
    {
      no: '4',
      kegiatan:
        'Memaraf surat permintaan pengumpulan data kinerja kemudian diteruskan kepada Kepala ' +
        'Badan untuk ditandatangani',
      pelaksana: 'Sekretaris',
      kelengkapan: 'ATK',
      waktu: '10 menit',
      output: 'Surat',
    },
    {
      no: '5',
      kegiatan:
        'Menandatangani surat permintaan pengumpulan data kinerja kemudian menyerahkan kembali ' +
        'kepada Kasubag TU',
      pelaksana: 'Kepala Badan',
      kelengkapan: 'ATK',
      waktu: '10 menit',
      output: 'Surat',
    },
    {
      no: '6',
      kegiatan:
        'Mendistribusikan surat pengumpulan data kinerja kepada masing-masing bidang dan sekretariat',
      pelaksana: 'Kasubbag TU',
      kelengkapan: 'ATK, Disposisi',
      waktu: '20 menit',
      output: 'Surat',
      peristiwa: 'siklus-dimulai',
    },
    {
      no: '7',
      kegiatan:
        'Kabid menerima surat permintaan pengumpulan data kinerja dan memerintahkan staf untuk ' +
        'menghimpun data kinerja',
      pelaksana: 'Kabid',
      kelengkapan: 'Data',
      waktu: '30 menit',
      output: 'Data',
      peristiwa: 'bidang-mengirim',
    },
    {
      no: '8',
      kegiatan: 'Japel menghimpun data kinerja yang ada pada bidangnya kemudian diteruskan kepada kabid',
      pelaksana: 'Japel',
      kelengkapan: 'Data',
      waktu: '4 hari',
      output: 'Data',
      peristiwa: 'bidang-mengirim',
    },
    {
      no: '',
      kegiatan: 'Kabid menerima data kinerja kemudian diserahkan kepada Kasubag TU',
      pelaksana: 'Kabid',
      kelengkapan: '',
      waktu: '',
      output: '',
      peristiwa: 'bidang-mengirim',
    },
    {
      no: '9',
      kegiatan:
        'Kasubag TU menerima data kinerja dan Kabid bila data kinerja dari Kabid telah diterima ' +
        'sampai awal minggu berikutnya maka meminta langsung kepada Kabid data dimaklumi dengan ' +
        'menyertakan surat peringatan dari Kepala Badan',
      pelaksana: 'Kasubag TU',
      kelengkapan: '',
      waktu: '',
      output: '',
      peristiwa: 'semua-terkirim',
    },
    {
      no: '10',
      kegiatan:
        'Laporan Rekapitulasi Kasubag TU tentang hasil pengumpulan data kinerja kepada Sekretaris',
      pelaksana: 'Kasubag TU',
      kelengkapan: '',
      waktu: '',
      output: '',
      peristiwa: 'rekap-dibuat',
    },
    {
      no: '11',
      kegiatan: 'Sekretaris menerima Laporan Kasubag TU tentang hasil pengumpulan data kinerja',
      pelaksana: 'Sekretaris',
      kelengkapan: '',
      waktu: '',
      output: '',
    },
    {
      no: '12',
      kegiatan:
        'Kasubag TU memerintahkan staf untuk dilakukan pengarsipan data yang telah dikumpulkan',
      pelaksana: 'Kasubag TU',
      kelengkapan: '',
      waktu: '',
      output: '',
    },
    {
      no: '13',
      kegiatan: 'Japel mengarsipkan hasil pengumpulan data kinerja',
      pelaksana: 'Japel',
      kelengkapan: '',
      waktu: '',
      output: '',
    },
  ]),
};
