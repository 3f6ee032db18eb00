/**
 * The generated blocks of a custom template (Pengaturan ▸ Templat LKj) as ONE Docs API request
 * list, so filling a template costs the same calls whatever the number of indicators. Pure: it
 * reads the document as `Docs.Documents.get` gives it (after the placeholders were replaced) and
 * returns the requests; no Apps Script global is touched here.
 *
 * Each `{{#marker}}` is made an empty paragraph of its own: text after it moves to a new paragraph
 * below (a "\n" inserted after the marker; "\n" splits a paragraph and both halves keep its style,
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#InsertTextRequest),
 * text before it stays above (a "\n" before it), the marker's text is deleted
 * (…/request#DeleteContentRangeRequest). Its blocks are then compiled before that empty paragraph
 * (kompilasiDocs, src/gas/docs-permintaan.ts). Markers are handled last first, so each request
 * names indexes that nothing before it in the list has moved. Only markers in paragraphs of the
 * body itself are found (not in a table cell, a header or a footer).
 */
import { kompilasiDocs, type PermintaanDocs, type Sisipan, type TempatBlok } from './docs-permintaan';
import type { Block } from '../core/dokumen/model';

type Document = GoogleAppsScript.Docs.Schema.Document;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;

/** One index that is not text (a page break, an image…), in a paragraph's text as read here. */
const BUKAN_TEKS = '\u0000';

/** `{{ nama }}` or `{{#nama}}` in any letter case, as a pattern (RE2 and JavaScript alike; Body.replaceText takes it too). */
export function polaIsian(nama: string, blok = false): string {
  const huruf = nama.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
  return `\\{\\{\\s*${blok ? '#\\s*' : ''}${huruf}\\s*\\}\\}`;
}

interface Paragraf {
  /** Body child index. */
  readonly anak: number;
  readonly mulai: number;
  /** The text without its closing newline; BUKAN_TEKS for each index that is not text. */
  readonly teks: string;
  /** The child before is a paragraph of text only (a first table can split its newline). */
  readonly setelahTeks: boolean;
}

function teksParagraf(e: StructuralElement): string {
  const isi = (e.paragraph?.elements ?? []).map((p) => (p.textRun ? (p.textRun.content ?? '') : BUKAN_TEKS.repeat((p.endIndex ?? 0) - (p.startIndex ?? 0)))).join('');
  return isi.endsWith('\n') ? isi.slice(0, -1) : isi;
}

function paragrafBadan(doc: Document): Paragraf[] {
  // body.content[0] is the section break; the children follow.
  const isi = (doc.body?.content ?? []).slice(1);
  return isi.flatMap((e, anak): Paragraf[] => {
    if (!e.paragraph) return [];
    const sebelum = isi[anak - 1];
    const setelahTeks = Boolean(sebelum?.paragraph) && !teksParagraf(sebelum).includes(BUKAN_TEKS);
    return [{ anak, mulai: e.startIndex ?? 0, teks: teksParagraf(e), setelahTeks }];
  });
}

/** A place blocks go to: the requests that empty it, then the blocks compiled there. */
interface Tempat {
  readonly siapkan: PermintaanDocs[];
  readonly tempat: Omit<TempatBlok, 'anak'> & { readonly anakAsli: number };
  /** Children the preparation adds before the place, and after it. */
  readonly anakSebelum: number;
  readonly anakSesudah: number;
  readonly blok: readonly Block[];
}

const hapus = (startIndex: number, endIndex: number): PermintaanDocs[] => (endIndex > startIndex ? [{ deleteContentRange: { range: { startIndex, endIndex } } }] : []);
const baris = (index: number): PermintaanDocs => ({ insertText: { location: { index }, text: '\n' } });

/** The markers of one paragraph, in order: each made an empty paragraph of its own. */
function tempatPenanda(p: Paragraf, hit: readonly { awal: number; akhir: number; blok: readonly Block[] }[]): Tempat[] {
  return hit.map((h, i) => {
    const ms = p.mulai + h.awal;
    const me = p.mulai + h.akhir;
    const ujung = i + 1 < hit.length ? hit[i + 1].awal : p.teks.length;
    const ekor = p.teks.slice(h.akhir, ujung);
    const siapkan: PermintaanDocs[] = [];
    const adaEkor = ekor.trim() !== '';
    // Highest indexes first: the text after, then the marker.
    if (adaEkor) siapkan.push(...hapus(me, me + ekor.length - ekor.trimStart().length), baris(me));
    else siapkan.push(...hapus(me, p.mulai + ujung));
    const depan = p.teks.slice(0, h.awal);
    if (depan.trim() !== '') {
      siapkan.push(...hapus(ms, me), baris(ms));
      return { siapkan, tempat: { index: ms + 1, anakAsli: p.anak + 1, setelahParagraf: !depan.includes(BUKAN_TEKS) }, anakSebelum: 1, anakSesudah: adaEkor ? 1 : 0, blok: h.blok };
    }
    siapkan.push(...hapus(p.mulai, me));
    return { siapkan, tempat: { index: p.mulai, anakAsli: p.anak, setelahParagraf: p.setelahTeks }, anakSebelum: 0, anakSesudah: adaEkor ? 1 : 0, blok: h.blok };
  });
}

export interface KompilasiTemplat {
  readonly requests: PermintaanDocs[];
  readonly sisipan: Sisipan[];
}

/**
 * The requests that put `penanda[nama]` where each `{{#nama}}` stands in `doc`, and `akhir` after
 * the last paragraph; images and rules as `sisipan` (body child indexes after the batch).
 */
export function kompilasiTemplat(doc: Document, penanda: Readonly<Record<string, readonly Block[]>>, akhir: readonly Block[]): KompilasiTemplat {
  const paragraf = paragrafBadan(doc);
  const semua: Tempat[] = paragraf.flatMap((p) => {
    const hit = Object.entries(penanda)
      .flatMap(([nama, blok]) => [...p.teks.matchAll(new RegExp(polaIsian(nama, true), 'g'))].map((m) => ({ awal: m.index ?? 0, akhir: (m.index ?? 0) + m[0].length, blok })))
      .sort((a, b) => a.awal - b.awal);
    return tempatPenanda(p, hit);
  });
  const terakhir = paragraf[paragraf.length - 1];
  if (akhir.length > 0 && terakhir) {
    // After the last paragraph: itself when empty, else a new empty one after it.
    const kosong = terakhir.teks === '';
    const ujung = terakhir.mulai + terakhir.teks.length;
    semua.push({
      siapkan: kosong ? [] : [baris(ujung)],
      tempat: kosong ? { index: terakhir.mulai, anakAsli: terakhir.anak, setelahParagraf: terakhir.setelahTeks } : { index: ujung + 1, anakAsli: terakhir.anak + 1, setelahParagraf: !terakhir.teks.includes(BUKAN_TEKS) },
      anakSebelum: kosong ? 0 : 1,
      anakSesudah: 0,
      blok: akhir,
    });
  }
  // In document order: each place's child index moves by what the places before it add.
  let geser = 0;
  const tersusun = semua.map((t) => {
    const hasil = kompilasiDocs(t.blok, { index: t.tempat.index, setelahParagraf: t.tempat.setelahParagraf, anak: t.tempat.anakAsli + geser });
    geser += t.anakSebelum + t.anakSesudah + hasil.anakBaru;
    return { siapkan: t.siapkan, ...hasil };
  });
  // In the list, last place first: nothing earlier in the list moves the indexes a request names.
  const urut = [...tersusun].reverse();
  return { requests: urut.flatMap((t) => [...t.siapkan, ...t.requests]), sisipan: tersusun.flatMap((t) => t.sisipan) };
}

/**
 * The text of a document's default header or footer as Documents.get gives it, its paragraphs
 * joined by spaces ('' when it has none). Only text is read: a page number in it is an AutoText
 * element (…/rest/v1/documents#AutoText), which no request can insert again, so it is left out.
 */
export function teksSegmen(doc: Document, jenis: 'header' | 'footer'): string {
  const id = jenis === 'header' ? doc.documentStyle?.defaultHeaderId : doc.documentStyle?.defaultFooterId;
  // @types/google-apps-script types `headers` and `footers` as bare objects: maps from id to Header / Footer.
  const segmen = ((jenis === 'header' ? doc.headers : doc.footers) ?? {}) as Record<string, { content?: StructuralElement[] } | undefined>;
  const isi = id ? (segmen[id]?.content ?? []) : [];
  return isi
    .flatMap((e) => (e.paragraph ? [(e.paragraph.elements ?? []).map((p) => p.textRun?.content ?? '').join('').trim()] : []))
    .filter((t) => t !== '')
    .join(' ');
}
