/**
 * The Renstra tab: the Renstra's summary (periode, visi, misi, tujuan) in labelled rows at the top,
 * then a table per indicator — by the kode of the Indikator tab, whose sasaran it does not repeat —
 * with the Renstra's end target, whether that target is cumulative or an end condition, and an
 * optional national or provincial standard with its source. The LKj's BAB II and analyses 3 and 4
 * come from it. Pure.
 */
import type { Indikator, Masalah, Nilai } from '../types';
import { nilaiAngka } from '../capaian';
import { bacaAngka } from './angka';
import { bacaKunciNilai, type BarisKunci } from './kunci-nilai';
import { normalJudul } from './judul';
import type { SkemaTabel } from './skema';
import { bacaTabel, masalahTab, masalahTabel } from './tabel';

export const TAB_RENSTRA = 'Renstra';
export const RENSTRA_KOLOM = ['Renstra', 'Isi'] as const;

export const KUNCI_RENSTRA: readonly BarisKunci[] = [
  { id: 'periode', label: 'Periode Renstra', catatan: 'Tahun awal dan akhir Renstra, mis. 2025–2029. Realisasi kumulatif dijumlah sejak tahun awal.' },
  { id: 'visi', label: 'Visi', catatan: 'Visi kepala daerah yang didukung Renstra OPD.' },
  { id: 'misi', label: 'Misi', catatan: 'Satu misi per baris (Alt+Enter di dalam sel).' },
  { id: 'tujuan', label: 'Tujuan', catatan: 'Satu tujuan per baris. Sasaran strategis diambil dari tab Indikator, tidak perlu ditulis lagi.' },
];

/** Jenis target Renstra: what "realisasi s.d. tahun ini" means for the end target. */
export const JENIS_TARGET_RENSTRA = { kumulatif: 'kumulatif', 'kondisi-akhir': 'kondisi akhir' } as const;
export type JenisTargetRenstra = keyof typeof JENIS_TARGET_RENSTRA;

export const SKEMA_RENSTRA: SkemaTabel = {
  tab: TAB_RENSTRA,
  kolom: [
    { id: 'kode', judul: 'Kode indikator', catatan: 'Kode indikator dari tab Indikator, mis. IK-01.', wajib: true, lebar: 110, sinonim: ['kode'] },
    { id: 'target', judul: 'Target akhir Renstra', catatan: 'Target akhir periode Renstra (angka atau predikat). Kosong = kolom Target akhir Renstra di tab Indikator.', wajib: false, lebar: 130, sinonim: ['target renstra'], periksa: 'target' },
    { id: 'jenis', judul: 'Jenis target Renstra', catatan: 'kumulatif: realisasi semua tahun Renstra dijumlah; kondisi akhir: realisasi tahun ini dibanding target akhir.', wajib: false, lebar: 140, pilihan: Object.values(JENIS_TARGET_RENSTRA) },
    { id: 'standar', judul: 'Standar nasional/provinsi', catatan: 'Boleh kosong. Nilai standar nasional atau provinsi (SPM, target RPJMN/RPJMD provinsi, rata-rata nasional).', wajib: false, lebar: 150, sinonim: ['standar'], periksa: 'target' },
    { id: 'sumber', judul: 'Sumber standar', catatan: 'Wajib bila standar diisi: dokumen dan tahunnya, mis. "RPJMN 2025–2029".', wajib: false, lebar: 260 },
  ],
  contoh: [],
};

export interface RenstraIndikator {
  /** Upper-cased kode of the Indikator tab. */
  readonly kode: string;
  /** The end target (this tab's, else the Indikator tab's); null when neither has one. */
  readonly target: Nilai | null;
  /** Null when the target came from the Indikator tab alone (read as an end condition). */
  readonly jenis: JenisTargetRenstra | null;
  readonly standar: Nilai | null;
  readonly sumberStandar: string;
}

export interface Renstra {
  /** First and last year; null when not given. */
  readonly periode: { readonly awal: number; readonly akhir: number } | null;
  readonly visi: string;
  readonly misi: string;
  readonly tujuan: string;
  /** Per upper-cased indicator kode, every indicator of the PK that has a Renstra target or a standard. */
  readonly indikator: ReadonlyMap<string, RenstraIndikator>;
}

/** The row above the table whose first cell is "Kode indikator": the table's header, 0-based; -1 when none. */
function barisJudulTabel(grid: readonly (readonly unknown[])[]): number {
  const judul = normalJudul(SKEMA_RENSTRA.kolom[0].judul);
  return grid.findIndex((row, i) => i > 0 && normalJudul(String(row[0] ?? '')) === judul);
}

/** "2025–2029", "2025-2029", "2025 s.d. 2029" → years; a message when it is not two years in order. */
function bacaPeriode(teks: string): { awal: number; akhir: number } | string | null {
  if (teks === '') return null;
  const m = /^(\d{4})\s*(?:[-–—]|s\.?\s?d\.?|sampai(?: dengan)?)\s*(\d{4})$/i.exec(teks);
  if (!m || Number(m[1]) > Number(m[2])) return `"${teks}" tidak berbentuk tahun awal–tahun akhir, mis. 2025–2029.`;
  return { awal: Number(m[1]), akhir: Number(m[2]) };
}

/** A target or a standard: a number, a predikat of the scale, or null when empty; a message otherwise. */
function bacaNilai(mentah: unknown, teks: string, skalaKualitatif: Readonly<Record<string, number>>): Nilai | null | { pesan: string } {
  const angka = bacaAngka(mentah);
  if (angka.jenis === 'angka') return angka.nilai;
  if (angka.jenis === 'kosong') return null;
  const label = Object.keys(skalaKualitatif).find((l) => l.toLowerCase() === teks.toLowerCase());
  return label ?? { pesan: `"${teks}" bukan angka dan bukan predikat dari Skala predikat.` };
}

const PENANDA_KOSONG = '\u0000kosong';

/**
 * `grid` is getValues of the tab (null = no tab yet: an empty Renstra, every indicator's end target
 * from the Indikator tab). `indikator` is the read Indikator tab.
 */
export function bacaRenstra(
  grid: readonly (readonly unknown[])[] | null,
  indikator: readonly Indikator[],
  skalaKualitatif: Readonly<Record<string, number>>,
): { renstra: Renstra; masalah: Masalah[] } {
  const masalah: Masalah[] = [];
  const kepala = grid === null ? -1 : barisJudulTabel(grid);
  if (grid !== null && grid.length > 1 && kepala < 0 && grid.slice(1).some((r) => r.slice(2).some((v) => String(v ?? '').trim() !== ''))) {
    masalah.push(masalahTab(TAB_RENSTRA, `Baris judul tabel indikator (kolom A berisi "${SKEMA_RENSTRA.kolom[0].judul}") tidak ada. Jalankan Siapkan lembar kerja pada tab Renstra yang kosong, atau tulis baris judulnya lagi.`));
  }
  const ringkas = bacaKunciNilai(TAB_RENSTRA, grid === null ? [] : kepala < 0 ? grid : grid.slice(0, kepala), KUNCI_RENSTRA, RENSTRA_KOLOM[1]);
  masalah.push(...ringkas.masalah);
  const periode = bacaPeriode(ringkas.nilai.periode);
  if (typeof periode === 'string') masalah.push(masalahTab(TAB_RENSTRA, `Periode Renstra: ${periode}`, ringkas.baris.periode ?? 0, RENSTRA_KOLOM[1]));

  const perKode = new Map(indikator.map((i) => [i.kode.toUpperCase(), i]));
  const hasil = new Map<string, RenstraIndikator>();
  if (grid !== null && kepala >= 0) {
    const tabel = bacaTabel(SKEMA_RENSTRA, grid.slice(kepala), PENANDA_KOSONG);
    // bacaTabel counts rows from the table's header; the tab's rows are `kepala` further down.
    const geser = (m: Masalah): Masalah => (m.baris > 0 ? { ...m, baris: m.baris + kepala } : m);
    masalah.push(...tabel.masalah.filter((m) => m.pesan !== PENANDA_KOSONG).map(geser));
    const dipakai = new Map<string, number>();
    for (const b of tabel.baris) {
      const baris = b.baris + kepala;
      const salah = (id: string, pesan: string): void => { masalah.push(masalahTabel(tabel, baris, id, pesan)); };
      const awal = masalah.length;
      const kode = b.sel.kode.toUpperCase();
      const ind = perKode.get(kode);
      if (kode === '') salah('kode', 'Wajib diisi.');
      else if (!ind) salah('kode', `Kode indikator "${b.sel.kode}" tidak ada di tab Indikator.`);
      else if (dipakai.has(kode)) salah('kode', `Kode indikator "${b.sel.kode}" sudah ada di baris ${dipakai.get(kode)}.`);
      else dipakai.set(kode, baris);
      const nilai = (id: string): Nilai | null => {
        const v = bacaNilai(b.mentah[id], b.sel[id], skalaKualitatif);
        if (v !== null && typeof v === 'object') { salah(id, v.pesan); return null; }
        return v;
      };
      const targetTab = nilai('target');
      const standar = nilai('standar');
      const jenisTeks = b.sel.jenis.toLowerCase().replace(/\s+/g, ' ');
      const jenis = (Object.keys(JENIS_TARGET_RENSTRA) as JenisTargetRenstra[]).find((j) => JENIS_TARGET_RENSTRA[j] === jenisTeks || j === jenisTeks) ?? null;
      if (jenisTeks !== '' && jenis === null) salah('jenis', `Jenis target Renstra harus "kumulatif" atau "kondisi akhir", bukan "${b.sel.jenis}".`);
      const target = targetTab ?? ind?.targetRenstra ?? null;
      if (targetTab !== null && ind && ind.targetRenstra !== null && String(ind.targetRenstra) !== String(targetTab)) {
        salah('target', `Target ${b.sel.target} berbeda dengan Target akhir Renstra ${ind.targetRenstra} di tab Indikator untuk ${ind.kode}. Samakan, atau kosongkan salah satunya.`);
      }
      if (target !== null && jenisTeks === '') salah('jenis', 'Wajib diisi bila indikator mempunyai target akhir Renstra: "kumulatif" atau "kondisi akhir".');
      if (jenis === 'kumulatif' && target !== null && typeof nilaiAngka(target, {}) !== 'number') salah('jenis', `Target "${target}" berupa predikat, sehingga tidak dapat dijumlah: pilih "kondisi akhir".`);
      if (standar !== null && b.sel.sumber === '') salah('sumber', 'Sebutkan sumber standar (dokumen dan tahunnya).');
      if (standar === null && b.sel.sumber !== '') salah('standar', 'Sumber standar diisi tetapi nilai standarnya kosong.');
      if (masalah.length > awal || !ind) continue;
      hasil.set(kode, { kode, target, jenis, standar, sumberStandar: b.sel.sumber });
    }
  }
  // Indicators not in the table keep the Indikator tab's end target, read as an end condition.
  for (const i of indikator) {
    const kode = i.kode.toUpperCase();
    if (!hasil.has(kode) && i.targetRenstra !== null) hasil.set(kode, { kode, target: i.targetRenstra, jenis: null, standar: null, sumberStandar: '' });
  }
  return {
    renstra: { periode: typeof periode === 'string' ? null : periode, visi: ringkas.nilai.visi, misi: ringkas.nilai.misi, tujuan: ringkas.nilai.tujuan, indikator: hasil },
    masalah,
  };
}
