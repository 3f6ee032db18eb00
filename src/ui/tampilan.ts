/** What the sidebar shows after an action: a message, its details, and Google's original error text. */
import type { HasilAksi, HasilBuatDokumen, HasilBuatRekap, HasilMulaiSiklus, HasilSiapkan } from '../server/api-types';
import { escapeHtml } from '../core/html';
import { pesanGalatPengguna } from '../core/galat';
import { entriUntuk, type EntriBantuan } from '../core/bantuan';
import { renderBantuan } from './bantuan';

export interface Tampilan {
  readonly jenis: 'info' | 'error';
  readonly pesan: string;
  readonly rincian: readonly string[];
  /** Google's original (English) error text behind `pesan`, for the admin: folded away, in small print. */
  readonly teknis?: string;
  /** The Pemecahan masalah entry of `pesan`, when it has one. */
  readonly bantuan?: EntriBantuan;
}

/** `t` with the Pemecahan masalah entry of its message (from `bantuan`, the entries the panel knows). */
function denganBantuan(t: Tampilan, bantuan: readonly EntriBantuan[]): Tampilan {
  const e = t.jenis === 'error' ? entriUntuk(bantuan, t.pesan) : undefined;
  return e ? { ...t, bantuan: e } : t;
}

type Hasil = HasilMulaiSiklus | HasilSiapkan | HasilBuatRekap | HasilBuatDokumen | HasilAksi;

export function tampilanHasil(hasil: Hasil, bantuan: readonly EntriBantuan[] = []): Tampilan {
  return denganBantuan(tampilanHasilSaja(hasil), bantuan);
}

function tampilanHasilSaja(hasil: Hasil): Tampilan {
  if (!('status' in hasil)) {
    const ditambahkan = hasil.ditambahkan.map((d) => `Ditambahkan: ${d}`);
    return { jenis: hasil.masalah.length > 0 ? 'error' : 'info', pesan: hasil.pesan, rincian: [...ditambahkan, ...hasil.diubah, ...hasil.masalah] };
  }
  switch (hasil.status) {
    case 'ok':
      return { jenis: 'info', pesan: hasil.pesan, rincian: 'catatan' in hasil ? hasil.catatan : [] };
    case 'perlu-konfirmasi':
      return { jenis: 'info', pesan: hasil.pesan, rincian: [] };
    case 'ditolak':
      return { jenis: 'error', pesan: hasil.pesan, rincian: [] };
    case 'masalah':
      return { jenis: 'error', pesan: hasil.pesan, rincian: hasil.uraian };
  }
}

/** A failed server call: Google's English errors in Indonesian, the original kept as `teknis`. */
export function tampilanGalat(galat: unknown, bantuan: readonly EntriBantuan[] = []): Tampilan {
  const { pesan, asli } = pesanGalatPengguna(galat);
  return denganBantuan({ jenis: 'error', pesan, rincian: [], ...(asli ? { teknis: asli } : {}) }, bantuan);
}

export function renderTampilan(t: Tampilan): string {
  const rincian = t.rincian.length > 0 ? `<ul>${t.rincian.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>` : '';
  const teknis = t.teknis ? `<details class="teknis"><summary>Rincian teknis</summary><code>${escapeHtml(t.teknis)}</code></details>` : '';
  return `<div class="${t.jenis === 'error' ? 'error' : 'info'}"><p>${escapeHtml(t.pesan)}</p>${rincian}${t.bantuan ? renderBantuan(t.bantuan) : ''}${teknis}</div>`;
}

/** The busy line shown beside the control that started an action. */
export const PROSES_HTML = '<p class="proses"><span class="putar" aria-hidden="true"></span>Sedang diproses…</p>';
