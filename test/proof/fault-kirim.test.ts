/**
 * Submitting a bidang tab under a failing k-th service call, for every k, both ways: the Kirim box
 * (the installable onEdit trigger, run as the admin who created it) and "Kirim atas nama bidang".
 * After the cut-off run the Kabid types a correction (when the tab still lets him), then submits
 * again (the box: untick, tick — what the toast after a failure tells him). Afterwards: the bidang
 * is Terkirim, Arsip Kiriman holds exactly one version with what was typed (the correction too),
 * the Log has exactly one "Kirim isian bidang" row, and the tab is locked for the bidang.
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { KOLOM_ARSIP } from '../../src/core/arsip';
import { ADMIN, KABID_KWN, TAB_KWN_TW1, barisKode, sel } from '../bundle/helpers';
import { ISIAN_KWN, KOLOM, barisArsip, statusBidang } from '../bundle/kirim-bantuan';
import { tindakanLog, ujiSetiapK, type UjiGangguan } from './fault-runner';
import { kwnTerisi } from './siklus-kwn';

const KOREKSI = 'Dikoreksi setelah gangguan';

const TERKUNCI = 'the Kabid cannot untick the box of a tab that is not submitted';

/**
 * The Kabid ticks the box, unticking it first when it is still ticked. A box he can no longer
 * untick is fine once the bidang shows Terkirim (nothing left for him to do), else he is stuck.
 */
function centang(emu: Emulator): unknown {
  const view = emu.spreadsheet.describeSheet(TAB_KWN_TW1);
  if (sel(view, 5, 4)?.value === true) {
    const lepas = emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', false);
    if (!lepas.ok) {
      if (sel(view, 4, 8)?.value === 'Terkirim') return { status: 'sudah terkirim' };
      throw new Error(TERKUNCI);
    }
  }
  const h = emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true);
  if (!h.ok) throw new Error(`tick refused: ${h.error}`);
  if (h.triggerErrors.length > 0) throw new Error(h.triggerErrors.join(' | '));
  return { status: 'ok' };
}

function atasNama(emu: Emulator): unknown {
  return emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' });
}

function ujiKirim(jalankan: (emu: Emulator) => unknown): UjiGangguan {
  const dikoreksi = new Set<Emulator>();
  return {
    siapkan: kwnTerisi,
    jalankan,
    sela: (emu) => {
      const r = barisKode(emu.spreadsheet.describeSheet(TAB_KWN_TW1), 'IK-17');
      if (emu.edit(KABID_KWN, TAB_KWN_TW1, `${KOLOM.penjelasan}${r}`, KOREKSI).ok) dikoreksi.add(emu);
    },
    periksa: (emu) => {
      const masalah: string[] = [];
      if (statusBidang(emu, 'KWN') !== 'terkirim') masalah.push(`status ${statusBidang(emu, 'KWN')}`);
      const semua = barisArsip(emu);
      if (semua[0]?.[0] !== KOLOM_ARSIP[0]) masalah.push('Arsip Kiriman without its header');
      const tabArsip = emu.spreadsheet.describeSheet('Arsip Kiriman');
      if (!tabArsip.hidden || !tabArsip.protections.some((p) => p.type === 'SHEET')) masalah.push('Arsip Kiriman visible or unprotected');
      const kolomVersi = KOLOM_ARSIP.indexOf('Versi');
      const versi = [...new Set(semua.slice(1).map((b) => b[kolomVersi]))];
      if (JSON.stringify(versi) !== '[1]') masalah.push(`Arsip Kiriman versions ${JSON.stringify(versi)}`);
      const arsip = semua.slice(1).filter((b) => b[kolomVersi] === Math.max(...versi.map(Number)));
      if (arsip.length !== Object.keys(ISIAN_KWN).length) masalah.push(`${arsip.length} Arsip Kiriman rows in the latest version`);
      const kode = KOLOM_ARSIP.indexOf('Kode indikator');
      for (const [k, v] of Object.entries(ISIAN_KWN)) {
        if (arsip.find((b) => b[kode] === k)?.[KOLOM_ARSIP.indexOf('Realisasi')] !== v) masalah.push(`realisasi ${k} lost`);
      }
      const penjelasan = arsip.find((b) => b[kode] === 'IK-17')?.[KOLOM_ARSIP.indexOf('Penjelasan')];
      if (dikoreksi.has(emu) && penjelasan !== KOREKSI) masalah.push(`the correction typed meanwhile is not in the latest version (${String(penjelasan)})`);
      const log = tindakanLog(emu).filter((t) => t === 'Kirim isian bidang');
      if (log.length !== 1) masalah.push(`${log.length} Log rows for the submission`);
      if (emu.edit(KABID_KWN, TAB_KWN_TW1, `${KOLOM.realisasi}${barisKode(emu.spreadsheet.describeSheet(TAB_KWN_TW1), 'IK-16')}`, 11).ok) {
        masalah.push('the tab is still open to the bidang');
      }
      return masalah;
    },
  };
}

const SAPUAN = { kotak: centang, atasNama } as const;
const hasilSapuan = new Map<keyof typeof SAPUAN, string[]>();
function sapu(cara: keyof typeof SAPUAN): string[] {
  if (!hasilSapuan.has(cara)) hasilSapuan.set(cara, ujiSetiapK(ujiKirim(SAPUAN[cara])));
  return hasilSapuan.get(cara)!;
}

/** Known bugs, each a class of problem lines (see the test.fails below). */
const BUG = {
  arsipSetengah: /: (Arsip Kiriman without its header|Arsip Kiriman visible or unprotected|4 Arsip Kiriman rows in the latest version|realisasi IK-16 lost)$/,
  versiGanda: /: Arsip Kiriman versions \[1,2\]$/,
  terkunci: new RegExp(`: (the rerun failed: ${TERKUNCI}|status sedang-diisi)$`),
  logHilang: /: 0 Log rows for the submission$/,
} as const;

const bukanBug = (baris: readonly string[]): string[] => baris.filter((m) => !Object.values(BUG).some((b) => b.test(m)));

describe.each(['kotak', 'atasNama'] as const)('fault injection: submitting a bidang tab (%s)', (cara) => {
  test('every k: the rerun completes it once, nothing typed lost (apart from the known bugs below)', () => {
    expect(bukanBug(sapu(cara))).toEqual([]);
  });

  // BUG (gas/arsip.ts tabArsip): the Arsip Kiriman tab is inserted, then given its header, then
  // protected, then hidden; cut off in between (box k=37–48, sidebar k=35–46), the rerun finds the tab
  // and appends to it as it is: without a header the first submitted row lands in row 1 and is read
  // as the header (IK-16's realisasi never reaches the recap), and the archive stays visible and
  // editable by anyone with edit access. Fix: create the tab complete or not at all — check the
  // header cell, protection and hidden state whenever the tab is found, and repair what is missing.
  test('known bug: an Arsip Kiriman tab cut off while being created is completed by the rerun', () => {
    expect(sapu(cara).filter((m) => BUG.arsipSetengah.test(m))).toEqual([]);
  });

  // BUG (server/kirim.ts kirimLembar): the archive rows are appended before the lock and the cycle
  // state; cut off in between (box k=53–56, sidebar k=51–72) the bidang is still not Terkirim, so the
  // rerun appends the same submission again as version 2 (version 1 was never a submission anyone
  // saw). Fix: save the pending version in the cycle state before appending, and on the rerun reuse
  // it (rewrite its rows) instead of numbering a new one.
  test('known bug: a submission cut off after the archive write does not archive a second version', () => {
    expect(sapu(cara).filter((m) => BUG.versiGanda.test(m))).toEqual([]);
  });

  // BUG (server/kirim.ts kirimLembar): a Log row is appended after the cycle state says Terkirim;
  // cut off in between (the SOP event, e-mail, Log write: box k=69–120, sidebar k=73–118), the rerun
  // answers "sudah mengirim" and the submission never reaches the Log. Fix: append the Log row
  // before saving the state (as one step with it), or let the rerun add a missing Log row.
  test('known bug: a fault after the state is saved still leaves exactly one Log row', () => {
    expect(sapu(cara).filter((m) => BUG.logHilang.test(m))).toEqual([]);
  });

  if (cara === 'kotak') {
    // BUG (server/kirim.ts kirimLembar + gas/lembar-bidang.ts aturEditorIsian): the trigger takes the
    // bidang off the input protections (the Kirim box included) before it saves the cycle state; cut
    // off in between (k=57–74) the Kabid can no longer untick and tick the box — which is exactly what
    // the toast after the failure tells him to do — while the cycle says "Sedang diisi" (from k=69 the
    // tab even shows "Terkirim"). Only an admin's "Kirim atas nama bidang" gets him out. Fix: save
    // the state before locking (a rerun then locks a Terkirim tab again), or on failure after the lock
    // give the bidang its editors back and untick the box.
    test('known bug: a fault after the lock leaves the Kabid able to submit again', () => {
      expect(sapu(cara).filter((m) => BUG.terkunci.test(m))).toEqual([]);
    });
  }
});
