/**
 * The chart of the LKj and the quarterly report: capaian per sasaran as horizontal bars against the
 * 100 % line, drawn as a PNG here (pure TypeScript, no Apps Script service), so the Google Doc and
 * the .docx hold the very same picture. The bars are numbered as the sasaran; the caption and the
 * list under the chart name them. A palette PNG with stored (uncompressed) deflate blocks: no zlib
 * is needed (https://www.w3.org/TR/png-3/: IHDR, PLTE, IDAT, IEND; RFC 1950/1951 stored blocks).
 */
import type { Rekap } from '../rekap/model';
import { centered, paragraph, type Block, type ImageBlock } from './model';

export interface BatangGrafik {
  /** The number printed left of the bar (the sasaran's number). */
  readonly nomor: number;
  /** Capaian in percent; null draws no bar. */
  readonly nilai: number | null;
}

const LEBAR = 560;
const BARIS = 34;
const KIRI = 40;
const KANAN = 24;
const ATAS = 12;
const BAWAH = 28;
/** Palette: white, black, light grey, bar blue, red for the 100 % line. */
const WARNA = [
  [255, 255, 255],
  [0, 0, 0],
  [215, 215, 215],
  [47, 84, 150],
  [192, 0, 0],
] as const;
// Index 0, white, is the background every pixel starts with.
const [HITAM, ABU, BIRU, MERAH] = [1, 2, 3, 4];

/** 3 × 5 glyphs of the characters the chart prints. */
const HURUF: Readonly<Record<string, string>> = {
  '0': '111101101101111', '1': '010110010010111', '2': '111001111100111', '3': '111001111001111', '4': '101101111001001',
  '5': '111100111001111', '6': '111100111101111', '7': '111001001001001', '8': '111101111101111', '9': '111101111001111',
  '%': '101001010100101',
};

class Kanvas {
  readonly px: Uint8Array;
  constructor(readonly w: number, readonly h: number) {
    this.px = new Uint8Array(w * h);
  }
  kotak(x: number, y: number, w: number, h: number, warna: number): void {
    for (let j = Math.max(0, y); j < Math.min(this.h, y + h); j++) this.px.fill(warna, j * this.w + Math.max(0, x), j * this.w + Math.min(this.w, x + w));
  }
  /** Text in the 3 × 5 font, each dot `s` pixels. */
  teks(x: number, y: number, teks: string, s = 3): void {
    [...teks].forEach((c, i) => {
      const g = HURUF[c] ?? '';
      for (let k = 0; k < g.length; k++) if (g[k] === '1') this.kotak(x + i * 4 * s + (k % 3) * s, y + Math.floor(k / 3) * s, s, s, HITAM);
    });
  }
}

// ---- PNG -------------------------------------------------------------------------------------

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: readonly number[]): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

function chunk(type: string, data: readonly number[]): number[] {
  const body = [...[...type].map((c) => c.charCodeAt(0)), ...data];
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** zlib stream of stored blocks (no compression). */
function zlibStored(data: Uint8Array): number[] {
  const out = [0x78, 0x01];
  for (let i = 0; i < data.length || i === 0; i += 65535) {
    const n = Math.min(65535, data.length - i);
    out.push(i + n >= data.length ? 1 : 0, n & 255, n >> 8, ~n & 255, (~n >> 8) & 255);
    for (let k = 0; k < n; k++) out.push(data[i + k]);
  }
  let a = 1;
  let b = 0;
  for (const x of data) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return [...out, ...u32(((b << 16) | a) >>> 0)];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(bytes: readonly number[]): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    s += B64[a >> 2] + B64[((a & 3) << 4) | (b >> 4)] + (i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)] : '=') + (i + 2 < bytes.length ? B64[c & 63] : '=');
  }
  return s;
}

function png(k: Kanvas): string {
  const raw = new Uint8Array(k.h * (k.w + 1));
  for (let y = 0; y < k.h; y++) raw.set(k.px.subarray(y * k.w, (y + 1) * k.w), y * (k.w + 1) + 1);
  const bytes = [
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', [...u32(k.w), ...u32(k.h), 8, 3, 0, 0, 0]),
    ...chunk('PLTE', WARNA.flat()),
    ...chunk('IDAT', zlibStored(raw)),
    ...chunk('IEND', []),
  ];
  return base64(bytes);
}

/** The chart of `rekap`'s sasaran: its caption, the picture, and which sasaran each number is. */
export function bagianGrafik(rekap: Rekap, judul: string): Block[] {
  const batang = rekap.ringkasanSasaran.map((s) => ({ nomor: s.nomor, nilai: s.rataRataCapaian }));
  return [
    centered(`${judul} Rata-rata Capaian Kinerja per Sasaran (garis merah: 100 %)`, true),
    grafikCapaian(batang),
    paragraph(rekap.ringkasanSasaran.map((s) => `${s.nomor} = ${s.sasaran}${s.rataRataCapaian === null ? ' (belum ada capaian)' : ''}`).join('; '), { align: 'center' }),
  ];
}

/** The chart as an image, printed 420 pt wide. */
export function grafikCapaian(batang: readonly BatangGrafik[]): ImageBlock {
  const h = ATAS + BAWAH + BARIS * Math.max(1, batang.length);
  const k = new Kanvas(LEBAR, h);
  const puncak = Math.max(120, ...batang.map((b) => Math.min(b.nilai ?? 0, 200)));
  const skala = Math.ceil(puncak / 20) * 20;
  const lebarPlot = LEBAR - KIRI - KANAN;
  const x = (persen: number): number => KIRI + Math.round((Math.min(persen, skala) * lebarPlot) / skala);
  for (let p = 0; p <= skala; p += 20) {
    k.kotak(x(p), ATAS, 1, h - ATAS - BAWAH, ABU);
    if (p % 40 === 0) k.teks(x(p) - 6, h - BAWAH + 8, String(p), 2);
  }
  k.teks(4, h - BAWAH + 8, '%', 2);
  batang.forEach((b, i) => {
    const y = ATAS + i * BARIS;
    k.teks(10, y + 10, String(b.nomor));
    if (b.nilai !== null && b.nilai > 0) k.kotak(KIRI, y + 7, x(b.nilai) - KIRI, BARIS - 14, BIRU);
  });
  k.kotak(KIRI, h - BAWAH, lebarPlot + 1, 2, HITAM);
  k.kotak(KIRI, ATAS, 2, h - ATAS - BAWAH, HITAM);
  k.kotak(x(100) - 1, ATAS, 3, h - ATAS - BAWAH, MERAH);
  const lebar = 420;
  return { kind: 'image', base64: png(k), mimeType: 'image/png', width: lebar, height: Math.round((lebar * h) / LEBAR) };
}
