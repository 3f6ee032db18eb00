/**
 * The three configuration tabs an admin edits by hand: their names, headers, notes,
 * drop-downs and example rows. "Siapkan lembar kerja" writes them; `baca.ts` reads them back
 * by header text, so an admin may reorder columns. Pure.
 */
import type { JenisPeriksa } from './periksa-sel';
import { labelPeriode, PERIODE } from '../periode';
import type { PeranId } from '../sop/model';
import { NAMA_PERAN } from '../sop/peran';
import { RANGKAIAN_BAWAAN, TEMPLATE_BAWAAN } from '../sop/templates/index';

export const TAB_PENGATURAN = 'Pengaturan';
export const TAB_BIDANG = 'Bidang';
export const TAB_INDIKATOR = 'Indikator';

export const RUMUS_NEGATIF_PILIHAN = { '2T-R': '(2T − R) / T', 'T/R': 'T / R' } as const;
/** Pengaturan ▸ Target 0: what each choice reads as (domain.md §4). */
export const TARGET_NOL_PILIHAN = { 'tidak-dapat-dihitung': 'tidak dapat dihitung', 'nol-100': 'R = 0 → 100 %, R > 0 → 0 %' } as const;
/** The built-in SOP templates' ids, the chains of a collection and a drafting SOP, and 'kustom' for an SOP tab of the office's own. */
export const PILIHAN_TEMPLATE_SOP: readonly string[] = [...TEMPLATE_BAWAAN.map((t) => t.id), ...RANGKAIAN_BAWAAN, 'kustom'];
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
  /** An inline check of the value cell (periksa-sel.ts). */
  readonly periksa?: JenisPeriksa;
  readonly wajib: boolean;
  /** The row may be absent (a workbook set up before it existed); Siapkan lembar kerja adds it. */
  readonly opsional?: boolean;
}

/** One column of the Bidang or Indikator tab. */
export interface KolomTabel {
  readonly id: string;
  readonly judul: string;
  readonly catatan: string;
  readonly pilihan?: readonly string[];
  /** An inline check of the column's cells (periksa-sel.ts). */
  readonly periksa?: JenisPeriksa;
  readonly wajib: boolean;
  /** Column width in pixels. */
  readonly lebar: number;
  /** Other headers offices write for this column (a pasted Perjanjian Kinerja), matched as `judul.ts` normalises them. */
  readonly sinonim?: readonly string[];
  /** Patterns of the normalised header ("target 2026"). */
  readonly polaJudul?: readonly RegExp[];
}

export interface SkemaTabel {
  readonly tab: string;
  readonly kolom: readonly KolomTabel[];
  /** Example rows written when the tab is first created, in `kolom` order. */
  readonly contoh: readonly (readonly string[])[];
}

export const PENGATURAN_KOLOM = ['Pengaturan', 'Nilai'] as const;

function kunci(id: string, label: string, catatan: string, wajib: boolean, contoh = '', pilihan?: readonly string[]): KunciPengaturan {
  return { id, label, catatan, contoh, wajib, ...(pilihan ? { pilihan } : {}) };
}

function kolom(id: string, judul: string, catatan: string, lebar: number, wajib = false, pilihan?: readonly string[]): KolomTabel {
  return { id, judul, catatan, wajib, lebar, ...(pilihan ? { pilihan } : {}) };
}

/** `x` checked inline as `periksa`. */
function diperiksa<T extends KunciPengaturan | KolomTabel>(periksa: JenisPeriksa, x: T): T {
  return { ...x, periksa };
}

/** `k` with the other headers it is known by. */
function juga(k: KolomTabel, sinonim: readonly string[], polaJudul?: readonly RegExp[]): KolomTabel {
  return { ...k, sinonim, ...(polaJudul ? { polaJudul } : {}) };
}

/** SOP roles named by e-mail in Pengaturan ("E-mail Sekretaris" …); the others come from Bidang and Pengaturan already. */
export const PERAN_EMAIL: readonly PeranId[] = ['sekretaris', 'kepala', 'kabag', 'asisten', 'tim-lkj', 'pengadministrasi'];

/** The Pengaturan key of a role's e-mails. */
export function idEmailPeran(p: PeranId): string {
  return `email-${p}`;
}

/** Pengaturan ▸ Laporan triwulan: what "Buat draf LKj" makes for TW I–IV. */
export const LAPORAN_TRIWULAN = { capaian: 'Laporan Capaian Kinerja', lkj: 'LKj lengkap' } as const;

export const KUNCI_PENGATURAN: readonly KunciPengaturan[] = [
  kunci('instansi', 'Nama instansi', 'Nama lengkap OPD, seperti pada kop surat.', true, 'Badan Kesatuan Bangsa dan Politik'),
  kunci('pemerintahDaerah', 'Pemerintah daerah', 'Mis. "Pemerintah Kota Contoh".', true, 'Pemerintah Kota Contoh'),
  kunci('alamat', 'Alamat', 'Alamat kantor untuk kop surat.', false, 'Jl. Contoh No. 1'),
  diperiksa('angka', kunci('tahun', 'Tahun', 'Tahun anggaran Perjanjian Kinerja, mis. 2026.', true, '2026')),
  kunci('kepalaNama', 'Nama Kepala', 'Kepala Badan/Dinas yang menandatangani LKj.', true),
  kunci('kepalaNip', 'NIP Kepala', 'NIP tanpa spasi atau dengan spasi, ditulis apa adanya.', false),
  kunci('kepalaJabatan', 'Jabatan Kepala', 'Mis. "Kepala Badan".', true, 'Kepala Badan'),
  kunci('kasubbagNama', 'Nama Kasubbag', 'Kasubbag Perencanaan/Keuangan atau TU yang menjalankan siklus.', true),
  kunci('kasubbagNip', 'NIP Kasubbag', 'NIP Kasubbag.', false),
  kunci('kasubbagJabatan', 'Jabatan Kasubbag', 'Mis. "Kasubbag Perencanaan dan Keuangan".', true, 'Kasubbag Perencanaan dan Keuangan'),
  diperiksa('email', kunci('kasubbagEmail', 'E-mail Kasubbag', 'Alamat e-mail Kasubbag (menerima pemberitahuan).', true)),
  diperiksa('daftarEmail', kunci('adminEmails', 'E-mail admin', 'Siapa saja yang boleh menjalankan siklus, dipisah koma. Pemilik spreadsheet selalu admin.', false)),
  kunci('rumusNegatif', 'Rumus polaritas negatif', '(2T − R) / T (bawaan, tidak kurang dari 0) atau T / R.', true, RUMUS_NEGATIF_PILIHAN['2T-R'], Object.values(RUMUS_NEGATIF_PILIHAN)),
  diperiksa('angka', kunci('batasAtasCapaian', 'Batas atas capaian (%)', 'Kosongkan bila capaian tidak dibatasi; mis. 100 atau 120.', false)),
  {
    ...kunci('targetNol', 'Target 0', 'Indikator bertarget 0: "tidak dapat dihitung" (bawaan), atau untuk polaritas negatif (mis. jumlah konflik, temuan) R = 0 → 100 %, R > 0 → 0 %; rumus T / R dengan R = 0 lalu memakai batas atas capaian, atau 100 % dengan catatan.', false, TARGET_NOL_PILIHAN['tidak-dapat-dihitung'], Object.values(TARGET_NOL_PILIHAN)),
    opsional: true,
  },
  {
    ...kunci('batasRataRata', 'Batas atas rata-rata (%)', 'Capaian tiap indikator dibatasi setinggi ini saat dirata-rata (Ikhtisar, per sasaran, per bidang). Kosong = 120.', false, '120'),
    opsional: true,
  },
  kunci('skalaKategori', 'Skala kategori', 'Batas bawah (%) lalu nama kategori, dari tertinggi; kategori terakhir tanpa batas.', true, '91 Sangat Tinggi; 76 Tinggi; 66 Sedang; 51 Rendah; Sangat Rendah'),
  kunci('skalaKualitatif', 'Skala predikat', 'Predikat=nilai untuk indikator kualitatif, mis. WTP=4; WDP=3.', false, 'WTP=4; WDP=3; TMP=2; TW=1'),
  kunci('hariLibur', 'Hari libur', 'Libur daerah atau kantor saja (yyyy-mm-dd atau dd/mm/yyyy), dipisah titik koma. Libur nasional dan cuti bersama (SKB 3 Menteri) sudah bawaan Lapkin; tahun yang belum ada daftarnya diperingatkan saat Mulai siklus.', false, ''),
  kunci('jamKantor', 'Jam kantor', 'Jam mulai–selesai, mis. 08:00-16:00; hari yang berbeda ditambahkan dengan namanya, mis. "08:00-16:00; Jumat 08:00-11:30".', true, '08:00-16:00'),
  kunci('templateSop', 'Template SOP', 'Template SOP bawaan (sop-000 … sop-004), rangkaian SOP pengumpulan data dan SOP penyusunan (mis. "sop-001 + sop-003": penyusunan, paraf dan tanda tangan ikut dilacak), atau "kustom" untuk tab SOP sendiri. Menentukan batas waktu bawaan isian bidang.', true, 'sop-001', PILIHAN_TEMPLATE_SOP),
  kunci('folderKeluaran', 'Folder keluaran', 'ID folder Google Drive untuk dokumen; kosong = di samping spreadsheet.', false),
  kunci('templatLkj', 'Templat LKj', 'ID atau URL Google Docs templat LKj sendiri; kosong = format bawaan. Isian {{instansi}}, {{periode}}, {{tahun}}, {{kepala}} … dan penanda blok {{#tabel_capaian}} (wajib), {{#bab3}}, {{#tanda_tangan}} ….', false),
  kunci('kirimEmail', 'Kirim e-mail', 'Ya: kirim pemberitahuan dan pengingat lewat e-mail.', true, YA, [YA, TIDAK]),
  { ...kunci('laporanTriwulan', 'Laporan triwulan', `${LAPORAN_TRIWULAN.capaian} (bawaan): laporan singkat capaian tiap triwulan; ${LAPORAN_TRIWULAN.lkj}: LKj lengkap tiap triwulan (seperti SOP 000).`, false, LAPORAN_TRIWULAN.capaian, Object.values(LAPORAN_TRIWULAN)), opsional: true },
  { ...kunci('batasPeringatan', 'Batas surat peringatan (hari kerja)', 'Berapa hari kerja sejak tanggal surat peringatan bidang yang terlambat diberi untuk mengirim; bawaan 3.', false, '3'), opsional: true },
  { ...kunci('logo', 'Logo', 'Logo OPD untuk kop dan sampul: teks "data:image/png;base64,…" (PNG atau JPEG, paling besar ±35 KB); kosong = tanpa logo.', false), opsional: true },
  ...PERAN_EMAIL.map((p): KunciPengaturan => ({
    ...diperiksa('daftarEmail', kunci(idEmailPeran(p), `E-mail ${NAMA_PERAN[p]}`, `Boleh kosong. E-mail ${NAMA_PERAN[p]}, dipisah koma: dapat menandai langkah SOP yang dikerjakan ${NAMA_PERAN[p]} dari panel.`, false)),
    opsional: true,
  })),
];

export const SKEMA_BIDANG: SkemaTabel = {
  tab: TAB_BIDANG,
  kolom: [
    juga(kolom('kode', 'Kode', 'Kode singkat bidang, unik, mis. KWN; menjadi nama tab isian (mis. TW1-26·KWN).', 90, true), ['kode bidang']),
    juga(kolom('nama', 'Nama bidang', 'Menjadi judul tab isian bidang (paling banyak 80 karakter).', 240, true), ['bidang', 'nama', 'unit kerja']),
    juga(kolom('kabidNama', 'Nama Kabid', 'Kepala bidang.', 200, true), ['kabid', 'kepala bidang', 'nama kepala bidang']),
    juga(kolom('kabidNip', 'NIP Kabid', 'NIP kepala bidang.', 160), ['nip', 'nip kepala bidang']),
    diperiksa('email', juga(kolom('kabidEmail', 'E-mail Kabid', 'E-mail kepala bidang; boleh mengisi tab bidang.', 220), ['email kepala bidang', 'email'])),
    diperiksa('daftarEmail', juga(kolom('stafEmails', 'E-mail staf', 'E-mail staf yang mengisi tab bidang, dipisah koma.', 300), ['email staf pengisi', 'staf'])),
  ],
  contoh: [['SEK', 'Sekretariat', 'Nama Kabid', '', 'kabid.sekretariat@contoh.go.id', 'staf.sekretariat@contoh.go.id']],
};

export const POLARITAS_PILIHAN = ['positif', 'negatif'] as const;
export const AGREGASI_PILIHAN = ['kumulatif', 'terakhir', 'rata-rata', 'rasio'] as const;
const TARGET_CATATAN = 'Angka (12,5 · 1.234 · 85%), rentang (80–90 %: di dalam rentang = 100 %, di atas dibanding batas atas, di bawah dibanding batas bawah) atau predikat dari skala predikat; kosong = tidak dapat dihitung.';

export const SKEMA_INDIKATOR: SkemaTabel = {
  tab: TAB_INDIKATOR,
  kolom: [
    juga(kolom('kode', 'Kode', 'Kode indikator, unik, mis. IKU-01.', 80, true), ['kode indikator', 'kode iku', 'no iku']),
    juga(kolom('sasaran', 'Sasaran strategis', 'Sasaran strategis dalam Perjanjian Kinerja. Kosong = sasaran baris di atasnya (sel gabungan dari Word atau Excel).', 240, true), [
      'sasaran',
      'sasaran kinerja',
      'sasaran program',
      'sasaran kegiatan',
    ]),
    juga(kolom('indikator', 'Indikator kinerja', 'Nama indikator kinerja.', 280, true), [
      'indikator',
      'indikator kinerja utama',
      'iku',
      'indikator sasaran',
      'indikator kinerja sasaran',
      'indikator kinerja program',
      'indikator kinerja kegiatan',
    ]),
    juga(kolom('bidang', 'Bidang', 'Kode atau nama bidang penanggung jawab (dari tab Bidang).', 90, true), ['kode bidang', 'penanggung jawab', 'bidang penanggung jawab', 'pj']),
    juga(kolom('satuan', 'Satuan', 'Mis. %, kegiatan, orang, predikat.', 90, true), ['satuan indikator', 'sat']),
    juga(kolom('polaritas', 'Polaritas', 'positif: makin tinggi makin baik; negatif: makin rendah makin baik.', 90, true, POLARITAS_PILIHAN), ['arah indikator']),
    juga(kolom('agregasi', 'Agregasi', 'kumulatif: dijumlah; terakhir: nilai triwulan terakhir; rata-rata: rerata triwulan yang terisi; rasio: bidang mengisi pembilang dan penyebut tiap triwulan, realisasi s.d. = Σ pembilang / Σ penyebut × 100 (satuan %, mis. persentase dokumen tepat waktu), bukan rata-rata persentase.', 100, true, AGREGASI_PILIHAN), ['cara agregasi']),
    diperiksa('target', juga(kolom('targetTahunan', 'Target tahunan', TARGET_CATATAN, 100), ['target', 'target kinerja', 'target pk', 'target tahun ini'], [/^target (tahun )?\d{4}$/])),
    ...PERIODE.slice(0, 4).map((p, i) => {
      const tw = labelPeriode(p);
      const romawi = ['i', 'ii', 'iii', 'iv'][i];
      return diperiksa('target', juga(
        kolom(`targetTw${i + 1}`, `Target s.d. ${tw}`, `Target sampai akhir ${tw}${i === 1 ? ' (kumulatif: jumlah berjalan)' : ''}. ${TARGET_CATATAN}`, 100),
        [],
        [new RegExp(`^(target )?(sd )?tw ${romawi}$`)],
      ));
    }),
    juga(kolom('targetRenstra', 'Target akhir Renstra', 'Target akhir periode Renstra. Jenis targetnya (kumulatif atau kondisi akhir) dan standar nasional/provinsi diisi di tab Renstra.', 110), ['target renstra', 'target akhir periode renstra']),
    juga(kolom('realisasiTahunLalu', 'Realisasi tahun lalu', 'Realisasi tahun sebelumnya, untuk perbandingan di LKj.', 110), ['realisasi tahun sebelumnya'], [/^realisasi (tahun )?\d{4}$/]),
    juga(kolom('program', 'Program', 'Program yang mendukung indikator.', 240), ['nama program', 'program kegiatan']),
    diperiksa('angka', juga(
      kolom('pagu', 'Pagu (Rp)', 'Pagu yang menopang indikator ini, angka ≥ 0, mis. 1.250.000. Pagu program = jumlah pagu indikatornya: bila pagu hanya ada per program, isi di satu indikator saja.', 130),
      ['anggaran', 'pagu anggaran'],
    )),
  ],
  contoh: [
    ['IKU-01', 'Meningkatnya kualitas pelayanan', 'Persentase layanan tepat waktu', 'SEK', '%', 'positif', 'terakhir', '100', '100', '100', '100', '100', '100', '90', 'Program Penunjang Urusan Pemerintahan', '250.000.000'],
  ],
};
