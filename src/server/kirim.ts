/**
 * Submitting a bidang tab (README "Submitting: how the lock works"). The Kirim check box is
 * handled by the installable trigger `onEditLapkin`, which runs as the admin who created it, so
 * it can take the bidang's users off the input protections; admins can submit on a bidang's
 * behalf from the sidebar; anybody in the bidang can check the tab first ("Periksa isian").
 * Every mutation runs under the document lock and reads the state after taking it.
 */
import { emailUnik } from '../core/email-unik';
import { pesanGalatPengguna } from '../core/galat';
import { SEL_KIRIM_A1 } from '../core/lembar-bidang';
import { labelSiklus } from '../core/periode';
import { BARIS_ARSIP_PERTAMA, denganKiriman, denganStatusBidang, LABEL_STATUS, tanggalTampil, type BidangSiklus, type StatusSiklus } from '../core/siklus';
import type { Konfigurasi } from '../core/types';
import { periksaKiriman, uraianMasalahKiriman, type HasilPeriksa } from '../core/validasi-kiriman';
import { kosongkanKiriman, tambahKiriman } from '../gas/arsip';
import { peristiwaSop } from './sop';
import { withDocumentLock } from '../gas/kunci';
import { aturEditorIsian, penyuntingKotakKirim, tulisStatusLembar } from '../gas/lembar-bidang';
import { adaCatatan, catatLog } from '../gas/log';
import { periksaHakAdmin } from '../gas/proteksi-admin';
import { PESAN_BUKAN_ADMIN, PESAN_TANPA_EMAIL, emailEfektif } from '../gas/pengguna';
import { spreadsheetAktif } from '../gas/spreadsheet';
import { pesanMasihPersiapan, siklusAktif, simpanSiklusAktif } from '../gas/siklus-store';
import { penjalan, type Penjalan } from './akses';
import type { HasilAksi, MasukanBidang } from './api-types';
import { aturanDari, ditolak, konfigurasiSah } from './konfigurasi';
import { kirimSemuaSurel } from './pengingat';
import { SEL_KOTAK_UJI_A1 } from '../core/uji-kabid/tata-letak';
import { catatPemicuUji } from './uji-kabid-langkah';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const JUDUL_TOAST = 'Lapkin · Kirim isian';
/** How many problems the note on the Kirim box lists (the sidebar shows them all). */
const MASALAH_DI_CATATAN = 20;

/** The open cycle with its bidang tabs open (not only prepared). */
export function wajibSiklus(): StatusSiklus {
  const s = siklusAktif();
  if (!s) throw new Error('Belum ada siklus berjalan. Admin menjalankan Mulai siklus lebih dulu.');
  if (s.persiapan) throw new Error(pesanMasihPersiapan(s));
  return s;
}

/** The bidang an action is about: `kode` when given, else the bidang tab on screen. */
export function bidangDipilih(ss: Spreadsheet, s: StatusSiklus, kode: string | undefined): BidangSiklus {
  if (kode !== undefined && kode !== '') {
    const b = s.bidang.find((x) => x.kode === kode);
    if (!b) throw new Error(`Bidang "${kode}" tidak ada dalam siklus ${labelSiklus(s)}.`);
    return b;
  }
  const tab = ss.getActiveSheet().getName();
  const b = s.bidang.find((x) => x.tab === tab);
  if (!b) throw new Error(`Buka dulu tab bidang siklus ${labelSiklus(s)} yang dimaksud, lalu jalankan lagi.`);
  return b;
}

export function lembarBidang(ss: Spreadsheet, b: BidangSiklus): Sheet {
  const sheet = ss.getSheetByName(b.tab);
  if (!sheet) throw new Error(`Tab "${b.tab}" tidak ditemukan. Bila terhapus, pulihkan dengan Ctrl+Z atau File ▸ Histori versi.`);
  return sheet;
}

/** '31 Maret 2026 pukul 09.15' in the spreadsheet's time zone. */
export function waktuTampil(ss: Spreadsheet, saat: Date): string {
  const tz = ss.getSpreadsheetTimeZone();
  return `${tanggalTampil(Utilities.formatDate(saat, tz, 'yyyy-MM-dd'))} pukul ${Utilities.formatDate(saat, tz, 'HH.mm')}`;
}

export function tautanTab(ss: Spreadsheet, sheet: Sheet): string {
  return `${ss.getUrl()}#gid=${sheet.getSheetId()}`;
}

/** Who may submit or check bidang `b`: its Kabid and staff, and the admins; never ''. */
function alasanTolak(siapa: Penjalan, b: BidangSiklus): string | null {
  if (siapa.email === '') return PESAN_TANPA_EMAIL;
  if (!siapa.admin && !b.editor.includes(siapa.email)) {
    return `${siapa.email} bukan Kabid atau staf ${b.nama}, jadi tidak dapat memeriksa atau mengirim tab ini.`;
  }
  return null;
}

/**
 * Who ticked the box when Google does not say: in the admin's trigger the address of a consumer
 * account (every gmail, every Google account on a *.go.id mailbox) is '' (domain.md §7). The box's
 * own protection then says who could have: only Lapkin's editors of it — the bidang's Kabid and staff
 * and the admins — if it names nobody else and is not open to a domain. Returns the refusal, or null.
 */
function kotakTidakTerjaga(sheet: Sheet, b: BidangSiklus, admin: readonly string[]): string | null {
  const kotak = penyuntingKotakKirim(sheet);
  const berhak = new Set([...admin, ...b.editor]);
  const lain = kotak ? kotak.editor.filter((e) => !berhak.has(e)) : [];
  if (kotak && !kotak.domain && lain.length === 0) return null;
  const sebab = !kotak ? 'tidak lagi dilindungi' : kotak.domain ? 'terbuka untuk seluruh domain' : `juga dapat dicentang oleh ${lain.join(', ')}`;
  return `Kotak Kirim (${SEL_KIRIM_A1}) tab "${b.tab}" ${sebab}, dan Google tidak menyebut siapa yang mencentangnya, jadi isian tidak dikirim. ` +
    'Admin: jalankan Siapkan lembar kerja untuk memulihkan proteksinya, atau kirim atas nama bidang dari panel.';
}

/** How the Log and the tab name whoever ticked the box when Google gives no address. */
function pencentang(b: BidangSiklus): string {
  return `Kabid/staf ${b.nama} atau admin`;
}

function periksaTab(s: StatusSiklus, b: BidangSiklus, sheet: Sheet, k: Konfigurasi): HasilPeriksa {
  const isi = sheet.getDataRange();
  return periksaKiriman(isi.getValues(), isi.getFormulas(), { tab: b.tab, periode: s.periode, bidang: b.kode, indikator: k.indikator, aturan: aturanDari(k) });
}

function hasilMasalah(s: StatusSiklus, hasil: HasilPeriksa): HasilAksi & { status: 'masalah' } {
  const uraian = hasil.masalah.map((m) => uraianMasalahKiriman(m, s.periode));
  return { status: 'masalah', pesan: `Isian belum dapat dikirim: ${uraian.length} masalah.`, masalah: hasil.masalah, uraian };
}

type Sumber = 'centang' | 'admin';

const TINDAKAN_KIRIM = 'Kirim isian bidang';

/** "TW I 2026; Bidang X; versi 2; " — how a submission's Log row starts. */
function awalRincian(label: string, b: BidangSiklus, versi: number): string {
  return `${label}; ${b.nama}; versi ${versi}; `;
}

/** After a submission failed before it counted: the bidang's editors back and the box unticked (best effort). */
function bukaKembali(sheet: Sheet, saya: string, editor: readonly string[], status: string): void {
  try {
    aturEditorIsian(sheet, saya, editor);
    tulisStatusLembar(sheet, status, false, 'Pengiriman terputus karena gangguan; isian belum terkirim. Centang kotak Kirim lagi.');
  } catch {
    // The error that stopped the submission is the one to report.
  }
}

/**
 * Submits bidang `kode` of the open cycle. From the check box (`centang`), a refusal or a
 * problem unticks the box and is written as its note; from the sidebar it is the answer.
 */
function kirimLembar(ss: Spreadsheet, kode: string, sumber: Sumber): HasilAksi {
  return withDocumentLock((): HasilAksi => {
    const siapa = penjalan(ss);
    const s = wajibSiklus();
    const b = bidangDipilih(ss, s, kode);
    const sheet = lembarBidang(ss, b);
    const label = labelSiklus(s);
    const tolak = (pesan: string, catatan = pesan): HasilAksi => {
      if (sumber === 'centang') {
        tulisStatusLembar(sheet, null, false, catatan);
        ss.toast(pesan, JUDUL_TOAST, 15);
      }
      return ditolak(pesan);
    };
    if (sumber === 'admin' && !siapa.admin) throw new Error(siapa.email === '' ? PESAN_TANPA_EMAIL : PESAN_BUKAN_ADMIN);
    const tanpaAlamat = sumber === 'centang' && siapa.email === '';
    const bukanHak = tanpaAlamat ? kotakTidakTerjaga(sheet, b, siapa.adminEmails) : alasanTolak(siapa, b);
    if (bukanHak !== null) return tolak(bukanHak);
    // What Google told: an address, or only that the box's editors include whoever ticked it.
    const oleh = tanpaAlamat ? pencentang(b) : siapa.email;
    periksaHakAdmin(ss);
    if (b.status === 'terkirim') {
      return ditolak(`${b.nama} sudah mengirim isian ${label}${b.versi ? ` (versi ${b.versi}, oleh ${b.oleh})` : ''}. Admin dapat mengembalikannya untuk perbaikan.`);
    }
    const k = konfigurasiSah(ss);
    const periksa = periksaTab(s, b, sheet, k);
    if (periksa.masalah.length > 0) {
      const hasil = hasilMasalah(s, periksa);
      const lebih = hasil.uraian.length > MASALAH_DI_CATATAN ? `\n… dan ${hasil.uraian.length - MASALAH_DI_CATATAN} lagi (lihat Periksa isian di panel).` : '';
      const catatan = `Belum terkirim: ${hasil.uraian.length} masalah.\n${hasil.uraian.slice(0, MASALAH_DI_CATATAN).join('\n')}${lebih}`;
      tolak(`${hasil.pesan} Lihat catatan pada kotak Kirim (${SEL_KIRIM_A1}).`, catatan);
      return hasil;
    }

    const saya = emailEfektif();
    // A submission cut off before it counted left its version pending: the rerun rewrites it.
    // The state knows the last version: no read of Arsip Kiriman, whatever its length.
    const versi = b.versiTertunda ?? (b.versi ?? 0) + 1;
    const saat = new Date();
    const waktu = waktuTampil(ss, saat);
    const atasNama = sumber === 'admin' ? ' atas nama bidang' : '';
    simpanSiklusAktif(denganStatusBidang(s, b.kode, b.status, versi));
    // Locked before the snapshot, so nothing typed meanwhile is missing from it; the Log row comes
    // before the state says Terkirim, so a submission that counted is in the Log. Cut off before
    // that, the bidang gets its tab and an unticked box back, and the rerun rewrites this version.
    const awal = awalRincian(label, b, versi);
    try {
      aturEditorIsian(sheet, saya, siapa.adminEmails);
      if (b.versiTertunda !== undefined) kosongkanKiriman(ss, s.id, b.kode, versi, s.barisArsip ?? BARIS_ARSIP_PERTAMA);
      tambahKiriman(ss, { siklus: s.id, bidang: b.kode, versi, dikirim: saat.toISOString(), oleh, isian: periksa.isian }, saya, siapa.adminEmails);
      tulisStatusLembar(sheet, LABEL_STATUS.terkirim, true, `Dikirim oleh ${oleh}${atasNama} pada ${waktu} (versi ${versi}). Isian dikunci; minta admin mengembalikannya bila perlu diperbaiki.`);
      if (b.versiTertunda === undefined || !adaCatatan(ss, (t, r) => t === TINDAKAN_KIRIM && r.startsWith(awal))) {
        const tanpaAlamatCatatan = tanpaAlamat ? '; Google tidak menyebut alamat e-mail pencentang' : '';
        catatLog(ss, saya, siapa.adminEmails, [{ tindakan: TINDAKAN_KIRIM, rincian: `${awal}${periksa.isian.length} indikator${atasNama}${tanpaAlamatCatatan}`, pengguna: oleh }]);
      }
      simpanSiklusAktif(denganKiriman(s, b.kode, versi, oleh));
    } catch (galat) {
      bukaKembali(sheet, saya, [...siapa.adminEmails, ...b.editor], LABEL_STATUS[b.status]);
      throw galat;
    }
    peristiwaSop(ss, 'bidang-mengirim', { oleh, terkirim: s.bidang.filter((x) => x.status === 'terkirim' || x.kode === b.kode).length, jumlahBidang: s.bidang.length });

    const gagalSurel = k.pengaturan.kirimEmail
      ? kirimSemuaSurel([{
        kepada: emailUnik([...siapa.adminEmails, k.pengaturan.kasubbag.email]),
        subjek: `Lapkin: ${b.nama} mengirim isian ${label}`,
        isi: `${b.nama} mengirim isian Laporan Kinerja ${label} (versi ${versi}) pada ${waktu}, oleh ${oleh}${atasNama}.\n\nBuka tab bidang: ${tautanTab(ss, sheet)}\n\nPesan ini dikirim otomatis oleh Lapkin.`,
      }])
      : null;
    if (gagalSurel) catatLog(ss, saya, siapa.adminEmails, [{ tindakan: 'E-mail kiriman tidak dikirim', rincian: `${awal}e-mail ke admin tidak dikirim: ${gagalSurel}`, pengguna: oleh }]);
    const pesan = `${b.nama} mengirim isian ${label} (versi ${versi}). Tab dikunci untuk bidang.`;
    ss.toast(pesan, JUDUL_TOAST, 10);
    return { status: 'ok', pesan };
  });
}

/**
 * The installable onEdit trigger (src/gas/pemicu.ts): ticking the Kirim box submits the tab. It runs
 * on every edit of every user, charged to the admin who made it (90 min a day on a consumer account,
 * domain.md §7), so an edit that is not a tick ends before any service call: `e.value` is in the
 * event object, and only a ticked box (or typed TRUE) reads where it was.
 */
export function onEditLapkin(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e || !e.range || String(e.value).toUpperCase() !== 'TRUE') return;
  const a1 = e.range.getA1Notation();
  if (a1 === SEL_KOTAK_UJI_A1) return catatPemicuUji(e); // "Uji dengan akun Kabid" (uji-kabid-langkah.ts)
  if (a1 !== SEL_KIRIM_A1) return;
  const ss = e.source;
  const tab = e.range.getSheet().getName();
  const b = siklusAktif()?.bidang.find((x) => x.tab === tab);
  if (!b) return;
  try {
    kirimLembar(ss, b.kode, 'centang');
  } catch (error) {
    // Google's English errors in Indonesian; its own text last, for the admin.
    const { pesan, asli } = pesanGalatPengguna(error);
    ss.toast(`${pesan} Kotak Kirim belum diproses: hapus centangnya lalu centang lagi.${asli ? ` (Rincian teknis: ${asli})` : ''}`, JUDUL_TOAST, 15);
  }
}

/** "Kirim atas nama bidang" (admin only): submits the bidang's tab as the box would. */
export function kirimAtasNamaBidang(masukan?: MasukanBidang): HasilAksi {
  const ss = spreadsheetAktif();
  return kirimLembar(ss, bidangDipilih(ss, wajibSiklus(), masukan?.bidang).kode, 'admin');
}

/** "Periksa isian": the checks of submitting, changing nothing. */
export function periksaIsian(masukan?: MasukanBidang): HasilAksi {
  const ss = spreadsheetAktif();
  const siapa = penjalan(ss);
  const s = wajibSiklus();
  const b = bidangDipilih(ss, s, masukan?.bidang);
  const bukanHak = alasanTolak(siapa, b);
  if (bukanHak !== null) throw new Error(bukanHak);
  const hasil = periksaTab(s, b, lembarBidang(ss, b), konfigurasiSah(ss));
  if (hasil.masalah.length > 0) return hasilMasalah(s, hasil);
  return { status: 'ok', pesan: `Isian ${b.nama} lengkap. Centang kotak Kirim (${SEL_KIRIM_A1}) di tab bidang untuk mengirimnya.` };
}
