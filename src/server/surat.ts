/**
 * The open cycle's letters (admin only), each a new Google Doc in the output folder:
 *   buatNotaDinas()        — the memo of the SOPs' first steps to every Kabid: the period, the
 *                            deadline, what to fill, and a link to each bidang's tab (none yet
 *                            while the cycle is only prepared);
 *   buatSuratPeringatan()  — the Kepala's warning letter to each bidang that has not sent its data
 *                            by the start of the week after the deadline (seed 001 step 9).
 * The Log rows and the sidebar's list are written under the document lock.
 */
import { buatNotaDinas as notaDinas } from '../core/dokumen/nota-dinas';
import { awalMingguBerikutnya, bidangPerluPeringatan, buatSuratPeringatan as suratPeringatan } from '../core/dokumen/surat-peringatan';
import { labelSiklus } from '../core/periode';
import { tambahHariKerja, tanggalTampil, type StatusSiklus } from '../core/siklus';
import { formatTanggal, parseTanggalIso, tanggalIso, toIso, type TanggalLokal } from '../core/tanggal';
import type { Konfigurasi } from '../core/types';
import type { DocumentModel } from '../core/dokumen/model';
import { adminSiap } from './akses';
import { PESAN_NOMOR_HALAMAN } from '../gas/dokumen-docs-api';
import { catatDokumenBaru, simpanDokumen, tempatKeluaran, type DokumenDibuat, type TempatKeluaran } from '../gas/dokumen-simpan';
import { hariIni } from '../gas/sop-waktu';
import { catatNotaDinas, pesanMasihPersiapan, siklusAktif, tanggalNotaDinas } from '../gas/siklus-store';
import { withDocumentLock } from '../gas/kunci';
import { nilaiDariGrid } from '../core/konfigurasi/pengaturan';
import type { HasilBuatDokumen } from './api-types';
import { tautanTab } from './kirim';
import { bacaKonfigurasiSs, ditolak, hasilMasalah } from './konfigurasi';
import { spreadsheetAktif } from '../gas/spreadsheet';
import { peristiwaSop } from './sop';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Working days a late bidang is given from the warning letter's date, unless Pengaturan ▸ Batas surat peringatan says otherwise. */
export const HARI_KERJA_BATAS_BARU = 3;

/** Pengaturan ▸ Batas surat peringatan (hari kerja): a whole number of at least 1, else the default (and a note why). */
function hariBatasBaru(teks: string, catatan: string[]): number {
  if (teks === '') return HARI_KERJA_BATAS_BARU;
  const n = Number(teks.replace(',', '.'));
  if (Number.isInteger(n) && n >= 1 && n <= 60) return n;
  catatan.push(`Batas surat peringatan "${teks}" (Pengaturan) bukan jumlah hari kerja 1–60; dipakai ${HARI_KERJA_BATAS_BARU} hari kerja.`);
  return HARI_KERJA_BATAS_BARU;
}

const TANPA_SIKLUS = 'Belum ada siklus yang disiapkan atau dimulai. Siapkan siklus atau Mulai siklus lebih dulu.';

/** Link to a bidang's tab; '' when the tab is gone. */
function tautanBidang(ss: Spreadsheet, tab: string): string {
  const sheet = ss.getSheetByName(tab);
  return sheet ? tautanTab(ss, sheet) : '';
}

/** The cycle's deadline as parts. */
function batasSiklus(siklus: StatusSiklus): TanggalLokal {
  const t = parseTanggalIso(siklus.batasWaktu);
  if (t === null) throw new Error(`Batas waktu siklus "${siklus.batasWaktu}" bukan tanggal.`);
  return t;
}

interface Surat {
  readonly ss: Spreadsheet;
  readonly k: Konfigurasi;
  /** Pengaturan's grid, for the optional keys. */
  readonly pengaturan: readonly (readonly unknown[])[] | null;
  /** Notes for the result and the Log. */
  readonly catatan: string[];
  readonly siklus: StatusSiklus;
  readonly tanggal: TanggalLokal;
  /** 'TW I 2026'. */
  readonly label: string;
  /** Saves a letter as a new Google Doc in the output folder. */
  readonly simpan: (model: DocumentModel, nama: string) => DokumenDibuat;
}

/**
 * The admin gate, the configuration and the open cycle, then `tulis`, then the Log row and the
 * sidebar's list: `tulis` returns the letters it saved and the message, or why there are none.
 */
function buatSurat(jenis: string, tulis: (s: Surat) => { dokumen: readonly DokumenDibuat[]; pesan: string } | HasilBuatDokumen): HasilBuatDokumen {
  const ss = spreadsheetAktif();
  const siapa = adminSiap(ss);
  const { grid, hasil } = bacaKonfigurasiSs(ss);
  if (!hasil.ok) return hasilMasalah('Konfigurasi', hasil.masalah);
  const k = hasil.konfigurasi;
  const siklus = siklusAktif();
  if (siklus === null) return ditolak(TANPA_SIKLUS);
  // The output folder is looked up with the first letter saved (none when there is nothing to write).
  let tempat: TempatKeluaran | null = null;
  const catatan: string[] = [];
  const simpan = (model: DocumentModel, nama: string): DokumenDibuat => {
    if (tempat === null) {
      tempat = tempatKeluaran(ss, k.pengaturan.folderKeluaran, siapa.email);
      catatan.push(PESAN_NOMOR_HALAMAN, ...tempat.catatan);
    }
    return simpanDokumen(model, tempat, nama);
  };
  const tertulis = tulis({ ss, k, pengaturan: grid.pengaturan, catatan, siklus, tanggal: tanggalIso(hariIni(ss)), label: labelSiklus(siklus), simpan });
  if ('status' in tertulis) return tertulis;
  const terbaru = catatDokumenBaru(ss, siapa, jenis, tertulis.dokumen, catatan);
  return { status: 'ok', pesan: tertulis.pesan, dokumen: terbaru, catatan };
}

/** The request for data, then its SOP step ('nota-dinas-dibuat', `001_...txt` step 3) is done. */
export function buatNotaDinas(): HasilBuatDokumen {
  const hasil = buatSurat('Nota dinas', ({ ss, k, catatan, siklus, tanggal, label, simpan }) => {
    const tautan: Record<string, string> = {};
    for (const b of siklus.bidang) tautan[b.kode] = tautanBidang(ss, b.tab);
    if (siklus.persiapan) catatan.push('Tab bidang belum dibuka, jadi nota dinas menulis "tautan belum tersedia"; tautan tiap tab ada di panel setelah Mulai siklus.');
    const model = notaDinas(k, { periode: siklus.periode, tahun: siklus.tahun, tanggal, batasWaktu: batasSiklus(siklus), tautanBidang: tautan, nomor: '' });
    const dokumen = simpan(model, `Nota Dinas Permintaan Data ${label} — ${formatTanggal(tanggal)}`);
    withDocumentLock(() => catatNotaDinas(siklus.id, toIso(tanggal)));
    return { dokumen: [dokumen], pesan: `Nota dinas permintaan data ${label} dibuat: "${dokumen.nama}".` };
  });
  if (hasil.status === 'ok') withDocumentLock(() => peristiwaSop(spreadsheetAktif(), 'nota-dinas-dibuat'));
  return hasil;
}

/** The letters, then the SOP's step for them (`001_...txt` step 9) runs with a note naming the bidang. */
export function buatSuratPeringatan(): HasilBuatDokumen {
  let untuk: string[] = [];
  const hasil = buatSurat('Surat peringatan', ({ ss, k, pengaturan, catatan, siklus, tanggal, label, simpan }) => {
    if (siklus.persiapan) return ditolak(pesanMasihPersiapan(siklus));
    const { hariLibur } = k.pengaturan;
    // A bidang dropped from the Bidang tab after the start has nobody to address.
    const terlambat = bidangPerluPeringatan(siklus, toIso(tanggal), hariLibur).filter((b) => k.bidang.some((x) => x.kode === b.kode));
    if (terlambat.length === 0) {
      const mulai = awalMingguBerikutnya(siklus.batasWaktu, hariLibur);
      const sebab = toIso(tanggal) < mulai
        ? `Batas waktu ${tanggalTampil(siklus.batasWaktu)}; surat peringatan untuk bidang yang belum mengirim dapat dibuat mulai ${tanggalTampil(mulai)} (awal minggu berikutnya).`
        : 'Semua bidang sudah mengirim datanya.';
      return ditolak(`Tidak ada bidang yang perlu diberi surat peringatan. ${sebab}`);
    }
    const batasBaru = tanggalIso(tambahHariKerja(toIso(tanggal), hariBatasBaru(nilaiDariGrid(pengaturan, 'batasPeringatan'), catatan), hariLibur));
    const notaDinas = parseTanggalIso(tanggalNotaDinas(siklus.id) ?? '');
    const dokumen = terlambat.map((b) =>
      simpan(
        suratPeringatan(k, {
          kodeBidang: b.kode,
          periode: siklus.periode,
          tahun: siklus.tahun,
          tanggal,
          batasWaktu: batasSiklus(siklus),
          batasBaru,
          nomor: '',
          ...(notaDinas ? { notaDinas: { nomor: '', tanggal: notaDinas } } : {}),
          tautan: tautanBidang(ss, b.tab),
        }),
        `Surat Peringatan ${b.nama} ${label} — ${formatTanggal(tanggal)}`,
      ),
    );
    untuk = terlambat.map((b) => b.nama);
    return { dokumen, pesan: `${dokumen.length} surat peringatan dibuat, untuk ${untuk.join(', ')}; batas baru ${formatTanggal(batasBaru)}.` };
  });
  if (hasil.status === 'ok' && untuk.length > 0) {
    const catatan = `Surat peringatan Kepala dibuat untuk ${untuk.join(', ')}.`;
    withDocumentLock(() => peristiwaSop(spreadsheetAktif(), 'surat-peringatan-dibuat', { catatan }));
  }
  return hasil;
}
