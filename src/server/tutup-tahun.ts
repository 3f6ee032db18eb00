/**
 * "Tutup tahun" (admin only): the year-end step that starts the next year cleanly in the same
 * spreadsheet (with the `spreadsheets.currentonly` scope Lapkin cannot make a new one):
 * - the year's history — target, realisasi and capaian per indicator, as the annual recap computes
 *   them from what was submitted — goes to the hidden "Riwayat Capaian" tab (src/core/riwayat.ts),
 *   and each realisasi becomes the indicator's "Realisasi tahun lalu" for next year's LKj;
 * - the year's cycle tabs (bidang, SOP status, quarterly recaps) are hidden, not deleted; the annual
 *   recap, the configuration, Arsip Kiriman and the Log stay as they are;
 * - the year's cycles are compacted in the document properties (one value each, no per-bidang
 *   values, no SOP or reminder records), so the store does not fill over the years;
 * - a Log row, then Pengaturan ▸ Tahun becomes the next year. Targets stay for the admin to update.
 * A run cut off before its last step is run again as a whole: every step writes the same result.
 */
import { labelSiklus, PERIODE } from '../core/periode';
import { buatRekap, judulRekap } from '../core/rekap/buat';
import { riwayatDariRekap } from '../core/riwayat';
import { ringkasSiklus, type StatusSiklus } from '../core/siklus';
import { namaTabStatusSop } from '../core/sop/lembar';
import { bacaDataRekap } from '../gas/data-rekap';
import { withDocumentLock } from '../gas/kunci';
import { catat } from '../gas/log';
import { AWALAN_PENGINGAT } from '../gas/pengingat-store';
import { tulisRiwayatTahun } from '../gas/riwayat';
import { KUNCI_AKTIF, semuaSiklus } from '../gas/siklus-store';
import { sembunyikanTab, spreadsheetAktif } from '../gas/spreadsheet';
import { emailEfektif } from '../gas/pengguna';
import { isiRealisasiTahunLalu, tulisTahunPengaturan, ubahProperti } from '../gas/tutup-tahun';
import { adminSiap } from './akses';
import type { HasilAksi } from './api-types';
import { bacaKonfigurasiSs, ditolak, hasilMasalah } from './konfigurasi';

export interface MasukanTutupTahun {
  /** Close although the open cycle still has bidang that have not submitted. */
  readonly konfirmasi?: boolean;
}

export type HasilTutupTahun = HasilAksi | { readonly status: 'perlu-konfirmasi'; readonly pesan: string };

/** The tabs a closed year hides: its bidang tabs, SOP status tabs and quarterly recaps. */
function tabTahun(siklus: readonly StatusSiklus[], tahun: number): Set<string> {
  const nama = new Set<string>();
  for (const s of siklus) {
    for (const b of s.bidang) nama.add(b.tab);
    nama.add(namaTabStatusSop(labelSiklus(s)));
  }
  for (const p of PERIODE.slice(0, 4)) nama.add(judulRekap(p, tahun));
  return nama;
}

/** The property changes compacting the closed year's cycles (src/core/siklus.ts `ringkasSiklus`). */
function ringkasProperti(semua: Readonly<Record<string, string>>, siklus: readonly StatusSiklus[]): Record<string, string | null> {
  const ubah: Record<string, string | null> = {};
  for (const s of siklus) {
    Object.assign(ubah, ringkasSiklus(s));
    ubah[AWALAN_PENGINGAT + s.id] = null;
    for (const k of Object.keys(semua)) if (k === `lapkin.sop.${s.id}` || k.startsWith(`lapkin.sop.${s.id}.`)) ubah[k] = null;
    if (semua[KUNCI_AKTIF] === s.id) ubah[KUNCI_AKTIF] = null;
  }
  for (const k of Object.keys(ubah)) if (ubah[k] === null && !(k in semua)) delete ubah[k];
  return ubah;
}

export function tutupTahun(masukan?: MasukanTutupTahun): HasilTutupTahun {
  const ss = spreadsheetAktif();
  return withDocumentLock((): HasilTutupTahun => {
    const siapa = adminSiap(ss);
    const { grid, hasil } = bacaKonfigurasiSs(ss);
    if (!hasil.ok) return hasilMasalah('Konfigurasi', hasil.masalah);
    const k = hasil.konfigurasi;
    const tahun = k.pengaturan.tahun;
    const siklus = semuaSiklus().filter((s) => s.tahun === tahun);
    if (siklus.length === 0) return ditolak(`Belum ada siklus tahun ${tahun} (tab Pengaturan ▸ Tahun); tidak ada yang ditutup.`);
    const belum = siklus.flatMap((s) => s.bidang.filter((b) => b.status !== 'terkirim').map((b) => `${b.nama} (${labelSiklus(s)})`));
    if (belum.length > 0 && !masukan?.konfirmasi) {
      return {
        status: 'perlu-konfirmasi',
        pesan: `${belum.length} isian tahun ${tahun} belum dikirim: ${belum.slice(0, 5).join(', ')}${belum.length > 5 ? ', …' : ''}. Tutup tahun ${tahun} juga? Riwayat memakai yang sudah dikirim saja; tab siklusnya disembunyikan, tidak dihapus.`,
      };
    }

    const tahunan = siklus.find((s) => s.periode === 'TAHUNAN') ?? null;
    const rekap = buatRekap(bacaDataRekap(ss, k, { periode: 'TAHUNAN', tahun, sertakanDraf: false, siklus: tahunan }));
    const riwayat = riwayatDariRekap(tahun, rekap.sasaran.flatMap((s) => s.baris));
    const saya = emailEfektif();
    tulisRiwayatTahun(ss, tahun, riwayat, saya, siapa.adminEmails);
    const diisi = isiRealisasiTahunLalu(ss, grid.indikator ?? [], riwayat);
    const disembunyikan = sembunyikanTab(ss, tabTahun(siklus, tahun));
    ubahProperti((semua) => ringkasProperti(semua, siklus));
    const baru = tahun + 1;
    catat(ss, siapa, 'Tutup tahun', `${tahun}; riwayat ${riwayat.length} indikator; realisasi tahun lalu diisi untuk ${diisi} indikator; ${disembunyikan} tab disembunyikan; ${siklus.length} siklus diringkas; tahun berikut ${baru}`);
    tulisTahunPengaturan(ss, grid.pengaturan ?? [], baru);
    return {
      status: 'ok',
      pesan: `Tahun ${tahun} ditutup: riwayat capaian ${riwayat.length} indikator disimpan (tab Riwayat Capaian), Realisasi tahun lalu diisi untuk ${diisi} indikator, ${disembunyikan} tab siklus ${tahun} disembunyikan (Lihat ▸ Sheet tersembunyi untuk membukanya). Pengaturan ▸ Tahun sekarang ${baru}: perbarui target di tab Indikator sebelum Mulai siklus TW I ${baru}.`,
    };
  });
}
