/** The admin's report: a summary line and the modal dialog's HTML (every text escaped). */
import { escapeHtml } from '../../core/html';
import type { HasilCek } from './cek';

export interface HasilDiagnostik {
  readonly lulus: number;
  readonly gagal: number;
  readonly cek: readonly HasilCek[];
  /** What could not be cleaned up, one Indonesian line each; empty when everything was removed. */
  readonly sisa: readonly string[];
  readonly ringkasan: string;
}

export function ringkasan(cek: readonly HasilCek[]): string {
  const gagal = cek.filter((c) => !c.lulus).length;
  return gagal === 0
    ? `Semua ${cek.length} cek lulus: Google berperilaku seperti yang diandaikan emulator Lapkin.`
    : `${gagal} dari ${cek.length} cek gagal: Google berperilaku lain dari yang diandaikan emulator Lapkin.`;
}

const GAYA =
  'body{font-family:Arial,sans-serif;font-size:13px}table{border-collapse:collapse;width:100%}' +
  'td,th{border:1px solid #ccc;padding:4px;vertical-align:top;text-align:left}' +
  'td.nilai{font-family:monospace;word-break:break-all}.gagal{background:#fde8e8}.lulus{color:#1e7b34}';

function baris(c: HasilCek): string {
  return (
    `<tr class="${c.lulus ? '' : 'gagal'}"><td>${escapeHtml(c.label)}<br><small>${escapeHtml(c.id)}</small></td>` +
    `<td class="${c.lulus ? 'lulus' : ''}">${c.lulus ? 'Lulus' : 'Gagal'}</td>` +
    `<td class="nilai">${escapeHtml(c.diharapkan)}</td><td class="nilai">${escapeHtml(c.teramati)}</td></tr>`
  );
}

export function htmlLaporan(h: HasilDiagnostik): string {
  const sisa = h.sisa.length > 0 ? `<p><strong>Belum terhapus:</strong></p><ul>${h.sisa.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>` : '';
  const lapor =
    h.gagal > 0
      ? '<p>Laporkan cek yang gagal kepada pengembang Lapkin: salin baris yang gagal (nama cek, nilai yang diharapkan dan yang teramati).</p>'
      : '';
  return (
    `<style>${GAYA}</style><p><strong>${escapeHtml(h.ringkasan)}</strong></p>${lapor}${sisa}` +
    `<table><tr><th>Cek</th><th>Hasil</th><th>Diharapkan</th><th>Teramati</th></tr>${h.cek.map(baris).join('')}</table>`
  );
}
