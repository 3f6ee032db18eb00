/**
 * "Simpan realisasi triwulan sebelumnya" (admin only): for an office that starts mid-year, the
 * closed-quarter columns the admin typed into the open cycle's bidang tabs become those quarters'
 * submissions in Arsip Kiriman, with a Log row each (src/core/triwulan-sebelumnya.ts). Reads each
 * bidang tab once (values and formulas) and this year's archive once, under the document lock.
 */
import { bacaBarisLembar, twSebelumnya } from '../core/lembar-bidang';
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
    const tab: TabSebelumnya[] = [];
    for (const b of s.bidang) {
      const range = lembarBidang(ss, b).getDataRange();
      tab.push({ kodeBidang: b.kode, tab: b.tab, baris: bacaBarisLembar(range.getValues(), s.periode, b.tab).baris, rumus: range.getFormulas() });
    }
    const { arsip, semua } = arsipTahun(ss, s.tahun);
    const hasil = simpanSebelumnya({
      periode: s.periode, tahun: s.tahun, semua, arsip, tab, indikator: k.indikator, aturan: aturanDari(k), oleh: siapa.email, waktu: new Date().toISOString(),
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
