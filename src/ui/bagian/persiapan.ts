/**
 * The persiapan stage: before a cycle runs, the admin prepares the configuration tabs and starts
 * the cycle. Before the first cycle its body is the first-run guide "Mulai di sini"
 * (src/ui/mulai-di-sini.ts), whose last step is the start form below it.
 */
import type { PanelState } from '../../server/api-types';
import type { KeadaanMulaiDiSini } from '../../core/mulai-di-sini';
import { tombol } from '../aksi';
import { renderMulaiDiSini } from '../mulai-di-sini';
import { renderFormMulai } from './form-mulai';

export function renderPersiapan(state: PanelState, panduan: KeadaanMulaiDiSini | null): string {
  if (panduan) return `${renderMulaiDiSini(panduan)}${renderFormMulai('Mulai siklus baru')}`;
  const terputus = state.siklus !== null && !state.siklus.lengkap;
  const teks = terputus
    ? '<p class="error">Mulai siklus sebelumnya terhenti sebelum selesai. Jalankan Mulai siklus lagi untuk menuntaskannya.</p>'
    : '<p>Siapkan tab konfigurasi (Pengaturan, Bidang, Indikator), isi, lalu mulai siklus. Tindakan rekap, draf LKj, nota dinas dan surat muncul setelah siklus dimulai.</p>';
  return `${teks}<div class="tombol-baris">${tombol('siapkanLembarKerja', 'action')}</div>${renderFormMulai('Mulai siklus')}`;
}
