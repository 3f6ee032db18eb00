/**
 * The start form (id "form-mulai"): period, year, deadline, note, and two ways on — Siapkan siklus
 * (the persiapan: the cycle and its SOP status, no bidang tab yet) or Mulai siklus (the tabs open
 * at once). A prepared cycle's form (`renderFormBuka`) only opens its tabs.
 */
import type { SiklusPanel } from '../../server/api-types';
import { PERIODE, labelPeriode } from '../../core/periode';
import { escapeHtml } from '../../core/html';

export function renderFormMulai(judul = 'Mulai siklus baru'): string {
  const pilihan = PERIODE.map((p) => `<option value="${p}">${escapeHtml(labelPeriode(p))}</option>`).join('');
  return (
    `<form id="form-mulai" class="form block" data-kunci="form-mulai"><h2>${escapeHtml(judul)}</h2>` +
    `<div class="form-group"><label for="mulai-periode">Periode</label><select id="mulai-periode" name="periode">${pilihan}</select></div>` +
    `<div class="form-group"><label for="mulai-tahun">Tahun</label><input id="mulai-tahun" name="tahun" type="number" min="2000" max="2100" placeholder="Tahun di tab Pengaturan" /></div>` +
    `<div class="form-group"><label for="mulai-batas">Batas waktu</label><input id="mulai-batas" name="batasWaktu" type="date" /></div>` +
    `<div class="form-group"><label for="mulai-catatan">Catatan</label><textarea id="mulai-catatan" name="catatan" rows="2"></textarea></div>` +
    '<p class="secondary">Siapkan siklus: nota dinas dibuat, diparaf dan ditandatangani dulu, tab bidang dibuka kemudian. Mulai siklus: tab bidang langsung dibuka.</p>' +
    '<div class="tombol-baris"><button type="submit" class="create" value="mulaiSiklus">Mulai siklus</button><button type="submit" value="siapkanSiklus">Siapkan siklus</button></div></form>'
  );
}

/** The prepared cycle's Mulai siklus: its period and year, the deadline and note it was prepared with. */
export function renderFormBuka(s: SiklusPanel): string {
  return (
    `<form id="form-mulai" class="form" data-kunci="form-mulai">` +
    `<input type="hidden" name="periode" value="${escapeHtml(s.periode)}" /><input type="hidden" name="tahun" value="${s.tahun}" />` +
    `<button type="submit" class="create" value="mulaiSiklus">Mulai siklus ${escapeHtml(s.label)}</button></form>`
  );
}
