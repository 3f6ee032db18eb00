/**
 * The demo's play: a year of the demo OPD as its people would run it, through the built bundle on
 * the emulator.
 *
 *   1 April    the Kasubbag sets up the workbook, types the OPD's configuration, starts TW I
 *   6–9 April  staff type their bidang's data, each Kabid ticks Kirim (the admin's trigger locks)
 *   13 April   past the deadline: ORM is late and reminded; POL's submission is returned
 *   14 April   ORM submits; POL fixes its evidence link and submits again
 *   15 April   data gathered, the TW I recap and LKj draft made
 *   TW II–IV   filled quickly (every bidang on time, no returns) so the year has data
 *   Jan 2027   the annual cycle: final values, recap and the annual LKj draft
 *
 * Writes DIR/lapkin-demo.xlsx, DIR/Laporan-TW1-<year>.docx and DIR/LKj-Tahunan-<year>.docx.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOOGLE_DOCS_MIME } from '../emulator/drive';
import { describeDocument } from '../emulator/document/index';
import { modelFromDocument } from '../docx/from-document';
import { renderDocx } from '../docx/render';
import { BIDANG_CONTOH, PENGATURAN_CONTOH } from '../fixtures/opd-contoh';
import { workbookXlsx } from '../local/xlsx';
import { hurufKolom, SEL_KIRIM } from '../../src/core/lembar-bidang';
import { labelPeriode } from '../../src/core/periode';
import type { Periode } from '../../src/core/types';
import type { HasilMulaiSiklus, SiklusPanel } from '../../src/server/api-types';
import { isianBidang, type RiwayatRealisasi } from './isian';
import { demoOpd } from './opd';
import { Panggung } from './panggung';

export interface OpsiDemo {
  /** Where the files go (created if missing). */
  readonly out: string;
  /** The built bundle (build/). */
  readonly bundleDir: string;
  readonly log?: (line: string) => void;
}

export interface LaporanDemo {
  readonly tahun: number;
  /** Paths of the files written. */
  readonly berkas: readonly string[];
  readonly dijalankan: readonly string[];
  /** Skipped steps: what and which entry points were missing. */
  readonly dilewati: readonly { readonly judul: string; readonly kurang: readonly string[] }[];
  /** Steps whose operation failed, with its error. */
  readonly gagal: readonly { readonly judul: string; readonly pesan: string }[];
  /** What `npm run demo` prints at the end, one line each (Indonesian). */
  readonly ringkasan: readonly string[];
}

/** The entry points the demo plays, by what they do. */
const FUNGSI = {
  siapkan: 'siapkanLembarKerja',
  mulai: 'mulaiSiklus',
  panel: 'getPanelState',
  /** The admin's installable onEdit trigger that handles the Kirim check box. */
  kirim: 'onEditLapkin',
  kembalikan: 'kembalikanUntukPerbaikan',
  pengingat: 'kirimPengingat',
  kumpulkan: 'kumpulkanData',
  rekap: 'buatTabRekap',
  lkj: 'buatDokumenLkj',
  /** Rewrites the "Status SOP <periode>" tab from the cycle's events (the SOP capability). */
  sop: 'perbaruiStatusSop',
} as const;

const KODE = { kolom: 0, email: 4, staf: 5 } as const;
const TAHUN = Number(PENGATURAN_CONTOH.Tahun);
const TERLAMBAT = 'ORM';
const DIKEMBALIKAN = 'POL';

interface Orang {
  readonly kode: string;
  /** Types the data: the first staff member, or the Kabid when the bidang has no staff. */
  readonly pengisi: string;
  /** Checks and submits. */
  readonly kabid: string;
}

const ORANG: readonly Orang[] = BIDANG_CONTOH.map((b) => {
  const staf = (b[KODE.staf] ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  return { kode: b[KODE.kolom] ?? '', kabid: b[KODE.email] ?? '', pengisi: staf[0] ?? b[KODE.email] ?? '' };
});

/** `Laporan-TW1-2026.docx` (the quarter's Laporan Capaian Kinerja, Lapkin's default), `LKj-Tahunan-2026.docx`. */
export function namaDocx(periode: Periode): string {
  return periode === 'TAHUNAN' ? `LKj-Tahunan-${TAHUN}.docx` : `Laporan-${periode}-${TAHUN}.docx`;
}

class Demo {
  private readonly riwayat: RiwayatRealisasi = new Map();
  readonly berkas: string[] = [];

  constructor(
    readonly p: Panggung,
    private readonly out: string,
  ) {}

  private siklus(): SiklusPanel {
    const s = this.p.panel().siklus;
    if (!s) throw new Error('Tidak ada siklus berjalan.');
    return s;
  }

  private tab(kode: string): string {
    const b = this.siklus().bidang.find((x) => x.kode === kode);
    if (!b) throw new Error(`Bidang ${kode} tidak ada di siklus.`);
    return b.tab;
  }

  mulai(periode: Periode, batasWaktu: string): void {
    this.p.langkah(`Mulai siklus ${labelPeriode(periode)}`, [FUNGSI.mulai, FUNGSI.panel], () => {
      let hasil = this.p.panggil<HasilMulaiSiklus>(this.p.admin, FUNGSI.mulai, { periode, batasWaktu });
      // The sidebar asks before a new period replaces the open one; the Kasubbag answers yes.
      if (hasil.status === 'perlu-konfirmasi') hasil = this.p.panggil<HasilMulaiSiklus>(this.p.admin, FUNGSI.mulai, { periode, batasWaktu, konfirmasi: true });
      if (hasil.status !== 'ok') throw new Error(hasil.pesan);
      return hasil.pesan;
    });
  }

  /** Staff type the bidang's data, cell by cell, as people type in the grid. */
  isi(orang: Orang, periode: Periode, bukti?: (kode: string) => string): void {
    this.p.langkah(`${orang.kode} mengisi ${labelPeriode(periode)}`, [FUNGSI.panel], () => {
      const tab = this.tab(orang.kode);
      const ketikan = isianBidang(this.p.emu.spreadsheet.describeSheet(tab, this.p.admin), periode, this.riwayat, bukti);
      for (const k of ketikan) this.p.ketik(orang.pengisi, tab, k.a1, k.value);
      return `${orang.pengisi} mengetik ${ketikan.length} sel di "${tab}"`;
    });
  }

  /** The Kabid ticks Kirim; the admin's trigger validates, locks and archives. */
  kirim(orang: Orang, judul = `${orang.kode} mengirim`): void {
    this.p.langkah(judul, [FUNGSI.kirim], () => {
      const tab = this.tab(orang.kode);
      const toast = this.p.emu.spreadsheet.toasts().length;
      this.p.ketik(orang.kabid, tab, `${hurufKolom(SEL_KIRIM.kolom)}${SEL_KIRIM.baris}`, true);
      const status = this.siklus().bidang.find((b) => b.kode === orang.kode);
      if (status?.status !== 'terkirim') {
        throw new Error(`status ${status?.labelStatus ?? '?'} setelah Kirim dicentang. ${this.p.toastSejak(toast).join(' ')}`);
      }
      return `${orang.kabid} mencentang Kirim; status ${status.labelStatus}`;
    });
  }

  /** Gather, recap and the draft of the open cycle (namaDocx). */
  async tutup(periode: Periode): Promise<void> {
    const nama = labelPeriode(periode);
    this.kumpulkan(nama);
    this.p.langkah(`Buat rekap ${nama}`, [FUNGSI.rekap], () => this.pesan(this.p.panggil(this.p.admin, FUNGSI.rekap, {})));
    this.p.langkah(`Status SOP ${nama}`, [FUNGSI.sop, FUNGSI.panel], () => {
      this.p.panggil(this.p.admin, FUNGSI.sop);
      const sop = this.p.panel().sop;
      if (!sop) return 'belum ada catatan SOP untuk siklus ini';
      return `${sop.judul}: standar ${sop.standarWaktu}, berjalan ${sop.waktuBerjalan}; ${sop.terlambat.length} langkah terlambat; ${sop.saatIni ?? 'semua langkah selesai'}`;
    });
    const sebelum = new Set(this.p.emu.drive.files.keys());
    const dibuat = this.p.langkah(`Buat draf LKj ${nama}`, [FUNGSI.lkj], () => this.pesan(this.p.panggil(this.p.admin, FUNGSI.lkj, {})));
    if (!dibuat) return;
    const doc = [...this.p.emu.drive.files.values()].find((f) => !sebelum.has(f.id) && f.mimeType === GOOGLE_DOCS_MIME);
    if (!doc) throw new Error(`Buat draf LKj ${nama}: tidak ada Google Doc baru di Drive.`);
    const file = join(this.out, namaDocx(periode));
    writeFileSync(file, await renderDocx(modelFromDocument(describeDocument(this.p.emu.drive, doc.id))));
    this.berkas.push(file);
  }

  kumpulkan(nama: string): void {
    this.p.langkah(`Kumpulkan data ${nama}`, [FUNGSI.kumpulkan], () => this.pesan(this.p.panggil(this.p.admin, FUNGSI.kumpulkan)));
  }

  /** The message of an operation's result; anything but status 'ok' fails the step. */
  pesan(hasil: { status: string; pesan: string; uraian?: readonly string[] }): string {
    if (hasil.status !== 'ok') throw new Error([hasil.pesan, ...(hasil.uraian ?? [])].join(' '));
    return hasil.pesan;
  }

  /** A quarter filled quickly: every bidang types and submits on time. */
  triwulanCepat(periode: Periode, mulai: string, batasWaktu: string, kirim: string): void {
    this.p.pada(mulai);
    this.mulai(periode, batasWaktu);
    this.p.pada(kirim);
    for (const orang of ORANG) {
      this.isi(orang, periode);
      this.kirim(orang, `${orang.kode} mengirim ${labelPeriode(periode)}`);
    }
    this.kumpulkan(labelPeriode(periode));
  }
}

async function mainkanTw1(demo: Demo): Promise<void> {
  const { p } = demo;
  const orang = (kode: string): Orang => ORANG.find((o) => o.kode === kode) ?? ORANG[0]!;
  p.pada('2026-04-01T02:00:00Z');
  p.langkah('Kasubbag menyiapkan lembar kerja dan mengetik konfigurasi OPD contoh', [FUNGSI.siapkan], () => {
    demoOpd.seed(p.emu);
    return `${BIDANG_CONTOH.length} bidang, Pengaturan tahun ${TAHUN}`;
  });
  demo.mulai('TW1', '2026-04-10');

  const buktiKeliru = (kode: string): string => `https://drive.google.com/drive/folders/folder-lama-${kode}`;
  ORANG.forEach((o, i) => {
    if (o.kode === TERLAMBAT) return;
    p.pada(`2026-04-0${6 + Math.min(i, 3)}T03:00:00Z`);
    demo.isi(o, 'TW1', o.kode === DIKEMBALIKAN ? buktiKeliru : undefined);
    demo.kirim(o);
  });

  p.pada('2026-04-13T02:00:00Z');
  p.langkah(`${TERLAMBAT} terlambat`, [FUNGSI.panel], () => {
    const b = p.panel().siklus?.bidang.find((x) => x.kode === TERLAMBAT);
    return `status di panel: ${b?.labelStatus ?? '?'}`;
  });
  p.langkah(`Pengingat untuk bidang yang terlambat`, [FUNGSI.pengingat], () => {
    const sebelum = p.emu.mail.outbox.length;
    const pesan = demo.pesan(p.panggil(p.admin, FUNGSI.pengingat));
    const kepada = p.emu.mail.outbox.slice(sebelum).map((m) => m.to);
    return `${pesan} (e-mail ke: ${kepada.join(', ') || '-'})`;
  });
  p.langkah(`Kiriman ${DIKEMBALIKAN} dikembalikan untuk perbaikan`, [FUNGSI.kembalikan], () => {
    const alasan = 'Tautan bukti dukung mengarah ke folder lama; mohon ganti dengan folder TW I.';
    return demo.pesan(p.panggil(p.admin, FUNGSI.kembalikan, { bidang: DIKEMBALIKAN, alasan }));
  });

  p.pada('2026-04-14T03:00:00Z');
  demo.isi(orang(TERLAMBAT), 'TW1');
  demo.kirim(orang(TERLAMBAT), `${TERLAMBAT} mengirim setelah diingatkan`);
  if (p.ada(FUNGSI.kembalikan)) {
    const pol = orang(DIKEMBALIKAN);
    demo.isi(pol, 'TW1');
    demo.kirim(pol, `${DIKEMBALIKAN} mengirim ulang (versi 2)`);
  }

  p.pada('2026-04-15T02:00:00Z');
  await demo.tutup('TW1');
}

async function mainkanTahunan(demo: Demo): Promise<void> {
  demo.triwulanCepat('TW2', '2026-07-01T02:00:00Z', '2026-07-10', '2026-07-06T03:00:00Z');
  demo.triwulanCepat('TW3', '2026-10-01T02:00:00Z', '2026-10-12', '2026-10-06T03:00:00Z');
  demo.triwulanCepat('TW4', '2027-01-04T02:00:00Z', '2027-01-15', '2027-01-08T03:00:00Z');
  demo.p.pada('2027-01-18T02:00:00Z');
  demo.mulai('TAHUNAN', '2027-01-29');
  demo.p.pada('2027-01-22T03:00:00Z');
  for (const orang of ORANG) {
    demo.isi(orang, 'TAHUNAN');
    demo.kirim(orang, `${orang.kode} mengirim nilai akhir tahun`);
  }
  demo.p.pada('2027-01-26T02:00:00Z');
  await demo.tutup('TAHUNAN');
}

/** Plays the year and writes the files; the summary says what ran and what was skipped. */
export async function mainkanDemo(opsi: OpsiDemo): Promise<LaporanDemo> {
  const log = opsi.log ?? (() => undefined);
  mkdirSync(opsi.out, { recursive: true });
  const p = new Panggung(opsi.bundleDir, log);
  const demo = new Demo(p, opsi.out);
  log(`Siklus TW I ${TAHUN}`);
  await mainkanTw1(demo);
  log(`TW II–IV (diisi cepat) dan siklus Tahunan ${TAHUN}`);
  await mainkanTahunan(demo);

  const xlsx = join(opsi.out, 'lapkin-demo.xlsx');
  const sheets = p.emu.spreadsheet.sheetNames().map((name) => p.emu.spreadsheet.describeSheet(name, p.admin));
  writeFileSync(xlsx, await workbookXlsx(sheets, p.emu.ws.timeZone));
  const berkas = [xlsx, ...demo.berkas];

  const ringkasan = [
    `Demo Lapkin — ${PENGATURAN_CONTOH['Nama instansi']}, tahun ${TAHUN}`,
    `Skenario TW I: ${TERLAMBAT} terlambat dan diingatkan; kiriman ${DIKEMBALIKAN} dikembalikan dengan alasan lalu dikirim ulang.`,
    'TW II–IV diisi cepat (semua bidang tepat waktu, tanpa pengembalian; realisasi dari target × faktor tetap per indikator) agar agregasi tahunan punya data.',
    `${p.dijalankan.length} langkah dijalankan, ${p.dilewati.length} dilewati, ${p.gagal.length} gagal.`,
    ...(p.gagal.length > 0 ? ['GAGAL:', ...p.gagal.map((g) => `  - ${g.judul}: ${g.pesan}`)] : []),
    ...(p.dilewati.length > 0 ? ['Dilewati (kemampuan belum ada di bundle):', ...p.ringkasLewat().map((d) => `  - ${d}`)] : []),
    `Tab di buku kerja: ${sheets.length}.`,
    'Berkas:',
    ...berkas.map((b) => `  - ${b}`),
  ];
  return { tahun: TAHUN, berkas, dijalankan: p.dijalankan, dilewati: p.dilewati, gagal: p.gagal, ringkasan };
}
