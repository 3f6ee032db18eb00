/** Reads and validates the Bidang tab. Pure. */
import type { Bidang, Masalah } from '../types';
import { emailSah, pisahDaftar } from './angka';
import { SKEMA_BIDANG, TAB_BIDANG } from './skema';
import { bacaTabel, judulKolom } from './tabel';

/** Longest bidang name: the tab is "<periode> <tahun> · <nama>" and Sheets allows 100 characters. */
export const PANJANG_NAMA_BIDANG_MAKS = 80;
/**
 * Characters `insertSheet` rejects in a sheet name (apps-script-utils PR #432,
 * https://github.com/MaksymStoianov/apps-script-utils/pull/432).
 */
const KARAKTER_TERLARANG = /[\\/?*[\]]/;

function masalah(baris: number, id: string, pesan: string): Masalah {
  return { tab: TAB_BIDANG, baris, kolom: id === '' ? '' : judulKolom(SKEMA_BIDANG, id), pesan };
}

export function bacaBidang(grid: readonly (readonly unknown[])[] | null): { bidang: Bidang[]; masalah: Masalah[]; kodeTertulis: Set<string> } {
  const tabel = bacaTabel(SKEMA_BIDANG, grid);
  const hasil: Bidang[] = [];
  const daftar: Masalah[] = [...tabel.masalah];
  const kodeDipakai = new Map<string, number>();
  const namaDipakai = new Map<string, number>();
  for (const { baris, sel } of tabel.baris) {
    const awal = daftar.length;
    for (const id of ['kode', 'nama', 'kabidNama']) {
      if (sel[id] === '') daftar.push(masalah(baris, id, 'Wajib diisi.'));
    }
    const kode = sel.kode.toUpperCase();
    if (kode !== '') {
      const sebelumnya = kodeDipakai.get(kode);
      if (sebelumnya !== undefined) daftar.push(masalah(baris, 'kode', `Kode "${sel.kode}" sudah dipakai di baris ${sebelumnya}.`));
      else kodeDipakai.set(kode, baris);
    }
    const nama = sel.nama;
    if (nama !== '') {
      const sebelumnya = namaDipakai.get(nama.toLowerCase());
      if (sebelumnya !== undefined) daftar.push(masalah(baris, 'nama', `Nama "${nama}" sudah dipakai di baris ${sebelumnya} (nama tab tidak boleh sama).`));
      else namaDipakai.set(nama.toLowerCase(), baris);
      if (nama.length > PANJANG_NAMA_BIDANG_MAKS) {
        daftar.push(masalah(baris, 'nama', `Nama terlalu panjang untuk nama tab (${nama.length} karakter, paling banyak ${PANJANG_NAMA_BIDANG_MAKS}).`));
      }
      if (KARAKTER_TERLARANG.test(nama)) daftar.push(masalah(baris, 'nama', 'Nama tab tidak boleh memuat \\ / ? * [ atau ].'));
    }
    const kabidEmail = sel.kabidEmail.toLowerCase();
    if (kabidEmail !== '' && !emailSah(kabidEmail)) daftar.push(masalah(baris, 'kabidEmail', `"${sel.kabidEmail}" bukan alamat e-mail yang sah.`));
    const stafEmails = pisahDaftar(sel.stafEmails).map((e) => e.toLowerCase());
    for (const email of stafEmails) {
      if (!emailSah(email)) daftar.push(masalah(baris, 'stafEmails', `"${email}" bukan alamat e-mail yang sah.`));
    }
    if (kabidEmail === '' && stafEmails.length === 0) {
      daftar.push(masalah(baris, 'kabidEmail', 'Bidang ini tidak punya e-mail Kabid maupun e-mail staf: tidak ada yang dapat mengisi tabnya.'));
    }
    if (daftar.length > awal) continue;
    hasil.push({
      kode,
      nama,
      kabid: { nama: sel.kabidNama, nip: sel.kabidNip, jabatan: /^bidang\b/i.test(nama) ? `Kepala ${nama}` : `Kepala Bidang ${nama}`, email: kabidEmail },
      stafEmails,
    });
  }
  if (grid !== null && tabel.baris.length === 0) daftar.push(masalah(0, '', 'Belum ada bidang.'));
  return { bidang: hasil, masalah: daftar, kodeTertulis: new Set(kodeDipakai.keys()) };
}
