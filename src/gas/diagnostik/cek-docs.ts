/**
 * The Docs API index arithmetic the emulator's fake assumes (node/emulator/docs-advanced.ts) and
 * Lapkin's request list rests on (src/gas/docs-permintaan.ts), put to Google: in a scratch document
 * one batchUpdate inserts a paragraph, a 2 × 2 table at that paragraph's newline, text into a cell
 * and a list item, deletes part of that item's text, gives the first page its own header and
 * creates a header; a second writes into the header by its id; then
 * Docs.Documents.get reads every element's indexes back. The expected lines are what the fake
 * computes: the body starts at 1 after the section break, an empty table is 1 + R × (1 + 2C)
 * indexes, the paragraph the table was inserted into is split there (an empty paragraph follows
 * the table), a header's indexes start at 0. Run under the manifest's scopes: batchUpdate and get
 * accept `documents`, the scratch document is made and trashed through Drive under `drive.file`.
 */
import { layananDocs } from '../dokumen-docs-api';
import { cek, type Cek } from './cek';
import type { RuangUji } from './ruang-uji';

type Request = GoogleAppsScript.Docs.Schema.Request;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;

/** "Judul\n" [1, 7); the table at 6 starts at 7; cell (0,0)'s paragraph at 10; the last paragraph at 19. */
const PERMINTAAN = [
  { insertText: { location: { index: 1 }, text: 'Judul\n' } },
  { insertTable: { rows: 2, columns: 2, location: { index: 6 } } },
  { insertText: { location: { index: 19 }, text: 'Butir' } },
  { createParagraphBullets: { range: { startIndex: 19, endIndex: 25 }, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } },
  { insertText: { location: { index: 10 }, text: 'A' } },
  // "Bu" of "Butir" (now at 20): a template's marker is deleted so (src/gas/docs-templat.ts).
  { deleteContentRange: { range: { startIndex: 20, endIndex: 22 } } },
  { updateDocumentStyle: { documentStyle: { useFirstPageHeaderFooter: true }, fields: 'useFirstPageHeaderFooter' } },
  { createHeader: { type: 'DEFAULT' } },
] as Request[];

const HARAPAN = [
  'isi 0–1 pemisah bagian',
  'isi 1–7 paragraf "Judul"',
  'isi 7–19 tabel 2×2',
  'baris 8–14',
  'sel 9–12 "A"',
  'sel 12–14 ""',
  'baris 14–19',
  'sel 15–17 ""',
  'sel 17–19 ""',
  'isi 19–20 paragraf ""',
  'isi 20–24 butir daftar "tir"',
  'header 0–7 paragraf "Kepala"',
  'halaman pertama dengan header sendiri',
];

const rentang = (e: { startIndex?: number; endIndex?: number }) => `${e.startIndex ?? 0}–${e.endIndex ?? 0}`;

function teks(e: StructuralElement): string {
  const isi = (e.paragraph?.elements ?? []).map((p) => p.textRun?.content ?? '').join('');
  return `"${isi.replace(/\n$/, '')}"`;
}

/** Each element as one Indonesian line: where it lies and what it is. */
function baris(awalan: string, isi: readonly StructuralElement[]): string[] {
  return isi.flatMap((e): string[] => {
    if (e.sectionBreak) return [`${awalan} ${rentang(e)} pemisah bagian`];
    if (e.paragraph) return [`${awalan} ${rentang(e)} ${e.paragraph.bullet ? 'butir daftar' : 'paragraf'} ${teks(e)}`];
    if (e.table) {
      return [
        `${awalan} ${rentang(e)} tabel ${e.table.rows ?? 0}×${e.table.columns ?? 0}`,
        ...(e.table.tableRows ?? []).flatMap((r) => [
          `baris ${rentang(r)}`,
          ...(r.tableCells ?? []).map((c) => `sel ${rentang(c)} ${(c.content ?? []).map(teks).join(' ')}`),
        ]),
      ];
    }
    return [`${awalan} ${rentang(e)} (unsur lain)`];
  });
}

export const CEK_DOCS: readonly Cek<RuangUji>[] = [
  cek('docs-indeks', 'Docs API: indeks paragraf, tabel, sel, butir daftar dan header sama dengan hitungan emulator', HARAPAN, (r: RuangUji) => {
    const id = r.dokumenDocs();
    const docs = layananDocs();
    const jawab = docs.Documents.batchUpdate({ requests: PERMINTAAN }, id);
    const kepala = (jawab.replies?.[PERMINTAAN.length - 1] as { createHeader?: { headerId?: string } } | undefined)?.createHeader?.headerId ?? '';
    docs.Documents.batchUpdate({ requests: [{ insertText: { location: { segmentId: kepala, index: 0 }, text: 'Kepala' } }] }, id);
    const doc = docs.Documents.get(id);
    // @types/google-apps-script types `headers` as a bare object: it is a map from header id to Header.
    const headers = (doc.headers ?? {}) as Record<string, GoogleAppsScript.Docs.Schema.Header | undefined>;
    const pertama = doc.documentStyle?.useFirstPageHeaderFooter ? ['halaman pertama dengan header sendiri'] : [];
    return [...baris('isi', doc.body?.content ?? []), ...baris('header', headers[kepala]?.content ?? []), ...pertama];
  }),
];
