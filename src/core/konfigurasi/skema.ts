/**
 * The three configuration tabs an admin edits by hand: their names, headers, notes,
 * drop-downs and example rows. "Siapkan lembar kerja" writes them; `baca.ts` reads them back
 * by header text, so an admin may reorder columns. Pure.
 */
import { TEMPLATE_BAWAAN } from '../sop/templates/index';

export const TAB_PENGATURAN = 'Pengaturan';
export const TAB_BIDANG = 'Bidang';
export const TAB_INDIKATOR = 'Indikator';

export const RUMUS_NEGATIF_PILIHAN = { '2T-R': '(2T − R) / T', 'T/R': 'T / R' } as const;
/** The built-in SOP templates' ids, and 'kustom' for an SOP tab of the office's own. */
export const PILIHAN_TEMPLATE_SOP: readonly string[] = [...TEMPLATE_BAWAAN.map((t) => t.id), 'kustom'];
export const YA = 'Ya';
export const TIDAK = 'Tidak';

/** One key of the Pengaturan tab (a row: key in column A, value in column B). */
export interface KunciPengaturan {
  readonly id: string;
  readonly label: string;
  readonly catatan: string;
  /** The value written when the row is first created. */
  readonly contoh: string;
  readonly pilihan?: readonly string[];
  readonly wajib: boolean;
}

/** One column of the Bidang or Indikator tab. */
export interface KolomTabel {
  readonly id: string;
  readonly judul: string;
  readonly catatan: string;
  readonly pilihan?: readonly string[];
  readonly wajib: boolean;
  /** Column width in pixels. */
  readonly lebar: number;
}

export interface SkemaTabel {
  readonly tab: string;
  readonly kolom: readonly KolomTabel[];
  /** Example rows written when the tab is first created, in `kolom` order. */
  readonly contoh: readonly (readonly string[])[];
}

export const PENGATURAN_KOLOM = ['Pengaturan', 'Nilai'] as const;

export const KUNCI_PENGATURAN: readonly KunciPengaturan[] = [
  { id: 'instansi', label: 'Nama instansi', catatan: 'Nama lengkap OPD, seperti pada kop surat.', contoh: 'Badan Kesatuan Bangsa dan Politik', wajib: true },
  { id: 'pemerintahDaerah', label: 'Pemerintah daerah', catatan: 'Mis. "Pemerintah Kota Contoh".', contoh: 'Pemerintah Kota Contoh', wajib: true },
  { id: 'alamat', label: 'Alamat', catatan: 'Alamat kantor untuk kop surat.', contoh: 'Jl. Contoh No. 1', wajib: false },
  { id: 'tahun', label: 'Tahun', catatan: 'Tahun anggaran Perjanjian Kinerja, mis. 2026.', contoh: '2026', wajib: true },
  { id: 'kepalaNama', label: 'Nama Kepala', catatan: 'Kepala Badan/Dinas yang menandatangani LKj.', contoh: '', wajib: true },
  { id: 'kepalaNip', label: 'NIP Kepala', catatan: 'NIP tanpa spasi atau dengan spasi, ditulis apa adanya.', contoh: '', wajib: false },
  { id: 'kepalaJabatan', label: 'Jabatan Kepala', catatan: 'Mis. "Kepala Badan".', contoh: 'Kepala Badan', wajib: true },
  { id: 'kasubbagNama', label: 'Nama Kasubbag', catatan: 'Kasubbag Perencanaan/Keuangan atau TU yang menjalankan siklus.', contoh: '', wajib: true },
  { id: 'kasubbagNip', label: 'NIP Kasubbag', catatan: 'NIP Kasubbag.', contoh: '', wajib: false },
  { id: 'kasubbagJabatan', label: 'Jabatan Kasubbag', catatan: 'Mis. "Kasubbag Perencanaan dan Keuangan".', contoh: 'Kasubbag Perencanaan dan Keuangan', wajib: true },
  { id: 'kasubbagEmail', label: 'E-mail Kasubbag', catatan: 'Alamat e-mail Kasubbag (menerima pemberitahuan).', contoh: '', wajib: true },
  { id: 'adminEmails', label: 'E-mail admin', catatan: 'Siapa saja yang boleh menjalankan siklus, dipisah koma. Pemilik spreadsheet selalu admin.', contoh: '', wajib: false },
  { id: 'rumusNegatif', label: 'Rumus polaritas negatif', catatan: '(2T − R) / T (bawaan, tidak kurang dari 0) atau T / R.', contoh: RUMUS_NEGATIF_PILIHAN['2T-R'], pilihan: Object.values(RUMUS_NEGATIF_PILIHAN), wajib: true },
  { id: 'batasAtasCapaian', label: 'Batas atas capaian (%)', catatan: 'Kosongkan bila capaian tidak dibatasi; mis. 100 atau 120.', contoh: '', wajib: false },
  { id: 'skalaKategori', label: 'Skala kategori', catatan: 'Batas bawah (%) lalu nama kategori, dari tertinggi; kategori terakhir tanpa batas.', contoh: '91 Sangat Tinggi; 76 Tinggi; 66 Sedang; 51 Rendah; Sangat Rendah', wajib: true },
  { id: 'skalaKualitatif', label: 'Skala predikat', catatan: 'Predikat=nilai untuk indikator kualitatif, mis. WTP=4; WDP=3.', contoh: 'WTP=4; WDP=3; TMP=2; TW=1', wajib: false },
  { id: 'hariLibur', label: 'Hari libur', catatan: 'Tanggal libur kantor (yyyy-mm-dd atau dd/mm/yyyy), dipisah titik koma.', contoh: '2026-01-01; 2026-03-20; 2026-03-31; 2026-04-03', wajib: false },
  { id: 'jamKantor', label: 'Jam kantor', catatan: 'Jam mulai–selesai, mis. 08:00-16:00.', contoh: '08:00-16:00', wajib: true },
  { id: 'templateSop', label: 'Template SOP', pilihan: PILIHAN_TEMPLATE_SOP, catatan: 'Template SOP bawaan (sop-000 … sop-004), atau "kustom" untuk tab SOP sendiri. Menentukan batas waktu bawaan isian bidang.', contoh: 'sop-001', wajib: true },
  { id: 'folderKeluaran', label: 'Folder keluaran', catatan: 'ID folder Google Drive untuk dokumen; kosong = di samping spreadsheet.', contoh: '', wajib: false },
  { id: 'templatLkj', label: 'Templat LKj', catatan: 'ID atau URL Google Docs templat LKj sendiri; kosong = format bawaan. Isian {{instansi}}, {{periode}}, {{tahun}}, {{kepala}} … dan penanda blok {{#tabel_capaian}} (wajib), {{#bab3}}, {{#tanda_tangan}} ….', contoh: '', wajib: false },
  { id: 'kirimEmail', label: 'Kirim e-mail', catatan: 'Ya: kirim pemberitahuan dan pengingat lewat e-mail.', contoh: YA, pilihan: [YA, TIDAK], wajib: true },
];

export const SKEMA_BIDANG: SkemaTabel = {
  tab: TAB_BIDANG,
  kolom: [
    { id: 'kode', judul: 'Kode', catatan: 'Kode singkat bidang, unik, mis. KESBANG.', wajib: true, lebar: 90 },
    { id: 'nama', judul: 'Nama bidang', catatan: 'Menjadi nama tab isian bidang (paling banyak 80 karakter).', wajib: true, lebar: 240 },
    { id: 'kabidNama', judul: 'Nama Kabid', catatan: 'Kepala bidang.', wajib: true, lebar: 200 },
    { id: 'kabidNip', judul: 'NIP Kabid', catatan: 'NIP kepala bidang.', wajib: false, lebar: 160 },
    { id: 'kabidEmail', judul: 'E-mail Kabid', catatan: 'E-mail kepala bidang; boleh mengisi tab bidang.', wajib: false, lebar: 220 },
    { id: 'stafEmails', judul: 'E-mail staf', catatan: 'E-mail staf yang mengisi tab bidang, dipisah koma.', wajib: false, lebar: 300 },
  ],
  contoh: [['SEK', 'Sekretariat', 'Nama Kabid', '', 'kabid.sekretariat@contoh.go.id', 'staf.sekretariat@contoh.go.id']],
};

export const POLARITAS_PILIHAN = ['positif', 'negatif'] as const;
export const AGREGASI_PILIHAN = ['kumulatif', 'terakhir', 'rata-rata'] as const;
const TARGET_CATATAN = 'Angka (12,5 · 1.234 · 85%) atau predikat dari skala predikat; kosong = tidak dapat dihitung.';

export const SKEMA_INDIKATOR: SkemaTabel = {
  tab: TAB_INDIKATOR,
  kolom: [
    { id: 'kode', judul: 'Kode', catatan: 'Kode indikator, unik, mis. IKU-01.', wajib: true, lebar: 80 },
    { id: 'sasaran', judul: 'Sasaran strategis', catatan: 'Sasaran strategis dalam Perjanjian Kinerja.', wajib: true, lebar: 240 },
    { id: 'indikator', judul: 'Indikator kinerja', catatan: 'Nama indikator kinerja.', wajib: true, lebar: 280 },
    { id: 'bidang', judul: 'Bidang', catatan: 'Kode bidang penanggung jawab (dari tab Bidang).', wajib: true, lebar: 90 },
    { id: 'satuan', judul: 'Satuan', catatan: 'Mis. %, kegiatan, orang, predikat.', wajib: true, lebar: 90 },
    { id: 'polaritas', judul: 'Polaritas', catatan: 'positif: makin tinggi makin baik; negatif: makin rendah makin baik.', pilihan: POLARITAS_PILIHAN, wajib: true, lebar: 90 },
    { id: 'agregasi', judul: 'Agregasi', catatan: 'kumulatif: dijumlah; terakhir: nilai triwulan terakhir; rata-rata: rerata triwulan yang terisi.', pilihan: AGREGASI_PILIHAN, wajib: true, lebar: 100 },
    { id: 'targetTahunan', judul: 'Target tahunan', catatan: TARGET_CATATAN, wajib: false, lebar: 100 },
    { id: 'targetTw1', judul: 'Target s.d. TW I', catatan: `Target sampai akhir TW I. ${TARGET_CATATAN}`, wajib: false, lebar: 100 },
    { id: 'targetTw2', judul: 'Target s.d. TW II', catatan: `Target sampai akhir TW II (kumulatif: jumlah berjalan). ${TARGET_CATATAN}`, wajib: false, lebar: 100 },
    { id: 'targetTw3', judul: 'Target s.d. TW III', catatan: `Target sampai akhir TW III. ${TARGET_CATATAN}`, wajib: false, lebar: 100 },
    { id: 'targetTw4', judul: 'Target s.d. TW IV', catatan: `Target sampai akhir TW IV. ${TARGET_CATATAN}`, wajib: false, lebar: 100 },
    { id: 'targetRenstra', judul: 'Target akhir Renstra', catatan: 'Target akhir periode Renstra.', wajib: false, lebar: 110 },
    { id: 'realisasiTahunLalu', judul: 'Realisasi tahun lalu', catatan: 'Realisasi tahun sebelumnya, untuk perbandingan di LKj.', wajib: false, lebar: 110 },
    { id: 'program', judul: 'Program', catatan: 'Program yang mendukung indikator.', wajib: false, lebar: 240 },
    { id: 'pagu', judul: 'Pagu (Rp)', catatan: 'Pagu anggaran program, angka ≥ 0, mis. 1.250.000.', wajib: false, lebar: 130 },
  ],
  contoh: [
    ['IKU-01', 'Meningkatnya kualitas pelayanan', 'Persentase layanan tepat waktu', 'SEK', '%', 'positif', 'terakhir', '100', '100', '100', '100', '100', '100', '90', 'Program Penunjang Urusan Pemerintahan', '250.000.000'],
  ],
};
