/**
 * A cycle in two moves (admin only), both under the document lock:
 *   siapkanSiklus — the persiapan: the cycle state (period, deadline, the bidang and their tab
 *                   names) and its SOP status record, no bidang tab yet, so the nota dinas chain
 *                   (drafting, paraf, signature) is tracked before the tabs open;
 *   mulaiSiklus   — one tab per bidang for the period and the SOP event 'siklus-dimulai' (the nota
 *                   dinas distributed). A period not prepared is prepared on the way, so one click
 *                   still starts a cycle; a prepared one keeps its deadline unless the form gives one.
 * Idempotent: a finished start of the same period is refused; a start that was cut off resumes
 * (tabs already complete — `lembarLengkap`, read from the tab itself, so no progress is saved per
 * tab — are kept, a half-written tab is rewritten keeping what was typed in it). Preparing or
 * starting a new period while another is open needs `konfirmasi: true`; the other is closed then
 * (its tabs hidden, its collection over), and the question says so, naming the bidang that have
 * not submitted (`pertanyaanGantiSiklus`).
 */
import { uraianMasalah } from '../core/konfigurasi/index';
import { BARIS_DATA_PERTAMA, isiLembar, kolomLembar, posisiKolom, twSebelumnya } from '../core/lembar-bidang';
import { peringatanTahunLibur } from '../core/libur-nasional';
import { labelSiklus, PERIODE } from '../core/periode';
import {
  batasWaktuBawaan,
  catatanBatasBawaan,
  pertanyaanGantiSiklus,
  tanggalTampil,
  type BidangSiklus,
  type StatusSiklus,
  idSiklus,
} from '../core/siklus';
import { parseTanggalIso } from '../core/tanggal';
import type { SopTemplate } from '../core/sop/model';
import type { Konfigurasi, Masalah, Periode } from '../core/types';
import { barisArsipBerikut } from '../gas/arsip';
import { arsipTahun, rasioTerkirim, realisasiTerkirim } from '../gas/data-rekap';
import { withDocumentLock } from '../gas/kunci';
import { aturanTab, lembarLengkap, proteksiBaru, tulisLembarBidang } from '../gas/lembar-bidang';
import { adaCatatan, catat } from '../gas/log';
import { pastikanPemicuEdit } from '../gas/pemicu';
import { siklusAktif, siklusDengan, simpanSiklusAktif } from '../gas/siklus-store';
import { bacaTemplateSop } from '../gas/sop-tab';
import { sembunyikanTab, spreadsheetAktif } from '../gas/spreadsheet';
import { namaTabStatusSop } from '../core/sop/lembar';
import { namaTabBidang } from '../core/nama-tab';
import { hariIni } from '../gas/sop-waktu';
import { adminSiap, type Penjalan } from './akses';
import type { HasilMulaiSiklus, MasukanMulaiSiklus } from './api-types';
import { aturanDari, bacaKonfigurasiSs, ditolak, hasilMasalah, kalenderDari } from './konfigurasi';
import { peristiwaSop, siapkanSop } from './sop';

/** Problems with the form's input, in the shape of configuration problems (tab "Mulai siklus"). */
function periksaMasukan(m: MasukanMulaiSiklus & { tahun: number }, k: Konfigurasi, hari: string): Masalah[] {
  const masalah: Masalah[] = [];
  const salah = (kolom: string, pesan: string): void => {
    masalah.push({ tab: 'Mulai siklus', baris: 0, kolom, pesan });
  };
  if (!PERIODE.includes(m.periode)) salah('Periode', 'Pilih TW I, TW II, TW III, TW IV atau Tahunan.');
  if (m.tahun !== k.pengaturan.tahun) salah('Tahun', `Target di tab Indikator untuk tahun ${k.pengaturan.tahun} (tab Pengaturan), bukan ${m.tahun}.`);
  if (m.batasWaktu) {
    if (parseTanggalIso(m.batasWaktu) === null) salah('Batas waktu', `"${m.batasWaktu}" bukan tanggal.`);
    else if (m.batasWaktu < hari) salah('Batas waktu', `Batas waktu ${tanggalTampil(m.batasWaktu)} sudah lewat.`);
  }
  return masalah;
}

/** What was typed in a half-written tab, by indicator kode (one read). */
function isianDari(sheet: GoogleAppsScript.Spreadsheet.Sheet, periode: Periode): Record<string, unknown[]> {
  const kolom = kolomLembar(periode);
  const jumlah = sheet.getLastRow() - BARIS_DATA_PERTAMA + 1;
  if (jumlah < 1) return {};
  const awal = kolom.findIndex((k) => k.jenis === 'masukan');
  const kolomKode = posisiKolom(periode, 'kode') - 1;
  const hasil: Record<string, unknown[]> = {};
  for (const row of sheet.getRange(BARIS_DATA_PERTAMA, 1, jumlah, kolom.length).getValues()) {
    const isian = row.slice(awal);
    if (isian.some((v) => v !== '' && v !== null)) hasil[String(row[kolomKode]).trim().toUpperCase()] = isian;
  }
  return hasil;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What both moves read and check first. */
interface Konteks {
  readonly ss: Spreadsheet;
  readonly siapa: Penjalan;
  readonly k: Konfigurasi;
  readonly masukan: MasukanMulaiSiklus & { readonly tahun: number };
  readonly hari: string;
  readonly template: SopTemplate;
  readonly id: string;
  /** 'TW I 2026'. */
  readonly label: string;
  /** The same period's cycle, prepared or started before. */
  readonly sama: StatusSiklus | null;
  readonly aktif: StatusSiklus | null;
}

/**
 * The admin gate, the configuration, the form, the SOP template, a finished start of the period
 * (refused) and another open period (asked about): the context, or the answer to give instead.
 */
function periksa(ss: Spreadsheet, form: MasukanMulaiSiklus, tindakan: 'Siapkan' | 'Mulai'): Konteks | HasilMulaiSiklus {
  const siapa = adminSiap(ss);
  const { hasil } = bacaKonfigurasiSs(ss);
  if (!hasil.ok) return hasilMasalah('Konfigurasi', hasil.masalah);
  const k = hasil.konfigurasi;
  const masukan = { ...form, tahun: form.tahun ?? k.pengaturan.tahun };
  const hari = hariIni(ss);
  const salah = periksaMasukan(masukan, k, hari);
  if (salah.length > 0) return { status: 'masalah', pesan: 'Isian formulir belum benar.', masalah: salah, uraian: salah.map(uraianMasalah) };
  const sop = bacaTemplateSop(ss, k.pengaturan);
  if (!sop.ok) return hasilMasalah('Template SOP', sop.masalah);
  const id = idSiklus(masukan.periode, masukan.tahun);
  const label = labelSiklus(masukan);
  const sama = siklusDengan(masukan.periode, masukan.tahun);
  if (sama?.lengkap) {
    return ditolak(`Siklus ${label} sudah dimulai pada ${tanggalTampil(sama.dimulai.slice(0, 10))} oleh ${sama.dimulaiOleh}. Tab bidangnya sudah ada; tidak ada yang diubah.`);
  }
  const aktif = siklusAktif();
  if (aktif && aktif.id !== id && !masukan.konfirmasi) {
    return { status: 'perlu-konfirmasi', pesan: pertanyaanGantiSiklus(aktif, tindakan, label) };
  }
  return { ss, siapa, k, masukan, hari, template: sop.template, id, label, sama, aktif };
}

/**
 * The bidang of the cycle from the Bidang tab: a bidang already in `sama` keeps its tab name, a new
 * one gets a free name. Tabs are looked up by name, one call each: listing every tab would cost
 * more each cycle as closed cycles' (hidden) tabs accumulate.
 */
function bidangSiklus(c: Konteks): BidangSiklus[] {
  const { ss, k, masukan, sama } = c;
  const namaTerpakai: string[] = (sama?.bidang ?? []).map((b) => b.tab);
  const tabBaru = (kode: string): string => {
    for (;;) {
      const tab = namaTabBidang(masukan.periode, masukan.tahun, kode, namaTerpakai);
      namaTerpakai.push(tab);
      if (!ss.getSheetByName(tab)) return tab;
    }
  };
  return k.bidang.map((b) => {
    const lama = sama?.bidang.find((x) => x.kode === b.kode);
    const editor = [b.kabid.email, ...b.stafEmails].filter((e, i, all) => e !== '' && all.indexOf(e) === i);
    if (lama) return { ...lama, nama: b.nama, editor };
    return { kode: b.kode, nama: b.nama, tab: tabBaru(b.kode), siap: false, status: 'belum-diisi', editor };
  });
}

/** The cycle `c` replaces is closed: its bidang and SOP tabs hidden (not deleted), so tabs do not pile up. */
function tutupYangLain(c: Konteks): void {
  if (c.aktif && c.aktif.id !== c.id) sembunyikanTab(c.ss, [...c.aktif.bidang.map((b) => b.tab), namaTabStatusSop(labelSiklus(c.aktif))]);
}

/** The persiapan: the cycle state (no tab yet) made the open cycle, the one it replaces closed, and the SOP record. */
function siapkan(c: Konteks): StatusSiklus {
  const { ss, siapa, k, masukan, hari } = c;
  const siklus: StatusSiklus = {
    id: c.id,
    periode: masukan.periode,
    tahun: masukan.tahun,
    dimulai: new Date().toISOString(),
    dimulaiOleh: siapa.email,
    batasWaktu: masukan.batasWaktu || batasWaktuBawaan(hari, k.pengaturan.templateSop, kalenderDari(k)),
    catatan: masukan.catatan ?? '',
    lengkap: false,
    persiapan: true,
    barisArsip: barisArsipBerikut(ss),
    bidang: bidangSiklus(c),
  };
  simpanSiklusAktif(siklus);
  tutupYangLain(c);
  siapkanSop(ss, siklus, c.template, k, siapa);
  return siklus;
}

/**
 * The deadline's notes for the admin: why the default is what it is (when this run chose it), and
 * that working days in a year without a national holiday list count only the local holidays.
 */
function catatanBatas(c: Konteks, siklus: StatusSiklus, bawaanDipilih: boolean): string {
  const libur = peringatanTahunLibur([c.hari, siklus.batasWaktu]);
  const bawaan = bawaanDipilih ? catatanBatasBawaan(c.k.pengaturan.templateSop) : null;
  return [bawaan, libur].filter((x) => x).map((x) => ` ${x}`).join('');
}

export function siapkanSiklus(form: MasukanMulaiSiklus): HasilMulaiSiklus {
  const ss = spreadsheetAktif();
  return withDocumentLock(() => {
    const c = periksa(ss, form, 'Siapkan');
    if ('status' in c) return c;
    if (c.sama) {
      return ditolak(`Siklus ${c.label} sudah disiapkan pada ${tanggalTampil(c.sama.dimulai.slice(0, 10))} oleh ${c.sama.dimulaiOleh}, batas waktu ${tanggalTampil(c.sama.batasWaktu)}. Jalankan Mulai siklus untuk membuka tab bidangnya.`);
    }
    const siklus = siapkan(c);
    catat(ss, c.siapa, 'Siapkan siklus', `${c.label}; batas waktu ${tanggalTampil(siklus.batasWaktu)}${siklus.catatan ? `; catatan: ${siklus.catatan}` : ''}`);
    return {
      status: 'ok',
      pesan: `Siklus ${c.label} disiapkan, batas waktu ${tanggalTampil(siklus.batasWaktu)}. Buat nota dinas permintaan data dan tandai paraf serta tanda tangannya di SOP, lalu Mulai siklus untuk membuka tab bidang.${catatanBatas(c, siklus, !form.batasWaktu)}`,
      tabDibuat: [],
    };
  });
}

export function mulaiSiklus(form: MasukanMulaiSiklus): HasilMulaiSiklus {
  const ss = spreadsheetAktif();
  return withDocumentLock(() => {
    const c = periksa(ss, form, 'Mulai');
    if ('status' in c) return c;
    const { siapa, k, masukan } = c;
    if (c.sama) tutupYangLain(c);
    // A period not prepared is prepared on the way (one click); a prepared one opens now, as the
    // admin who opens it, with the deadline the form gives, else the one it was prepared with.
    const disiapkan = c.sama ?? siapkan(c);
    const { persiapan: _persiapan, ...tanpaPersiapan } = disiapkan;
    let siklus: StatusSiklus = {
      ...tanpaPersiapan,
      ...(disiapkan.persiapan ? { dimulai: new Date().toISOString(), dimulaiOleh: siapa.email } : {}),
      ...(masukan.batasWaktu ? { batasWaktu: masukan.batasWaktu } : {}),
      ...(masukan.catatan ? { catatan: masukan.catatan } : {}),
      bidang: bidangSiklus({ ...c, sama: disiapkan }),
    };
    // The state goes first (lengkap: false), so a start cut off by a timeout resumes with the same tab names.
    simpanSiklusAktif(siklus);
    // The SOP record and its tab before the bidang tabs, as the persiapan makes them, also when a
    // persiapan was cut off before them (or the cycle is older than SOP tracking).
    siapkanSop(ss, siklus, c.template, k, siapa);

    const aturan = aturanDari(k);
    const aturanSemuaTab = aturanTab(masukan.periode, aturan);
    // The closed quarters as the recap reads them: what was submitted (one read of this year's Arsip Kiriman rows).
    const { lama, rasioLama } = twSebelumnya(masukan.periode).length === 0 ? { lama: {}, rasioLama: {} } : (() => {
      const { arsip, semua } = arsipTahun(ss, masukan.tahun);
      return { lama: Object.fromEntries(realisasiTerkirim(arsip, masukan.tahun, semua)), rasioLama: Object.fromEntries(rasioTerkirim(arsip, masukan.tahun, semua)) };
    })();
    const dibuat: string[] = [];
    const proteksi = proteksiBaru(siapa.email);
    // Tabs written in this run with nothing typed in them, by indicator-row count: the templates.
    const templat = new Map<number, GoogleAppsScript.Spreadsheet.Sheet>();
    // siklus.bidang is k.bidang in the same order (bidangSiklus).
    for (const [i, b] of siklus.bidang.entries()) {
      const ada = ss.getSheetByName(b.tab);
      const isi = isiLembar(
        { instansi: k.pengaturan.instansi, periode: masukan.periode, tahun: masukan.tahun, bidang: k.bidang[i], batasWaktu: tanggalTampil(siklus.batasWaktu) },
        k.indikator,
        lama,
        aturan,
        rasioLama,
      );
      if (ada && (b.siap || lembarLengkap(ada, b.tab, isi.baris.length > 0))) continue;
      const isianLama = ada ? isianDari(ada, masukan.periode) : {};
      if (ada) ss.deleteSheet(ada);
      const n = isi.baris.length;
      const tab = tulisLembarBidang(ss, { nama: b.tab, periode: masukan.periode, isi, aturanTab: aturanSemuaTab, admin: siapa.adminEmails, editorBidang: b.editor, proteksi, isianLama }, templat.get(n) ?? null);
      if (Object.keys(isianLama).length === 0) templat.set(n, tab);
      dibuat.push(b.tab);
    }
    // The tabs are open: the nota dinas is distributed.
    peristiwaSop(ss, 'siklus-dimulai');
    // The Kirim box is handled by an installable trigger running as an admin (src/server/kirim.ts).
    pastikanPemicuEdit(ss, siapa.email, siapa.adminEmails);
    // The Log row comes before `lengkap`, so a start cut off around it is resumed; a resumed start
    // first looks whether this start's row already landed, so the row is written exactly once.
    const dilanjutkan = c.sama !== null && !c.sama.persiapan;
    const awalRincian = `${c.label}; `;
    if (!dilanjutkan || !adaCatatan(ss, (tindakan, rincian) => /mulai siklus$/i.test(tindakan) && rincian.startsWith(awalRincian))) {
      catat(ss, siapa, dilanjutkan ? 'Lanjutkan mulai siklus' : 'Mulai siklus', `${awalRincian}batas waktu ${tanggalTampil(siklus.batasWaktu)}; tab dibuat: ${dibuat.join(', ') || '-'}${siklus.catatan ? `; catatan: ${siklus.catatan}` : ''}`);
    }
    siklus = { ...siklus, lengkap: true, bidang: siklus.bidang.map((b) => ({ ...b, siap: true })) };
    simpanSiklusAktif(siklus);
    return {
      status: 'ok',
      pesan: `Siklus ${c.label} dimulai: ${dibuat.length} tab bidang dibuat, batas waktu ${tanggalTampil(siklus.batasWaktu)}.${catatanBatas(c, siklus, c.sama === null && !form.batasWaktu)}`,
      tabDibuat: dibuat,
    };
  });
}
