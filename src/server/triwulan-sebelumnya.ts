/**
 * "Simpan realisasi triwulan sebelumnya" (admin only): for an office that starts mid-year, the
 * closed-quarter columns the admin typed into the open cycle's bidang tabs become those quarters'
 * submissions in Arsip Kiriman, with a Log row each (src/core/triwulan-sebelumnya.ts), and the tabs'
 * computed cells are written again with them. Reads each bidang tab once (values and formulas) and
 * this year's archive once, under the document lock.
 */
import { BARIS_DATA_PERTAMA, bacaBarisLembar, rumusHitungUlang, twSebelumnya } from '../core/lembar-bidang';
import { labelPeriode, labelSiklus, PERIODE } from '../core/periode';
import { idSiklus } from '../core/siklus';
import { simpanSebelumnya, type TabSebelumnya } from '../core/triwulan-sebelumnya';
import { uraianMasalahKiriman } from '../core/validasi-kiriman';
import { tambahKiriman } from '../gas/arsip';
import { arsipTahun } from '../gas/data-rekap';
import { withDocumentLock } from '../gas/kunci';
import { catatLog } from '../gas/log';
import { spreadsheetAktif } from '../gas/spreadsheet';
import { adminSiap } from './akses';
import type { HasilAksi } from './api-types';
import { lembarBidang, wajibSiklus } from './kirim';
import { aturanDari, ditolak, konfigurasiSah } from './konfigurasi';

const TINDAKAN = 'Simpan realisasi triwulan sebelumnya';

export function simpanTriwulanSebelumnya(): HasilAksi {
  const ss = spreadsheetAktif();
  return withDocumentLock((): HasilAksi => {
    const siapa = adminSiap(ss);
    const s = wajibSiklus();
    const label = labelSiklus(s);
    if (twSebelumnya(s.periode).length === 0) return ditolak(`Siklus ${label} tidak punya triwulan sebelumnya; tidak ada yang disimpan.`);
    const k = konfigurasiSah(ss);
    const aturan = aturanDari(k);
    const tab: TabSebelumnya[] = [];
    const lembar = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
    for (const b of s.bidang) {
      const sheet = lembarBidang(ss, b);
      lembar.set(b.kode, sheet);
      const range = sheet.getDataRange();
      tab.push({ kodeBidang: b.kode, tab: b.tab, baris: bacaBarisLembar(range.getValues(), s.periode, b.tab).baris, rumus: range.getFormulas() });
    }
    const { arsip, semua } = arsipTahun(ss, s.tahun);
    const hasil = simpanSebelumnya({
      periode: s.periode, tahun: s.tahun, semua, arsip, tab, indikator: k.indikator, aturan, oleh: siapa.email, waktu: new Date().toISOString(),
    });
    if (hasil.masalah.length > 0) {
      return {
        status: 'masalah',
        pesan: `Realisasi triwulan sebelumnya belum benar (${hasil.masalah.length} masalah); tidak ada yang disimpan.`,
        masalah: hasil.masalah,
        uraian: hasil.masalah.map((m) => uraianMasalahKiriman(m, s.periode)),
      };
    }
    const berjalan = hasil.berjalan.length > 0 ? ` ${hasil.berjalan.join(', ')} berjalan sebagai siklus, jadi memakai kiriman bidangnya.` : '';
    if (hasil.kiriman.length === 0) return ditolak(`Tidak ada perubahan pada kolom realisasi triwulan sebelumnya di tab bidang ${label}; tidak ada yang disimpan.${berjalan}`);
    for (const kiriman of hasil.kiriman) tambahKiriman(ss, kiriman, siapa.email, siapa.adminEmails);
    // The tabs' s.d. and capaian formulas hold the closed quarters as numbers: write them again with the saved ones.
    for (const t of tab) {
      if (!hasil.kiriman.some((x) => x.bidang === t.kodeBidang)) continue;
      const ulang = rumusHitungUlang(s.periode, t.baris, k.indikator, t.kodeBidang, aturan, t.rumus);
      if (ulang) lembar.get(t.kodeBidang)?.getRange(BARIS_DATA_PERTAMA, ulang.kolom, ulang.rumus.length, ulang.rumus[0].length).setFormulas(ulang.rumus);
    }
    const nama = (kode: string): string => s.bidang.find((b) => b.kode === kode)?.nama ?? kode;
    const periode = (id: string): string => labelPeriode(PERIODE.find((p) => idSiklus(p, s.tahun) === id) ?? s.periode);
    catatLog(ss, siapa.email, siapa.adminEmails, hasil.kiriman.map((x) => ({
      tindakan: TINDAKAN,
      rincian: `${periode(x.siklus)} ${s.tahun}; ${nama(x.bidang)}; versi ${x.versi}; ${x.isian.filter((i) => i.realisasi !== null).length} realisasi diisi admin dari tab ${s.bidang.find((b) => b.kode === x.bidang)?.tab ?? ''}`,
    })));
    const triwulan = [...new Set(hasil.kiriman.map((x) => periode(x.siklus)))].join(', ');
    return { status: 'ok', pesan: `Realisasi ${triwulan} ${s.tahun} disimpan untuk ${new Set(hasil.kiriman.map((x) => x.bidang)).size} bidang dan dicatat di Log; rekap dan draf laporan memakainya.${berjalan}` };
  });
}
