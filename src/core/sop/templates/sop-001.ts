/**
 * Transcribed from seeds/001_faa21a146e58f9fc.txt (Bakesbangpol Kota Pematangsiantar).
 * OCR slip fixed: "Jepel" → "Japel" (row 13; the table header spells the role "Japel").
 * Row 9 is kept as printed, although "telah diterima" reads as a slip for "belum diterima".
 */
import type { SopTemplate } from '../model';
import { susunBaris } from './susun';

const DATA = 'pengumpulan data kinerja';
const SURAT = `surat permintaan ${DATA}`;
const KEPADA = 'kepada masing-masing bidang dan sekretariat';
const TU = 'Kasubag TU';
const ATK = 'Lembar Disposisi ATK';

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
      `Sekretaris memerintahkan ${TU} untuk membuat ${SURAT} ${KEPADA}.`,
      'Sekretaris',
      ATK,
      '10 menit',
      'Lembar Disposisi',
    ],
    [
      '2',
      `Memerintahkan Pelaksana untuk menyiapkan ${SURAT} ${KEPADA}`,
      'Kasubbag TU',
      ATK,
      '10 menit',
      'Lembar Disposisi',
    ],
    [
      '3',
      `Membuat ${SURAT} dan diparaf oleh sekretaris`,
      'Japel',
      ATK,
      '45 menit',
      'Surat',
      'nota-dinas-dibuat',
    ],
    [
      '4',
      `Memaraf ${SURAT} kemudian diteruskan kepada Kepala Badan untuk ditandatangani`,
      'Sekretaris',
      'ATK',
      '10 menit',
      'Surat',
    ],
    [
      '5',
      `Menandatangani ${SURAT} kemudian menyerahkan kembali kepada ${TU}`,
      'Kepala Badan',
      'ATK',
      '10 menit',
      'Surat',
    ],
    [
      '6',
      `Mendistribusikan surat ${DATA} ${KEPADA}`,
      'Kasubbag TU',
      'ATK, Disposisi',
      '20 menit',
      'Surat',
      'siklus-dimulai',
    ],
    [
      '7',
      `Kabid menerima ${SURAT} dan memerintahkan staf untuk menghimpun data kinerja`,
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
      `Kabid menerima data kinerja kemudian diserahkan kepada ${TU}`,
      'Kabid',
      '',
      '',
      '',
      'bidang-mengirim',
    ],
    [
      '9',
      `${TU} menerima data kinerja dan Kabid bila data kinerja dari Kabid telah diterima ` +
        'sampai awal minggu berikutnya maka meminta langsung kepada Kabid data dimaklumi dengan ' +
        'menyertakan surat peringatan dari Kepala Badan',
      TU,
      '',
      '',
      '',
      'semua-terkirim',
    ],
    [
      '10',
      `Laporan Rekapitulasi ${TU} tentang hasil ${DATA} kepada Sekretaris`,
      TU,
      '',
      '',
      '',
      'rekap-dibuat',
    ],
    [
      '11',
      `Sekretaris menerima Laporan ${TU} tentang hasil ${DATA}`,
      'Sekretaris',
      '',
      '',
      '',
    ],
    [
      '12',
      `${TU} memerintahkan staf untuk dilakukan pengarsipan data yang telah dikumpulkan`,
      TU,
      '',
      '',
      '',
    ],
    [
      '13',
      `Japel mengarsipkan hasil ${DATA}`,
      'Japel',
      '',
      '',
      '',
    ],
  ]),
};
