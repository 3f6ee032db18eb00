/**
 * The sidebar's HTML, built from the server's PanelState (src/server/api-types.ts) as strings.
 * Every text that came from the workbook (bidang names, notes, messages) goes through escapeHtml.
 */
import { PERIODE, labelPeriode } from '../core/periode';
import type { BidangPanel, DokumenPanel, HasilBuatDokumen, HasilBuatRekap, HasilMulaiSiklus, HasilSiapkan, PanelState, SiklusPanel, SopPanel } from '../server/api-types';
import { escapeHtml } from '../core/html';
import { pesanGalatPengguna } from '../core/galat';
import { entriUntuk, type EntriBantuan } from '../core/bantuan';
import { renderBantuan } from './bantuan';

/** A server function the sidebar offers as a button. Later actions (kirim, kembalikan, rekap…) go here. */
export interface Aksi {
  readonly fungsi: string;
  readonly label: string;
  readonly hanyaAdmin: boolean;
}

export const AKSI: readonly Aksi[] = [
  { fungsi: 'siapkanLembarKerja', label: 'Siapkan lembar kerja', hanyaAdmin: true },
  { fungsi: 'buatTabRekap', label: 'Buat rekap', hanyaAdmin: true },
  { fungsi: 'buatRekapDenganDraf', label: 'Buat rekap (sertakan draf)', hanyaAdmin: true },
  { fungsi: 'buatDokumenLkj', label: 'Buat draf LKj', hanyaAdmin: true },
  { fungsi: 'buatDokumenLkjDenganDraf', label: 'Buat draf LKj (sertakan draf)', hanyaAdmin: true },
  { fungsi: 'buatNotaDinas', label: 'Buat nota dinas permintaan data', hanyaAdmin: true },
  { fungsi: 'buatSuratPeringatan', label: 'Buat surat peringatan', hanyaAdmin: true },
  { fungsi: 'periksaIsian', label: 'Periksa isian (tab yang dibuka)', hanyaAdmin: false },
  { fungsi: 'kirimAtasNamaBidang', label: 'Kirim atas nama bidang (tab yang dibuka)', hanyaAdmin: true },
  { fungsi: 'kembalikanUntukPerbaikan', label: 'Kembalikan untuk perbaikan (tab yang dibuka)', hanyaAdmin: true },
  { fungsi: 'kirimPengingat', label: 'Kirim pengingat', hanyaAdmin: true },
  { fungsi: 'kumpulkanData', label: 'Kumpulkan data', hanyaAdmin: true },
];

/** What the sidebar shows after an action: a message and its details, one line each. */
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

export function tampilanHasil(hasil: HasilMulaiSiklus | HasilSiapkan | HasilBuatRekap | HasilBuatDokumen, bantuan: readonly EntriBantuan[] = []): Tampilan {
  return denganBantuan(tampilanHasilSaja(hasil), bantuan);
}

function tampilanHasilSaja(hasil: HasilMulaiSiklus | HasilSiapkan | HasilBuatRekap | HasilBuatDokumen): Tampilan {
  if (!('status' in hasil)) {
    const ditambahkan = hasil.ditambahkan.map((d) => `Ditambahkan: ${d}`);
    return { jenis: hasil.masalah.length > 0 ? 'error' : 'info', pesan: hasil.pesan, rincian: [...ditambahkan, ...hasil.masalah] };
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
  return `<div class="${t.jenis}"><p>${escapeHtml(t.pesan)}</p>${rincian}${t.bantuan ? renderBantuan(t.bantuan) : ''}${teknis}</div>`;
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

/** The latest generated documents, each a link opening in a new tab, with its folder's (Drive links only). */
export function renderDokumen(dokumen: readonly DokumenPanel[]): string {
  const tautan = (url: string, teks: string): string =>
    url.startsWith('https://') ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${teks}</a>` : teks;
  const item = (d: DokumenPanel): string => {
    const folder = d.folder?.startsWith('https://') ? ` · ${tautan(d.folder, 'folder')}` : '';
    return `<li><span class="jenis">${escapeHtml(d.jenis)}</span> ${tautan(d.url, escapeHtml(d.nama))}${folder}</li>`;
  };
  return `<section class="dokumen"><h2>Dokumen terbaru</h2><ul>${dokumen.map(item).join('')}</ul></section>`;
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

/**
 * The SOP view: the current step, who the cycle waits on, what is late, the time spent against the
 * standard, and the steps. Steps the user may mark get a form (id "form-sop"; fields urutan,
 * catatan and, for admins, status) for `tandaiLangkahSop`, the current step chosen first. The steps
 * are a plain list: each carries its own name, so no list number can disagree with the SOP's.
 */
export function renderSop(sop: SopPanel, admin: boolean): string {
  const terlambat = sop.terlambat.length > 0 ? `<ul class="terlambat">${sop.terlambat.map((t) => `<li class="error">${escapeHtml(t)}</li>`).join('')}</ul>` : '';
  const langkah = sop.langkah
    .map((l) => `<li class="langkah status-${escapeHtml(l.status)}"><strong>${escapeHtml(l.nama)}</strong> · ${escapeHtml(l.labelStatus)}${l.tenggat ? ` · tenggat ${escapeHtml(l.tenggat)}` : ''}<br>${escapeHtml(l.pelaksana)}: ${escapeHtml(l.kegiatan)}${l.catatan ? `<br><em>${escapeHtml(l.catatan)}</em>` : ''}</li>`)
    .join('');
  const bisa = sop.langkah.filter((l) => l.bolehDitandai);
  const pilihan = bisa
    .map((l) => `<option value="${l.urutan}"${l.urutan === sop.urutanSaatIni ? ' selected' : ''}>${escapeHtml(l.nama)}: ${escapeHtml(l.kegiatan.slice(0, 60))}</option>`)
    .join('');
  const status = admin ? '<label>Tandai sebagai<select name="status"><option value="selesai">Selesai</option><option value="dilewati">Dilewati</option><option value="ulang">Ulangi (putaran koreksi berikutnya)</option></select></label>' : '';
  const form = bisa.length > 0
    ? `<form id="form-sop" class="form"><label>Langkah<select name="urutan">${pilihan}</select></label>${status}<label>Catatan<textarea name="catatan" rows="2"></textarea></label><button type="submit">Tandai langkah</button></form>`
    : '';
  return (
    `<section class="sop"><h2>SOP: ${escapeHtml(sop.judul)}</h2>` +
    `<p>${escapeHtml(sop.menunggu)}</p>${terlambat}` +
    `<p>Standar waktu ${escapeHtml(sop.standarWaktu)}; berjalan ${escapeHtml(sop.waktuBerjalan)}. Rincian di tab ${escapeHtml(sop.tab)}.</p>` +
    `<ul class="daftar-langkah">${langkah}</ul>${form}</section>`
  );
}

export function renderPanel(state: PanelState): string {
  const judul = `<h1>${escapeHtml(state.spreadsheetName)}</h1>`;
  const siklus = state.siklus ? renderSiklus(state.siklus) : '<p>Belum ada siklus berjalan.</p>';
  const aksi = AKSI.filter((a) => state.admin || !a.hanyaAdmin)
    .map((a) => `<button type="button" data-fungsi="${escapeHtml(a.fungsi)}">${escapeHtml(a.label)}</button>`)
    .join('');
  const form = state.admin ? renderFormMulai() : '';
  const dokumen = state.dokumen.length > 0 ? renderDokumen(state.dokumen) : '';
  const sop = state.sop ? renderSop(state.sop, state.admin) : '';
  return `${judul}<div id="pesan" role="status"></div>${siklus}${sop}${aksi ? `<section class="aksi">${aksi}</section>` : ''}${dokumen}${form}`;
}
