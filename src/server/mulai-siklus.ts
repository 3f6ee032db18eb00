/**
 * "Mulai siklus" (admin only): one tab per bidang for the period, the cycle state saved, a Log
 * row. Idempotent: a finished start of the same period is refused; a start that was cut off
 * resumes (tabs already complete — `lembarLengkap`, read from the tab itself, so no progress is
 * saved per tab — are kept, a half-written tab is rewritten keeping what was typed in it);
 * starting a new period while another is open needs `konfirmasi: true`.
 */
import { uraianMasalah } from '../core/konfigurasi/index';
import { BARIS_DATA_PERTAMA, isiLembar, kolomLembar, posisiKolom, twSebelumnya } from '../core/lembar-bidang';
import { peringatanTahunLibur } from '../core/libur-nasional';
import { labelSiklus, PERIODE } from '../core/periode';
import {
  batasWaktuBawaan,
  catatanBatasBawaan,
  tanggalTampil,
  type BidangSiklus,
  type StatusSiklus,
  idSiklus,
} from '../core/siklus';
import { parseTanggalIso } from '../core/tanggal';
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
import { adminSiap } from './akses';
import type { HasilMulaiSiklus, MasukanMulaiSiklus } from './api-types';
import { aturanDari, bacaKonfigurasiSs, ditolak, hasilMasalah, kalenderDari } from './konfigurasi';
import { mulaiSop } from './sop';

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

export function mulaiSiklus(form: MasukanMulaiSiklus): HasilMulaiSiklus {
  const ss = spreadsheetAktif();
  return withDocumentLock(() => {
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
      return {
        status: 'perlu-konfirmasi',
        pesan: `Siklus ${labelSiklus(aktif)} masih berjalan. Mulai siklus ${label}? Tab siklus lama tetap disimpan.`,
      };
    }

    // The state goes first (lengkap: false), so a start cut off by a timeout resumes with the same tab names.
    // Tabs are looked up by name, one call each: listing every tab would cost more each cycle as closed
    // cycles' (hidden) tabs accumulate.
    const namaTerpakai: string[] = (sama?.bidang ?? []).map((b) => b.tab);
    const tabBaru = (kode: string): string => {
      for (;;) {
        const tab = namaTabBidang(masukan.periode, masukan.tahun, kode, namaTerpakai);
        namaTerpakai.push(tab);
        if (!ss.getSheetByName(tab)) return tab;
      }
    };
    const bidang: BidangSiklus[] = k.bidang.map((b) => {
      const lama = sama?.bidang.find((x) => x.kode === b.kode);
      const editor = [b.kabid.email, ...b.stafEmails].filter((e, i, all) => e !== '' && all.indexOf(e) === i);
      if (lama) return { ...lama, nama: b.nama, editor };
      const tab = tabBaru(b.kode);
      return { kode: b.kode, nama: b.nama, tab, siap: false, status: 'belum-diisi', editor };
    });
    let siklus: StatusSiklus = sama ?? {
      id,
      periode: masukan.periode,
      tahun: masukan.tahun,
      dimulai: new Date().toISOString(),
      dimulaiOleh: siapa.email,
      batasWaktu: masukan.batasWaktu || batasWaktuBawaan(hari, k.pengaturan.templateSop, kalenderDari(k)),
      catatan: masukan.catatan ?? '',
      lengkap: false,
      barisArsip: barisArsipBerikut(ss),
      bidang,
    };
    siklus = { ...siklus, bidang };
    simpanSiklusAktif(siklus);

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
    // siklus.bidang is k.bidang in the same order (built above).
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
    // The cycle this one replaces is closed: its bidang and SOP tabs are hidden (not deleted), so tabs do not pile up.
    if (aktif && aktif.id !== id) sembunyikanTab(ss, [...aktif.bidang.map((b) => b.tab), namaTabStatusSop(labelSiklus(aktif))]);
    mulaiSop(ss, siklus, sop.template, k, siapa);
    // The Kirim box is handled by an installable trigger running as an admin (src/server/kirim.ts).
    pastikanPemicuEdit(ss, siapa.email, siapa.adminEmails);
    // The Log row comes before `lengkap`, so a start cut off around it is resumed; a resumed start
    // first looks whether this start's row already landed, so the row is written exactly once.
    const dilanjutkan = sama !== null;
    const awalRincian = `${label}; `;
    if (!dilanjutkan || !adaCatatan(ss, (tindakan, rincian) => /mulai siklus$/i.test(tindakan) && rincian.startsWith(awalRincian))) {
      catat(ss, siapa, dilanjutkan ? 'Lanjutkan mulai siklus' : 'Mulai siklus', `${awalRincian}batas waktu ${tanggalTampil(siklus.batasWaktu)}; tab dibuat: ${dibuat.join(', ') || '-'}${siklus.catatan ? `; catatan: ${siklus.catatan}` : ''}`);
    }
    siklus = { ...siklus, lengkap: true, bidang: siklus.bidang.map((b) => ({ ...b, siap: true })) };
    simpanSiklusAktif(siklus);
    // Working days in a year without a national list count only the local holidays: say so.
    const libur = peringatanTahunLibur([hari, siklus.batasWaktu]);
    const bawaan = masukan.batasWaktu ? null : catatanBatasBawaan(k.pengaturan.templateSop);
    const tambahan = [bawaan, libur].filter((x) => x).map((x) => ` ${x}`).join('');
    return {
      status: 'ok',
      pesan: `Siklus ${label} dimulai: ${dibuat.length} tab bidang dibuat, batas waktu ${tanggalTampil(siklus.batasWaktu)}.${tambahan}`,
      tabDibuat: dibuat,
    };
  });
}
