/**
 * The sidebar's HTML, built from the server's PanelState (src/server/api-types.ts) as strings,
 * one small function per section (src/ui/bagian/). An admin sees the cycle as stages with the
 * current one's actions first; a Kabid or staff member sees their own tab first; the rest follows.
 * Every text that came from the workbook (bidang names, notes, messages) goes through escapeHtml.
 */
import type { PanelState } from '../server/api-types';
import type { KeadaanMulaiDiSini } from '../core/mulai-di-sini';
import { escapeHtml } from '../core/html';
import { renderBidangSaya } from './bagian/bidang-saya';
import { renderDokumen } from './bagian/dokumen';
import { renderSiklus } from './bagian/siklus';
import { renderSop } from './bagian/sop';
import { renderTahap } from './bagian/tahap';

export { renderTampilan, tampilanGalat, tampilanHasil, type Tampilan } from './tampilan';

/** "Diperbarui pukul 10.42" and the refresh button. */
function renderSegar(diperbarui: string): string {
  return `<div class="segar secondary"><span>Diperbarui pukul ${escapeHtml(diperbarui)}</span><button type="button" class="kecil" id="perbarui">Perbarui</button></div>`;
}

/** `panduan`: the admin's first-run guide (getMulaiDiSini), shown as the persiapan stage before the first cycle. */
export function renderPanel(state: PanelState, diperbarui = '', panduan: KeadaanMulaiDiSini | null = null): string {
  const judul = `<h1>${escapeHtml(state.spreadsheetName)}</h1>`;
  const pesan = '<div id="pesan" role="status"></div>';
  const siklus = state.siklus ? renderSiklus(state.siklus, state.admin) : '';
  const sop = state.sop ? renderSop(state.sop, state.admin) : '';
  const segar = diperbarui ? renderSegar(diperbarui) : '';
  if (state.admin) {
    const dokumen = state.dokumen.length > 0 ? renderDokumen(state.dokumen) : '';
    return `${judul}${pesan}${renderTahap(state, state.tahap ?? 'persiapan', panduan)}${siklus}${sop}${dokumen}${segar}`;
  }
  const tanpaSiklus = state.siklus === null || state.siklus.persiapan ? '<p>Belum ada siklus berjalan. Admin akan memulainya; tab bidang Anda muncul di sini.</p>' : '';
  const bidangSaya = state.siklus && !state.siklus.persiapan ? renderBidangSaya(state.bidangSaya) : '';
  return `${judul}${pesan}${tanpaSiklus}${bidangSaya}${siklus}${sop}${segar}`;
}
