/**
 * The one place that decides how an indicator's numbers display, from its satuan: counted units
 * (orang, kegiatan, dokumen, temuan…) as whole numbers ("320"), every other unit with two
 * decimals ("77,50"). The bidang tab and the recap both take their formats from here, so a value
 * reads the same in both. An unknown unit keeps the decimals: it never hides a fraction.
 */
/**
 * Two decimals. Optional decimals ('#,##0.##') leave the separator behind on a whole number in
 * Sheets ("85,").
 */
export const FORMAT_DESIMAL = '#,##0.00';
export const FORMAT_BULAT = '#,##0';

/** Units counted in whole numbers (lower case). */
const SATUAN_HITUNGAN = new Set([
  'orang', 'peserta', 'kegiatan', 'dokumen', 'temuan', 'kejadian', 'kasus', 'laporan', 'ormas', 'organisasi',
  'partai', 'lembaga', 'kali', 'unit', 'buah', 'paket', 'desa', 'kelurahan', 'kecamatan', 'sekolah', 'forum',
  'kelompok', 'rekomendasi', 'konflik', 'perda', 'regulasi', 'rapat', 'surat', 'berkas',
]);

export function formatAngkaSatuan(satuan: string): string {
  return SATUAN_HITUNGAN.has(satuan.trim().toLowerCase()) ? FORMAT_BULAT : FORMAT_DESIMAL;
}
