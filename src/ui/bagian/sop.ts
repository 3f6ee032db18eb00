/**
 * The SOP view, folded under its current step: who the cycle waits on, what is late, the time
 * spent against the standard, and the steps. Steps the user may mark get a form (id "form-sop";
 * fields urutan, catatan and, for admins, status) for `tandaiLangkahSop`, the current step chosen
 * first. The steps are a plain list: each carries its own name, so no list number can disagree
 * with the SOP's.
 */
import type { SopPanel } from '../../server/api-types';
import { escapeHtml } from '../../core/html';

export function renderSop(sop: SopPanel, admin: boolean): string {
  const terlambat = sop.terlambat.length > 0 ? `<ul class="terlambat">${sop.terlambat.map((t) => `<li class="error">${escapeHtml(t)}</li>`).join('')}</ul>` : '';
  const langkah = sop.langkah
    .map((l) => `<li class="langkah status-${escapeHtml(l.status)}"><b>${escapeHtml(l.nama)}</b> · ${escapeHtml(l.labelStatus)}${l.tenggat ? ` · tenggat ${escapeHtml(l.tenggat)}` : ''}<br>${escapeHtml(l.pelaksana)}: ${escapeHtml(l.kegiatan)}${l.catatan ? `<br><em>${escapeHtml(l.catatan)}</em>` : ''}</li>`)
    .join('');
  const bisa = sop.langkah.filter((l) => l.bolehDitandai);
  const pilihan = bisa
    .map((l) => `<option value="${l.urutan}"${l.urutan === sop.urutanSaatIni ? ' selected' : ''}>${escapeHtml(l.nama)}: ${escapeHtml(l.kegiatan.slice(0, 60))}</option>`)
    .join('');
  const status = admin
    ? '<div class="form-group"><label for="sop-status">Tandai sebagai</label><select id="sop-status" name="status"><option value="selesai">Selesai</option><option value="dilewati">Dilewati</option><option value="ulang">Ulangi (putaran koreksi berikutnya)</option></select></div>'
    : '';
  const form = bisa.length > 0
    ? `<form id="form-sop" class="form" data-kunci="form-sop"><div class="form-group"><label for="sop-urutan">Langkah</label><select id="sop-urutan" name="urutan">${pilihan}</select></div>${status}` +
      `<div class="form-group"><label for="sop-catatan">Catatan</label><textarea id="sop-catatan" name="catatan" rows="2"></textarea></div><button type="submit">Tandai langkah</button></form>`
    : '';
  return (
    `<section class="sop block"><details data-kunci="sop"><summary><b>SOP: ${escapeHtml(sop.judul)}</b>` +
    `<br><span class="secondary">${escapeHtml(sop.saatIni ?? 'Semua langkah selesai.')}</span></summary>` +
    `<p>${escapeHtml(sop.menunggu)}</p>${terlambat}` +
    `<p>Standar waktu ${escapeHtml(sop.standarWaktu)}; berjalan ${escapeHtml(sop.waktuBerjalan)}. Rincian di tab ${escapeHtml(sop.tab)}.</p>` +
    `<ul class="daftar-langkah">${langkah}</ul>${form}</details></section>`
  );
}
