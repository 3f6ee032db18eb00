/**
 * The OPD's logo from Pengaturan ▸ Logo: a data URI ("data:image/png;base64,…"), which fits in a
 * cell and needs no Drive scope beyond drive.file (a logo file uploaded by hand is out of its
 * reach). Printed 60 pt high on the kop; a PNG keeps its proportions (its size is read from the
 * IHDR chunk), a JPEG is printed square.
 */
import type { ImageBlock } from './model';

const TINGGI = 60;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The first bytes of base64 text (no atob in Apps Script). */
function awalBytes(b64: string, n: number): number[] {
  const bytes: number[] = [];
  for (let i = 0; i + 3 < b64.length && bytes.length < n; i += 4) {
    const [a, b, c, d] = [0, 1, 2, 3].map((k) => BASE64.indexOf(b64[i + k]));
    bytes.push((a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d);
  }
  return bytes.slice(0, n);
}

/** The logo, or a message saying what is wrong with the cell; null when it is empty. */
export function bacaLogo(teks: string): ImageBlock | string | null {
  const t = teks.trim();
  if (t === '') return null;
  const m = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/]+={0,2})$/.exec(t.replace(/\s+/g, ''));
  if (!m || m[2].length % 4 !== 0) return 'Logo (Pengaturan) bukan teks "data:image/png;base64,…" atau "data:image/jpeg;base64,…"; logo tidak dipakai.';
  const mimeType = m[1] as ImageBlock['mimeType'];
  let lebar = TINGGI;
  if (mimeType === 'image/png') {
    const b = awalBytes(m[2], 24);
    const w = ((b[16] << 24) | (b[17] << 16) | (b[18] << 8) | b[19]) >>> 0;
    const h = ((b[20] << 24) | (b[21] << 16) | (b[22] << 8) | b[23]) >>> 0;
    if (b[1] !== 0x50 || b[2] !== 0x4e || b[3] !== 0x47 || !w || !h) return 'Logo (Pengaturan) bukan berkas PNG yang utuh; logo tidak dipakai.';
    lebar = Math.round((TINGGI * w) / h);
  }
  return { kind: 'image', base64: m[2], mimeType, width: lebar, height: TINGGI };
}
