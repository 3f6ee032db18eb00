/**
 * The bidang tab of one cycle: its layout (header block, columns, where the inputs are) and its
 * live formulas, which show what the recap (rekap/angka-periode.ts) will compute from the same
 * tab: the same numbers and the same words when there is none. Pure: the gas writer turns this into a constant number of
 * batched calls.
 *
 * Layout (1-based rows):
 *   1       title
 *   2–4     Instansi / Periode / Bidang (labels in C, values in D) and Kepala Bidang /
 *           Batas waktu / Status (labels in E, values in H)
 *   5       the "Kirim" check box (D5), written later by the submit capability
 *   7       column headers; data from row 8, one row per indicator
 * Columns: info (No … Target), closed earlier quarters, three computed columns, then the
 * input block (one contiguous range, so one protection covers it).
 *
 * Earlier quarters are closed when this tab is written — what was submitted for them, as the
 * recap reads it — so their numbers enter the formulas as constants, aggregated by
 * `agregasikan`; only this period's input is live.
 */
import { agregasikan, catatanTwKosong, nilaiRasio, rasioTerisi, teksRasio } from './agregasi';
import { isDate, parseAngka } from './angka';
import { formatAngka } from './format';
import { ALASAN_TR, bacaTarget, CATATAN_TR_NOL, labelTakDikenal, nilaiAngka, type AturanCapaian } from './capaian';
import { labelPeriode, labelSampaiPeriode, nomorTriwulan, PERIODE } from './periode';
import type { Bidang, Indikator, Isian, Masalah, Nilai, Periode, Rasio } from './types';

export const BARIS_JUDUL_TABEL = 7;
export const BARIS_DATA_PERTAMA = 8;
/** The submit check box. */
export const SEL_KIRIM = { baris: 5, kolom: 4 } as const;
/** The Kirim box's A1 notation. */
export const SEL_KIRIM_A1 = `${hurufKolom(SEL_KIRIM.kolom)}${SEL_KIRIM.baris}`;
/** The status shown in the header block (the submit capability rewrites it). */
export const SEL_STATUS = { baris: 4, kolom: 8 } as const;
export const SEL_BATAS_WAKTU = { baris: 3, kolom: 8 } as const;
/** The text a bidang types when it has no data for an indicator. */
export const TIDAK_ADA_DATA = 'tidak ada data';

export type JenisKolom = 'info' | 'sebelumnya' | 'hitung' | 'masukan';

export interface KolomLembar {
  readonly id: string;
  readonly judul: string;
  readonly catatan: string;
  readonly jenis: JenisKolom;
  readonly lebar: number;
  /** Sheets number format of the data cells ('@' = plain text). */
  readonly format: string;
}

export const TEKS = '@';

/** Units that count whole things: their values show without decimals and are never negative. */
const SATUAN_CACAH = new Set([
  'orang', 'kegiatan', 'dokumen', 'laporan', 'kali', 'unit', 'buah', 'paket', 'kelompok', 'lembaga', 'organisasi', 'ormas',
  'desa', 'kelurahan', 'kecamatan', 'sekolah', 'peserta', 'kasus', 'kejadian', 'konflik', 'temuan', 'rekomendasi', 'jiwa',
  'keluarga', 'kk', 'berkas', 'surat', 'perkara', 'aduan', 'pengaduan', 'rumah', 'titik', 'lokasi', 'event', 'forum',
]);

/** Whether `satuan` counts whole things ("orang", "Kegiatan", "dokumen (buah)"): judged by its first word. */
export function satuanCacah(satuan: string): boolean {
  const kata = satuan.trim().toLowerCase().split(/[\s(/]+/)[0] ?? '';
  return SATUAN_CACAH.has(kata);
}

/** The number format of an indicator's values (target, realisasi): whole numbers for counts. */
export function formatNilai(satuan: string): string {
  return satuanCacah(satuan) ? FORMAT_BULAT : FORMAT_DESIMAL;
}

/** A count's format: no decimals. */
export const FORMAT_BULAT = '#,##0';

/**
 * What the realisasi cell of an indicator asks for, as the cell's note: a kumulatif indicator wants
 * the quarter's own increment, the others the level at the end of the period (domain.md §3–§4).
 */
export function catatanRealisasi(ind: Pick<Indikator, 'agregasi' | 'satuan'>, periode: Periode): string {
  const cacah = satuanCacah(ind.satuan) ? ` Bilangan bulat ≥ 0 (${ind.satuan}).` : ' Boleh negatif bila indikatornya memang bisa turun di bawah 0 (mis. laju pertumbuhan).';
  if (ind.agregasi === 'rasio') {
    const rumus = `Rasio: biarkan kosong, realisasi = Pembilang / Penyebut × 100 dihitung otomatis; tulis "${TIDAK_ADA_DATA}" bila tidak ada datanya.`;
    return periode === 'TAHUNAN'
      ? `${rumus} Isi Pembilang dan Penyebut hanya untuk nilai akhir tahun (mis. hasil audit); kosongkan agar dihitung dari Σ pembilang / Σ penyebut TW I–IV.`
      : `${rumus} Realisasi s.d. ${labelPeriode(periode)} = Σ pembilang / Σ penyebut sejak TW I, bukan rata-rata persentase triwulan.`;
  }
  if (periode === 'TAHUNAN') return `Nilai akhir tahun (mis. hasil audit); kosongkan agar dihitung dari TW I–IV.${cacah}`;
  const tw = labelPeriode(periode);
  switch (ind.agregasi) {
    case 'kumulatif': return `Kumulatif: isi tambahan selama ${tw} saja, bukan jumlah sejak awal tahun; jumlahnya dihitung otomatis.${cacah}`;
    case 'terakhir': return `Terakhir: isi nilai pada akhir ${tw}.${cacah}`;
    case 'rata-rata': return `Rata-rata: isi nilai ${tw}; rata-rata triwulan yang terisi dihitung otomatis.${cacah}`;
  }
}

/** The notes of a row's Pembilang and Penyebut cells: what to enter for a rasio indicator, "not used" for the others. */
export function catatanRasio(ind: Pick<Indikator, 'agregasi'>, periode: Periode): readonly [string, string] {
  if (ind.agregasi !== 'rasio') return ['Tidak dipakai: hanya untuk indikator rasio.', 'Tidak dipakai: hanya untuk indikator rasio.'];
  const masa = periode === 'TAHUNAN' ? 'setahun (nilai akhir)' : `selama ${labelPeriode(periode)} saja`;
  return [`Rasio: bagian yang memenuhi ${masa}, angka ≥ 0 (mis. dokumen tepat waktu).`, `Rasio: jumlah seluruhnya ${masa}, angka > 0 (mis. seluruh dokumen).`];
}

/**
 * A closed quarter of a rasio indicator as its cell shows it, "90,00 (9/10)", and read back by
 * `bacaRasioTw`: the tab keeps the pair, so a later check at Kirim sums pembilang and penyebut.
 */
export function teksRasioTw(r: Rasio): string {
  return `${formatAngka(nilaiRasio(r), 2)} (${teksRasio(r)})`;
}

/** The pair in a closed quarter's cell written by `teksRasioTw`; null for any other value. */
export function bacaRasioTw(v: unknown): Rasio | null {
  const m = typeof v === 'string' ? /\(\s*([^()/]+?)\s*\/\s*([^()/]+?)\s*\)\s*$/.exec(v) : null;
  if (!m) return null;
  const pembilang = parseAngka(m[1]);
  const penyebut = parseAngka(m[2]);
  return pembilang.ok && penyebut.ok && penyebut.nilai > 0 ? { pembilang: pembilang.nilai, penyebut: penyebut.nilai } : null;
}

/**
 * `v` as written to a cell of number format `format`: setValues reads a string as typed input
 * ("=…" becomes a formula, "1.234" a number — domain.md §7), so text outside a plain-text cell is
 * written behind an apostrophe and stays exactly the text.
 */
export function nilaiLiteral<T>(format: string, v: T): T | string {
  return format !== TEKS && typeof v === 'string' && v !== '' ? `'${v}` : v;
}
/**
 * Indicator values: always two decimals, as the recap's decimals. Optional decimals ('#,##0.##')
 * leave the separator behind on a whole number in Sheets ("85,").
 */
export const FORMAT_DESIMAL = '#,##0.00';
const ANGKA = FORMAT_DESIMAL;
export const FORMAT_PERSEN = '#,##0.00" %"';

function k(id: string, judul: string, catatan: string, jenis: JenisKolom, lebar: number, format: string): KolomLembar {
  return { id, judul, catatan, jenis, lebar, format };
}

/** The closed quarters shown for `periode`: TW I..TW(n−1), or all four for Tahunan. */
export function twSebelumnya(periode: Periode): Periode[] {
  return periode === 'TAHUNAN' ? PERIODE.slice(0, 4) : PERIODE.slice(0, nomorTriwulan(periode) - 1);
}

/**
 * The columns of the bidang tab. Widths and formats repeat in runs of neighbours on purpose: the
 * writer sets one run per call (`deret`), and a plain-text column costs nothing beyond the tab's
 * plain-text base.
 */
export function kolomLembar(periode: Periode): KolomLembar[] {
  const sd = labelSampaiPeriode(periode);
  const target = periode === 'TAHUNAN' ? 'Target tahunan' : `Target ${sd}`;
  const realisasi = periode === 'TAHUNAN' ? 'Realisasi akhir tahun' : `Realisasi ${labelPeriode(periode)}`;
  const realisasiSd = periode === 'TAHUNAN' ? 'Realisasi tahunan' : `Realisasi ${sd}`;
  const anggaran = periode === 'TAHUNAN' ? 'Realisasi anggaran tahunan (Rp)' : `Realisasi anggaran ${sd} (Rp)`;
  return [
    k('no', 'No', '', 'info', 40, TEKS),
    k('kode', 'Kode', 'Kode indikator (jangan diubah).', 'info', 80, TEKS),
    k('sasaran', 'Sasaran strategis', '', 'info', 160, TEKS),
    k('indikator', 'Indikator kinerja', '', 'info', 240, TEKS),
    k('satuan', 'Satuan', '', 'info', 80, TEKS),
    k('polaritas', 'Polaritas', 'positif: makin tinggi makin baik; negatif: makin rendah makin baik.', 'info', 80, TEKS),
    k('agregasi', 'Agregasi', 'Cara menggabungkan realisasi antartriwulan.', 'info', 80, TEKS),
    k('target', target, 'Target sampai akhir periode ini.', 'info', 110, ANGKA),
    ...twSebelumnya(periode).map((p) => k(`realisasi${p}`, `Realisasi ${labelPeriode(p)}`, 'Dari kiriman siklus sebelumnya; bidang tidak dapat mengubahnya. Triwulan yang tidak berjalan sebagai siklus (mulai pertengahan tahun) diisi admin, lalu Laporan Kinerja ▸ Simpan realisasi triwulan sebelumnya. Indikator rasio tampil "90,00 (9/10)": persentase dengan pembilang/penyebut.', 'sebelumnya', 110, ANGKA)),
    k('realisasiSd', realisasiSd, 'Dihitung otomatis menurut agregasi indikator.', 'hitung', 110, ANGKA),
    k('capaian', 'Capaian (%)', 'Dihitung otomatis dari target dan realisasi.', 'hitung', 110, FORMAT_PERSEN),
    // A formula cell must not be plain text when its formula is written; the formula gives text anyway.
    k('kategori', 'Kategori', 'Menurut skala kategori di tab Pengaturan, dari capaian seperti yang tampil (2 desimal).', 'hitung', 110, ANGKA),
    ...(periode === 'TAHUNAN'
      ? []
      : [k('capaianTahunan', 'Capaian thd target tahunan (%)', `Realisasi ${sd} dibanding target tahunan.`, 'hitung', 110, FORMAT_PERSEN)]),
    k('keterangan', 'Keterangan hitung', 'Triwulan yang tidak ada datanya dan ikut dilewati dalam perhitungan, mis. "TW II tidak ada data; s.d. TW I".', 'hitung', 180, ANGKA),
    k('realisasi', realisasi, `Angka (bukan rumus), predikat (indikator kualitatif), atau "${TIDAK_ADA_DATA}". Catatan di tiap sel menyebut yang diminta: kumulatif = tambahan triwulan ini saja; rasio = kosong (dihitung dari Pembilang / Penyebut).`, 'masukan', 110, ANGKA),
    k('pembilang', `Pembilang ${periode === 'TAHUNAN' ? 'akhir tahun' : labelPeriode(periode)}`, 'Hanya indikator rasio (agregasi "rasio"): bagian yang memenuhi, angka ≥ 0. Realisasi = Pembilang / Penyebut × 100.', 'masukan', 90, ANGKA),
    k('penyebut', `Penyebut ${periode === 'TAHUNAN' ? 'akhir tahun' : labelPeriode(periode)}`, 'Hanya indikator rasio: jumlah seluruhnya, angka > 0. Realisasi s.d. = Σ pembilang / Σ penyebut sejak TW I.', 'masukan', 90, ANGKA),
    k('realisasiAnggaran', anggaran, periode === 'TAHUNAN'
      ? 'Anggaran yang dibelanjakan selama setahun, angka ≥ 0 (bukan rumus).'
      : `Anggaran yang dibelanjakan sejak 1 Januari sampai akhir ${labelPeriode(periode)} (kumulatif), angka ≥ 0 (bukan rumus).`, 'masukan', 110, '#,##0'),
    k('penjelasan', 'Penjelasan', 'Mengapa realisasi seperti ini.', 'masukan', 200, TEKS),
    k('faktorPendukung', 'Faktor pendukung', '', 'masukan', 200, TEKS),
    k('faktorPenghambat', 'Faktor penghambat', 'Kendala yang dihadapi.', 'masukan', 200, TEKS),
    k('upaya', 'Upaya', 'Upaya/solusi yang dilakukan.', 'masukan', 200, TEKS),
    k('buktiDukung', 'Bukti dukung (link)', 'Tautan Google Drive ke bukti dukung.', 'masukan', 200, TEKS),
  ];
}

/** A run of equal neighbours: from 1-based position `mulai`, `jumlah` items equal to `nilai`. */
export interface Deret<T> {
  readonly mulai: number;
  readonly jumlah: number;
  readonly nilai: T;
}

/** `nilai` as runs of equal neighbours, in order. */
export function deret<T>(nilai: readonly T[]): Deret<T>[] {
  const hasil: Deret<T>[] = [];
  nilai.forEach((v, i) => {
    const akhir = hasil[hasil.length - 1];
    if (akhir && akhir.nilai === v) hasil[hasil.length - 1] = { ...akhir, jumlah: akhir.jumlah + 1 };
    else hasil.push({ mulai: i + 1, jumlah: 1, nilai: v });
  });
  return hasil;
}

/** 1-based column of `id` in the layout for `periode`. */
export function posisiKolom(periode: Periode, id: string): number {
  const index = kolomLembar(periode).findIndex((k) => k.id === id);
  if (index < 0) throw new Error(`Unknown bidang-tab column ${id}`);
  return index + 1;
}

export function hurufKolom(kolom: number): string {
  let n = kolom;
  let huruf = '';
  while (n > 0) {
    const sisa = (n - 1) % 26;
    huruf = String.fromCharCode(65 + sisa) + huruf;
    n = Math.floor((n - 1) / 26);
  }
  return huruf;
}

function teksRumus(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** `ref` as a number: itself when numeric, a predikat mapped by the scale, else the text as typed. */
function angkaDari(ref: string, skalaKualitatif: Readonly<Record<string, number>>): string {
  const labels = Object.entries(skalaKualitatif);
  if (labels.length === 0) return ref;
  const petaan = labels.reduceRight((lainnya, [label, skor]) => `IF(TRIM(${ref})=${teksRumus(label.trim())},${String(skor)},${lainnya})`, ref);
  return `IF(ISNUMBER(${ref}),${ref},${petaan})`;
}

function tidakDapat(alasan: string): string {
  return teksRumus(`tidak dapat dihitung (${alasan})`);
}

/** The recap's wording for a realisasi marked "tidak ada data" with the penjelasan `alasan` (rekap/angka-periode.ts). */
export function alasanTidakAdaData(alasan: string): string {
  const ket = alasan.trim();
  return ket === '' ? TIDAK_ADA_DATA : `${TIDAK_ADA_DATA}: ${ket}`;
}

/** Why a rasio row's capaian cannot be computed while its pair is incomplete or its penyebut is not above 0. */
export const ALASAN_RASIO = 'isi Pembilang dan Penyebut; penyebut harus lebih dari 0';

/** Stands for a cell's text in a reason built by the core's own wording functions. */
const PENANDA = '\u0000';

/** `tidakDapat(alasan)` with the trimmed text of cell `ref` where `alasan` holds PENANDA. */
function tidakDapatDengan(alasan: string, ref: string): string {
  return tidakDapat(alasan).split(PENANDA).join(`"&TRIM(${ref})&"`);
}

/** The same text as `alasanTidakAdaData`, computed in the sheet from the penjelasan cell. */
function tidakAdaDataDari(penjelasan: string): string {
  return `IF(TRIM(${penjelasan})="",${tidakDapat(alasanTidakAdaData(''))},${tidakDapatDengan(alasanTidakAdaData(PENANDA), penjelasan)})`;
}

export interface RumusBaris {
  readonly realisasiSd: string;
  readonly capaian: string;
  readonly kategori: string;
  /** Quarterly only ('' in the annual cycle): realisasi s.d. TW n against the target tahunan. */
  readonly capaianTahunan: string;
  /** The missing quarters the figures were built over, and a rule's note (`catatanTwKosong`, capaian.ts). */
  readonly keterangan: string;
}

/**
 * The capaian of the number in cell `sd` against `target` as a formula (capaian.ts's rules: the
 * formula by polarity, a range target, the target-0 rule, T/R at R ≤ 0, the cap), or the reason
 * none can be computed. `sel` is the target cell, used when the target is a plain number.
 */
function rumusPersen(sd: string, target: Nilai | null, sel: string | null, polaritas: Indikator['polaritas'], aturan: AturanCapaian): { rumus: string } | { alasan: string } {
  const t = bacaTarget(target, aturan, polaritas);
  if ('alasan' in t) return t;
  const batasi = (rumus: string): string => (aturan.batasAtasCapaian === null ? rumus : `MIN(${String(aturan.batasAtasCapaian)},${rumus})`);
  const terhadap = (tr: string): string => {
    if (polaritas === 'positif') return batasi(`${sd}*100/${tr}`);
    if (aturan.rumusNegatif === '2T-R') return batasi(`MAX(0,(2*${tr}-${sd})*100/${tr})`);
    const nol = aturan.targetNol !== 'nol-100' ? tidakDapat(ALASAN_TR.nol) : String(aturan.batasAtasCapaian ?? 100);
    return `IF(${sd}=0,${nol},IF(${sd}<0,${tidakDapat(ALASAN_TR.negatif)},${batasi(`${tr}*100/${sd}`)}))`;
  };
  if ('nol' in t) return { rumus: batasi(`IF(${sd}<=0,100,0)`) };
  if ('rentang' in t) {
    const { bawah, atas } = t.rentang;
    return { rumus: `IF(${sd}>${String(atas)},${terhadap(String(atas))},IF(${sd}<${String(bawah)},${terhadap(String(bawah))},${batasi('100')}))` };
  }
  return { rumus: terhadap(typeof target === 'number' && sel !== null ? sel : String(t.angka)) };
}

/** The note a T/R capaian at R = 0 carries under the target-0 rule without a cap, as a formula part; null when none can. */
function catatanTrNol(sd: string, polaritas: Indikator['polaritas'], aturan: AturanCapaian): string | null {
  if (polaritas !== 'negatif' || aturan.rumusNegatif !== 'T/R' || aturan.targetNol !== 'nol-100' || aturan.batasAtasCapaian !== null) return null;
  return `IF(${sd}=0,${teksRumus(`; ${CATATAN_TR_NOL}`)},"")`;
}

/**
 * The computed cells of one indicator row, saying what the recap will say of the same values
 * (rekap/angka-periode.ts, capaian.ts). In a quarter an empty input is "belum diisi"; "tidak ada
 * data" leaves the closed quarters' aggregate (domain.md §4), flagged in Keterangan, and cannot be
 * computed (with the penjelasan as the reason) only when no quarter has a number. In the annual
 * cycle both leave the quarters' aggregate. Then target problems, unknown labels and the formula,
 * in capaian.ts's order. `realisasiSebelumnya` are the closed quarters' values (TW I..TW(n−1), or
 * TW I–IV for Tahunan), `rasioSebelumnya` their pembilang and penyebut for a rasio indicator (whose
 * input is the Pembilang and Penyebut cells: s.d. = Σ pembilang / Σ penyebut × 100); `baris` is the
 * sheet row.
 */
export function rumusBaris(
  periode: Periode,
  indikator: Pick<Indikator, 'polaritas' | 'agregasi' | 'targetTahunan' | 'targetTw'>,
  realisasiSebelumnya: readonly (Nilai | null)[],
  baris: number,
  aturan: AturanCapaian,
  rasioSebelumnya: readonly (Rasio | null)[] = [],
): RumusBaris {
  const sel = (id: string): string => `${hurufKolom(posisiKolom(periode, id))}${baris}`;
  const masukan = sel('realisasi');
  const sd = sel('realisasiSd');
  const capaian = sel('capaian');
  const rasio = indikator.agregasi === 'rasio';
  const pb = sel('pembilang');
  const pn = sel('penyebut');
  // This period's number: the typed value, or a rasio's pembilang / penyebut × 100.
  const x = rasio ? `IF(AND(ISNUMBER(${pb}),ISNUMBER(${pn})),IF(${pn}>0,${pb}*100/${pn},""),"")` : angkaDari(masukan, aturan.skalaKualitatif);
  const tahunan = periode === 'TAHUNAN';
  const tidakAda = `LOWER(TRIM(${masukan}))=${teksRumus(TIDAK_ADA_DATA)}`;
  // Nothing typed yet ("belum diisi"), and no number for this period (nothing, or "tidak ada data").
  const belum = rasio ? `AND(${masukan}="",${pb}="",${pn}="")` : `${masukan}=""`;
  const kosong = rasio ? `OR(AND(${pb}="",${pn}=""),${tidakAda})` : `OR(${masukan}="",${tidakAda})`;

  // The closed quarters are constants: their aggregate, or the first label the scale does not know.
  const angkaLama: (number | null)[] = [];
  let alasanLabel: string | null = null;
  realisasiSebelumnya.forEach((v, i) => {
    const angka = nilaiAngka(v, aturan.skalaKualitatif);
    if (angka !== null && typeof angka !== 'number') alasanLabel = alasanLabel ?? labelTakDikenal(`realisasi ${labelPeriode(PERIODE[i])}`, angka.tidakDikenal);
    // A rasio quarter without its pair is missing (as capaianSampaiTw counts it).
    angkaLama.push(typeof angka === 'number' && (!rasio || rasioSebelumnya[i]) ? angka : null);
  });
  const lama = alasanLabel === null ? agregasikan(indikator.agregasi, angkaLama, rasioSebelumnya) : null;
  const lamaTeks = lama === null ? '""' : String(lama);
  const terisi = angkaLama.filter((v): v is number => v !== null);
  const jumlah = terisi.reduce((a, b) => a + b, 0);
  const rasioLama = rasioTerisi(angkaLama, rasioSebelumnya);
  let denganMasukan: string;
  if (tahunan || indikator.agregasi === 'terakhir' || terisi.length === 0) denganMasukan = x;
  else if (indikator.agregasi === 'kumulatif') denganMasukan = `${String(jumlah)}+${x}`;
  else if (rasio) denganMasukan = rasioLama === null ? x : `(${String(rasioLama.pembilang)}+${pb})*100/(${String(rasioLama.penyebut)}+${pn})`;
  else denganMasukan = `(${String(jumlah)}+${x})/${terisi.length + 1}`;
  const tanpaMasukan = tahunan ? lamaTeks : `IF(${belum},"",${lamaTeks})`;
  const realisasiSd = alasanLabel !== null && !tahunan
    ? '=""'
    : `=IF(${kosong},${tanpaMasukan},IF(ISNUMBER(${x}),${denganMasukan},""))`;

  // capaian: the target is fixed when the tab is written, so its problems are known now.
  const target = tahunan ? indikator.targetTahunan : indikator.targetTw[nomorTriwulan(periode) - 1];
  const persen = rumusPersen(sd, target, sel('target'), indikator.polaritas, aturan);
  const labelMasukan = rasio
    ? tidakDapat(ALASAN_RASIO)
    : tidakDapatDengan(labelTakDikenal(tahunan ? 'realisasi' : `realisasi ${labelPeriode(periode)}`, PENANDA), masukan);
  const tidakAdaData = tidakAdaDataDari(sel('penjelasan'));
  let rumusCapaian: string;
  if ('alasan' in persen) {
    rumusCapaian = tahunan ? `=${tidakDapat(persen.alasan)}` : `=IF(${belum},"belum diisi",${tidakDapat(persen.alasan)})`;
  } else {
    const denganAngka = `IF(ISNUMBER(${x}),${persen.rumus},${labelMasukan})`;
    // Without this period's number: the closed quarters' aggregate, or why there is none.
    const dariTw = alasanLabel !== null ? tidakDapat(alasanLabel) : lama !== null ? persen.rumus : tahunan ? `IF(${belum},"belum diisi",${tidakAdaData})` : tidakAdaData;
    rumusCapaian = tahunan
      ? `=IF(${kosong},${dariTw},${denganAngka})`
      : `=IF(${belum},"belum diisi",IF(${tidakAda},${dariTw},${alasanLabel !== null ? tidakDapat(alasanLabel) : denganAngka}))`;
  }

  // Capaian against the target tahunan, beside the quarter's (domain.md §5).
  let capaianTahunan = '';
  if (!tahunan) {
    const thd = rumusPersen(sd, indikator.targetTahunan, null, indikator.polaritas, aturan);
    capaianTahunan = `=IF(ISNUMBER(${sd}),${'alasan' in thd ? tidakDapat(thd.alasan) : thd.rumus},"")`;
  }

  // Keterangan: the missing quarters the figure was built over, known now but for this period's input.
  // Each part starts with "; " (or is empty) and the first separator is cut off.
  const bagian = (t: string | null): string => (t === null ? '""' : teksRumus(`; ${t}`));
  const denganNomor = tahunan ? null : catatanTwKosong(indikator.agregasi, [...angkaLama, 1]);
  const tanpaNomor = catatanTwKosong(indikator.agregasi, tahunan ? angkaLama : [...angkaLama, null]);
  const tw = `IF(${kosong},${bagian(tanpaNomor)},${bagian(denganNomor)})`;
  const trNol = catatanTrNol(sd, indikator.polaritas, aturan);
  const catatan = `MID(${trNol === null ? tw : `${tw}&${trNol}`},3,1000)`;
  const keterangan = `=IF(ISNUMBER(${capaian}),${catatan},"")`;

  // kategori: the band of the capaian as displayed (two decimals), as `kategoriCapaian` decides.
  const pita = aturan.skalaKategori;
  const bertingkat = pita.reduceRight((lainnya, b) => {
    if (b.min === -Infinity) return teksRumus(b.kategori);
    return `IF(ROUND(${capaian},2)>=${String(b.min)},${teksRumus(b.kategori)},${lainnya})`;
  }, '""');
  return { realisasiSd, capaian: rumusCapaian, kategori: `=IF(ISNUMBER(${capaian}),${bertingkat},"")`, capaianTahunan, keterangan };
}

/** The computed cells of a row in column order (the annual tab has no capaian-tahunan column). */
export function rumusTerurut(periode: Periode, r: RumusBaris): string[] {
  return periode === 'TAHUNAN' ? [r.realisasiSd, r.capaian, r.kategori, r.keterangan] : [r.realisasiSd, r.capaian, r.kategori, r.capaianTahunan, r.keterangan];
}

/**
 * The computed cells of a bidang tab's rows (BARIS_DATA_PERTAMA down to the last row read), their
 * formulas built again from the closed-quarter values the tab shows now: after the admin saved
 * quarters that never ran as cycles (triwulan-sebelumnya.ts), the tab says what the recap says. A
 * row whose kode names no indicator of `bidang` keeps the formulas it has (`rumusLama`, the tab's
 * getFormulas from row 1). Null when the tab has no indicator row.
 */
export function rumusHitungUlang(
  periode: Periode,
  baris: readonly BarisIsian[],
  indikator: readonly Indikator[],
  bidang: string,
  aturan: AturanCapaian,
  rumusLama: readonly (readonly string[])[],
): { readonly kolom: number; readonly rumus: string[][] } | null {
  if (baris.length === 0) return null;
  const kolom = kolomLembar(periode).findIndex((k) => k.jenis === 'hitung') + 1;
  const jumlah = kolomLembar(periode).filter((k) => k.jenis === 'hitung').length;
  const akhir = Math.max(...baris.map((b) => b.baris));
  const rumus = Array.from({ length: akhir - BARIS_DATA_PERTAMA + 1 }, (_, i): string[] => {
    const nomor = BARIS_DATA_PERTAMA + i;
    const b = baris.find((x) => x.baris === nomor);
    const ind = b && indikator.find((x) => x.kode === b.isian.kodeIndikator && x.bidang === bidang);
    if (!b || !ind) return Array.from({ length: jumlah }, (_, j) => rumusLama[nomor - 1]?.[kolom - 1 + j] ?? '');
    return rumusTerurut(periode, rumusBaris(periode, ind, b.sebelumnya, nomor, aturan, b.sebelumnyaRasio));
  });
  return { kolom, rumus };
}

/** One row of the bidang tab as the writer needs it. */
export interface BarisLembar {
  readonly kode: string;
  /** Values of the info and earlier-quarter columns, in column order. */
  readonly nilaiTetap: readonly (string | number)[];
  readonly rumus: RumusBaris;
  /** The realisasi cell's note (`catatanRealisasi`). */
  readonly catatanRealisasi: string;
  /** The Pembilang and Penyebut cells' notes (`catatanRasio`). */
  readonly catatanRasio: readonly [string, string];
  /** Number formats from the Target column to the Realisasi input column (`formatBlokNilai`). */
  readonly format: readonly string[];
}

/**
 * The number formats of one row from the Target column to the Realisasi input column: the
 * indicator's values (target, closed quarters, realisasi s.d., realisasi) in `formatNilai` of its
 * satuan — counts without decimals — and the computed capaian cells as their columns say.
 */
export function formatBlokNilai(periode: Periode, satuan: string): string[] {
  const kolom = kolomLembar(periode);
  const nilai = new Set(['target', 'realisasiSd', 'realisasi']);
  return kolom
    .slice(posisiKolom(periode, 'target') - 1, posisiKolom(periode, 'realisasi'))
    .map((k) => (nilai.has(k.id) || k.jenis === 'sebelumnya' ? formatNilai(satuan) : k.format));
}

export interface IsiLembar {
  /** Rows 1..BARIS_JUDUL_TABEL, as wide as the table. */
  readonly kepala: readonly (readonly (string | number | boolean)[])[];
  readonly baris: readonly BarisLembar[];
}

export interface KeteranganLembar {
  readonly instansi: string;
  readonly periode: Periode;
  readonly tahun: number;
  readonly bidang: Bidang;
  /** '10 April 2026'. */
  readonly batasWaktu: string;
}

/**
 * The status cell of a tab nobody submitted yet: live, "Belum diisi" until a realisasi is typed,
 * then "Sedang diisi" (the panel's words, core/siklus.ts LABEL_STATUS). Submitting and returning
 * write "Terkirim" / "Dikembalikan" over it.
 */
export function rumusStatusAwal(periode: Periode, jumlahBaris: number): string {
  if (jumlahBaris === 0) return 'Belum diisi';
  const isi = (id: string): string => {
    const kolom = hurufKolom(posisiKolom(periode, id));
    return `COUNTA(${kolom}${BARIS_DATA_PERTAMA}:${kolom}${BARIS_DATA_PERTAMA + jumlahBaris - 1})`;
  };
  // A rasio row is filled through its Pembilang cell.
  return `=IF(${isi('realisasi')}+${isi('pembilang')}=0,"Belum diisi","Sedang diisi")`;
}

function tampilNilai(v: Nilai | null): string | number {
  return v === null ? '' : v;
}

/**
 * The whole tab's content. `realisasiSebelumnya` maps an indicator kode to its closed
 * quarters' values (TW I..TW(n−1), or TW I–IV for Tahunan), `rasioSebelumnya` to their pembilang
 * and penyebut (rasio indicators; a closed rasio quarter shows both, `teksRasioTw`).
 */
export function isiLembar(
  k: KeteranganLembar,
  indikator: readonly Indikator[],
  realisasiSebelumnya: Readonly<Record<string, readonly (Nilai | null)[]>>,
  aturan: AturanCapaian,
  rasioSebelumnya: Readonly<Record<string, readonly (Rasio | null)[]>> = {},
): IsiLembar {
  const kolom = kolomLembar(k.periode);
  const lebar = kolom.length;
  const kosong = (): (string | number | boolean)[] => new Array<string | number | boolean>(lebar).fill('');
  const kepala = Array.from({ length: BARIS_JUDUL_TABEL }, kosong);
  const taruh = (baris: number, kol: number, v: string | boolean): void => {
    kepala[baris - 1][kol - 1] = v;
  };
  taruh(1, 3, `Isian Laporan Kinerja ${labelPeriode(k.periode)} ${k.tahun} · ${k.bidang.nama}`);
  taruh(2, 3, 'Instansi');
  taruh(2, 4, k.instansi);
  taruh(3, 3, 'Periode');
  taruh(3, 4, `${labelPeriode(k.periode)} ${k.tahun}`);
  taruh(4, 3, 'Bidang');
  taruh(4, 4, k.bidang.nama);
  taruh(2, 5, 'Kepala Bidang');
  taruh(2, 8, k.bidang.kabid.nama);
  taruh(SEL_BATAS_WAKTU.baris, 5, 'Batas waktu');
  taruh(SEL_BATAS_WAKTU.baris, SEL_BATAS_WAKTU.kolom, k.batasWaktu);
  taruh(SEL_STATUS.baris, 5, 'Status');
  taruh(SEL_STATUS.baris, SEL_STATUS.kolom, rumusStatusAwal(k.periode, indikator.filter((ind) => ind.bidang === k.bidang.kode).length));
  taruh(SEL_KIRIM.baris, 3, 'Kirim (centang bila isian lengkap)');
  taruh(SEL_KIRIM.baris, SEL_KIRIM.kolom, false);
  kolom.forEach((c, i) => {
    kepala[BARIS_JUDUL_TABEL - 1][i] = c.judul;
  });

  const sebelumnya = twSebelumnya(k.periode);
  const baris = indikator
    .filter((ind) => ind.bidang === k.bidang.kode)
    .map((ind, i): BarisLembar => {
      const lama = sebelumnya.map((_, j) => realisasiSebelumnya[ind.kode]?.[j] ?? null);
      const rasio = sebelumnya.map((_, j) => (ind.agregasi === 'rasio' ? rasioSebelumnya[ind.kode]?.[j] ?? null : null));
      const target = k.periode === 'TAHUNAN' ? ind.targetTahunan : ind.targetTw[nomorTriwulan(k.periode) - 1];
      return {
        kode: ind.kode,
        nilaiTetap: [
          i + 1, ind.kode, ind.sasaran, ind.indikator, ind.satuan, ind.polaritas, ind.agregasi, tampilNilai(target),
          ...lama.map((v, j) => { const r = rasio[j]; return r && v !== null ? teksRasioTw(r) : tampilNilai(v); }),
        ],
        rumus: rumusBaris(k.periode, ind, lama, BARIS_DATA_PERTAMA + i, aturan, rasio),
        catatanRealisasi: catatanRealisasi(ind, k.periode),
        catatanRasio: catatanRasio(ind, k.periode),
        format: formatBlokNilai(k.periode, ind.satuan),
      };
    });
  return { kepala, baris };
}

/** One data row of a bidang tab as read back. */
export interface BarisIsian {
  /** 1-based sheet row. */
  readonly baris: number;
  readonly isian: Isian;
  /** The closed quarters' realisasi the tab shows (TW I..TW(n−1), or TW I–IV for Tahunan). */
  readonly sebelumnya: readonly (Nilai | null)[];
  /** Their pembilang and penyebut where the tab shows a pair (`teksRasioTw`), else null. */
  readonly sebelumnyaRasio: readonly (Rasio | null)[];
}

function teksSel(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function nilaiSel(v: unknown): Nilai | null {
  if (typeof v === 'number') return v;
  const t = teksSel(v);
  if (t === '') return null;
  const angka = parseAngka(t);
  return angka.ok ? angka.nilai : t;
}

/**
 * The rows of a bidang tab from its values (row 1 first, one getValues of the whole tab).
 * Realisasi "tidak ada data" becomes realisasi null with the penjelasan as its reason ('' when
 * none was written); text that reads as a number becomes the number; other text is kept (a
 * predikat). Cells that cannot be an indicator's value (check boxes, dates, a realisasi anggaran,
 * pembilang or penyebut that is not a number) are problems naming their cell. A rasio row (its
 * Agregasi cell says "rasio") takes its realisasi from Pembilang / Penyebut × 100; a number typed
 * into its Realisasi cell is a problem.
 */
export function bacaBarisLembar(
  values: readonly (readonly unknown[])[],
  periode: Periode,
  tab = '',
): { baris: BarisIsian[]; masalah: Masalah[] } {
  const kolom = kolomLembar(periode);
  const i = (id: string): number => posisiKolom(periode, id) - 1;
  const idSebelumnya = kolom.filter((k) => k.jenis === 'sebelumnya').map((k) => k.id);
  const masalah: Masalah[] = [];
  const baris: BarisIsian[] = [];
  values.slice(BARIS_DATA_PERTAMA - 1).forEach((row, n) => {
    const nomor = BARIS_DATA_PERTAMA + n;
    const kode = teksSel(row[i('kode')]);
    if (kode === '') return;
    const salah = (id: string, pesan: string): void => {
      masalah.push({ tab, baris: nomor, kolom: kolom[i(id)].judul, pesan });
    };
    const penjelasan = teksSel(row[i('penjelasan')]);
    const angkaSel = (id: string): number | null => {
      const v = row[i(id)];
      if (teksSel(v) === '') return null;
      const angka = parseAngka(v);
      if (angka.ok) return angka.nilai;
      salah(id, angka.pesan);
      return null;
    };
    const pembilang = angkaSel('pembilang');
    const penyebut = angkaSel('penyebut');
    const rasio = teksSel(row[i('agregasi')]).toLowerCase() === 'rasio';
    const mentah = row[i('realisasi')];
    let realisasi: Nilai | null = null;
    let tidakAdaData: string | null = null;
    if (typeof mentah === 'boolean' || isDate(mentah)) {
      salah('realisasi', 'berisi tanggal atau kotak centang, bukan angka atau predikat.');
    } else if (teksSel(mentah).toLowerCase() === TIDAK_ADA_DATA) {
      tidakAdaData = penjelasan;
    } else if (rasio) {
      if (teksSel(mentah) !== '') salah('realisasi', `indikator rasio: kosongkan sel ini (realisasi dihitung dari Pembilang / Penyebut), atau tulis "${TIDAK_ADA_DATA}".`);
      realisasi = pembilang !== null && penyebut !== null && penyebut > 0 ? nilaiRasio({ pembilang, penyebut }) : null;
    } else {
      realisasi = nilaiSel(mentah);
    }
    const realisasiAnggaran = angkaSel('realisasiAnggaran');
    baris.push({
      baris: nomor,
      isian: {
        kodeIndikator: kode.toUpperCase(),
        realisasi,
        tidakAdaData,
        realisasiAnggaran,
        pembilang,
        penyebut,
        penjelasan,
        faktorPendukung: teksSel(row[i('faktorPendukung')]),
        faktorPenghambat: teksSel(row[i('faktorPenghambat')]),
        upaya: teksSel(row[i('upaya')]),
        buktiDukung: teksSel(row[i('buktiDukung')]),
      },
      sebelumnya: idSebelumnya.map((id) => {
        const r = bacaRasioTw(row[i(id)]);
        return r ? nilaiRasio(r) : nilaiSel(row[i(id)]);
      }),
      sebelumnyaRasio: idSebelumnya.map((id) => bacaRasioTw(row[i(id)])),
    });
  });
  return { baris, masalah };
}
