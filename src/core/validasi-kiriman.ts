/**
 * Whether a bidang tab may be submitted: every problem at once, each naming its cell. Rules:
 * - every indicator of the bidang has its row, and no row is foreign to the bidang;
 * - every realisasi is filled, or is "tidak ada data" with the reason in Penjelasan;
 * - a realisasi is a number or a predikat of the qualitative scale; a count (`satuanCacah`: orang,
 *   kegiatan, dokumen …) is not negative, while other indicators may be (growth rates);
 * - a rasio indicator's row has Pembilang ≥ 0 and Penyebut > 0 (its realisasi is computed from them),
 *   or "tidak ada data"; other rows leave both empty;
 * - a realisasi anggaran is a number ≥ 0;
 * - neither is a formula (`=1+1` would be stored as its result, with no trace of what was typed);
 * - a Penjelasan is written where the capaian (s.d. the period, `capaianSampaiTw`) is below 100 %;
 * - a bukti dukung, when given, is an http(s) link.
 * Pure.
 */
import { angkaTerlaluBesar } from './angka';
import { capaianSampaiTw, rasioIsian } from './agregasi';
import { nilaiAngka, type AturanCapaian } from './capaian';
import { formatPersen } from './format';
import { bacaBarisLembar, hurufKolom, kolomLembar, posisiKolom, satuanCacah, TIDAK_ADA_DATA, type BarisIsian } from './lembar-bidang';
import { masalahTab } from './konfigurasi/tabel';
import type { Indikator, Isian, Masalah, Periode } from './types';

export interface PermintaanPeriksa {
  readonly tab: string;
  readonly periode: Periode;
  /** The bidang's kode. */
  readonly bidang: string;
  /** The configured indicators (all bidang; those of `bidang` are checked). */
  readonly indikator: readonly Indikator[];
  readonly aturan: AturanCapaian;
}

export interface HasilPeriksa {
  readonly isian: Isian[];
  /** The rows as read, with their sheet rows (for comparing with a snapshot later). */
  readonly baris: BarisIsian[];
  readonly masalah: Masalah[];
}

const TAUTAN = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

/** A rasio row's Pembilang (≥ 0) and Penyebut (> 0), each problem named on its cell; true when both hold. */
function periksaRasio(isian: Isian, salah: (id: string, pesan: string) => void): boolean {
  const kosong = `belum diisi: indikator rasio diisi Pembilang dan Penyebut (atau tulis "${TIDAK_ADA_DATA}" di Realisasi).`;
  const cek = (id: 'pembilang' | 'penyebut', keliru: (n: number) => string | null): boolean => {
    const n = isian[id] ?? null;
    const pesan = n === null ? kosong : keliru(n) ?? angkaTerlaluBesar(n);
    if (pesan !== null) salah(id, pesan);
    return pesan === null;
  };
  const pembilang = cek('pembilang', (n) => (n < 0 ? 'tidak boleh negatif.' : null));
  const penyebut = cek('penyebut', (n) => (n <= 0 ? 'harus lebih dari 0 (pembagi rasio).' : null));
  return pembilang && penyebut;
}

function periksaBaris(b: BarisIsian, ind: Indikator, p: PermintaanPeriksa, salah: (id: string, pesan: string) => void): void {
  const { isian } = b;
  const rasio = ind.agregasi === 'rasio';
  if (!rasio) {
    for (const id of ['pembilang', 'penyebut'] as const) {
      if ((isian[id] ?? null) !== null) salah(id, 'hanya untuk indikator rasio: kosongkan sel ini.');
    }
  }
  if (isian.tidakAdaData !== null) {
    if (isian.tidakAdaData === '') salah('penjelasan', `realisasi "${TIDAK_ADA_DATA}": tulis alasannya di sini.`);
  } else if (!rasio || periksaRasio(isian, salah)) {
    periksaRealisasi(b, ind, p, salah);
  }
  if (isian.realisasiAnggaran !== null && isian.realisasiAnggaran < 0) salah('realisasiAnggaran', 'tidak boleh negatif.');
  if (isian.buktiDukung !== '' && !TAUTAN.test(isian.buktiDukung)) {
    salah('buktiDukung', 'bukan tautan. Tulis alamat lengkap yang diawali https:// (mis. tautan Google Drive).');
  }
}

/** A realisasi given (a rasio's computed from its valid pair): readable, in range, and explained when capaian is below 100 %. */
function periksaRealisasi(b: BarisIsian, ind: Indikator, p: PermintaanPeriksa, salah: (id: string, pesan: string) => void): void {
  const { isian } = b;
  if (isian.realisasi === null) {
    salah('realisasi', 'belum diisi.');
  } else {
    const angka = nilaiAngka(isian.realisasi, p.aturan.skalaKualitatif);
    const besar = typeof angka === 'number' ? angkaTerlaluBesar(angka) : null;
    if (angka !== null && typeof angka !== 'number') {
      salah('realisasi', `"${angka.tidakDikenal}" bukan angka dan bukan predikat dari Skala predikat (atau tulis "${TIDAK_ADA_DATA}").`);
    } else if (typeof angka === 'number' && angka < 0 && satuanCacah(ind.satuan)) {
      salah('realisasi', `tidak boleh negatif: satuannya "${ind.satuan}" dihitung per ${ind.satuan}.`);
    } else if (besar !== null) {
      salah('realisasi', besar);
    } else if (isian.penjelasan === '') {
      const tahunan = p.periode === 'TAHUNAN';
      const capaian = capaianSampaiTw(
        {
          indikator: ind,
          realisasiTw: tahunan ? b.sebelumnya : [...b.sebelumnya, isian.realisasi],
          rasioTw: [...b.sebelumnyaRasio.map(rasioIsian), ...(tahunan ? [] : [rasioIsian(isian)])],
          periode: p.periode,
          ...(tahunan ? { realisasiFinal: isian.realisasi } : {}),
        },
        p.aturan,
      ).capaian;
      if (capaian.jenis === 'nilai' && capaian.persen < 100) {
        salah('penjelasan', `capaian ${formatPersen(capaian.persen)} di bawah 100 %: tulis penjelasannya.`);
      }
    }
  }
}

/** The number columns a bidang types into, which must hold a typed number rather than a formula. */
const KOLOM_ANGKA_MASUKAN = ['realisasi', 'pembilang', 'penyebut', 'realisasiAnggaran'] as const;

/**
 * Reads the tab's values (row 1 first) and checks them for submission. `rumus` is the same
 * range's getFormulas ('' where a cell holds no formula).
 */
export function periksaKiriman(values: readonly (readonly unknown[])[], rumus: readonly (readonly string[])[], p: PermintaanPeriksa): HasilPeriksa {
  const kolom = kolomLembar(p.periode);
  const bacaan = bacaBarisLembar(values, p.periode, p.tab);
  const masalah: Masalah[] = [];
  for (const b of bacaan.baris) {
    for (const id of KOLOM_ANGKA_MASUKAN) {
      const f = rumus[b.baris - 1]?.[posisiKolom(p.periode, id) - 1] ?? '';
      if (f !== '') {
        masalah.push(masalahTab(p.tab, `berisi rumus ${f}; ketik angkanya saja (rumus tidak disimpan sebagai isian).`, b.baris, kolom[posisiKolom(p.periode, id) - 1].judul));
      }
    }
  }
  masalah.push(...bacaan.masalah);
  const sudah = new Set(masalah.map((m) => `${m.baris}|${m.kolom}`));
  const milikBidang = p.indikator.filter((i) => i.bidang === p.bidang);
  for (const b of bacaan.baris) {
    const salah = (id: string, pesan: string): void => {
      const judul = kolom[posisiKolom(p.periode, id) - 1].judul;
      if (!sudah.has(`${b.baris}|${judul}`)) masalah.push(masalahTab(p.tab, pesan, b.baris, judul));
    };
    const ind = milikBidang.find((i) => i.kode === b.isian.kodeIndikator);
    if (!ind) salah('kode', `indikator "${b.isian.kodeIndikator}" bukan milik bidang ini (lihat tab Indikator).`);
    else periksaBaris(b, ind, p, salah);
  }
  // Mulai siklus refuses a complete cycle, so a deleted row comes back only by undoing the deletion.
  for (const ind of milikBidang) {
    if (!bacaan.baris.some((b) => b.isian.kodeIndikator === ind.kode)) {
      masalah.push(masalahTab(p.tab, `baris indikator ${ind.kode} tidak ada: barisnya terhapus dari tab ini. Kembalikan dengan Ctrl+Z atau File ▸ Histori versi, atau minta admin memulihkannya.`));
    }
  }
  masalah.sort((a, b) => a.baris - b.baris || kolom.findIndex((k) => k.judul === a.kolom) - kolom.findIndex((k) => k.judul === b.kolom));
  return { isian: bacaan.baris.map((b) => b.isian), baris: bacaan.baris, masalah };
}

/** "TW1-26·KWN!P9 (Realisasi TW I): belum diisi." */
export function uraianMasalahKiriman(m: Masalah, periode: Periode): string {
  if (m.baris === 0) return `${m.tab}: ${m.pesan}`;
  const index = kolomLembar(periode).findIndex((k) => k.judul === m.kolom);
  const sel = index < 0 ? `baris ${m.baris}` : `${hurufKolom(index + 1)}${m.baris}`;
  return `${m.tab}!${sel} (${m.kolom}): ${m.pesan}`;
}
