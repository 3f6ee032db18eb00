/**
 * "Buat rekap" (admin only): builds — or rebuilds in place — "Rekap TW n <tahun>" / "Rekap Tahunan
 * <tahun>" from what the bidang submitted (drafts only when asked, marked "(draf)"), with a chart
 * of capaian per bidang and per sasaran, and a Log row. The tab is a record: values, not formulas.
 */
import { bacaKonfigurasi, uraianMasalah } from '../core/konfigurasi/index';
import { labelPeriode } from '../core/periode';
import { buatRekap, judulRekap } from '../core/rekap/buat';
import { rekapKeGrid } from '../core/rekap/grid';
import type { Rekap } from '../core/rekap/model';
import { siklusAktif, siklusDengan } from '../gas/siklus-store';
import { bacaDataRekap } from '../gas/data-rekap';
import { peristiwaSop } from './sop';
import { withDocumentLock } from '../gas/kunci';
import { catatLog, periksaLog } from '../gas/log';
import { tulisTabRekap } from '../gas/rekap-tab';
import { bacaGridKonfigurasi } from '../gas/tab-konfigurasi';
import { penjalan, wajibAdmin } from './akses';
import type { HasilBuatRekap, MasukanBuatRekap } from './api-types';

/** "3 dari 5 bidang terkirim; draf 1 bidang" — for the message and the Log. */
function ringkasanKiriman(rekap: Rekap): string {
  const terkirim = rekap.statusBidang.filter((s) => s.status === 'terkirim').length;
  const draf = rekap.statusBidang.filter((s) => s.dariDraf && s.terisi > 0).length;
  const bagian = [`${terkirim} dari ${rekap.statusBidang.length} bidang terkirim`];
  if (rekap.sertakanDraf) bagian.push(draf > 0 ? `data draf ${draf} bidang disertakan` : 'tidak ada data draf');
  return bagian.join('; ');
}

export function buatTabRekap(masukan: MasukanBuatRekap = {}): HasilBuatRekap {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => {
    const siapa = penjalan(ss);
    wajibAdmin(siapa);
    periksaLog(ss);
    const aktif = siklusAktif();
    const periode = masukan.periode ?? aktif?.periode;
    if (periode === undefined) {
      return { status: 'ditolak', pesan: 'Belum ada siklus yang dimulai. Pilih periode rekap, atau mulai siklus lebih dulu.' };
    }
    const konfigurasi = bacaKonfigurasi(bacaGridKonfigurasi(ss));
    if (!konfigurasi.ok) {
      const { masalah } = konfigurasi;
      return { status: 'masalah', pesan: `Konfigurasi belum benar (${masalah.length} masalah). Perbaiki lalu coba lagi.`, masalah: [...masalah], uraian: masalah.map(uraianMasalah) };
    }
    const k = konfigurasi.konfigurasi;
    // Without a period the open cycle's year; with one, the year asked for, else Pengaturan's.
    const tahun = masukan.tahun ?? (masukan.periode === undefined && aktif ? aktif.tahun : k.pengaturan.tahun);
    const siklus = siklusDengan(periode, tahun);
    if (siklus === null && periode !== 'TAHUNAN') {
      return { status: 'ditolak', pesan: `Siklus ${labelPeriode(periode)} ${tahun} belum dimulai, jadi belum ada data untuk direkap.` };
    }
    const rekap = buatRekap(bacaDataRekap(ss, k, { periode, tahun, sertakanDraf: masukan.sertakanDraf ?? false, siklus }));
    const zonaWaktu = ss.getSpreadsheetTimeZone();
    const tanggalCetak = Utilities.formatDate(new Date(), zonaWaktu, 'yyyy-MM-dd');
    const judul = judulRekap(periode, tahun);
    const label = `${labelPeriode(periode)} ${tahun}`;
    tulisTabRekap(ss, judul, rekapKeGrid(rekap, { tanggalCetak, zonaWaktu }), {
      capaianPerBidang: `Rata-rata capaian per bidang, ${label} (%)`,
      capaianPerSasaran: `Rata-rata capaian per sasaran strategis, ${label} (%)`,
    });
    const ringkasan = ringkasanKiriman(rekap);
    catatLog(ss, siapa.email, siapa.adminEmails, [{ tindakan: 'Buat rekap', rincian: `${judul}; ${ringkasan}` }]);
    if (siklus !== null && siklus.id === aktif?.id) peristiwaSop(ss, 'rekap-dibuat', { oleh: siapa.email });
    return { status: 'ok', pesan: `Tab "${judul}" selesai dibuat: ${ringkasan}.`, tab: judul };
  });
}

/** The sidebar's "Buat rekap (dengan draf)": the open cycle's recap, drafts included and marked. */
export function buatRekapDenganDraf(): HasilBuatRekap {
  return buatTabRekap({ sertakanDraf: true });
}
