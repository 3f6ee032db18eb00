/**
 * "Buat draf LKj" (admin only): a new Google Doc "LKj <instansi> <periode> <tahun> — draf <tanggal>"
 * — for a quarter by default the shorter "Laporan Capaian Kinerja …" (Pengaturan ▸ Laporan
 * triwulan) — in the output folder (Lapkin's own Drive folder, src/gas/dokumen-simpan.ts), from the recap of
 * the open cycle (or the period asked for) — the built-in layout, or the office's own template from
 * Pengaturan ▸ Templat LKj. A re-export makes another
 * document and never replaces an earlier one. The document is rendered outside the document lock
 * (it takes a while and touches no workbook cell); the Log row and the sidebar's list are written
 * under it.
 */
import { WAJIB_TEMPLAT_LKJ, blokLkj, buatDrafLkj, judulLkj, type OpsiLkj } from '../core/dokumen/lkj';
import { buatLaporanTriwulan } from '../core/dokumen/laporan-triwulan';
import { bacaLogo } from '../core/dokumen/logo';
import { nilaiDariGrid } from '../core/konfigurasi/pengaturan';
import { LAPORAN_TRIWULAN } from '../core/konfigurasi/skema';
import { hasilMasalah, type HasilMasalah } from './konfigurasi';
import { bacaNarasiSs, bacaRenstraSs } from './renstra-narasi';
import { nilaiTemplate, templatLkjDariGrid } from '../core/dokumen/template';
import { labelSiklus } from '../core/periode';
import { formatTanggal, tanggalIso } from '../core/tanggal';
import { catatDokumenBaru, simpanDokumen, tempatKeluaran, type DokumenDibuat } from '../gas/dokumen-simpan';
import { hariIni } from '../gas/sop-waktu';
import { isiTemplatDocs } from '../gas/dokumen-template';
import { PESAN_NOMOR_HALAMAN } from '../gas/dokumen-docs-api';
import { withDocumentLock } from '../gas/kunci';
import type { HasilBuatDokumen, MasukanBuatRekap } from './api-types';
import { bahanRekap, type BahanRekap } from './rekap';
import { peristiwaSop } from './sop';
import { spreadsheetAktif } from '../gas/spreadsheet';
import type { Konfigurasi } from '../core/types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The full LKj's Renstra tab — the annual recap's, read and checked already — and Narasi tab; their
 * problems refuse it.
 */
function renstraNarasi(ss: Spreadsheet, k: Konfigurasi, tahunan: BahanRekap['tahunan']): Pick<OpsiLkj, 'renstra' | 'narasi'> | HasilMasalah {
  const renstra = tahunan ? { renstra: tahunan.renstra, masalah: [] } : bacaRenstraSs(ss, k);
  const narasi = bacaNarasiSs(ss);
  const masalah = [...renstra.masalah, ...narasi.masalah];
  return masalah.length > 0 ? hasilMasalah('Tab Renstra atau Narasi', masalah) : { renstra: renstra.renstra, narasi: narasi.narasi };
}

export function buatDokumenLkj(masukan: MasukanBuatRekap = {}): HasilBuatDokumen {
  const ss = spreadsheetAktif();
  const bahan = bahanRekap(ss, masukan, 'draf LKj');
  if ('status' in bahan) return bahan;
  const { siapa, k, grid, sasaran, rekap, tahunan } = bahan;

  const tanggal = tanggalIso(hariIni(ss));
  const label = labelSiklus(rekap);
  const catatan: string[] = [];
  const logo = bacaLogo(nilaiDariGrid(grid.pengaturan, 'logo'));
  if (typeof logo === 'string') catatan.push(logo);
  // A quarter gets the Laporan Capaian Kinerja, unless Pengaturan ▸ Laporan triwulan asks for the full
  // LKj or the office set its own LKj template.
  const templat = templatLkjDariGrid(grid.pengaturan);
  const ringkas = templat === '' && rekap.periode !== 'TAHUNAN' && nilaiDariGrid(grid.pengaturan, 'laporanTriwulan').toLowerCase() !== LAPORAN_TRIWULAN.lkj.toLowerCase();
  // The full LKj's Renstra and Narasi tabs (BAB I, II, III, IV); the short report uses neither.
  const lengkap = ringkas ? {} : renstraNarasi(ss, k, tahunan);
  if ('status' in lengkap) return lengkap;
  const opsi: OpsiLkj = {
    tanggal,
    ...lengkap,
    // Earlier years, for the annual LKj's year-on-year analysis: the annual recap's.
    ...(tahunan ? { riwayat: tahunan.riwayat } : {}),
    ...(logo && typeof logo !== 'string' ? { logo } : {}),
  };
  const nama = `${ringkas ? 'Laporan Capaian Kinerja' : 'LKj'} ${k.pengaturan.instansi} ${label} — draf ${formatTanggal(tanggal)}`;
  const tempat = tempatKeluaran(ss, k.pengaturan.folderKeluaran, siapa.email);
  let dokumen: DokumenDibuat;
  if (templat === '') {
    dokumen = simpanDokumen(ringkas ? buatLaporanTriwulan(rekap, k, opsi) : buatDrafLkj(rekap, k, opsi), tempat, nama);
  } else {
    const isi = isiTemplatDocs(templat, nama, judulLkj(rekap), tempat, {
      nilai: nilaiTemplate(k, { periode: rekap.periode, tahun: rekap.tahun, tanggal }),
      blok: blokLkj(rekap, k, opsi),
      wajib: WAJIB_TEMPLAT_LKJ,
    });
    dokumen = isi;
    catatan.push(...isi.pesan);
  }
  catatan.push(PESAN_NOMOR_HALAMAN, ...tempat.catatan);
  const draf = rekap.statusBidang.filter((s) => s.dariDraf).length;
  if (draf > 0) catatan.push(`Data ${draf} bidang diambil dari draf yang belum dikirim.`);
  const belum = rekap.statusBidang.filter((s) => s.status !== 'terkirim' && !s.dariDraf).map((s) => s.nama);
  if (belum.length > 0) catatan.push(`Belum mengirim, jadi datanya kosong di draf: ${belum.join(', ')}.`);

  const terbaru = catatDokumenBaru(ss, siapa, 'Draf LKj', [dokumen], catatan);
  // Only a draft of the open cycle's own period advances its SOP.
  if (sasaran.siklusAktif) withDocumentLock(() => peristiwaSop(ss, 'draf-lkj-dibuat', { oleh: siapa.email }));
  return { status: 'ok', pesan: `Draf ${ringkas ? 'Laporan Capaian Kinerja' : 'LKj'} ${label} dibuat: "${dokumen.nama}".`, dokumen: terbaru, catatan };
}

/** The sidebar's "Buat draf LKj (sertakan draf)": the open cycle, drafts of bidang that have not sent included and marked. */
export function buatDokumenLkjDenganDraf(): HasilBuatDokumen {
  return buatDokumenLkj({ sertakanDraf: true });
}
