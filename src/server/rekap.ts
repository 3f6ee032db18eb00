/**
 * "Buat rekap" (admin only): builds — or rebuilds in place — the tab "Rekap TW1-26" / "Rekap THN-26"
 * (titled "Rekap TW I 2026" / "Rekap Tahunan 2026") from what the bidang submitted (drafts only when asked, marked "(draf)"), with a chart
 * of capaian per bidang and per sasaran, and a Log row. The tab is a record: values, not formulas.
 * The annual recap also sets each figure against the Renstra tab's end target, a cumulative one
 * over the Riwayat Capaian years (src/core/rekap/capaian-renstra.ts), as the LKj's analysis 3 does.
 */
import { labelSiklus } from '../core/periode';
import { buatRekap, judulRekap } from '../core/rekap/buat';
import { namaTabRekap } from '../core/nama-tab';
import { rekapKeGrid } from '../core/rekap/grid';
import type { Rekap } from '../core/rekap/model';
import { pernahDibuka, type StatusSiklus } from '../core/siklus';
import type { Konfigurasi, Periode } from '../core/types';
import type { Renstra } from '../core/konfigurasi/renstra';
import { denganTahunLalu, type RiwayatIndikator } from '../core/riwayat';
import { bacaDataRekap } from '../gas/data-rekap';
import { bacaRiwayatTab } from '../gas/riwayat';
import { withDocumentLock } from '../gas/kunci';
import { catat } from '../gas/log';
import { lindungiTab } from '../gas/proteksi-admin';
import { tulisTabRekap } from '../gas/rekap-tab';
import { pesanMasihPersiapan, siklusAktif, siklusDengan } from '../gas/siklus-store';
import { hariIni } from '../gas/sop-waktu';
import { adminSiap, type Penjalan } from './akses';
import type { HasilBuatRekap, MasukanBuatRekap } from './api-types';
import { bacaKonfigurasiSs, ditolak, hasilMasalah, type Ditolak, type HasilMasalah } from './konfigurasi';
import type { GridKonfigurasi } from '../core/konfigurasi/index';
import { bacaRenstraSs } from './renstra-narasi';
import { peristiwaSop } from './sop';
import { spreadsheetAktif } from '../gas/spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** "3 dari 5 bidang terkirim; draf 1 bidang" — for the message and the Log. */
function ringkasanKiriman(rekap: Rekap): string {
  const terkirim = rekap.statusBidang.filter((s) => s.status === 'terkirim').length;
  const draf = rekap.statusBidang.filter((s) => s.dariDraf && s.terisi > 0).length;
  const bagian = [`${terkirim} dari ${rekap.statusBidang.length} bidang terkirim`];
  if (rekap.sertakanDraf) bagian.push(draf > 0 ? `data draf ${draf} bidang disertakan` : 'tidak ada data draf');
  return bagian.join('; ');
}

/** The period, year and cycle a recap or LKj draft is for; `Rekap` built from them. */
export interface SasaranRekap {
  readonly periode: Periode;
  readonly tahun: number;
  /** The cycle of that period and year; null when never started (allowed for Tahunan only). */
  readonly siklus: StatusSiklus | null;
  /** The cycle is the open one: its SOP may advance. */
  readonly siklusAktif: boolean;
}

/**
 * Absent fields = the open cycle's period and year; a period without a year = the year in
 * Pengaturan. Returns why there is nothing to build (`untuk`: "direkap", "draf LKj") instead.
 */
function sasaranRekap(masukan: MasukanBuatRekap, k: Konfigurasi, untuk: string): SasaranRekap | string {
  const aktif = siklusAktif();
  const periode = masukan.periode ?? aktif?.periode;
  if (periode === undefined) return 'Belum ada siklus yang dimulai. Pilih periode, atau mulai siklus lebih dulu.';
  const tahun = masukan.tahun ?? (masukan.periode === undefined && aktif ? aktif.tahun : k.pengaturan.tahun);
  const dengan = siklusDengan(periode, tahun);
  // A Tahunan cycle only prepared has no submissions yet: its recap is TW I–IV's, as without one.
  const siklus = periode === 'TAHUNAN' && !pernahDibuka(dengan) ? null : dengan;
  if (siklus === null && periode !== 'TAHUNAN') return `Siklus ${labelSiklus({ periode, tahun })} belum dimulai, jadi belum ada data untuk ${untuk}.`;
  if (siklus?.persiapan) return pesanMasihPersiapan(siklus);
  return { periode, tahun, siklus, siklusAktif: siklus !== null && siklus.id === aktif?.id };
}

/** What a recap or an LKj draft is built from: the admin, the configuration, the period and the recap. */
export interface BahanRekap {
  readonly siapa: Penjalan;
  readonly k: Konfigurasi;
  readonly grid: GridKonfigurasi;
  readonly sasaran: SasaranRekap;
  readonly rekap: Rekap;
  /** The annual recap's Renstra tab and earlier years (what its Renstra columns measure with); null for a quarter. */
  readonly tahunan: { readonly renstra: Renstra; readonly riwayat: readonly RiwayatIndikator[] } | null;
}

/**
 * The annual recap's Renstra tab (one read) and earlier years — the Riwayat Capaian tab (one read;
 * Tutup tahun fills it), n − 1 from Indikator ▸ Realisasi tahun lalu where it has none — or the
 * Renstra tab's problems.
 */
function bahanTahunan(ss: Spreadsheet, k: Konfigurasi, tahun: number): NonNullable<BahanRekap['tahunan']> | HasilMasalah {
  const { renstra, masalah } = bacaRenstraSs(ss, k);
  if (masalah.length > 0) return hasilMasalah('Tab Renstra', masalah);
  return { renstra, riwayat: denganTahunLalu(bacaRiwayatTab(ss), k.indikator, tahun) };
}

/**
 * The admin gate, the configuration, the period (`untuk`: as `sasaranRekap`) and the recap of it
 * from the workbook; the answer to return instead when the configuration has problems or there
 * is nothing to build.
 */
export function bahanRekap(ss: Spreadsheet, masukan: MasukanBuatRekap, untuk: string): BahanRekap | HasilMasalah | Ditolak {
  const siapa = adminSiap(ss);
  const { grid, hasil } = bacaKonfigurasiSs(ss);
  if (!hasil.ok) return hasilMasalah('Konfigurasi', hasil.masalah);
  const k = hasil.konfigurasi;
  const sasaran = sasaranRekap(masukan, k, untuk);
  if (typeof sasaran === 'string') return ditolak(sasaran);
  const tahunan = sasaran.periode === 'TAHUNAN' ? bahanTahunan(ss, k, sasaran.tahun) : null;
  if (tahunan !== null && 'status' in tahunan) return tahunan;
  const data = bacaDataRekap(ss, k, { periode: sasaran.periode, tahun: sasaran.tahun, sertakanDraf: masukan.sertakanDraf ?? false, siklus: sasaran.siklus });
  return { siapa, k, grid, sasaran, rekap: buatRekap({ ...data, ...tahunan }), tahunan };
}

export function buatTabRekap(masukan: MasukanBuatRekap = {}): HasilBuatRekap {
  const ss = spreadsheetAktif();
  return withDocumentLock((): HasilBuatRekap => {
    const bahan = bahanRekap(ss, masukan, 'direkap');
    if ('status' in bahan) return bahan;
    const { siapa, sasaran, rekap } = bahan;
    const judul = judulRekap(sasaran.periode, sasaran.tahun);
    const nama = namaTabRekap(sasaran.periode, sasaran.tahun);
    const label = labelSiklus(sasaran);
    const tab = tulisTabRekap(ss, nama, rekapKeGrid(rekap, { tanggalCetak: hariIni(ss), zonaWaktu: ss.getSpreadsheetTimeZone() }), {
      capaianPerBidang: `Rata-rata capaian per bidang, ${label} (%)`,
      capaianPerSasaran: `Rata-rata capaian per sasaran strategis, ${label} (%)`,
    });
    lindungiTab(tab, siapa.email, siapa.adminEmails);
    const ringkasan = ringkasanKiriman(rekap);
    catat(ss, siapa, 'Buat rekap', `${judul}; ${ringkasan}`);
    if (sasaran.siklusAktif) peristiwaSop(ss, 'rekap-dibuat', { oleh: siapa.email });
    return { status: 'ok', pesan: `${judul} selesai dibuat di tab "${nama}": ${ringkasan}.`, tab: nama };
  });
}

/** The sidebar's "Buat rekap (dengan draf)": the open cycle's recap, drafts included and marked. */
export function buatRekapDenganDraf(): HasilBuatRekap {
  return buatTabRekap({ sertakanDraf: true });
}
