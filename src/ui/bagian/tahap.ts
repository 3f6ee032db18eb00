/**
 * The admin's cycle as stages (core/tahap.ts): a strip persiapan → … → selesai with the current
 * one marked, that stage's one or two actions as prominent buttons with a line saying why, and
 * the other actions that still make sense folded under "Tindakan lain".
 */
import type { PanelState, SiklusPanel } from '../../server/api-types';
import type { KeadaanMulaiDiSini } from '../../core/mulai-di-sini';
import { escapeHtml } from '../../core/html';
import { LABEL_TAHAP, TAHAP, type Tahap } from '../../core/tahap';
import { tombol } from '../aksi';
import { tautan } from './dokumen';
import { renderFormMulai } from './form-mulai';
import { renderPersiapan } from './persiapan';

export function renderStrip(saatIni: Tahap): string {
  const posisi = TAHAP.indexOf(saatIni);
  const item = (t: Tahap, i: number): string => {
    const kelas = i < posisi ? 'lewat' : i === posisi ? 'current' : 'nanti';
    return `<li class="${kelas}"${i === posisi ? ' aria-current="step"' : ''}>${escapeHtml(LABEL_TAHAP[t])}</li>`;
  };
  return `<ol class="tahap" aria-label="Tahap siklus">${TAHAP.map(item).join('')}</ol>`;
}

interface IsiTahap {
  readonly teks: string;
  readonly utama: string;
  readonly lain: readonly string[];
}

function belumKirim(s: SiklusPanel): number {
  return s.jumlahBidang - s.terkirim;
}

function isiTahap(tahap: Exclude<Tahap, 'persiapan'>, s: SiklusPanel, state: PanelState): IsiTahap {
  const form = renderFormMulai();
  switch (tahap) {
    case 'pengumpulan':
      return {
        teks: `Bidang mengisi tab masing-masing lalu mencentang kotak Kirim. ${s.terkirim} dari ${s.jumlahBidang} bidang sudah mengirim; batas waktu ${escapeHtml(s.batasWaktuTampil)}.`,
        utama: tombol('kirimPengingat', 'action') + tombol('buatNotaDinas'),
        lain: [tombol('kumpulkanData'), tombol('buatRekapDenganDraf'), tombol('buatSuratPeringatan'), form],
      };
    case 'rekap':
      return {
        teks: belumKirim(s) === 0
          ? 'Semua bidang sudah mengirim. Buat rekap dari isian yang terkirim.'
          : `Batas waktu ${escapeHtml(s.batasWaktuTampil)} sudah lewat; ${belumKirim(s)} bidang belum mengirim. Kirim surat peringatan, atau buat rekap dari yang sudah terkirim.`,
        utama: tombol('buatTabRekap', 'action') + (belumKirim(s) > 0 ? tombol('buatSuratPeringatan') : ''),
        lain: [tombol('buatRekapDenganDraf'), tombol('kirimPengingat'), tombol('kumpulkanData'), form],
      };
    case 'draf':
      return {
        teks: `Rekap ${escapeHtml(s.label)} sudah dibuat. Buat draf LKj (Google Dokumen) dari rekap.`,
        utama: tombol('buatDokumenLkj', 'action'),
        lain: [tombol('buatTabRekap', '', undefined, 'Buat rekap ulang'), tombol('buatDokumenLkjDenganDraf'), tombol('kumpulkanData'), form],
      };
    case 'selesai': {
      const draf = state.dokumen.find((d) => d.jenis === 'Draf LKj');
      return {
        teks: `Draf LKj ${escapeHtml(s.label)} sudah dibuat${draf ? `: ${tautan(draf.url, escapeHtml(draf.nama))}` : ''}. Periksa dan lengkapi di Google Dokumen. Mulai siklus berikutnya bila waktunya tiba.`,
        utama: renderFormMulai('Mulai siklus berikutnya'),
        lain: [tombol('buatDokumenLkj', '', undefined, 'Buat draf LKj lagi'), tombol('buatTabRekap', '', undefined, 'Buat rekap ulang'), tombol('kumpulkanData')],
      };
    }
  }
}

/** The current stage's block and, folded, the other actions; the Siapkan button stays reachable there. */
export function renderTahap(state: PanelState, tahap: Tahap, panduan: KeadaanMulaiDiSini | null = null): string {
  const judul = `<h2>Langkah sekarang: ${escapeHtml(LABEL_TAHAP[tahap])}</h2>`;
  if (tahap === 'persiapan' || state.siklus === null) {
    return `${renderStrip(tahap)}<section class="langkah-sekarang block">${judul}${renderPersiapan(state, panduan)}</section>`;
  }
  const isi = isiTahap(tahap, state.siklus, state);
  const lain = [...isi.lain, tombol('siapkanLembarKerja')];
  return (
    renderStrip(tahap) +
    `<section class="langkah-sekarang block">${judul}<p>${isi.teks}</p><div class="tombol-baris">${isi.utama}</div></section>` +
    `<details class="tindakan-lain block" data-kunci="tindakan-lain"><summary>Tindakan lain</summary>` +
    `<div class="tombol-kolom">${lain.join('')}</div></details>`
  );
}
