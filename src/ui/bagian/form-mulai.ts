/** The "Mulai siklus" form (id "form-mulai"): period, year, deadline, note. */
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
    `<button type="submit" class="create">Mulai siklus</button></form>`
  );
}
