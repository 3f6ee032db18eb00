/**
 * Every tab Lapkin owns is protected for the admins only — the configuration tabs (else a Kabid
 * could type his own e-mail into Pengaturan ▸ E-mail admin, or lower his targets), SOP, Log,
 * Arsip Kiriman, the Status SOP and Rekap tabs and the bidang tabs — and each bidang tab's input
 * cells for the admins + that bidang until it submits. "Siapkan lembar kerja" applies it to every
 * existing tab with the current admin list, and records that list: an admin added later is not an
 * editor of the tabs made before, so operations refuse up front (`periksaHakAdmin`) until an
 * admin who is runs Siapkan lembar kerja.
 */
import { NAMA_TAB_RIWAYAT } from '../core/riwayat';
import { emailUnik } from '../core/email-unik';
import { NAMA_TAB_ARSIP } from '../core/arsip';
import { TAB_BIDANG, TAB_INDIKATOR, TAB_PENGATURAN } from '../core/konfigurasi/skema';
import { TAB_NARASI } from '../core/konfigurasi/narasi';
import { TAB_RENSTRA } from '../core/konfigurasi/renstra';
import { labelSiklus, PERIODE } from '../core/periode';
import { namaTabRekap } from '../core/nama-tab';
import { semuaSiklusDariProperti, type BidangSiklus } from '../core/siklus';
import { namaTabStatusSop, TAB_SOP } from '../core/sop/lembar';
import { periksaLog, TAB_LOG } from './log';
import { emailEfektif } from './pengguna';
import { props } from './properti';
import { aturEditor } from './proteksi';
import { proteksiTab } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const KUNCI_ADMIN = 'lapkin.proteksi.admin';
const TAB_TETAP = [TAB_PENGATURAN, TAB_BIDANG, TAB_INDIKATOR, TAB_RENSTRA, TAB_NARASI, TAB_SOP, TAB_LOG, NAMA_TAB_ARSIP, NAMA_TAB_RIWAYAT];

export const PESAN_HAK_ADMIN =
  'Anda belum menjadi editor tab-tab Lapkin yang dibuat sebelum Anda menjadi admin, jadi tindakan ini akan terhenti di tengah jalan. ' +
  'Jalankan Siapkan lembar kerja oleh admin lama (atau pemilik spreadsheet) lebih dulu, lalu coba lagi. Tidak ada yang diubah.';

/**
 * Protects `sheet` for `admin` only: its sheet protection (made when missing) gets exactly those
 * editors. Also for a tab an operation just made (a recap); a rerun finishes one cut off half-way.
 */
export function lindungiTab(sheet: Sheet, runner: string, admin: readonly string[]): void {
  const p = proteksiTab(sheet) ?? sheet.protect();
  aturEditor(p, runner, admin);
  // The description last: a protection cut off while being made gets it on the rerun.
  if (p.getDescription() === '') p.setDescription(`${sheet.getName()}: hanya admin`);
}

/**
 * "Siapkan lembar kerja": every Lapkin tab for `admin` (the running admin `runner` included); the
 * input cells of each bidang tab also for its bidang while it has not submitted. Then records
 * `admin` as the list the protections hold. Call it under the document lock.
 */
export function lindungiSemuaTab(ss: Spreadsheet, runner: string, admin: readonly string[]): void {
  const p = props();
  const siklus = semuaSiklusDariProperti(p.getProperties());
  const bidang = new Map<string, BidangSiklus>();
  const milikLapkin = new Set(TAB_TETAP);
  for (const s of siklus) {
    milikLapkin.add(namaTabStatusSop(labelSiklus(s)));
    for (const p of PERIODE) milikLapkin.add(namaTabRekap(p, s.tahun));
    for (const b of s.bidang) bidang.set(b.tab, b);
  }
  for (const sheet of ss.getSheets()) {
    const nama = sheet.getName();
    const b = bidang.get(nama);
    if (!b && !milikLapkin.has(nama)) continue;
    lindungiTab(sheet, runner, admin);
    if (!b) continue;
    const isian = b.status === 'terkirim' ? admin : [...admin, ...b.editor];
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) aturEditor(p, runner, isian);
  }
  p.setProperty(KUNCI_ADMIN, JSON.stringify(emailUnik([runner, ...admin])));
}

/**
 * The pre-check of an operation that writes (run it before changing anything): the user whose
 * authority the script runs with must be among the admins the last Siapkan lembar kerja protected
 * the tabs for, and able to write the Log. Throws `PESAN_HAK_ADMIN` / `PESAN_LOG`.
 */
export function periksaHakAdmin(ss: Spreadsheet): void {
  const json = props().getProperty(KUNCI_ADMIN);
  if (json !== null && !(JSON.parse(json) as string[]).includes(emailEfektif())) throw new Error(PESAN_HAK_ADMIN);
  periksaLog(ss);
}
