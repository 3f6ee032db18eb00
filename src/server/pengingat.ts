/**
 * "Kirim pengingat" (admin only): an e-mail to the Kabid and staff of late bidang, with a link to
 * their tab and none of the data, as many as the daily mail quota allows (domain.md §7: 100
 * recipients a day on consumer accounts), most late first (src/core/pengingat.ts). Whoever is not
 * mailed is named with the reason; a later run mails them first.
 */
import { kelompokPenerima, rencanaPengingat } from '../core/pengingat';
import { statusTampil, tanggalTampil } from '../core/siklus';
import { bacaCatatanPengingat, simpanCatatanPengingat } from '../gas/pengingat-store';
import { withDocumentLock } from '../gas/kunci';
import { catat } from '../gas/log';
import { hariIni } from '../gas/sop-waktu';
import { labelSiklus } from '../core/periode';
import { adminSiap } from './akses';
import type { HasilAksi } from './api-types';
import { lembarBidang, tautanTab, wajibSiklus } from './kirim';
import { ditolak, konfigurasiSah } from './konfigurasi';
import { spreadsheetAktif } from '../gas/spreadsheet';

export interface Surel {
  readonly kepada: readonly string[];
  readonly subjek: string;
  readonly isi: string;
}

/**
 * Sends every mail in `surel`, or none when the remaining daily quota does not cover all their
 * recipients; null when sent, else the Indonesian reason.
 */
export function kirimSemuaSurel(surel: readonly Surel[]): string | null {
  const perlu = surel.reduce((n, s) => n + s.kepada.length, 0);
  if (perlu === 0) return null;
  const sisa = MailApp.getRemainingDailyQuota();
  if (sisa < perlu) {
    return `kuota e-mail harian tidak cukup (perlu ${perlu} penerima, sisa ${sisa}). Tidak ada e-mail yang dikirim; coba lagi besok.`;
  }
  for (const s of surel) MailApp.sendEmail({ to: s.kepada.join(','), subject: s.subjek, body: s.isi, name: 'Lapkin' });
  return null;
}

export function kirimPengingat(): HasilAksi {
  const ss = spreadsheetAktif();
  return withDocumentLock((): HasilAksi => {
    const siapa = adminSiap(ss);
    const s = wajibSiklus();
    const label = labelSiklus(s);
    const k = konfigurasiSah(ss);
    if (!k.pengaturan.kirimEmail) {
      return ditolak('Pengiriman e-mail dimatikan (tab Pengaturan ▸ Kirim e-mail: Tidak). Tidak ada pengingat yang dikirim.');
    }
    const batas = tanggalTampil(s.batasWaktu);
    const hari = hariIni(ss);
    const terlambat = s.bidang.filter((b) => statusTampil(b, s.batasWaktu, hari) === 'terlambat');
    if (terlambat.length === 0) {
      return ditolak(`Tidak ada bidang yang terlambat untuk ${label} (batas waktu ${batas}). Tidak ada pengingat yang dikirim.`);
    }
    const catatan = bacaCatatanPengingat(s.id);
    const rencana = rencanaPengingat(terlambat, catatan, hari, MailApp.getRemainingDailyQuota());
    const dikirim: Record<string, string> = { ...catatan };
    for (const b of rencana.kirim) {
      const isi =
        `Yth. Kepala dan staf ${b.nama},\n\n` +
        `Isian Laporan Kinerja ${label} untuk ${b.nama} belum dikirim, padahal batas waktunya ${batas}. ` +
        `Mohon lengkapi isian, lalu centang kotak Kirim di tab bidang Anda:\n${tautanTab(ss, lembarBidang(ss, b))}\n\n` +
        `Pesan ini dikirim otomatis oleh Lapkin atas permintaan ${siapa.email}.`;
      for (const kepada of kelompokPenerima(b.editor)) {
        MailApp.sendEmail({ to: kepada.join(','), subject: `Pengingat: isian Laporan Kinerja ${label} ${b.nama} belum dikirim`, body: isi, name: 'Lapkin' });
      }
      dikirim[b.kode] = hari;
    }
    if (rencana.kirim.length > 0) simpanCatatanPengingat(s.id, dikirim);
    const penerima = rencana.kirim.reduce((n, b) => n + b.editor.length, 0);
    const tunda = rencana.tunda.map((t) => `${t.bidang.nama} (${t.alasan})`);
    catat(ss, siapa, 'Kirim pengingat', `${label}; dikirim: ${rencana.kirim.map((b) => b.nama).join(', ') || '-'}; ${penerima} penerima${tunda.length > 0 ? `; belum dikirim: ${tunda.join(', ')}` : ''}`);
    const belum = tunda.length > 0 ? ` Belum dikirim: ${tunda.join('; ')}.` : '';
    if (rencana.kirim.length === 0) return ditolak(`Tidak ada pengingat yang dikirim.${belum}`);
    return { status: 'ok', pesan: `Pengingat dikirim ke ${penerima} orang di ${rencana.kirim.length} bidang yang terlambat.${belum}` };
  });
}
