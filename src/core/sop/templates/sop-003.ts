/**
 * Transcribed from seeds/003_7f299b895eaeb55e.txt (BKPSDM Kota Sungai Penuh, Sub Bagian
 * Perencanaan dan Keuangan). Step numbers are printed "1." … "8."; kept without the dot.
 * OCR slip fixed: the column header "Bagian Organisasi /Inspektora" → "…/Inspektorat" (not in a row).
 */
import type { SopTemplate } from '../model';
import { susunBaris } from './susun';

const KASUBAG = 'Kasubag Perencanaan dan Keuangan';

export const SOP_003: SopTemplate = {
  id: 'sop-003',
  judul: 'PENYUSUNAN LAPORAN KINERJA',
  instansi: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Sungai Penuh',
  sumber: '003_7f299b895eaeb55e.txt',
  totalWaktu: '25 HARI KERJA + 1 JAM',
  catatanSumber: [
    'Kolom Pelaksana kosong kecuali tanda "mulai" pada langkah 1 (kolom Sekretaris). Pelaksana ' +
      'langkah 2 dibaca dari uraiannya; langkah 3–8 disimpulkan dari alur: langkah 3 dan 4 ' +
      'Kasubag Perencanaan dan Keuangan, langkah 5 Sekretaris, langkah 6 Kepala BKPSDM, ' +
      'langkah 7 dan 8 Staf.',
    'Pengiriman data oleh bidang-bidang tidak dipisahkan: tercakup dalam langkah 4 (15 hari).',
    'Pada langkah 7 dan 8 sel Kelengkapan berisi catatan penyerahan (mungkin isi kolom ' +
      'Keterangan yang bergeser).',
  ],
  baris: susunBaris([
    {
      no: '1',
      kegiatan:
        'Mendisposisikan surat penyusunan Laporan Kinerja dan menyiapkan nota dinas dalam rangka ' +
        'permintaan data',
      pelaksana: 'Sekretaris',
      kelengkapan:
        '- Jenis data yang diperlukan dalam penyusunan Laporan Kinerja - ATK - Lembar disposisi',
      waktu: '1 hari',
      output: 'Laporan/ data untuk Laporan Kinerja',
    },
    {
      no: '2',
      kegiatan: 'Memberikan persetujuan Nota Dinas oleh Sekretaris dan Ka. BKPSDM',
      pelaksana: 'Sekretaris dan Ka. BKPSDM',
      kelengkapan: '- ATK - Penyampaian Nota Dinas',
      waktu: '20 menit',
      output: 'Nota Dinas',
    },
    {
      no: '3',
      kegiatan: 'Menyampaikan Nota Dinas ke Bidang bidang dalam rangka permintaan data',
      pelaksana: KASUBAG,
      kelengkapan: 'Penyampaian Nota Dinas dan Format',
      waktu: '10 menit',
      output: 'Nota Dinas',
      peristiwa: 'siklus-dimulai',
    },
    {
      no: '4',
      kegiatan:
        'Menghimpun dan mengolah data realisasi pencapaian indikator kinerja dan menyusun draft ' +
        'laporan kinerja',
      pelaksana: KASUBAG,
      kelengkapan: 'Data indikator Perjanjian Kinerja',
      waktu: '15 hari',
      output: 'Pengukuran Perjanjian Kinerja',
      peristiwa: 'draf-lkj-dibuat',
    },
    {
      no: '5',
      kegiatan: 'Meneliti dan mengoreksi Draft Laporan Kinerja',
      pelaksana: 'Sekretaris',
      kelengkapan: 'Daftar Koreksi dan Masukan terhadap Draft Laporan Kinerja',
      waktu: '7 hari',
      output: 'Daftar Koreksi dan Masukan terhadap Draft Laporan Kinerja',
    },
    {
      no: '6',
      kegiatan: 'Meneliti dan menyetujui laporan kinerja',
      pelaksana: 'Kepala BKPSDM',
      kelengkapan: 'Rancangan Akhir Laporan Kinerja Hasil koreksi',
      waktu: '1 hari',
      output: 'Laporan Kinerja',
    },
    {
      no: '7',
      kegiatan: 'Menjilid laporan kinerja',
      pelaksana: 'Staf',
      kelengkapan: 'Laporan Kinerja segera diserahkan pada Bagian Organisasi/ Inspektorat',
      waktu: '1 hari',
      output: 'Laporan Kinerja',
    },
    {
      no: '8',
      kegiatan: 'Menyampaikan Laporan Kinerja ke Bagian Organisasi/Inspektorat',
      pelaksana: 'Staf',
      kelengkapan: 'Bagian Organisasi/ Inspektorat menerima draft',
      waktu: '30 menit',
      output: 'Laporan Kinerja',
    },
  ]),
};
