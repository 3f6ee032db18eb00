/**
 * The Laporan Capaian Kinerja Triwulan: what most offices make each quarter (seeds 001–004 compile
 * the full LKj only after the year; seed 000 asks for an LKj every quarter, which Pengaturan ▸
 * Laporan triwulan can still choose). Per sasaran: capaian against the target s.d. TW n and against
 * the annual target; the budget absorbed s.d. the quarter; kendala and upaya in the bidang's words;
 * the follow-up plan for the next quarter, left for a person.
 */
import { formatPersen } from '../format';
import { labelPeriode, labelSampaiPeriode } from '../periode';
import type { KelompokSasaran, Rekap } from '../rekap/model';
import type { Konfigurasi, Nilai } from '../types';
import { bagianGrafik } from './grafik';
import { kalimatRataRata, type OpsiLkj } from './lkj';
import { catatanTabel, denganRasio, kalimat, selCapaian, selCapaianTahunan, tabelAnggaran, teksRealisasi } from './lkj-bab3';
import { centered, heading, justified, list, paragraph, table, toWrite, type Block, type DocumentModel, type TableBlock } from './model';
import { denganSatuan, kop, tandaTangan } from './surat';

export function judulLaporanTriwulan(rekap: Rekap): string {
  return `LAPORAN CAPAIAN KINERJA ${labelPeriode(rekap.periode).replace('TW', 'TRIWULAN')} ${rekap.instansi.toUpperCase()} TAHUN ${rekap.tahun}`;
}

function tabel(kelompok: KelompokSasaran, rekap: Rekap, konfigurasi: Konfigurasi): TableBlock {
  const sd = labelSampaiPeriode(rekap.periode);
  return table(
    ['No', 'Indikator Kinerja', `Target ${sd}`, `Realisasi ${sd}`, 'Capaian', 'Kategori', 'Target Tahunan', 'Capaian thd Target Tahunan'],
    kelompok.baris.map((b) => {
      const [capaian, kategori] = selCapaian(b);
      const tahunan = konfigurasi.indikator.find((i) => i.kode === b.kode)?.targetTahunan ?? null;
      // Figures with their unit: nine columns would not fit a portrait page with a Satuan column too.
      const satuan = (n: Nilai | null): string => (n === null ? '–' : denganSatuan(n, b.satuan));
      const realisasi = typeof b.realisasi === 'string' || b.realisasiSd === null ? teksRealisasi(b) : denganRasio(satuan(b.realisasiSd), b);
      return [String(b.nomor), b.indikator, satuan(b.target), realisasi, capaian, kategori, satuan(tahunan), selCapaianTahunan(b)];
    }),
  );
}

/**
 * Kendala and upaya as the bidang wrote them, each said once: indicators with the same kendala and
 * upaya share one item that names them all.
 */
function kendalaUpaya(rekap: Rekap): Block[] {
  const kelompok = new Map<string, { teks: string; indikator: string[] }>();
  for (const b of rekap.sasaran.flatMap((s) => s.baris)) {
    const teks = [b.faktorPenghambat.trim() ? `Kendala: ${kalimat(b.faktorPenghambat)}` : '', b.upaya.trim() ? `Upaya: ${kalimat(b.upaya)}` : ''].filter(Boolean).join(' ');
    if (teks === '') continue;
    const g = kelompok.get(teks) ?? { teks, indikator: [] };
    g.indikator.push(`${b.indikator} (${b.bidang.nama})`);
    kelompok.set(teks, g);
  }
  const items = [...kelompok.values()].map((g) => `${g.indikator.join('; ')}: ${g.teks}`);
  return items.length ? [list(false, items)] : [paragraph('Tidak ada kendala yang dilaporkan bidang pada triwulan ini.')];
}

export function buatLaporanTriwulan(rekap: Rekap, konfigurasi: Konfigurasi, opsi: OpsiLkj): DocumentModel {
  const { pengaturan } = konfigurasi;
  const periode = `${labelPeriode(rekap.periode)} Tahun ${rekap.tahun}`;
  const sd = labelSampaiPeriode(rekap.periode);
  const penyerapan = rekap.sorotan.penyerapanAnggaran;
  const blocks: Block[] = [
    kop(pengaturan, opsi.logo),
    heading(0, judulLaporanTriwulan(rekap), 'center'),
    justified(
      `Laporan ini menyajikan capaian kinerja ${rekap.instansi} ${periode} terhadap target ${sd} dan terhadap target tahunan ` +
        `Perjanjian Kinerja Tahun ${rekap.tahun}, penyerapan anggaran ${sd}, kendala dan upaya, serta rencana tindak lanjut triwulan berikutnya.`,
    ),
    justified(kalimatRataRata(rekap)),
    heading(1, 'A. Capaian Kinerja'),
    ...bagianGrafik(rekap, 'Grafik 1'),
    ...rekap.sasaran.flatMap((s): Block[] => [
      centered(`Tabel ${s.nomor} Capaian Kinerja Sasaran ${s.sasaran}`, true),
      tabel(s, rekap, konfigurasi),
      ...catatanTabel(s),
    ]),
    heading(1, `B. Penyerapan Anggaran ${sd}`),
    centered(`Tabel ${rekap.sasaran.length + 1} Realisasi Anggaran per Program`, true),
    tabelAnggaran(rekap),
    justified(penyerapan === null ? 'Pagu anggaran belum diisi.' : `Penyerapan anggaran ${sd}: ${formatPersen(penyerapan)} dari pagu.`),
    heading(1, 'C. Kendala dan Upaya'),
    ...kendalaUpaya(rekap),
    heading(1, 'D. Rencana Tindak Lanjut Triwulan Berikutnya'),
    toWrite('rencana tindak lanjut untuk triwulan berikutnya'),
    tandaTangan(pengaturan.kepala, pengaturan, opsi),
  ];
  return { title: `Draf ${judulLaporanTriwulan(rekap)}`, blocks };
}
