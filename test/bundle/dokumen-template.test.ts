import { describe, expect, test } from 'vitest';
import { GOOGLE_DOCS_MIME } from '../../node/emulator/drive';
import { describeDocument } from '../../node/emulator/document';
import { newParagraph, type DocumentContent, type ElementRecord } from '../../node/emulator/document/model';
import type { Emulator } from '../../node/emulator/index';
import { ADMIN, KABID_KWN } from './helpers';
import { S1, emulatorRekap, isi, mulai, TAB_KWN } from './rekap-helpers';
import { aturPengaturan, barisLog, berkas, dokumen, folderLapkin, ok, panggil, paragraf, tabel } from './dokumen-helpers';

const INSTANSI = 'Badan Kesatuan Bangsa dan Politik Kota Contoh';

/** A Google Doc in the admin's Drive holding one paragraph per line (a line starting '# ' is a heading). */
function templat(emu: Emulator, baris: readonly string[]): string {
  const content: DocumentContent = {
    margins: {},
    body: baris.map((teks) => (teks.startsWith('# ') ? { ...newParagraph('PARAGRAPH', teks.slice(2)), heading: 'HEADING1' as const } : newParagraph('PARAGRAPH', teks))),
  };
  return emu.drive.addFile('Templat LKj Kantor', GOOGLE_DOCS_MIME, ADMIN, content).id;
}

/** A Google Doc in the admin's Drive holding exactly these elements (styled runs, page breaks…). */
function templatElemen(emu: Emulator, body: ElementRecord[]): string {
  return emu.drive.addFile('Templat LKj Kantor', GOOGLE_DOCS_MIME, ADMIN, { margins: {}, body }).id;
}

const CATATAN: ElementRecord = { ...newParagraph('PARAGRAPH', ''), runs: [{ text: 'Catatan: ', bold: true }, { text: 'angka sementara.' }] };
const HALAMAN_BARU: ElementRecord = { ...newParagraph('PARAGRAPH', ''), pageBreak: true };
const PENUTUP: ElementRecord = { ...newParagraph('PARAGRAPH', 'BAB IV PENUTUP'), heading: 'HEADING1' };

function siklusBerjalan(): Emulator {
  const emu = emulatorRekap();
  mulai(emu, 'TW1');
  isi(emu, KABID_KWN, TAB_KWN('TW I'), 'TW1', 'C-01', { realisasi: 85 });
  return emu;
}

describe('Buat draf LKj from the office\'s own template', () => {
  test('placeholders are filled, blocks stand at their markers, unknown ones are reported and left visible', () => {
    const emu = siklusBerjalan();
    const id = templat(emu, [
      '# LAPORAN KINERJA {{instansi}}',
      'Periode {{periode}} tahun {{Tahun}}, ditandatangani {{ kepala }} (NIP {{nip_kepala}})',
      'Nomor: {{nomor_surat}}',
      '{{#tabel_capaian}}',
      'Penutup oleh {{jabatan_kepala}}',
      '{{#grafik}}',
    ]);
    aturPengaturan(emu, 'Templat LKj', `https://docs.google.com/document/d/${id}/edit`);
    const hasil = ok(panggil(emu, 'buatDokumenLkjDenganDraf'));
    // The template is the admin's own document: under drive.file Lapkin cannot copy it through
    // Drive, so a new document in Lapkin's folder receives its body, and the result says what stays behind.
    expect(berkas(emu, hasil.dokumen[0].url)?.parentId).toBe(folderLapkin(emu, ADMIN).id);
    expect(hasil.catatan).toContain(
      'Dari templat disalin isi badan dokumen (paragraf, daftar, tabel, gambar, pemisah halaman, dengan formatnya) dan teks header serta footernya; ' +
        'nomor halaman, margin, serta ukuran dan orientasi halaman templat tidak ikut — atur di dokumen hasil bila perlu.',
    );
    expect(hasil.catatan).toContain('Isian {{nomor_surat}} tidak dikenal; teksnya dibiarkan apa adanya.');
    expect(hasil.catatan).toContain('Isian {{#grafik}} tidak dikenal; teksnya dibiarkan apa adanya.');
    const doc = dokumen(emu, hasil.dokumen[0]);
    expect(doc.name).toBe(`LKj ${INSTANSI} TW I 2026 — draf 1 April 2026`);
    const teks = paragraf(doc).map((p) => p.text).filter((t) => t !== '');
    expect(teks[0]).toBe(`LAPORAN KINERJA ${INSTANSI}`);
    expect(paragraf(doc)[0].heading).toBe('HEADING1');
    expect(teks[1]).toBe('Periode TW I tahun 2026, ditandatangani Drs. Ahmad Suryadi, M.Si. (NIP 196805121994031007)');
    expect(teks[2]).toBe('Nomor: {{nomor_surat}}');
    expect(teks[3]).toBe(`Tabel 3.1 Capaian Kinerja Sasaran ${S1}`);
    expect(teks.slice(-2)).toEqual(['Penutup oleh Kepala Badan', '{{#grafik}}']);
    expect(teks).not.toContain('{{#tabel_capaian}}');
    // The tables come between the text before and after the marker, with the recap's figures.
    const urutan = doc.body.map((b) => (b.type === 'TABLE' ? 'TABEL' : b.type === 'PARAGRAPH' ? b.text : '')).filter((t) => t !== '');
    expect(urutan.indexOf('Penutup oleh Kepala Badan')).toBeGreaterThan(urutan.lastIndexOf('TABEL'));
    expect(urutan.indexOf('Nomor: {{nomor_surat}}')).toBeLessThan(urutan.indexOf('TABEL'));
    expect(tabel(doc)).toHaveLength(3);
    expect(tabel(doc)[0].rows[1].slice(1)).toEqual(['Persentase laporan tepat waktu', '%', '100', '85', '85,00 %', 'Tinggi', '85,00 %']);
    // The template itself is untouched; the Log names the problems.
    expect(emu.drive.files.get(id)?.content?.body.map((p) => (p.type === 'TABLE' ? '' : p.runs.map((r) => r.text).join('')))).toContain('{{#tabel_capaian}}');
    expect(barisLog(emu).at(-1)?.[3]).toContain('Isian {{nomor_surat}} tidak dikenal');
  });

  test('the tables stand exactly where the marker was; the styling and page break after it stay as the template has them', () => {
    const emu = siklusBerjalan();
    const id = templatElemen(emu, [
      { ...newParagraph('PARAGRAPH', 'LAPORAN KINERJA {{instansi}}'), heading: 'HEADING1' },
      newParagraph('PARAGRAPH', 'Capaian sasaran strategis:'),
      newParagraph('PARAGRAPH', '{{#tabel_capaian}}'),
      CATATAN,
      HALAMAN_BARU,
      PENUTUP,
    ]);
    aturPengaturan(emu, 'Templat LKj', id);
    const sejak = emu.ws.calls.length;
    const hasil = ok(panggil(emu, 'buatDokumenLkj'));
    const panggilan = emu.ws.callCounts(sejak);
    const doc = dokumen(emu, hasil.dokumen[0]);
    const templatAsli = describeDocument(emu.drive, id).body;

    expect(doc.body[0]).toMatchObject({ type: 'PARAGRAPH', heading: 'HEADING1', text: `LAPORAN KINERJA ${INSTANSI}` });
    expect(doc.body[1]).toMatchObject({ text: 'Capaian sasaran strategis:' });
    // The first generated block takes the marker's place; the marker paragraph is gone.
    expect(doc.body[2]).toMatchObject({ type: 'PARAGRAPH', text: `Tabel 3.1 Capaian Kinerja Sasaran ${S1}` });
    expect(doc.body[3]).toMatchObject({ type: 'TABLE' });
    expect(paragraf(doc).map((p) => p.text)).not.toContain('{{#tabel_capaian}}');
    // Everything after the marker is the template's own, unchanged: the bold run, the page break, the heading.
    expect(doc.body.slice(-3)).toEqual(templatAsli.slice(3));
    expect(doc.body.at(-3)).toMatchObject({ runs: [{ text: 'Catatan: ', bold: true }, { text: 'angka sementara.' }] });
    expect(doc.body.at(-2)).toEqual({ type: 'PAGE_BREAK' });
    // …and follows the last generated table after the empty paragraph Docs keeps after a table and the marker's own, emptied.
    expect(doc.body.map((b) => b.type).lastIndexOf('TABLE')).toBe(doc.body.length - 6);
    expect(doc.body.slice(-5, -3)).toMatchObject([{ type: 'PARAGRAPH', text: '' }, { type: 'PARAGRAPH', text: '' }]);
    // The generated blocks are one Docs API batchUpdate (with the header) after reading the template's
    // header and the new body (Documents.get twice); a second batch writes the header's text. DocumentApp writes no table.
    expect(tabel(doc)).toHaveLength(3);
    expect(panggilan['Docs.Documents.get']).toBe(2);
    expect(panggilan['Docs.Documents.batchUpdate']).toBe(2);
    expect(Object.keys(panggilan).filter((k) => k.startsWith('DocumentApp.TableCell.') || k === 'DocumentApp.Body.insertTable')).toEqual([]);
    // The template's six paragraphs are copied one append each; nothing through Drive.Files.copy or DriveApp.
    expect(panggilan['DocumentApp.Body.appendParagraph']).toBe(6);
    expect(Object.keys(panggilan).filter((k) => k === 'Drive.Files.copy' || k.startsWith('DriveApp.'))).toEqual([]);
  });

  test('the template\'s header and footer text come over, placeholders filled; without a header the title stands there', () => {
    const emu = siklusBerjalan();
    const paragrafSegmen = (teks: string) => [newParagraph('PARAGRAPH', teks)];
    const id = emu.drive.addFile('Templat LKj Kantor', GOOGLE_DOCS_MIME, ADMIN, {
      margins: {},
      body: [newParagraph('PARAGRAPH', '{{#tabel_capaian}}')],
      segments: { 'kix.h': { kind: 'header', content: paragrafSegmen('{{instansi}} · Laporan Kinerja') }, 'kix.f': { kind: 'footer', content: paragrafSegmen('Dokumen internal') } },
      defaultHeaderId: 'kix.h',
      defaultFooterId: 'kix.f',
    }).id;
    aturPengaturan(emu, 'Templat LKj', id);
    const doc = dokumen(emu, ok(panggil(emu, 'buatDokumenLkj')).dokumen[0]);
    expect(doc.header).toMatchObject([{ text: `${INSTANSI} · Laporan Kinerja`, alignment: 'RIGHT' }]);
    expect(doc.footer).toMatchObject([{ text: 'Dokumen internal', alignment: 'CENTER' }]);

    const tanpa = templat(emu, ['{{#tabel_capaian}}']);
    aturPengaturan(emu, 'Templat LKj', tanpa);
    const polos = dokumen(emu, ok(panggil(emu, 'buatDokumenLkj')).dokumen[0]);
    expect(polos.header).toMatchObject([{ text: `LAPORAN KINERJA TRIWULAN I ${INSTANSI.toUpperCase()} TAHUN 2026` }]);
    expect(polos.footer).toBeUndefined();
  });

  test('a marker inside a sentence splits it: the text before stays above the tables, the rest (still bold) goes below', () => {
    const emu = siklusBerjalan();
    const id = templatElemen(emu, [
      { ...newParagraph('PARAGRAPH', ''), runs: [{ text: 'Rinciannya: {{#tabel_capaian}} Lihat juga ' }, { text: 'Lampiran', bold: true }, { text: '.' }] },
      PENUTUP,
    ]);
    aturPengaturan(emu, 'Templat LKj', id);
    const doc = dokumen(emu, ok(panggil(emu, 'buatDokumenLkj')).dokumen[0]);
    expect(doc.body[0]).toMatchObject({ text: 'Rinciannya: ' });
    expect(doc.body[1]).toMatchObject({ text: `Tabel 3.1 Capaian Kinerja Sasaran ${S1}` });
    const ekor = doc.body.findIndex((b) => b.type === 'PARAGRAPH' && b.text === 'Lihat juga Lampiran.');
    expect(ekor).toBeGreaterThan(doc.body.map((b) => b.type).lastIndexOf('TABLE'));
    expect(doc.body[ekor]).toMatchObject({ runs: [{ text: 'Lihat juga ' }, { text: 'Lampiran', bold: true }, { text: '.' }] });
    expect(doc.body.at(-1)).toMatchObject({ heading: 'HEADING1', text: 'BAB IV PENUTUP' });
  });

  test('a template without the required capaian tables is reported, and the tables are added at the end', () => {
    const emu = siklusBerjalan();
    const id = templat(emu, ['Laporan {{instansi}}']);
    aturPengaturan(emu, 'Templat LKj', id);
    const hasil = ok(panggil(emu, 'buatDokumenLkj'));
    expect(hasil.catatan).toContain('Templat harus memuat {{#tabel_capaian}}.');
    expect(hasil.catatan).toContain('{{#tabel_capaian}} ditambahkan di akhir dokumen.');
    const doc = dokumen(emu, hasil.dokumen[0]);
    expect(paragraf(doc)[0].text).toBe(`Laporan ${INSTANSI}`);
    expect(tabel(doc)).toHaveLength(3);
  });

  test('a template that cannot be opened is refused in Indonesian and nothing is made', () => {
    const emu = siklusBerjalan();
    aturPengaturan(emu, 'Templat LKj', 'https://docs.google.com/document/d/tidak-ada/edit');
    const sebelum = emu.drive.files.size;
    expect(() => panggil(emu, 'buatDokumenLkj')).toThrow(
      'Templat LKj "https://docs.google.com/document/d/tidak-ada/edit" (Pengaturan ▸ Templat LKj) tidak dapat dibuka: berkasnya tidak ada, ' +
        'bukan dokumen Google Docs, atau akun Anda tidak dapat membukanya. Perbaiki ID/URL-nya, atau kosongkan agar format bawaan dipakai.',
    );
    expect(emu.drive.files.size).toBe(sebelum);
  });

  test('a list, a table and a page break of the template come over with their styling; a second export is a second document', () => {
    const emu = siklusBerjalan();
    const id = templatElemen(emu, [
      { ...newParagraph('LIST_ITEM', 'Poin {{instansi}}'), listId: 'kix.list1', glyphType: 'NUMBER' },
      { type: 'TABLE', rows: [[{ runs: [{ text: 'Kepala', bold: true }], background: '#d9e2f3' }, { runs: [{ text: '{{kepala}}' }] }]], columnWidths: { 0: 120 } },
      HALAMAN_BARU,
      newParagraph('PARAGRAPH', '{{#tabel_capaian}}'),
    ]);
    aturPengaturan(emu, 'Templat LKj', id);
    const pertama = ok(panggil(emu, 'buatDokumenLkj')).dokumen[0];
    const doc = dokumen(emu, pertama);
    expect(doc.body[0]).toMatchObject({ type: 'LIST_ITEM', text: `Poin ${INSTANSI}`, glyphType: 'NUMBER' });
    expect(doc.body[1]).toMatchObject({
      type: 'TABLE',
      rows: [['Kepala', 'Drs. Ahmad Suryadi, M.Si.']],
      backgrounds: [['#d9e2f3', null]],
      boldCells: [[true, false]],
      columnWidths: { 0: 120 },
    });
    expect(doc.body[2]).toEqual({ type: 'PAGE_BREAK' });
    const kedua = ok(panggil(emu, 'buatDokumenLkj')).dokumen[0];
    expect(kedua.nama).toBe(`${pertama.nama} (2)`);
    expect([pertama, kedua].map((d) => berkas(emu, d.url)?.parentId)).toEqual([folderLapkin(emu, ADMIN).id, folderLapkin(emu, ADMIN).id]);
    expect(JSON.stringify(dokumen(emu, pertama))).toBe(JSON.stringify(doc));
  });
});
