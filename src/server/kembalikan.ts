/**
 * "Kembalikan untuk perbaikan" (admin only): a submitted tab opens again for its bidang (editors
 * restored, Kirim box unticked), with the reason in the tab, the state and the Log. The archived
 * snapshot stays; the next submission becomes the next version.
 */
import { denganStatusBidang, LABEL_STATUS } from '../core/siklus';
import { withDocumentLock } from '../gas/kunci';
import { aturEditorIsian, tulisStatusLembar } from '../gas/lembar-bidang';
import { adaCatatan, catat } from '../gas/log';
import { emailEfektif } from '../gas/pengguna';
import { simpanSiklusAktif } from '../gas/siklus-store';
import { labelSiklus } from '../core/periode';
import { adminSiap, penjalan, wajibAdmin } from './akses';
import type { HasilAksi, MasukanKembalikan } from './api-types';
import { bidangDipilih, lembarBidang, tautanTab, waktuTampil, wajibSiklus } from './kirim';
import { ditolak, konfigurasiSah } from './konfigurasi';
import { kirimSemuaSurel } from './pengingat';
import { spreadsheetAktif, ui } from '../gas/spreadsheet';

const PANJANG_ALASAN_MAKS = 1000;
const TINDAKAN = 'Kembalikan untuk perbaikan';

/** The reason: given, or asked for in a dialog (the sidebar's button passes none). */
function alasanDari(masukan: MasukanKembalikan | undefined, namaBidang: string): string | null {
  if (masukan?.alasan !== undefined) return masukan.alasan.trim();
  const u = ui();
  const jawab = u.prompt('Kembalikan untuk perbaikan', `Alasan mengembalikan isian ${namaBidang}:`, u.ButtonSet.OK_CANCEL);
  return jawab.getSelectedButton() === u.Button.OK ? jawab.getResponseText().trim() : null;
}

export function kembalikanUntukPerbaikan(masukan?: MasukanKembalikan): HasilAksi {
  const ss = spreadsheetAktif();
  wajibAdmin(penjalan(ss));
  const dipilih = bidangDipilih(ss, wajibSiklus(), masukan?.bidang);
  const alasan = alasanDari(masukan, dipilih.nama);
  if (alasan === null) return ditolak('Dibatalkan; tidak ada yang diubah.');
  if (alasan === '') return ditolak('Tulis alasan pengembalian, agar bidang tahu apa yang harus diperbaiki. Tidak ada yang diubah.');
  if (alasan.length > PANJANG_ALASAN_MAKS) return ditolak(`Alasan terlalu panjang (paling banyak ${PANJANG_ALASAN_MAKS} karakter). Tidak ada yang diubah.`);

  return withDocumentLock((): HasilAksi => {
    const siapa = adminSiap(ss);
    const s = wajibSiklus();
    const b = bidangDipilih(ss, s, dipilih.kode);
    const label = labelSiklus(s);
    const versi = b.versi ?? 0;
    const awal = `${label}; ${b.nama}; versi ${versi}; `;
    if (b.status !== 'terkirim') {
      // A return cut off after the state was saved, rerun: its Log row is added now, once.
      const tercatat = b.status !== 'dikembalikan' || adaCatatan(ss, (t, r) => t === TINDAKAN && r.startsWith(awal));
      if (!tercatat) catat(ss, siapa, TINDAKAN, `${awal}alasan: ${alasan}; dicatat saat dijalankan ulang setelah gangguan`);
      return ditolak(`${b.nama} belum mengirim isian ${label} (status: ${LABEL_STATUS[b.status]}); tidak ada yang dikembalikan.`);
    }
    const sheet = lembarBidang(ss, b);
    const k = konfigurasiSah(ss);
    aturEditorIsian(sheet, emailEfektif(), [...siapa.adminEmails, ...b.editor]);
    const waktu = waktuTampil(ss, new Date());
    tulisStatusLembar(sheet, LABEL_STATUS.dikembalikan, false, `Dikembalikan oleh ${siapa.email} pada ${waktu} untuk perbaikan: ${alasan}\nPerbaiki isian, lalu centang Kirim lagi.`);
    simpanSiklusAktif(denganStatusBidang(s, b.kode, 'dikembalikan'));
    const gagalSurel = k.pengaturan.kirimEmail && b.editor.length > 0
      ? kirimSemuaSurel([{
        kepada: b.editor,
        subjek: `Lapkin: isian ${label} ${b.nama} dikembalikan untuk perbaikan`,
        isi: `Isian Laporan Kinerja ${label} untuk ${b.nama} dikembalikan oleh ${siapa.email} untuk perbaikan.\n\nAlasan: ${alasan}\n\nPerbaiki isian, lalu centang kotak Kirim lagi:\n${tautanTab(ss, sheet)}\n\nPesan ini dikirim otomatis oleh Lapkin.`,
      }])
      : null;
    catat(ss, siapa, TINDAKAN, `${awal}alasan: ${alasan}${gagalSurel ? `; e-mail ke bidang tidak dikirim: ${gagalSurel}` : ''}`);
    return { status: 'ok', pesan: `Isian ${b.nama} dikembalikan untuk perbaikan; bidang dapat mengubah dan mengirimnya lagi.` };
  });
}
