/**
 * "Kumpulkan data" (admin only): every bidang tab of the open cycle read once (one getValues per
 * tab) into the cycle's data set, with completeness ("4/5 terkirim") and every cell of a submitted
 * tab that no longer matches its snapshot ("berubah setelah dikirim").
 */
import { kirimanTerakhir, perubahanSejakKirim } from '../core/arsip';
import { BARIS_ARSIP_PERTAMA, statusTampil } from '../core/siklus';
import type { Masalah } from '../core/types';
import { uraianMasalahKiriman } from '../core/validasi-kiriman';
import { bacaArsipSejak } from '../gas/arsip';
import { barisTab } from '../gas/data-rekap';
import { withDocumentLock } from '../gas/kunci';
import { catat } from '../gas/log';
import { hariIni } from '../gas/sop-waktu';
import { labelSiklus } from '../core/periode';
import { adminSiap } from './akses';
import type { DataBidang, HasilKumpulkan } from './api-types';
import { wajibSiklus } from './kirim';
import { peristiwaSop } from './sop';
import { spreadsheetAktif } from '../gas/spreadsheet';

/** How many changed cells the message names (all are in `berubah`). */
const BERUBAH_DI_PESAN = 5;

export function kumpulkanData(): HasilKumpulkan {
  const ss = spreadsheetAktif();
  return withDocumentLock((): HasilKumpulkan => {
    const siapa = adminSiap(ss);
    const s = wajibSiklus();
    const hari = hariIni(ss);
    const arsip = bacaArsipSejak(ss, s.barisArsip ?? BARIS_ARSIP_PERTAMA);
    const berubah: Masalah[] = [];
    const data = s.bidang.map((b): DataBidang => {
      const baris = barisTab(ss, b.tab, s.periode) ?? [];
      const kiriman = kirimanTerakhir(arsip, s.id, b.kode);
      if (kiriman && b.status === 'terkirim') berubah.push(...perubahanSejakKirim(kiriman, baris, s.periode, b.tab));
      return { kode: b.kode, nama: b.nama, status: statusTampil(b, s.batasWaktu, hari), versi: kiriman?.versi ?? 0, isian: baris.map((x) => x.isian) };
    });
    const terkirim = s.bidang.filter((b) => b.status === 'terkirim').length;
    const uraian = berubah.map((m) => uraianMasalahKiriman(m, s.periode));
    const lebih = uraian.length > BERUBAH_DI_PESAN ? `; … dan ${uraian.length - BERUBAH_DI_PESAN} lagi` : '';
    const rincianBerubah = uraian.length > 0 ? ` ${uraian.length} sel berubah setelah dikirim: ${uraian.slice(0, BERUBAH_DI_PESAN).join('; ')}${lebih}` : '';
    const pesan = `${labelSiklus(s)}: ${terkirim}/${s.bidang.length} terkirim.${rincianBerubah}`;
    catat(ss, siapa, 'Kumpulkan data', `${labelSiklus(s)}; ${terkirim}/${s.bidang.length} terkirim; ${uraian.length} sel berubah setelah dikirim`);
    if (terkirim === s.bidang.length) peristiwaSop(ss, 'semua-terkirim', { oleh: siapa.email });
    return { status: 'ok', pesan, terkirim, jumlahBidang: s.bidang.length, data, berubah: uraian };
  });
}
