/** A small office for the document tests: two sasaran, four indicators, two programmes. */
import { buatRekap } from '../../src/core/rekap/buat';
import type { MasukanRekap, Rekap } from '../../src/core/rekap/model';
import {
  lowerBlocks,
  runsText,
  type DocumentModel,
  type HeadingBlock,
  type ParagraphBlock,
  type TableBlock,
} from '../../src/core/dokumen/model';
import type { Bidang, Konfigurasi } from '../../src/core/types';
import { indikator, isian, pengaturan, terkirim } from './rekap-fixture';

const S1 = 'Meningkatnya kualitas perencanaan';
const S2 = 'Meningkatnya akuntabilitas keuangan';

function bidang(kode: string, nama: string, kabid: string): Bidang {
  return { kode, nama, kabid: { nama: kabid, nip: '19800101', jabatan: `Kepala ${nama}`, email: `${kode}@contoh.go.id` }, stafEmails: [] };
}

export const KONFIGURASI: Konfigurasi = {
  pengaturan: pengaturan({
    instansi: 'Badan Kesatuan Bangsa dan Politik',
    pemerintahDaerah: 'Kota Pematangsiantar',
    kepala: { nama: 'Inali Akbar', nip: '196709231993031004', jabatan: 'Kepala Badan' },
  }),
  bidang: [bidang('B1', 'Bidang Perencanaan', 'Sari Dewi'), bidang('B2', 'Bidang Keuangan', 'Rudi Hartono')],
  indikator: [
    indikator('I1', { sasaran: S1, indikator: 'Persentase dokumen tepat waktu', program: 'Program Perencanaan', pagu: 100_000_000, realisasiTahunLalu: 80 }),
    indikator('I2', { sasaran: S1, indikator: 'Jumlah temuan berulang', satuan: 'temuan', polaritas: 'negatif', targetTahunan: 8, targetTw: [8, 8, 8, 8], program: 'Program Perencanaan', pagu: 50_000_000 }),
    indikator('I3', { sasaran: S2, indikator: 'Nilai SAKIP', bidang: 'B2', satuan: 'nilai', targetTahunan: 0, targetTw: [0, 0, 0, 0], program: 'Program Keuangan', pagu: 250_000_000 }),
    indikator('I4', { sasaran: S2, indikator: 'Persentase laporan keuangan', bidang: 'B2', program: 'Program Keuangan', pagu: 0 }),
  ],
};

export const ISIAN_B1 = [
  isian('I1', 85, { realisasiAnggaran: 90_000_000, penjelasan: 'Dokumen disusun bersama tim.', faktorPendukung: 'Tim solid.', faktorPenghambat: 'Data terlambat.', upaya: 'Jadwal dipercepat.' }),
  isian('I2', 4, { realisasiAnggaran: 30_000_000 }),
];

const ISIAN = {
  B1: [
    isian('I1', 85, { realisasiAnggaran: 90_000_000, penjelasan: 'Dokumen disusun bersama tim.', faktorPendukung: 'Tim solid.', faktorPenghambat: 'Data terlambat.', upaya: 'Jadwal dipercepat.' }),
    isian('I2', 4, { realisasiAnggaran: 30_000_000 }),
  ],
  B2: [isian('I3', 5, { realisasiAnggaran: 125_000_000 }), isian('I4', null)],
};

export function rekapTw1(): Rekap {
  return buatRekap({
    konfigurasi: KONFIGURASI,
    periode: 'TW1',
    tahun: 2026,
    bidang: [terkirim('B1', ISIAN.B1), terkirim('B2', ISIAN.B2)],
  });
}

export function rekapTahunan(tambahan: Partial<MasukanRekap> = {}): Rekap {
  return buatRekap({
    konfigurasi: KONFIGURASI,
    periode: 'TAHUNAN',
    tahun: 2026,
    bidang: [terkirim('B1', ISIAN.B1), terkirim('B2', ISIAN.B2)],
    realisasiTw: { I1: [20, 20, 20, 25], I2: [1, 1, 1, 1], I3: [5, null, null, null], I4: [null, null, null, null] },
    ...tambahan,
  });
}

// ---- reading a model the way a reader would ------------------------------------------------

export function headings(model: DocumentModel): HeadingBlock[] {
  return lowerBlocks(model.blocks).filter((b): b is HeadingBlock => b.kind === 'heading');
}

export function tables(model: DocumentModel): TableBlock[] {
  return lowerBlocks(model.blocks).filter((b): b is TableBlock => b.kind === 'table');
}

/** Every paragraph's text, in order. */
export function paragraphs(model: DocumentModel): string[] {
  return lowerBlocks(model.blocks)
    .filter((b): b is ParagraphBlock => b.kind === 'paragraph')
    .map((p) => runsText(p.runs));
}

/** All visible text of the model (headings, paragraphs, list items, table cells), one entry per line. */
export function allText(model: DocumentModel): string[] {
  return lowerBlocks(model.blocks).flatMap((b) => {
    switch (b.kind) {
      case 'heading': return [b.text];
      case 'paragraph': return [runsText(b.runs)];
      case 'list': return b.items.map(runsText);
      case 'table': return [...b.header, ...b.rows.map((r) => (r.kind === 'group' ? [r.label] : r.cells))].map((r) => r.join(' | '));
      default: return [];
    }
  });
}
