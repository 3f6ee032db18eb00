/** Checks of range protections (domain.md §7), each on its own cell of row 9 of the scratch tab. */
import { emailUnik } from '../../core/email-unik';
import { aturEditor } from '../proteksi';
import { cek, sama, tampil, type Cek, type Harapan } from './cek';
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
  cek('proteksi-editor-baru', 'Editor proteksi baru mencakup pengguna saat ini', berisiSaya, (r: RuangUji) => editor(lindungi(r, 1))),
  cek('proteksi-hapus-diri', 'removeEditors tidak dapat menghapus pengguna saat ini', berisiSaya, (r: RuangUji) => {
    const p = lindungi(r, 2);
    p.removeEditors([r.saya]);
    return editor(p);
  }),
  cek(
    'proteksi-idiom',
    'Setelah idiom addEditor/removeEditors/setDomainEdit tersisa pemilik dan pengguna saat ini',
    (r: RuangUji) => sama(emailUnik([r.pemilik, r.saya]).sort()),
    (r: RuangUji) => {
      const p = lindungi(r, 3);
      aturEditor(p, r.saya, []);
      return editor(p);
    },
  ),
  cek('proteksi-peringatan', 'Proteksi peringatan saja (warning-only) tersimpan dan sel tetap dapat ditulis skrip', [true, 'ok'], (r: RuangUji) => {
    const p = lindungi(r, 4);
    p.setWarningOnly(true);
    const c = r.tab.getRange(BARIS, 4);
    c.setValue('ok');
    return [p.isWarningOnly(), c.getValue()];
  }),
  // Mulai siklus copies a finished bidang tab (insertSheet's template option) and removes any
  // protection the copy brings before setting its own; the emulator's copy brings none.
  cek('proteksi-salinan-templat', 'Salinan tab (insertSheet dengan template) tidak membawa proteksi; validasi ikut', [0, 'CHECKBOX'], (r: RuangUji) => {
    lindungi(r, 5);
    r.tab.getRange(BARIS, 6).insertCheckboxes();
    const salinan = r.ss.insertSheet(`${r.namaTab} salinan`, { template: r.tab });
    try {
      return [salinan.getProtections(SpreadsheetApp.ProtectionType.RANGE).length, String(salinan.getRange(BARIS, 6).getDataValidation()?.getCriteriaType())];
    } finally {
      r.ss.deleteSheet(salinan);
    }
  }),
];
