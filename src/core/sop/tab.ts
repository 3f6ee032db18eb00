/**
 * A custom SOP from the "SOP" configuration tab: row 1 holds the headers (any order, any
 * capitalisation), each following non-empty row is a step. Every problem names its cell.
 */
import type { Masalah } from '../types';
import type { Durasi, Peristiwa, SopBaris, SopTemplate } from './model';
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
      masalah.push({ tab: tabName, baris: 1, kolom: k, pesan: `Kolom "${k}" tidak ada di baris judul.` });
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
      masalah.push({ tab: tabName, baris: nomorBaris, kolom: k, pesan });
    };
    if (isi('Kegiatan') === '') salah('Kegiatan', 'Kegiatan kosong.');
    const peran = normalisasiPeran(isi('Pelaksana'));
    if (peran.length === 0) {
      salah(
        'Pelaksana',
        `Pelaksana "${isi('Pelaksana')}" tidak dikenali. Tulis jabatannya, misalnya ` +
          `${['Kasubbag', 'Sekretaris', 'Kepala Badan', 'Kabid', 'Staf', 'Tim LKj'].join(', ')}.`,
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
    const durasi: Durasi | null = waktu.ok ? waktu.durasi : null;
    baris.push({
      urutan: baris.length + 1,
      no: isi('No'),
      kegiatan: isi('Kegiatan'),
      pelaksana: isi('Pelaksana'),
      peran,
      kelengkapan: isi('Kelengkapan'),
      waktu: isi('Waktu'),
      durasi,
      output: isi('Output'),
      keterangan: isi('Keterangan'),
      ...(peristiwa ? { peristiwa } : {}),
    });
  });
  if (masalah.length > 0) return { ok: false, masalah };
  if (baris.length === 0) {
    const pesan = `Tab ${tabName} belum berisi langkah.`;
    return { ok: false, masalah: [{ tab: tabName, baris: 0, kolom: '', pesan }] };
  }
  return {
    ok: true,
    template: { id: 'kustom', judul: `SOP dari tab ${tabName}`, sumber: tabName, catatanSumber: [], baris },
  };
}
