/** The open cycle: deadline, how many bidang submitted, and each bidang with its status and progress. */
import type { BidangPanel, SiklusPanel } from '../../server/api-types';
import { escapeHtml } from '../../core/html';
import { tombol } from '../aksi';

/** A link opening the tab; plain text when there is no https link. */
export function tautanTab(b: BidangPanel, teks = escapeHtml(b.nama), kelas = ''): string {
  const cls = kelas ? ` class="${kelas}"` : '';
  return b.url.startsWith('https://') ? `<a${cls} href="${escapeHtml(b.url)}" target="_top" data-tab="${escapeHtml(b.tab)}">${teks}</a>` : teks;
}

export function renderProgres(b: BidangPanel): string {
  const persen = b.jumlahIndikator > 0 ? Math.round((b.terisi / b.jumlahIndikator) * 100) : 0;
  return (
    `<div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="${b.jumlahIndikator}" aria-valuenow="${b.terisi}">` +
    `<div class="bar" style="width:${persen}%"></div></div>` +
    `<div class="terisi secondary">${b.terisi} dari ${b.jumlahIndikator} indikator terisi</div>`
  );
}

/** The admin's actions on one bidang: check it, submit for it while open, return it once submitted. */
function aksiBidang(b: BidangPanel): string {
  const arg = { bidang: b.kode };
  const kirimAtauKembalikan = b.status === 'terkirim'
    ? tombol('kembalikanUntukPerbaikan', '', arg, 'Kembalikan')
    : tombol('kirimAtasNamaBidang', '', arg, 'Kirim atas nama');
  return `<div class="aksi-bidang">${tombol('periksaIsian', '', arg, 'Periksa')}${kirimAtauKembalikan}</div>`;
}

function renderBidang(b: BidangPanel, admin: boolean): string {
  return (
    `<li class="bidang status-${escapeHtml(b.status)}">` +
    `<div class="bidang-head"><span class="bidang-nama">${tautanTab(b)}</span>` +
    `<span class="status">${escapeHtml(b.labelStatus)}</span></div>` +
    renderProgres(b) +
    (admin ? aksiBidang(b) : '') +
    '</li>'
  );
}

/**
 * Admins, when earlier quarters never ran as cycles (an office that starts mid-year): how to enter
 * them, and the button that saves them.
 */
function renderTanpaSiklus(s: SiklusPanel): string {
  if (s.triwulanTanpaSiklus.length === 0) return '';
  const tw = s.triwulanTanpaSiklus.join(', ');
  return (
    `<div class="sebelumnya"><p class="secondary">${escapeHtml(tw)} ${s.tahun} tidak berjalan sebagai siklus. Bila kantor mulai memakai Lapkin ` +
    `pertengahan tahun, ketik realisasinya di kolom Realisasi ${escapeHtml(tw)} tiap tab bidang, lalu simpan agar rekap dan laporan memakainya (dicatat di Log).</p>` +
    `${tombol('simpanTriwulanSebelumnya')}</div>`
  );
}

export function renderSiklus(s: SiklusPanel, admin: boolean): string {
  if (s.persiapan) {
    return (
      `<section class="siklus block"><h2>Siklus ${escapeHtml(s.label)} (persiapan)</h2>` +
      `<p>Batas waktu: <b>${escapeHtml(s.batasWaktuTampil)}</b></p>` +
      `<p>Tab bidang belum dibuka; dibuka saat Mulai siklus untuk ${s.jumlahBidang} bidang: ${escapeHtml(s.bidang.map((b) => b.nama).join(', '))}.</p>` +
      (s.catatan ? `<p class="catatan">${escapeHtml(s.catatan)}</p>` : '') +
      '</section>'
    );
  }
  return (
    `<section class="siklus block"><h2>Siklus ${escapeHtml(s.label)}</h2>` +
    `<p>Batas waktu: <b>${escapeHtml(s.batasWaktuTampil)}</b></p>` +
    `<p>${s.terkirim} dari ${s.jumlahBidang} bidang sudah mengirim.</p>` +
    (s.lengkap ? '' : '<p class="error">Mulai siklus belum selesai: jalankan Mulai siklus lagi untuk menuntaskannya.</p>') +
    (s.catatan ? `<p class="catatan">${escapeHtml(s.catatan)}</p>` : '') +
    `<ul class="daftar-bidang">${s.bidang.map((b) => renderBidang(b, admin)).join('')}</ul>` +
    (admin ? renderTanpaSiklus(s) : '') +
    '</section>'
  );
}
