/**
 * A Kabid's or staff member's first screen: their own tab (a link that opens it), its status and
 * progress, how to submit, the admin's reason when it was returned, and Periksa isian.
 */
import type { BidangSaya } from '../../server/api-types';
import { escapeHtml } from '../../core/html';
import { tombol } from '../aksi';
import { renderProgres, tautanTab } from './siklus';

function caraKirim(b: BidangSaya): string {
  if (b.status === 'terkirim') return '<p class="info">Isian sudah terkirim. Bila admin mengembalikannya, alasannya tampil di sini.</p>';
  return (
    `<p class="cara">Isi kolom Realisasi dan Penjelasan di tab ini, lalu <b>centang kotak Kirim di ${escapeHtml(b.selKirim)}</b>. ` +
    'Lapkin memeriksa isian dulu; bila ada yang kurang, kotak tidak tercentang dan catatannya tampil di sel itu.</p>'
  );
}

function renderSatu(b: BidangSaya): string {
  const kembali = b.alasanKembali
    ? `<div class="error kembali"><p><b>Dikembalikan untuk perbaikan.</b></p><p class="catatan">${escapeHtml(b.alasanKembali)}</p></div>`
    : '';
  return (
    `<section class="bidang-saya block status-${escapeHtml(b.status)}"><h2>Tab Anda: ${tautanTab(b, escapeHtml(b.nama))}</h2>` +
    `<p>Status: <b class="status">${escapeHtml(b.labelStatus)}</b></p>${renderProgres(b)}${kembali}${caraKirim(b)}` +
    `<div class="tombol-baris">${tombol('periksaIsian', 'action', { bidang: b.kode })}${b.url.startsWith('https://') ? tautanTab(b, 'Buka tab', 'button') : ''}</div></section>`
  );
}

export function renderBidangSaya(daftar: readonly BidangSaya[]): string {
  if (daftar.length === 0) {
    return '<section class="bidang-saya block"><p>E-mail Anda tidak terdaftar sebagai Kabid atau staf bidang mana pun di siklus ini. Minta admin menambahkannya di tab Bidang.</p></section>';
  }
  return daftar.map(renderSatu).join('');
}
