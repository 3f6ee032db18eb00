/**
 * The open cycle's letters (admin only), each a new Google Doc in the output folder:
 *   buatNotaDinas()        — the memo of the SOPs' first steps to every Kabid: the period, the
 *                            deadline, what to fill, and a link to each bidang's tab;
 *   buatSuratPeringatan()  — the Kepala's warning letter to each bidang that has not sent its data
 *                            by the start of the week after the deadline (seed 001 step 9).
 * The Log rows and the sidebar's list are written under the document lock.
 */
import { buatNotaDinas as notaDinas } from '../core/dokumen/nota-dinas';
import { awalMingguBerikutnya, bidangPerluPeringatan, buatSuratPeringatan as suratPeringatan } from '../core/dokumen/surat-peringatan';
import { labelPeriode } from '../core/periode';
import { tambahHariKerja, tanggalTampil, type StatusSiklus } from '../core/siklus';
import { formatTanggal, parseTanggalIso, toIso, type TanggalLokal } from '../core/tanggal';
import type { Konfigurasi } from '../core/types';
import { catatDokumenBaru, hariIni, simpanDokumen, tempatKeluaran } from '../gas/dokumen-simpan';
import { siklusAktif } from '../gas/siklus-store';
import type { HasilBuatDokumen } from './api-types';
import { tautanTab } from './kirim';
import { masalahKonfigurasi, mulaiDokumen } from './lkj';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Working days a late bidang is given from the warning letter's date. */
export const HARI_KERJA_BATAS_BARU = 3;

const TANPA_SIKLUS = 'Belum ada siklus yang dimulai. Mulai siklus lebih dulu.';

/** Link to a bidang's tab; '' when the tab is gone. */
function tautanBidang(ss: Spreadsheet, tab: string): string {
  const sheet = ss.getSheetByName(tab);
  return sheet ? tautanTab(ss, sheet) : '';
}

function tanggalIso(iso: string): TanggalLokal {
  const t = parseTanggalIso(iso);
  if (t === null) throw new Error(`Batas waktu siklus "${iso}" bukan tanggal.`);
  return t;
}

/** Configuration and the open cycle, or the result that says why there is nothing to write. */
function siapkan(ss: Spreadsheet): { k: Konfigurasi; siklus: StatusSiklus; siapa: ReturnType<typeof mulaiDokumen>['siapa'] } | HasilBuatDokumen {
  const { siapa, hasil } = mulaiDokumen(ss);
  if (!hasil.ok) return masalahKonfigurasi(hasil.masalah);
  const siklus = siklusAktif();
  if (siklus === null) return { status: 'ditolak', pesan: TANPA_SIKLUS };
  return { k: hasil.konfigurasi, siklus, siapa };
}

export function buatNotaDinas(): HasilBuatDokumen {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const awal = siapkan(ss);
  if ('status' in awal) return awal;
  const { k, siklus, siapa } = awal;
  const tanggal = hariIni(ss);
  const tautan: Record<string, string> = {};
  for (const b of siklus.bidang) tautan[b.kode] = tautanBidang(ss, b.tab);
  const label = `${labelPeriode(siklus.periode)} ${siklus.tahun}`;
  const model = notaDinas(k, { periode: siklus.periode, tahun: siklus.tahun, tanggal, batasWaktu: tanggalIso(siklus.batasWaktu), tautanBidang: tautan, nomor: '' });
  const tempat = tempatKeluaran(ss, k.pengaturan.folderKeluaran);
  const dokumen = simpanDokumen(model, tempat, `Nota Dinas Permintaan Data ${label} — ${formatTanggal(tanggal)}`);
  const catatan = tempat.catatan ? [tempat.catatan] : [];
  const terbaru = catatDokumenBaru(ss, siapa, 'Nota dinas', [dokumen], catatan);
  return { status: 'ok', pesan: `Nota dinas permintaan data ${label} dibuat: "${dokumen.nama}".`, dokumen: terbaru, catatan };
}

export function buatSuratPeringatan(): HasilBuatDokumen {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const awal = siapkan(ss);
  if ('status' in awal) return awal;
  const { k, siklus, siapa } = awal;
  const tanggal = hariIni(ss);
  const { hariLibur } = k.pengaturan;
  // A bidang dropped from the Bidang tab after the start has nobody to address.
  const terlambat = bidangPerluPeringatan(siklus, toIso(tanggal), hariLibur).filter((b) => k.bidang.some((x) => x.kode === b.kode));
  if (terlambat.length === 0) {
    const mulai = awalMingguBerikutnya(siklus.batasWaktu, hariLibur);
    const sebab = toIso(tanggal) < mulai
      ? `Batas waktu ${tanggalTampil(siklus.batasWaktu)}; surat peringatan untuk bidang yang belum mengirim dapat dibuat mulai ${tanggalTampil(mulai)} (awal minggu berikutnya).`
      : 'Semua bidang sudah mengirim datanya.';
    return { status: 'ditolak', pesan: `Tidak ada bidang yang perlu diberi surat peringatan. ${sebab}` };
  }
  const label = `${labelPeriode(siklus.periode)} ${siklus.tahun}`;
  const batasBaru = tanggalIso(tambahHariKerja(toIso(tanggal), HARI_KERJA_BATAS_BARU, hariLibur));
  const tempat = tempatKeluaran(ss, k.pengaturan.folderKeluaran);
  const dokumen = terlambat.map((b) =>
    simpanDokumen(
      suratPeringatan(k, {
        kodeBidang: b.kode,
        periode: siklus.periode,
        tahun: siklus.tahun,
        tanggal,
        batasWaktu: tanggalIso(siklus.batasWaktu),
        batasBaru,
        nomor: '',
        tautan: tautanBidang(ss, b.tab),
      }),
      tempat,
      `Surat Peringatan ${b.nama} ${label} — ${formatTanggal(tanggal)}`,
    ),
  );
  const catatan = tempat.catatan ? [tempat.catatan] : [];
  const terbaru = catatDokumenBaru(ss, siapa, 'Surat peringatan', dokumen, catatan);
  return {
    status: 'ok',
    pesan: `${dokumen.length} surat peringatan dibuat, untuk ${terlambat.map((b) => b.nama).join(', ')}; batas baru ${formatTanggal(batasBaru)}.`,
    dokumen: terbaru,
    catatan,
  };
}
