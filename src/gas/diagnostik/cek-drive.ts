/**
 * Checks of the Drive beliefs Lapkin's documents rest on (src/gas/dokumen-simpan.ts): under the
 * drive.file scope the Advanced Drive service finds a document Lapkin made through it, by a name
 * holding a quote; and it does NOT see a document made by DocumentApp.create — not documented
 * either way, so the emulator encodes the stricter reading and Lapkin never relies on it
 * (node/emulator/drive-advanced.ts). Run after CEK_LAYANAN, which makes the scratch document.
 */
import { layananDrive, literalKueri } from '../drive';
import { cek, pesanGalat, type Cek } from './cek';
import type { RuangUji } from './ruang-uji';

export const CEK_DRIVE: readonly Cek<RuangUji>[] = [
  cek('drive-cari-nama', "Drive.Files.list menemukan dokumen buatan Lapkin menurut namanya (nama berisi tanda ')", ['<dokumen uji>'], (r: RuangUji) => {
    const id = r.idDokumen();
    const q = `name = ${literalKueri(r.namaDokumen)} and trashed = false`;
    return (layananDrive().Files.list({ q, fields: 'files(id)' }).files ?? []).map((f) => (f.id === id ? '<dokumen uji>' : f.id));
  }),
  // The id differs each run, so it is shown as <id>.
  cek(
    'drive-dokumen-documentapp',
    'Drive.Files.get (izin drive.file) tidak melihat dokumen buatan DocumentApp.create',
    'API call to drive.files.get failed with error: File not found: <id>',
    (r: RuangUji) => {
      const id = r.dokumenDocumentApp();
      return pesanGalat(() => layananDrive().Files.get(id, { fields: 'id' })).split(id).join('<id>');
    },
  ),
];
