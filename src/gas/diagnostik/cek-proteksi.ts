/** Checks of range protections (domain.md §7), each on its own cell of row 9 of the scratch tab. */
import { emailUnik } from '../../core/email-unik';
import { aturEditor } from '../proteksi';
import { sama, tampil, type Cek, type Harapan } from './cek';
import type { RuangUji } from './ruang-uji';

const BARIS = 9;

function lindungi(r: RuangUji, kolom: number): GoogleAppsScript.Spreadsheet.Protection {
  return r.tab.getRange(BARIS, kolom).protect();
}

function editor(p: GoogleAppsScript.Spreadsheet.Protection): string[] {
  return p
    .getEditors()
    .map((u) => u.getEmail().trim().toLowerCase())
    .sort();
}

function berisiSaya(r: RuangUji): Harapan {
  return { uraian: `daftar berisi ${tampil(r.saya)}`, cocok: (t) => Array.isArray(t) && r.saya !== '' && t.includes(r.saya) };
}

export const CEK_PROTEKSI: readonly Cek<RuangUji>[] = [
  {
    id: 'proteksi-editor-baru',
    label: 'Editor proteksi baru mencakup pengguna saat ini',
    harapan: berisiSaya,
    amati: (r) => editor(lindungi(r, 1)),
  },
  {
    id: 'proteksi-hapus-diri',
    label: 'removeEditors tidak dapat menghapus pengguna saat ini',
    harapan: berisiSaya,
    amati: (r) => {
      const p = lindungi(r, 2);
      p.removeEditors([r.saya]);
      return editor(p);
    },
  },
  {
    id: 'proteksi-idiom',
    label: 'Setelah idiom addEditor/removeEditors/setDomainEdit tersisa pemilik dan pengguna saat ini',
    harapan: (r) => sama(emailUnik([r.pemilik, r.saya]).sort()),
    amati: (r) => {
      const p = lindungi(r, 3);
      aturEditor(p, r.saya, []);
      return editor(p);
    },
  },
  {
    id: 'proteksi-peringatan',
    label: 'Proteksi peringatan saja (warning-only) tersimpan dan sel tetap dapat ditulis skrip',
    harapan: () => sama([true, 'ok']),
    amati: (r) => {
      const p = lindungi(r, 4);
      p.setWarningOnly(true);
      const c = r.tab.getRange(BARIS, 4);
      c.setValue('ok');
      return [p.isWarningOnly(), c.getValue()];
    },
  },
];
