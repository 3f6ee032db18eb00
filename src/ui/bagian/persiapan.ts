/**
 * The persiapan stage: before a cycle runs, the admin prepares the configuration tabs and then
 * prepares (Siapkan siklus) or starts (Mulai siklus) the cycle. A prepared cycle's stage is its
 * nota dinas and the Mulai siklus that opens the bidang tabs. Before the first cycle its body is
 * the first-run guide "Mulai di sini" (src/ui/mulai-di-sini.ts), whose last step is the start form below it.
 */
import type { PanelState, SiklusPanel } from '../../server/api-types';
import type { KeadaanMulaiDiSini } from '../../core/mulai-di-sini';
import { escapeHtml } from '../../core/html';
import { tombol } from '../aksi';
import { renderMulaiDiSini } from '../mulai-di-sini';
import { renderFormBuka, renderFormMulai } from './form-mulai';

function renderDisiapkan(s: SiklusPanel): string {
  return (
    `<p>Siklus <b>${escapeHtml(s.label)}</b> disiapkan, batas waktu <b>${escapeHtml(s.batasWaktuTampil)}</b>. ` +
    'Buat nota dinas permintaan data; paraf dan tanda tangannya ditandai di bagian SOP di bawah. ' +
    'Setelah nota dinas ditandatangani, Mulai siklus membuka tab bidang (nota dinas didistribusikan).</p>' +
    `<div class="tombol-baris">${tombol('buatNotaDinas', 'action')}</div>${renderFormBuka(s)}`
  );
}

export function renderPersiapan(state: PanelState, panduan: KeadaanMulaiDiSini | null): string {
  if (panduan) return `${renderMulaiDiSini(panduan)}${renderFormMulai('Mulai siklus baru')}`;
  if (state.siklus?.persiapan) return `${renderDisiapkan(state.siklus)}<div class="tombol-baris">${tombol('siapkanLembarKerja')}</div>`;
  const terputus = state.siklus !== null && !state.siklus.lengkap;
  const teks = terputus
    ? '<p class="error">Mulai siklus sebelumnya terhenti sebelum selesai. Jalankan Mulai siklus lagi untuk menuntaskannya.</p>'
    : '<p>Siapkan tab konfigurasi (Pengaturan, Bidang, Indikator), isi, lalu siapkan atau mulai siklus. Nota dinas tersedia setelah siklus disiapkan; rekap, draf LKj dan surat setelah siklus dimulai.</p>';
  return `${teks}<div class="tombol-baris">${tombol('siapkanLembarKerja', 'action')}</div>${renderFormMulai('Mulai siklus')}`;
}
