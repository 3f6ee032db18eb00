import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { mainkanDemo, namaDocx, type LaporanDemo } from '../../node/demo/mainkan';
import { Panggung } from '../../node/demo/panggung';
import { readDocumentXml } from '../../node/docx/read';

// Plays the demo through build/ (npm test builds it once before vitest; never rebuilt here), or
// through LAPKIN_TEST_BUNDLE, a bundle built elsewhere while build/ is being rebuilt.
const out = mkdtempSync(join(tmpdir(), 'lapkin-demo-'));
let laporan: LaporanDemo;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  laporan = await mainkanDemo({ out, bundleDir: process.env.LAPKIN_TEST_BUNDLE ?? 'build' });
  book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(join(out, 'lapkin-demo.xlsx')) as unknown as ExcelJS.Buffer);
}, 120_000);

/** A worksheet by the start of its tab name (Excel keeps 31 characters of it). */
function lembar(awal: string): ExcelJS.Worksheet {
  const ws = book.worksheets.find((w) => w.name.startsWith(awal.slice(0, 31).trimEnd()));
  if (!ws) throw new Error(`No worksheet ${awal} in ${book.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** The row of indicator `kode` (column B) and the column under header `judul` (row 7). */
function nilai(ws: ExcelJS.Worksheet, kode: string, judul: string): ExcelJS.CellValue {
  let row = 0;
  let column = 0;
  ws.eachRow((r, n) => {
    if (r.getCell(2).value === kode) row = n;
  });
  ws.getRow(7).eachCell((c, n) => {
    if (c.value === judul) column = n;
  });
  const v = ws.getCell(row, column).value;
  return v !== null && typeof v === 'object' && 'result' in v ? (v.result as ExcelJS.CellValue) : v;
}

/** The values of the recap row of indicator `kode` (its kode in one of the cells). */
function barisRekap(ws: ExcelJS.Worksheet, kode: string): unknown[] {
  let values: unknown[] = [];
  ws.eachRow((row) => {
    const cells = (row.values as unknown[]).map((v) => (v !== null && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v));
    if (cells.includes(kode)) values = cells.map((v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v));
  });
  return values;
}

describe('npm run demo', () => {
  test('plays every step of the year: none skipped, none failed', () => {
    expect(laporan.dilewati).toEqual([]);
    expect(laporan.gagal).toEqual([]);
    expect(laporan.ringkasan.join('\n')).toContain('0 dilewati, 0 gagal');
  });

  test('says which step it skips when the bundle lacks its entry point, and never runs it', () => {
    const panggung = new Panggung(process.env.LAPKIN_TEST_BUNDLE ?? 'build', () => undefined);
    let ran = false;
    expect(panggung.langkah('Buat laporan bulanan', ['buatLaporanBulanan'], () => String((ran = true)))).toBe(false);
    expect(ran).toBe(false);
    expect(panggung.ringkasLewat()).toEqual(['buatLaporanBulanan belum ada: 1 langkah dilewati (Buat laporan bulanan)']);
  });

  test('writes a workbook that opens, with every tab of the year and the values the bidang typed', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Pengaturan', 'Bidang', 'Indikator']));
    for (const periode of ['TW1', 'TW2', 'TW3', 'TW4', 'THN']) lembar(`${periode}-26·KWN`);
    // IK-16 (kumulatif, target s.d. TW I 12): KWN types 13 → capaian 108,33 %.
    const tw1 = lembar('TW1-26·KWN');
    expect(nilai(tw1, 'IK-16', 'Realisasi TW I')).toBe(13);
    expect(nilai(tw1, 'IK-16', 'Capaian (%)')).toBeCloseTo(108.333333, 5);
  });

  test('the annual tab carries the four quarters, typed by the bidang through the year', () => {
    const tahunan = lembar('THN-26·KWN');
    // IK-16 kumulatif, running target 12/24/36/48 × 1,1 in whole reports: 13 + 13 + 14 + 13.
    const tw = ['Realisasi TW I', 'Realisasi TW II', 'Realisasi TW III', 'Realisasi TW IV'].map((j) => nilai(tahunan, 'IK-16', j));
    expect(tw).toEqual([13, 13, 14, 13]);
    expect(nilai(tahunan, 'IK-16', 'Realisasi akhir tahun')).toBe(53);
  });

  test("the recaps hold domain.md's worked examples", () => {
    // T 100, R 85 → 85 % Tinggi; negatif T 2, R 1 → 150 % (TW I) and T 8, R 4 → 150 % (year).
    const tw1 = lembar('Rekap TW1-26');
    expect(barisRekap(tw1, 'IK-20')).toEqual(expect.arrayContaining([100, 85, 'Tinggi']));
    expect(barisRekap(tw1, 'IK-18')).toEqual(expect.arrayContaining([2, 1, 150]));
    const tahunan = lembar('Rekap THN-26');
    expect(barisRekap(tahunan, 'IK-18')).toEqual(expect.arrayContaining([8, 4, 150]));
    expect(barisRekap(tahunan, 'IK-20')).toEqual(expect.arrayContaining([100, 85, 'Tinggi']));
  });

  test('no figure contradicts the text the demo types beside it ("dicapai melalui kegiatan yang direncanakan")', () => {
    // Every demo realisasi lands within 80–110 % of its target (150 % for the negatif IK-18), so a
    // "Sangat Rendah" or a zero realisasi anywhere means the demo typed the wrong figure.
    const bertentangan: string[] = [];
    for (const ws of book.worksheets.filter((w) => /^(Rekap|TW|THN)/.test(w.name))) {
      ws.eachRow((row, n) => {
        const cells = (row.values as unknown[]).map((v) => (v !== null && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v));
        const kode = cells.find((v) => typeof v === 'string' && /^IK-\d+$/.test(v));
        if (kode && cells.includes('Sangat Rendah')) bertentangan.push(`${ws.name} baris ${n} (${String(kode)})`);
      });
    }
    for (const [periode, tab] of [['TW I', 'TW1-26·'], ['TW II', 'TW2-26·'], ['TW III', 'TW3-26·'], ['TW IV', 'TW4-26·']] as const) {
      const lembarTw = book.worksheets.filter((w) => w.name.startsWith(tab));
      expect(lembarTw.length, tab).toBeGreaterThan(0);
      for (const ws of lembarTw) {
        for (const kode of ['IK-10', 'IK-16']) {
          const r = nilai(ws, kode, `Realisasi ${periode}`);
          if (r === 0) bertentangan.push(`${ws.name} ${kode}: realisasi 0`);
        }
      }
    }
    expect(bertentangan).toEqual([]);
  });

  test('writes the TW I Laporan Capaian Kinerja and the annual LKj as .docx, each with its chapters and the capaian tables', async () => {
    expect(namaDocx('TW1')).toBe('Laporan-TW1-2026.docx');
    expect(namaDocx('TAHUNAN')).toBe('LKj-Tahunan-2026.docx');
    for (const periode of ['TW1', 'TAHUNAN'] as const) {
      const file = join(out, namaDocx(periode));
      expect(existsSync(file)).toBe(true);
      const zip = await JSZip.loadAsync(readFileSync(file));
      const xml = await zip.file('word/document.xml')?.async('string');
      const blocks = readDocumentXml(xml ?? '');
      const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
      expect(headings).toEqual(
        expect.arrayContaining(periode === 'TW1' ? ['A. Capaian Kinerja', 'C. Kendala dan Upaya'] : ['BAB I PENDAHULUAN', 'BAB III AKUNTABILITAS KINERJA', 'BAB IV PENUTUP']),
      );
      expect(headings[0]).toMatch(periode === 'TW1' ? /^LAPORAN CAPAIAN KINERJA TRIWULAN I .*2026/ : /2026/);
      // The capaian table of sasaran 6 lists IK-18's 150 %.
      const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b.grid] : []));
      expect(tables.some((grid) => grid.some((row) => row.includes('Jumlah konflik sosial') && row.some((c) => c.startsWith('150,00'))))).toBe(true);
    }
    expect(laporan.berkas).toContain(join(out, 'lapkin-demo.xlsx'));
  });
});
