/**
 * A custom SOP from the "SOP" configuration tab: row 1 holds the headers (any order, any
 * capitalisation), each following non-empty row is a step. Every problem names its cell.
 */
import { kolomTidakAda, masalahTab } from '../konfigurasi/tabel';
import type { Masalah } from '../types';
import type { Durasi, PeranId, Peristiwa, SopBaris, SopTemplate } from './model';
import { normalisasiPeran } from './peran';
import { bacaPeristiwa, LABEL_PERISTIWA } from './peristiwa';
import { parseWaktu } from './waktu';

/** The SOP tab's headers, as the user sees them. */
export const KOLOM_SOP = [
  'No',
  'Kegiatan',
  'Pelaksana',
  'Kelengkapan',
  'Waktu',
  'Output',
  'Keterangan',
  'Peristiwa',
] as const;
export type KolomSop = (typeof KOLOM_SOP)[number];

const WAJIB: readonly KolomSop[] = ['Kegiatan', 'Pelaksana', 'Waktu'];

export type HasilTabSop =
  | { readonly ok: true; readonly template: SopTemplate }
  | { readonly ok: false; readonly masalah: Masalah[] };

/**
 * An SOP row from its cells in KOLOM_SOP order up to Keterangan (No, Kegiatan, Pelaksana,
 * Kelengkapan, Waktu, Output, Keterangan) and what was read from them.
 */
export function barisSop(urutan: number, sel: readonly string[], peran: PeranId[], durasi: Durasi | null, peristiwa: Peristiwa | null | undefined): SopBaris {
  const [no, kegiatan, pelaksana, kelengkapan, waktu, output, keterangan] = sel;
  return { urutan, no, kegiatan, pelaksana, peran, kelengkapan, waktu, durasi, output, keterangan, ...(peristiwa ? { peristiwa } : {}) };
}

function teks(sel: unknown): string {
  if (typeof sel === 'string') return sel.trim();
  if (typeof sel === 'number' && Number.isFinite(sel)) return String(sel);
  return '';
}

export function readSopTab(values: unknown[][], tabName = 'SOP'): HasilTabSop {
  const masalah: Masalah[] = [];
  const judul = (values[0] ?? []).map((sel) => teks(sel).toLowerCase());
  const kolom = new Map<KolomSop, number>(
    KOLOM_SOP.map((k) => [k, judul.indexOf(k.toLowerCase())] as const).filter(([, i]) => i >= 0),
  );
  for (const k of WAJIB) {
    if (!kolom.has(k)) {
      masalah.push(kolomTidakAda(tabName, k));
    }
  }
  if (masalah.length > 0) return { ok: false, masalah };

  const baris: SopBaris[] = [];
  values.slice(1).forEach((sel, i) => {
    const nomorBaris = i + 2;
    const isi = (k: KolomSop): string => {
      const c = kolom.get(k);
      return c === undefined ? '' : teks(sel[c]);
    };
    if (KOLOM_SOP.every((k) => isi(k) === '')) return;
    const salah = (k: KolomSop, pesan: string): void => {
      masalah.push(masalahTab(tabName, pesan, nomorBaris, k));
    };
    if (isi('Kegiatan') === '') salah('Kegiatan', 'Kegiatan kosong.');
    const peran = normalisasiPeran(isi('Pelaksana'));
    if (peran.length === 0) {
      salah(
        'Pelaksana',
        `Pelaksana "${isi('Pelaksana')}" tidak dikenali. Tulis jabatannya, misalnya ` +
          'Kasubbag, Sekretaris, Kepala Badan, Kabid, Staf, Tim LKj.',
      );
    }
    const waktu = parseWaktu(isi('Waktu'));
    if (!waktu.ok) salah('Waktu', waktu.pesan);
    let peristiwa: Peristiwa | null = null;
    if (isi('Peristiwa') !== '') {
      peristiwa = bacaPeristiwa(isi('Peristiwa'));
      if (peristiwa === null) {
        salah(
          'Peristiwa',
          `Peristiwa "${isi('Peristiwa')}" tidak dikenali. Pilih salah satu: ` +
            `${Object.values(LABEL_PERISTIWA).join(', ')}; atau kosongkan untuk langkah yang ditandai manual.`,
        );
      }
    }
    baris.push(barisSop(baris.length + 1, KOLOM_SOP.slice(0, 7).map(isi), peran, waktu.ok ? waktu.durasi : null, peristiwa));
  });
  if (masalah.length > 0) return { ok: false, masalah };
  if (baris.length === 0) {
    return { ok: false, masalah: [masalahTab(tabName, `Tab ${tabName} belum berisi langkah.`)] };
  }
  return {
    ok: true,
    template: { id: 'kustom', judul: `SOP dari tab ${tabName}`, sumber: tabName, catatanSumber: [], baris },
  };
}
