/**
 * "Kirim pengingat" (admin only): an e-mail to the Kabid and staff of every late bidang, with a
 * link to their tab and none of the data. All or nothing: the daily mail quota is checked for
 * every recipient first (domain.md §7: 100 recipients a day on consumer accounts).
 */
import { statusTampil, tanggalTampil } from '../core/siklus';
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
    const berpenerima = terlambat.filter((b) => b.editor.length > 0);
    const surel = berpenerima.map((b): Surel => ({
      kepada: b.editor,
      subjek: `Pengingat: isian Laporan Kinerja ${label} ${b.nama} belum dikirim`,
      isi:
        `Yth. Kepala dan staf ${b.nama},\n\n` +
        `Isian Laporan Kinerja ${label} untuk ${b.nama} belum dikirim, padahal batas waktunya ${batas}. ` +
        `Mohon lengkapi isian, lalu centang kotak Kirim di tab bidang Anda:\n${tautanTab(ss, lembarBidang(ss, b))}\n\n` +
        `Pesan ini dikirim otomatis oleh Lapkin atas permintaan ${siapa.email}.`,
    }));
    const gagal = kirimSemuaSurel(surel);
    if (gagal !== null) return ditolak(`Pengingat tidak dikirim: ${gagal}`);
    const penerima = surel.reduce((n, x) => n + x.kepada.length, 0);
    const tanpa = terlambat.filter((b) => b.editor.length === 0).map((b) => b.nama);
    const catatan = tanpa.length > 0 ? ` Tanpa alamat e-mail (isi di tab Bidang): ${tanpa.join(', ')}.` : '';
    catat(ss, siapa, 'Kirim pengingat', `${label}; terlambat: ${terlambat.map((b) => b.nama).join(', ')}; ${penerima} penerima${tanpa.length > 0 ? `; tanpa e-mail: ${tanpa.join(', ')}` : ''}`);
    return { status: 'ok', pesan: `Pengingat dikirim ke ${penerima} orang di ${berpenerima.length} bidang yang terlambat.${catatan}` };
  });
}
