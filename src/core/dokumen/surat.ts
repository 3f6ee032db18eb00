/**
 * Parts every letter and report shares (domain.md §5: "Letters carry a kop, number, date, and a
 * signature block: name, NIP, jabatan"), and how values read in a document.
 */
import { formatAngka } from '../format';
import { formatTanggal, type TanggalLokal } from '../tanggal';
import type { Nilai, Pejabat, Pengaturan } from '../types';
import { paragraph, toWriteRun, type LetterheadBlock, type ParagraphBlock, type SignatureBlock, type ImageBlock } from './model';

export function kop(pengaturan: Pengaturan, logo?: ImageBlock): LetterheadBlock {
  return {
    kind: 'letterhead',
    pemerintahDaerah: `Pemerintah ${pengaturan.pemerintahDaerah.replace(/^pemerintah\s+/i, '')}`,
    instansi: pengaturan.instansi,
    alamat: pengaturan.alamat,
    ...(logo ? { logo } : {}),
  };
}

/**
 * `pejabat`'s signature block, dated `opsi.tanggal` and signed at `opsi.tempat`, by default the
 * region's name ("Kota Pematangsiantar" → "Pematangsiantar").
 */
export function tandaTangan(
  pejabat: Pejabat,
  pengaturan: Pengaturan,
  opsi: { readonly tempat?: string; readonly tanggal: TanggalLokal },
  onBehalfOf = '',
): SignatureBlock {
  const place = opsi.tempat ?? pengaturan.pemerintahDaerah.replace(/^(pemerintah\s+)?(kota|kabupaten|provinsi)\s+/i, '').trim();
  return { kind: 'signature', place, date: formatTanggal(opsi.tanggal), onBehalfOf, jabatan: pejabat.jabatan, nama: pejabat.nama, nip: formatNip(pejabat.nip) };
}

/**
 * A civil servant's NIP as it is printed: the 18 digits grouped as birth date, appointment month,
 * sex and serial number ("19680512 199403 1 007"); anything else as typed.
 */
export function formatNip(nip: string): string {
  const angka = nip.replace(/\s+/g, '');
  const m = /^(\d{8})(\d{6})(\d)(\d{3})$/.exec(angka);
  return m ? `${m[1]} ${m[2]} ${m[3]} ${m[4]}` : nip.trim();
}

/** A number written the Indonesian way; a predikat label as it is; null as `kosong`. */
export function teksNilai(nilai: Nilai | null, kosong: string): string {
  if (nilai === null || nilai === '') return kosong;
  return typeof nilai === 'number' ? formatAngka(nilai) : nilai;
}

/** A value with its unit: '85 %', '12 dokumen'; predikat labels stand alone. */
export function denganSatuan(nilai: Nilai, satuan: string): string {
  const teks = teksNilai(nilai, '');
  if (typeof nilai !== 'number' || !satuan) return teks;
  return satuan === '%' ? `${teks} %` : `${teks} ${satuan}`;
}

/** A difference of two figures in the indicator's unit: "5 poin persen" for percentages, "12 dokumen" otherwise. */
export function selisihSatuan(n: number, satuan: string): string {
  const angka = formatAngka(Math.abs(n));
  if (satuan === '%') return `${angka} poin persen`;
  return satuan ? `${angka} ${satuan}` : angka;
}

/** "Label : value" lines of a letter's head (Nomor, Sifat, Hal…); an empty value is left for a person. */
export function barisKepala(label: string, nilai: string, petunjuk: string): ParagraphBlock {
  return paragraph([{ text: `${label} : ` }, nilai ? { text: nilai } : toWriteRun(petunjuk)]);
}
