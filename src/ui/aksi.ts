/**
 * The server functions the sidebar offers as buttons, and how a button is drawn. Each button
 * carries `data-kunci`, the key the sidebar uses to put an action's progress and outcome right
 * beside the control that started it (sidebar.ts).
 */
import { escapeHtml } from '../core/html';

export type IdAksi =
  | 'siapkanLembarKerja' | 'buatTabRekap' | 'buatRekapDenganDraf' | 'buatDokumenLkj' | 'buatDokumenLkjDenganDraf'
  | 'buatNotaDinas' | 'buatSuratPeringatan' | 'periksaIsian' | 'kirimAtasNamaBidang' | 'kembalikanUntukPerbaikan'
  | 'kirimPengingat' | 'kumpulkanData' | 'simpanTriwulanSebelumnya';

export const LABEL_AKSI: Readonly<Record<IdAksi, string>> = {
  siapkanLembarKerja: 'Siapkan lembar kerja',
  buatTabRekap: 'Buat rekap',
  buatRekapDenganDraf: 'Buat rekap (sertakan draf)',
  buatDokumenLkj: 'Buat draf LKj',
  buatDokumenLkjDenganDraf: 'Buat draf LKj (sertakan draf)',
  buatNotaDinas: 'Buat nota dinas permintaan data',
  buatSuratPeringatan: 'Buat surat peringatan',
  periksaIsian: 'Periksa isian',
  kirimAtasNamaBidang: 'Kirim atas nama bidang',
  kembalikanUntukPerbaikan: 'Kembalikan untuk perbaikan',
  kirimPengingat: 'Kirim pengingat',
  kumpulkanData: 'Kumpulkan data',
  simpanTriwulanSebelumnya: 'Simpan realisasi triwulan sebelumnya',
};

/** What an action needs to be told about the bidang it is for (absent = the tab on screen). */
export interface ArgBidang {
  readonly bidang: string;
}

/**
 * A button for `fungsi`: `kelas` 'action' (the stage's main step, blue) or 'create' (makes
 * something new) from Google's add-on CSS, '' for a secondary one; `arg` is passed as the call's
 * one argument.
 */
export function tombol(fungsi: IdAksi, kelas: 'action' | 'create' | '' = '', arg?: ArgBidang, label = LABEL_AKSI[fungsi]): string {
  const kunci = arg ? `${fungsi}:${arg.bidang}` : fungsi;
  const data = arg ? ` data-arg="${escapeHtml(JSON.stringify(arg))}"` : '';
  const cls = kelas ? ` class="${kelas}"` : '';
  return `<button type="button"${cls} data-fungsi="${fungsi}" data-kunci="${escapeHtml(kunci)}"${data}>${escapeHtml(label)}</button>`;
}
