/** Reads and validates the Bidang tab. Pure. */
import type { Bidang, Masalah } from '../types';
import { emailSah, emailTidakSah, pisahDaftar } from './angka';
import { SKEMA_BIDANG } from './skema';
import { bacaTabel, masalahTabel, periksaKode } from './tabel';

/** Longest bidang name: the tab is "<periode> <tahun> · <nama>" and Sheets allows 100 characters. */
export const PANJANG_NAMA_BIDANG_MAKS = 80;
/**
 * Characters `insertSheet` rejects in a sheet name (apps-script-utils PR #432,
 * https://github.com/MaksymStoianov/apps-script-utils/pull/432).
 */
const KARAKTER_TERLARANG = /[\\/?*[\]]/;

/**
 * The bidang rows that read cleanly; every problem; and `kodeTertulis`: each kode typed in the tab
 * (upper-cased) and each name typed (lower-cased), to the kode, so the Indikator tab may name a bidang either way.
 */
export function bacaBidang(grid: readonly (readonly unknown[])[] | null): { bidang: Bidang[]; masalah: Masalah[]; kodeTertulis: Map<string, string> } {
  const tabel = bacaTabel(SKEMA_BIDANG, grid, 'Belum ada bidang.');
  const masalah = (baris: number, id: string, pesan: string): Masalah => masalahTabel(tabel, baris, id, pesan);
  const kodeTertulis = new Map<string, string>();
  const hasil: Bidang[] = [];
  const daftar: Masalah[] = [...tabel.masalah];
  const kodeDipakai = new Map<string, number>();
  const namaDipakai = new Map<string, number>();
  for (const b of tabel.baris) {
    const { baris, sel } = b;
    const awal = daftar.length;
    const kode = periksaKode(tabel, b, kodeDipakai, daftar);
    if (kode !== '') kodeTertulis.set(kode, kode);
    if (kode !== '' && sel.nama !== '' && !kodeTertulis.has(sel.nama.toLowerCase())) kodeTertulis.set(sel.nama.toLowerCase(), kode);
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
    if (kabidEmail !== '' && !emailSah(kabidEmail)) daftar.push(masalah(baris, 'kabidEmail', emailTidakSah(sel.kabidEmail)));
    const stafEmails = pisahDaftar(sel.stafEmails).map((e) => e.toLowerCase());
    for (const email of stafEmails) {
      if (!emailSah(email)) daftar.push(masalah(baris, 'stafEmails', emailTidakSah(email)));
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
  return { bidang: hasil, masalah: daftar, kodeTertulis };
}
