/**
 * The hostile-input corpus in every input column of a bidang tab. The Kabid types one corpus entry
 * per indicator row of one column; then "Periksa isian", "Kirim atas nama bidang" and the Kirim box
 * either name the cell (tab!cell and column) or the value travels as literal text (or the number
 * Sheets read) through the draft recap, the submission (Arsip Kiriman), "Kumpulkan data", the recap
 * and the Log — never as a formula. Sheets itself refuses input over 50,000 characters per cell
 * (https://mojicnt.click/en/blog/spreadsheet-cell-limit.html, https://haeminway.com/en/notes/sheet-cell-json-limit)
 * and what the column's data validation rejects (its help text), and nothing changes. Text columns
 * are plain text ('@'), so `=…` typed there stays text; elsewhere a value written by a script gets
 * a leading apostrophe, since Sheets reads input starting with =, +, - or @ as a formula (same page).
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { TOO_LONG } from '../../node/emulator/spreadsheet/typed-input';
import { BIDANG_CONTOH, indikatorBanyak } from '../../node/fixtures/opd-contoh';
import { hurufKolom, kolomLembar, posisiKolom, SEL_KIRIM } from '../../src/core/lembar-bidang';
import { KOLOM_ARSIP } from '../../src/core/arsip';
import { ADMIN, KABID_KWN, TAB_KWN_TW1, emulatorTerisi, sel } from '../bundle/helpers';
import { BATAS, barisArsip, type Hasil } from '../bundle/kirim-bantuan';
import { selRekap } from '../bundle/rekap-helpers';
import { keadaan } from './keadaan';
import { KORPUS, rumusBerbahaya, type Masukan } from './hostile-masukan';

type Harapan = { jenis: 'ditolak-sheets'; pesan: string } | { jenis: 'masalah' } | { jenis: 'tersimpan'; nilai: string | number };

interface KolomUji {
  readonly id: string;
  /** Arsip Kiriman and recap headers of the same field. */
  readonly arsip: string;
  readonly rekap: string;
  /** Plain-text column ('@'): typed text stays text, as Sheets keeps it. */
  readonly teks: boolean;
  readonly harapan: (m: Masukan) => Harapan;
  /** Typed into every row before the corpus (what a refused edit leaves), and the value it is stored as. */
  readonly awal: { ketik: string; nilai: string | number };
  /** What a masalah row is corrected to before submitting, and the value it is stored as. */
  readonly perbaikan: { ketik: string; nilai: string | number };
}

const MASALAH: Harapan = { jenis: 'masalah' };
const ditolak = (pesan: string): Harapan => ({ jenis: 'ditolak-sheets', pesan });
const simpan = (nilai: string | number): Harapan => ({ jenis: 'tersimpan', nilai });
const terlaluPanjang = (m: Masukan): boolean => m.ketik.length > 50000;

/** Numbers Sheets reads from typed text in a number cell ("85%" is 0.85, as Sheets reads it). */
const ANGKA: Readonly<Record<string, number>> = { '12,5': 12.5, '1.234,56': 1234.56, '85%': 0.85 };

/** A number column behind a rejecting data validation (its help text is Sheets' refusal). */
function harapanAngka(m: Masukan, validasi: string, kosong: Harapan, besar: Harapan): Harapan {
  if (terlaluPanjang(m)) return ditolak(TOO_LONG);
  if (m.ketik === '') return kosong;
  if (m.sheets !== undefined) return besar;
  const n = ANGKA[m.ketik];
  return n === undefined ? ditolak(validasi) : simpan(n);
}

function harapanTeks(m: Masukan): Harapan {
  return terlaluPanjang(m) ? ditolak(TOO_LONG) : simpan(m.ketik.trim());
}

const TANPA: { ketik: string; nilai: string } = { ketik: '', nilai: '' };
const TAUTAN = 'https://drive.google.com/file/d/bukti';

const KOLOM: readonly KolomUji[] = [
  {
    id: 'realisasi', arsip: 'Realisasi', rekap: 'Realisasi TW I', teks: false, awal: { ketik: '10', nilai: 10 }, perbaikan: { ketik: '10', nilai: 10 },
    // Negative realisasi passes Sheets' validation (growth rates may be negative); Kirim refuses it
    // for a count, and the row that gets '-5' counts kegiatan.
    harapan: (m) => (m.ketik === '-5' ? MASALAH : harapanAngka(m, 'Isi angka atau salah satu dari: "tidak ada data", "WTP", "WDP", "TMP", "TW".', MASALAH, MASALAH)),
  },
  {
    id: 'realisasiAnggaran', arsip: 'Realisasi anggaran', rekap: 'Realisasi Anggaran', teks: false, awal: TANPA, perbaikan: TANPA,
    harapan: (m) => harapanAngka(m, 'Isi angka rupiah ≥ 0.', simpan(''), MASALAH),
  },
  { id: 'penjelasan', arsip: 'Penjelasan', rekap: 'Penjelasan', teks: true, harapan: harapanTeks, awal: { ketik: 'Sesuai rencana', nilai: 'Sesuai rencana' }, perbaikan: TANPA },
  { id: 'faktorPendukung', arsip: 'Faktor pendukung', rekap: 'Faktor Pendukung', teks: true, harapan: harapanTeks, awal: TANPA, perbaikan: TANPA },
  { id: 'faktorPenghambat', arsip: 'Faktor penghambat', rekap: 'Faktor Penghambat', teks: true, harapan: harapanTeks, awal: TANPA, perbaikan: TANPA },
  { id: 'upaya', arsip: 'Upaya', rekap: 'Upaya', teks: true, harapan: harapanTeks, awal: TANPA, perbaikan: TANPA },
  {
    id: 'buktiDukung', arsip: 'Bukti dukung', rekap: 'Bukti Dukung', teks: true, awal: { ketik: TAUTAN, nilai: TAUTAN }, perbaikan: TANPA,
    harapan: (m) => {
      if (terlaluPanjang(m)) return ditolak(TOO_LONG);
      return m.ketik === '' || m.ketik.startsWith('https://') ? simpan(m.ketik) : ditolak('Isi tautan (https://…) ke bukti dukung.');
    },
  },
];

const BARIS_AWAL = 8;
const kodeBaris = (i: number): string => `KWN-${String(i + 1).padStart(3, '0')}`;
const huruf = (id: string): string => hurufKolom(posisiKolom('TW1', id));
const judul = (id: string): string => kolomLembar('TW1')[posisiKolom('TW1', id) - 1].judul;

function ketik(emu: Emulator, a1: string, nilai: string | number | boolean): ReturnType<Emulator['edit']> {
  return emu.edit(KABID_KWN, TAB_KWN_TW1, a1, nilai);
}

function pasti(emu: Emulator, a1: string, nilai: string): void {
  const h = ketik(emu, a1, nilai);
  if (!h.ok) throw new Error(`${a1}: ${h.error}`);
}

interface Skenario {
  /** Per corpus row: the edit's error when Sheets refused it, and whether the state stayed the same. */
  readonly suntingan: { galat: string | null; sama: boolean }[];
  readonly periksa: Hasil;
  /** The sidebar's and the box's refusals; null when no entry of the column is refused. */
  readonly atasNama: { hasil: Hasil; sama: boolean } | null;
  readonly catatanKotak: { nilai: unknown; catatan: string } | null;
  readonly rekapDraf: Skenario['rekap'];
  readonly arsip: (kode: string) => unknown;
  readonly kumpulkan: (kode: string) => unknown;
  readonly rekap: {
    nilai: (kode: string) => unknown;
    rumus: (kode: string) => string | undefined;
    /** Cells showing a number that is no number (Infinity, NaN) or a sheet error, as "row,col: display". */
    aneh: string[];
  };
  readonly berbahaya: string[];
  readonly statusKirim: string;
}

function rekapDari(emu: Emulator, fungsi: string, k: KolomUji): Skenario['rekap'] {
  const hasil = emu.call(ADMIN, fungsi, ...(fungsi === 'buatTabRekap' ? [{}] : [])) as { status: string; tab?: string; pesan: string };
  if (hasil.status !== 'ok' || !hasil.tab) throw new Error(`${fungsi}: ${hasil.pesan}`);
  const view = emu.spreadsheet.describeSheet(hasil.tab);
  const aneh = view.cells.filter((c) => /Infinity|NaN|^#[A-Z/0!?]+/.test(c.display)).map((c) => `${c.row},${c.column}: ${c.display}`);
  return { aneh, nilai: (kode) => selRekap(view, kode, k.rekap)?.value ?? '', rumus: (kode) => selRekap(view, kode, k.rekap)?.formula };
}

function jalankan(k: KolomUji): Skenario {
  const emu = emulatorTerisi({ bidang: BIDANG_CONTOH.slice(4), indikator: indikatorBanyak('KWN', KORPUS.length) });
  const mulai = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', tahun: 2026, batasWaktu: BATAS }) as Hasil;
  if (mulai.status !== 'ok') throw new Error(mulai.pesan);
  // Every row valid first (R = T = 10: 100 % either polarity), then one corpus entry per row.
  KORPUS.forEach((_, i) => {
    for (const kolom of KOLOM) if (kolom.awal.ketik !== '') pasti(emu, `${huruf(kolom.id)}${BARIS_AWAL + i}`, kolom.awal.ketik);
  });
  const suntingan = KORPUS.map((m, i) => {
    const sebelum = keadaan(emu);
    const h = ketik(emu, `${huruf(k.id)}${BARIS_AWAL + i}`, !k.teks && m.sheets !== undefined ? m.sheets : m.ketik);
    return { galat: h.ok ? null : h.error, sama: keadaan(emu) === sebelum };
  });
  const periksa = emu.call(KABID_KWN, 'periksaIsian', { bidang: 'KWN' }) as Hasil;
  const kotak = `${hurufKolom(SEL_KIRIM.kolom)}${SEL_KIRIM.baris}`;
  let atasNama: Skenario['atasNama'] = null;
  let catatanKotak: Skenario['catatanKotak'] = null;
  if (KORPUS.some((m) => k.harapan(m).jenis === 'masalah')) {
    const sebelum = keadaan(emu);
    const hasil = emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' }) as Hasil;
    atasNama = { hasil, sama: keadaan(emu) === sebelum };
    ketik(emu, kotak, true);
    const selKotak = sel(emu.spreadsheet.describeSheet(TAB_KWN_TW1), SEL_KIRIM.baris, SEL_KIRIM.kolom);
    catatanKotak = { nilai: selKotak?.value, catatan: selKotak?.note ?? '' };
  }

  KORPUS.forEach((m, i) => {
    if (k.harapan(m).jenis === 'masalah') pasti(emu, `${huruf(k.id)}${BARIS_AWAL + i}`, k.perbaikan.ketik);
  });
  const rekapDraf = rekapDari(emu, 'buatRekapDenganDraf', k);
  ketik(emu, kotak, true);
  const statusKirim = String(sel(emu.spreadsheet.describeSheet(TAB_KWN_TW1), 4, 8)?.value);
  const arsip = barisArsip(emu);
  const kolomArsip = KOLOM_ARSIP.indexOf(k.arsip);
  const kolomKode = KOLOM_ARSIP.indexOf('Kode indikator');
  const kumpul = emu.call(ADMIN, 'kumpulkanData') as { data: { kode: string; isian: Record<string, unknown>[] }[] };
  const isianKwn = kumpul.data.find((d) => d.kode === 'KWN')?.isian ?? [];
  const rekap = rekapDari(emu, 'buatTabRekap', k);
  return {
    suntingan,
    periksa,
    atasNama,
    catatanKotak,
    rekapDraf,
    arsip: (kode) => arsip.find((row) => row[kolomKode] === kode)?.[kolomArsip] ?? '',
    kumpulkan: (kode) => {
      const x = isianKwn.find((y) => y.kodeIndikator === kode);
      return x ? x[k.id] : 'baris tidak ada';
    },
    rekap,
    berbahaya: rumusBerbahaya(emu),
    statusKirim,
  };
}

describe.each(KOLOM)('hostile input in the bidang tab: column $id', (k) => {
  let skenario: Skenario | null = null;
  const s = (): Skenario => (skenario ??= jalankan(k));

  test.each(KORPUS.map((m, i) => ({ ...m, i })))('$nama', ({ i, ...m }) => {
    const h = k.harapan(m);
    const r = BARIS_AWAL + i;
    const kode = kodeBaris(i);
    const sel1 = `${TAB_KWN_TW1}!${huruf(k.id)}${r} (${judul(k.id)})`;
    const { suntingan, periksa, atasNama, catatanKotak } = s();
    const disebut = (teks: readonly string[] | string): boolean => (typeof teks === 'string' ? teks.split('\n') : teks).some((t) => t.startsWith(`${sel1}:`));

    if (h.jenis === 'ditolak-sheets') {
      expect(suntingan[i]).toEqual({ galat: h.pesan, sama: true });
    } else {
      expect(suntingan[i].galat).toBeNull();
    }
    // The checks name the cell exactly when the value cannot be submitted.
    expect(disebut(periksa.uraian ?? [])).toBe(h.jenis === 'masalah');
    if (h.jenis === 'masalah') {
      // Refused from the sidebar: nothing changes; from the box: unticked, the problem in its note.
      expect(atasNama?.hasil.status).toBe('masalah');
      expect(disebut(atasNama?.hasil.uraian ?? [])).toBe(true);
      expect(atasNama?.sama).toBe(true);
      expect(catatanKotak?.nilai).toBe(false);
      expect(disebut(catatanKotak?.catatan ?? '')).toBe(true);
    } else if (atasNama && catatanKotak) {
      expect(disebut(atasNama.hasil.uraian ?? [])).toBe(false);
      expect(disebut(catatanKotak.catatan)).toBe(false);
    }

    const nilai = h.jenis === 'tersimpan' ? h.nilai : h.jenis === 'masalah' ? k.perbaikan.nilai : k.awal.nilai;
    expect(s().statusKirim).toBe('Terkirim');
    expect(s().rekapDraf.nilai(kode)).toEqual(nilai);
    expect(s().rekapDraf.rumus(kode)).toBeUndefined();
    expect(s().arsip(kode)).toEqual(nilai);
    expect(s().kumpulkan(kode)).toEqual(nilai === '' && !k.teks ? null : nilai);
    expect(s().rekap.nilai(kode)).toEqual(nilai);
    expect(s().rekap.rumus(kode)).toBeUndefined();
  });

  // A realisasi of 1E+308 (what Sheets makes of a typed "1e308") is refused at submission, so no
  // capaian can overflow into "Infinity" in a recap.
  test('the recaps (draft and submitted) show no Infinity, NaN or sheet error', () => {
    expect([...s().rekapDraf.aneh, ...s().rekap.aneh]).toEqual([]);
  });

  // Including the bidang tab: its data validation turns a typed formula away (=IMPORTRANGE gives no number).
  test('no formula carrying the corpus anywhere: bidang tab, Arsip Kiriman, recaps, Log', () => {
    expect(s().berbahaya).toEqual([]);
  });
});
