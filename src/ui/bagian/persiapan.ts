/**
 * The persiapan stage: before a cycle runs, the admin prepares the configuration tabs and starts
 * the cycle. A first-run guide plugs in here as this stage's body.
 */
import type { PanelState } from '../../server/api-types';
import { tombol } from '../aksi';
import { renderFormMulai } from './form-mulai';

export function renderPersiapan(state: PanelState): string {
  const terputus = state.siklus !== null && !state.siklus.lengkap;
  const teks = terputus
    ? '<p class="error">Mulai siklus sebelumnya terhenti sebelum selesai. Jalankan Mulai siklus lagi untuk menuntaskannya.</p>'
    : '<p>Siapkan tab konfigurasi (Pengaturan, Bidang, Indikator), isi, lalu mulai siklus. Tindakan rekap, draf LKj, nota dinas dan surat muncul setelah siklus dimulai.</p>';
  return `${teks}<div class="tombol-baris">${tombol('siapkanLembarKerja', 'action')}</div>${renderFormMulai('Mulai siklus')}`;
}
