/**
 * The "Mulai di sini" guide in the panel (the admin's first run, from an empty spreadsheet to a
 * started TW I): each step of `getMulaiDiSini()` with a ✓ or what is still missing, and the
 * action that step needs. Its buttons reuse the panel's: `data-fungsi` runs a server function,
 * `data-muat` only reads the workbook again; the last step points to the panel's Mulai siklus form.
 */
import { escapeHtml } from '../core/html';
import type { IdLangkahMulai, KeadaanMulaiDiSini } from '../core/mulai-di-sini';

const PERIKSA = '<button type="button" data-muat>Periksa lagi</button>';

function tombol(fungsi: string, label: string): string {
  return `<button type="button" data-fungsi="${fungsi}">${label}</button>`;
}

/** What each step asks of the admin, and its buttons. */
const PETUNJUK: Readonly<Record<IdLangkahMulai, (zona: string) => string>> = {
  siapkan: () => `<p>Membuat tab Pengaturan, Bidang, Indikator, SOP dan Log, lalu melindunginya untuk admin.</p>${tombol('siapkanLembarKerja', 'Siapkan lembar kerja')}`,
  pengaturan: (zona) =>
    `<p>Isi kolom Nilai di tab Pengaturan: nama OPD, pemerintah daerah, tahun, Kepala dan NIP-nya, Kasubbag. Zona waktu spreadsheet: <strong>${escapeHtml(zona)}</strong> (File ▸ Setelan).</p>${PERIKSA}`,
  bidang: () => `<p>Satu baris per bidang di tab Bidang, dengan e-mail Kabid dan staf pengisi; lalu bagikan spreadsheet kepada mereka sebagai Editor.</p>${PERIKSA}`,
  indikator: () =>
    `<p>Tempel tabel Perjanjian Kinerja dari Excel atau Word: kosongkan tab Indikator, tempel tabel beserta judulnya di sel A1, lalu periksa. Kolom yang kurang ditambahkan; baris yang tidak terbaca disebut satu per satu.</p>` +
    `${tombol('kosongkanTabIndikator', 'Kosongkan tab Indikator')}${tombol('siapkanLembarKerja', 'Periksa indikator')}`,
  sop: () => `<p>Pilih SOP di Pengaturan ▸ Template SOP (sop-000 … sop-004, atau "kustom" untuk tab SOP sendiri).</p>${PERIKSA}`,
  mulai: () =>
    '<p>Pilih TW I, isi batas waktu (kosong = bawaan SOP), lalu tekan Mulai siklus pada formulir <a href="#form-mulai">Mulai siklus baru</a> di bawah: tab bidang langsung dibuka. ' +
    'Bila nota dinas permintaan data dibuat, diparaf dan ditandatangani sebelum tab dibuka, tekan Siapkan siklus lebih dulu: langkah SOP-nya tercatat sejak awal.</p>',
};

export function renderMulaiDiSini(k: KeadaanMulaiDiSini): string {
  const pertama = k.langkah.findIndex((l) => !l.selesai);
  const siap = k.langkah.slice(0, -1).every((l) => l.selesai);
  const item = k.langkah.map((l, i) => {
    const kurang = l.kurang.length > 0 ? `<ul class="kurang">${l.kurang.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>` : '';
    const isi = l.id === 'mulai' && !siap ? '<p>Selesaikan langkah 1–5 lebih dulu.</p>' : PETUNJUK[l.id](k.zonaWaktu);
    const tanda = l.selesai ? '✓' : String(i + 1);
    return (
      `<li class="langkah-mulai${l.selesai ? ' selesai' : ''}" data-langkah="${l.id}"><details${i === pertama ? ' open' : ''}>` +
      `<summary><span class="tanda">${tanda}</span> ${escapeHtml(l.judul)}${l.selesai ? '' : ` <span class="sisa">(${l.kurang.length} belum)</span>`}</summary>` +
      `${kurang}${isi}</details></li>`
    );
  });
  return `<section id="mulai-di-sini"><h2>Mulai di sini</h2><ol class="daftar-mulai">${item.join('')}</ol></section>`;
}
