/**
 * The sidebar's HTML, built from the server's PanelState (src/server/api-types.ts) as strings.
 * Every text that came from the workbook (bidang names, notes, messages) goes through escapeHtml.
 */
import { PERIODE, labelPeriode } from '../core/periode';
import type { BidangPanel, HasilMulaiSiklus, HasilSiapkan, PanelState, SiklusPanel } from '../server/api-types';
import { escapeHtml } from '../core/html';

/** A server function the sidebar offers as a button. Later actions (kirim, kembalikan, rekap…) go here. */
export interface Aksi {
  readonly fungsi: string;
  readonly label: string;
  readonly hanyaAdmin: boolean;
}

export const AKSI: readonly Aksi[] = [{ fungsi: 'siapkanLembarKerja', label: 'Siapkan lembar kerja', hanyaAdmin: true }];

/** What the sidebar shows after an action: a message and its details, one line each. */
export interface Tampilan {
  readonly jenis: 'info' | 'error';
  readonly pesan: string;
  readonly rincian: readonly string[];
}

export function tampilanHasil(hasil: HasilMulaiSiklus | HasilSiapkan): Tampilan {
  if (!('status' in hasil)) {
    const ditambahkan = hasil.ditambahkan.map((d) => `Ditambahkan: ${d}`);
    return { jenis: hasil.masalah.length > 0 ? 'error' : 'info', pesan: hasil.pesan, rincian: [...ditambahkan, ...hasil.masalah] };
  }
  switch (hasil.status) {
    case 'ok':
    case 'perlu-konfirmasi':
      return { jenis: 'info', pesan: hasil.pesan, rincian: [] };
    case 'ditolak':
      return { jenis: 'error', pesan: hasil.pesan, rincian: [] };
    case 'masalah':
      return { jenis: 'error', pesan: hasil.pesan, rincian: hasil.uraian };
  }
}

export function renderTampilan(t: Tampilan): string {
  const rincian = t.rincian.length > 0 ? `<ul>${t.rincian.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>` : '';
  return `<div class="${t.jenis}"><p>${escapeHtml(t.pesan)}</p>${rincian}</div>`;
}

function renderBidang(b: BidangPanel): string {
  const persen = b.jumlahIndikator > 0 ? Math.round((b.terisi / b.jumlahIndikator) * 100) : 0;
  return (
    `<li class="bidang status-${escapeHtml(b.status)}">` +
    `<div class="bidang-head"><span class="bidang-nama">${escapeHtml(b.nama)}</span>` +
    `<span class="status">${escapeHtml(b.labelStatus)}</span></div>` +
    `<div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="${b.jumlahIndikator}" aria-valuenow="${b.terisi}">` +
    `<div class="bar" style="width:${persen}%"></div></div>` +
    `<div class="terisi">${b.terisi} dari ${b.jumlahIndikator} indikator terisi</div></li>`
  );
}

export function renderSiklus(s: SiklusPanel): string {
  return (
    `<section class="siklus"><h2>Siklus ${escapeHtml(s.label)}</h2>` +
    `<p>Batas waktu: <strong>${escapeHtml(s.batasWaktuTampil)}</strong></p>` +
    `<p>${s.terkirim} dari ${s.jumlahBidang} bidang sudah mengirim.</p>` +
    (s.lengkap ? '' : '<p class="error">Mulai siklus belum selesai: jalankan Mulai siklus lagi untuk menuntaskannya.</p>') +
    (s.catatan ? `<p class="catatan">${escapeHtml(s.catatan)}</p>` : '') +
    `<ul class="daftar-bidang">${s.bidang.map(renderBidang).join('')}</ul></section>`
  );
}

export function renderFormMulai(): string {
  const pilihan = PERIODE.map((p) => `<option value="${p}">${escapeHtml(labelPeriode(p))}</option>`).join('');
  return (
    `<form id="form-mulai" class="form"><h2>Mulai siklus baru</h2>` +
    `<label>Periode<select name="periode">${pilihan}</select></label>` +
    `<label>Tahun<input name="tahun" type="number" min="2000" max="2100" placeholder="Tahun di tab Pengaturan" /></label>` +
    `<label>Batas waktu<input name="batasWaktu" type="date" /></label>` +
    `<label>Catatan<textarea name="catatan" rows="2"></textarea></label>` +
    `<button type="submit" class="primary">Mulai siklus</button></form>`
  );
}

export function renderPanel(state: PanelState): string {
  const judul = `<h1>${escapeHtml(state.spreadsheetName)}</h1>`;
  const siklus = state.siklus ? renderSiklus(state.siklus) : '<p>Belum ada siklus berjalan.</p>';
  const aksi = AKSI.filter((a) => state.admin || !a.hanyaAdmin)
    .map((a) => `<button type="button" data-fungsi="${escapeHtml(a.fungsi)}">${escapeHtml(a.label)}</button>`)
    .join('');
  const form = state.admin ? renderFormMulai() : '';
  return `${judul}<div id="pesan" role="status"></div>${siklus}${aksi ? `<section class="aksi">${aksi}</section>` : ''}${form}`;
}
