/**
 * "Buat draf LKj" (admin only): a new Google Doc "LKj <instansi> <periode> <tahun> — draf <tanggal>"
 * in the output folder, from the recap of the open cycle (or the period asked for) — the built-in
 * layout, or the office's own template from Pengaturan ▸ Templat LKj. A re-export makes another
 * document and never replaces an earlier one. The document is rendered outside the document lock
 * (it takes a while and touches no workbook cell); the Log row and the sidebar's list are written
 * under it.
 */
import { WAJIB_TEMPLAT_LKJ, blokLkj, buatDrafLkj } from '../core/dokumen/lkj';
import { nilaiTemplate, templatLkjDariGrid } from '../core/dokumen/template';
import { bacaKonfigurasi, uraianMasalah } from '../core/konfigurasi/index';
import { labelPeriode } from '../core/periode';
import { buatRekap } from '../core/rekap/buat';
import type { Rekap } from '../core/rekap/model';
import { formatTanggal } from '../core/tanggal';
import type { Konfigurasi } from '../core/types';
import { bacaDataRekap } from '../gas/data-rekap';
import { catatDokumenBaru, hariIni, simpanDokumen, tempatKeluaran } from '../gas/dokumen-simpan';
import { isiTemplatDocs } from '../gas/dokumen-template';
import { periksaLog } from '../gas/log';
import { siklusAktif, siklusDengan } from '../gas/siklus-store';
import { bacaGridKonfigurasi } from '../gas/tab-konfigurasi';
import { penjalan, wajibAdmin, type Penjalan } from './akses';
import type { HasilBuatDokumen, MasukanBuatRekap } from './api-types';
import { peristiwaSop } from './sop';
import { withDocumentLock } from '../gas/kunci';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The admin gate and the configuration every document starts from. */
export function mulaiDokumen(ss: Spreadsheet): { siapa: Penjalan; grid: ReturnType<typeof bacaGridKonfigurasi>; hasil: ReturnType<typeof bacaKonfigurasi> } {
  const siapa = penjalan(ss);
  wajibAdmin(siapa);
  periksaLog(ss);
  const grid = bacaGridKonfigurasi(ss);
  return { siapa, grid, hasil: bacaKonfigurasi(grid) };
}

export function masalahKonfigurasi(masalah: Extract<ReturnType<typeof bacaKonfigurasi>, { ok: false }>['masalah']): HasilBuatDokumen {
  return { status: 'masalah', pesan: `Konfigurasi belum benar (${masalah.length} masalah). Perbaiki lalu coba lagi.`, masalah: [...masalah], uraian: masalah.map(uraianMasalah) };
}

/** The recap the draft is written from, or why there is none. */
function rekapUntuk(ss: Spreadsheet, k: Konfigurasi, masukan: MasukanBuatRekap): Rekap | string {
  const aktif = siklusAktif();
  const periode = masukan.periode ?? aktif?.periode;
  if (periode === undefined) return 'Belum ada siklus yang dimulai. Pilih periode, atau mulai siklus lebih dulu.';
  const tahun = masukan.tahun ?? (masukan.periode === undefined && aktif ? aktif.tahun : k.pengaturan.tahun);
  const siklus = siklusDengan(periode, tahun);
  if (siklus === null && periode !== 'TAHUNAN') return `Siklus ${labelPeriode(periode)} ${tahun} belum dimulai, jadi belum ada data untuk draf LKj.`;
  return buatRekap(bacaDataRekap(ss, k, { periode, tahun, sertakanDraf: masukan.sertakanDraf ?? false, siklus }));
}

export function buatDokumenLkj(masukan: MasukanBuatRekap = {}): HasilBuatDokumen {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { siapa, grid, hasil } = mulaiDokumen(ss);
  if (!hasil.ok) return masalahKonfigurasi(hasil.masalah);
  const k = hasil.konfigurasi;
  const rekap = rekapUntuk(ss, k, masukan);
  if (typeof rekap === 'string') return { status: 'ditolak', pesan: rekap };

  const tanggal = hariIni(ss);
  const label = `${labelPeriode(rekap.periode)} ${rekap.tahun}`;
  const nama = `LKj ${k.pengaturan.instansi} ${label} — draf ${formatTanggal(tanggal)}`;
  const tempat = tempatKeluaran(ss, k.pengaturan.folderKeluaran);
  const templat = templatLkjDariGrid(grid.pengaturan);
  const catatan: string[] = [];
  let dokumen: { nama: string; url: string };
  if (templat === '') {
    dokumen = simpanDokumen(buatDrafLkj(rekap, k, { tanggal }), tempat, nama);
  } else {
    const isi = isiTemplatDocs(templat, nama, tempat, {
      nilai: nilaiTemplate(k, { periode: rekap.periode, tahun: rekap.tahun, tanggal }),
      blok: blokLkj(rekap, k, { tanggal }),
      wajib: WAJIB_TEMPLAT_LKJ,
    });
    dokumen = isi;
    catatan.push(...isi.pesan);
  }
  if (tempat.catatan) catatan.push(tempat.catatan);
  const draf = rekap.statusBidang.filter((s) => s.dariDraf).length;
  if (draf > 0) catatan.push(`Data ${draf} bidang diambil dari draf yang belum dikirim.`);
  const belum = rekap.statusBidang.filter((s) => s.status !== 'terkirim' && !s.dariDraf).map((s) => s.nama);
  if (belum.length > 0) catatan.push(`Belum mengirim, jadi datanya kosong di draf: ${belum.join(', ')}.`);

  const terbaru = catatDokumenBaru(ss, siapa, 'Draf LKj', [dokumen], catatan);
  withDocumentLock(() => peristiwaSop(ss, 'draf-lkj-dibuat', { oleh: siapa.email }));
  return { status: 'ok', pesan: `Draf LKj ${label} dibuat: "${dokumen.nama}".`, dokumen: terbaru, catatan };
}

/** The sidebar's "Buat draf LKj (sertakan draf)": the open cycle, drafts of bidang that have not sent included and marked. */
export function buatDokumenLkjDenganDraf(): HasilBuatDokumen {
  return buatDokumenLkj({ sertakanDraf: true });
}
