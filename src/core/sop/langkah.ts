/** How messages name a step: by its printed number, or by its position when it prints none. */
import type { SopBaris } from './model';

export function namaLangkah(b: Pick<SopBaris, 'no' | 'urutan'>, awalKalimat = false): string {
  const kata = awalKalimat ? 'Langkah' : 'langkah';
  return b.no !== '' ? `${kata} ${b.no}` : `${kata} ke-${b.urutan}`;
}
