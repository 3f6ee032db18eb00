/**
 * "Buat draf LKj" under a failing service call (the first, the last, every write call, and every
 * 5th call; a document is built in hundreds of calls): the admin's rerun answers ok and makes exactly
 * one new document, as complete as an uninterrupted run's; the cut-off run left at most one document
 * behind (the one re-export the design allows: a draft is a new document each time); the rerun adds
 * exactly one Log row, naming its document, and the sidebar's list starts with it.
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import type { FileRecord } from '../../node/emulator/drive';
import { ADMIN } from '../bundle/helpers';
import { sampelK, tindakanLog, ujiK, type UjiGangguan } from './fault-runner';
import { kwnTerkirim } from './siklus-kwn';

const TINDAKAN = 'Buat draf lkj';

type HasilLkj = { status: string; pesan: string; dokumen?: { url: string; nama: string }[] };

const dokumen = (emu: Emulator): FileRecord[] => emu.drive.toJSON().files.filter((f) => f.content !== undefined && !f.trashed);
const jumlahLog = (emu: Emulator): number => tindakanLog(emu).filter((t) => t === TINDAKAN).length;

function jalankan(emu: Emulator): unknown {
  return emu.call(ADMIN, 'buatDokumenLkj');
}

function uji(): UjiGangguan {
  const acuan = kwnTerkirim();
  jalankan(acuan);
  const isiAcuan = JSON.stringify(dokumen(acuan)[0]?.content);
  const setelahGangguan = new Map<Emulator, { dokumen: number; log: number }>();
  return {
    siapkan: kwnTerkirim,
    jalankan,
    sela: (emu) => setelahGangguan.set(emu, { dokumen: dokumen(emu).length, log: jumlahLog(emu) }),
    periksa: (emu, hasil) => {
      const masalah: string[] = [];
      const h = hasil as HasilLkj;
      if (h.status !== 'ok') masalah.push(`rerun answered ${h.status}: ${h.pesan}`);
      const sebelum = setelahGangguan.get(emu) ?? { dokumen: 0, log: 0 };
      if (sebelum.dokumen > 1) masalah.push(`the cut-off run left ${sebelum.dokumen} documents`);
      const semua = dokumen(emu);
      if (semua.length !== sebelum.dokumen + 1) masalah.push(`the rerun made ${semua.length - sebelum.dokumen} documents`);
      const baru = semua[semua.length - 1];
      if (JSON.stringify(baru?.content) !== isiAcuan) masalah.push('the new document differs from an uninterrupted run\'s');
      if (jumlahLog(emu) !== sebelum.log + 1) masalah.push(`the rerun added ${jumlahLog(emu) - sebelum.log} Log rows`);
      const url = h.dokumen?.[0]?.url ?? '(none)';
      const rincian = emu.spreadsheet.describeSheet('Log').cells.filter((c) => c.column === 4 && c.row > 1 && c.value !== null).map((c) => String(c.value));
      if (!rincian[rincian.length - 1]?.includes(url)) masalah.push('the last Log row does not name the new document');
      const daftar = JSON.parse(emu.properties.toJSON().document['lapkin.dokumen.terbaru'] ?? '[]') as { url: string }[];
      if (daftar[0]?.url !== url) masalah.push('the sidebar list does not start with the new document');
      return masalah;
    },
  };
}

describe('fault injection: Buat draf LKj', () => {
  test('sampled k: the rerun makes one complete document, one Log row more', () => {
    const u = uji();
    expect(ujiK(u, sampelK(u, 5))).toEqual([]);
  }, 240_000);
});
