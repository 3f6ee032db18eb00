/**
 * Transcribed from seeds/003_7f299b895eaeb55e.txt (BKPSDM Kota Sungai Penuh, Sub Bagian
 * Perencanaan dan Keuangan). Step numbers are printed "1." … "8."; kept without the dot.
 * OCR slip fixed: the column header "Bagian Organisasi /Inspektora" → "…/Inspektorat" (not in a row).
 */
import type { SopTemplate } from '../model';
import { susunBaris } from './susun';

const KASUBAG = 'Kasubag Perencanaan dan Keuangan';
const KOREKSI = 'Daftar Koreksi dan Masukan terhadap Draft Laporan Kinerja';

export const SOP_003: SopTemplate = {
  id: 'sop-003',
  judul: 'PENYUSUNAN LAPORAN KINERJA',
  instansi: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Sungai Penuh',
  sumber: '003_7f299b895eaeb55e.txt',
  totalWaktu: '25 HARI KERJA + 1 JAM',
  catatanSumber: [
    'Kolom Pelaksana kosong kecuali tanda "mulai" pada langkah 1 (kolom Sekretaris). Pelaksana ' +
      'langkah 2 dibaca dari uraiannya; langkah 3–8 disimpulkan dari alur: langkah 3 ' +
      'Kasubag Perencanaan dan Keuangan, langkah 4 Bidang-bidang (kolomnya ada di tabel), langkah 5 Sekretaris, langkah 6 Kepala BKPSDM, ' +
      'langkah 7 dan 8 Staf.',
    'Pengiriman data oleh bidang-bidang tidak dipisahkan: tercakup dalam langkah 4 (15 hari), tempat ' +
      'kolom Pelaksana "Bidang-bidang" bekerja; langkah 4 dilacak sebagai pengiriman data bidang (Kabid).',
    'Pada langkah 7 dan 8 sel Kelengkapan berisi catatan penyerahan (mungkin isi kolom ' +
      'Keterangan yang bergeser).',
  ],
  baris: susunBaris([
    [
      '1',
      'Mendisposisikan surat penyusunan Laporan Kinerja dan menyiapkan nota dinas dalam rangka ' +
        'permintaan data',
      'Sekretaris',
      '- Jenis data yang diperlukan dalam penyusunan Laporan Kinerja - ATK - Lembar disposisi',
      '1 hari',
      'Laporan/ data untuk Laporan Kinerja',
    ],
    [
      '2',
      'Memberikan persetujuan Nota Dinas oleh Sekretaris dan Ka. BKPSDM',
      'Sekretaris dan Ka. BKPSDM',
      '- ATK - Penyampaian Nota Dinas',
      '20 menit',
      'Nota Dinas',
    ],
    [
      '3',
      'Menyampaikan Nota Dinas ke Bidang bidang dalam rangka permintaan data',
      KASUBAG,
      'Penyampaian Nota Dinas dan Format',
      '10 menit',
      'Nota Dinas',
      'siklus-dimulai',
    ],
    [
      '4',
      'Menghimpun dan mengolah data realisasi pencapaian indikator kinerja dan menyusun draft ' +
        'laporan kinerja',
      'Bidang-bidang',
      'Data indikator Perjanjian Kinerja',
      '15 hari',
      'Pengukuran Perjanjian Kinerja',
      'bidang-mengirim',
    ],
    [
      '5',
      'Meneliti dan mengoreksi Draft Laporan Kinerja',
      'Sekretaris',
      KOREKSI,
      '7 hari',
      KOREKSI,
    ],
    [
      '6',
      'Meneliti dan menyetujui laporan kinerja',
      'Kepala BKPSDM',
      'Rancangan Akhir Laporan Kinerja Hasil koreksi',
      '1 hari',
      'Laporan Kinerja',
    ],
    [
      '7',
      'Menjilid laporan kinerja',
      'Staf',
      'Laporan Kinerja segera diserahkan pada Bagian Organisasi/ Inspektorat',
      '1 hari',
      'Laporan Kinerja',
    ],
    [
      '8',
      'Menyampaikan Laporan Kinerja ke Bagian Organisasi/Inspektorat',
      'Staf',
      'Bagian Organisasi/ Inspektorat menerima draft',
      '30 menit',
      'Laporan Kinerja',
    ],
  ]),
};
