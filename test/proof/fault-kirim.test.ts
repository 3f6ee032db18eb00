/**
 * Submitting a bidang tab under a failing k-th service call, for every k, both ways: the Kirim box
 * (the installable onEdit trigger, run as the admin who created it) and "Kirim atas nama bidang".
 * After the cut-off run the Kabid types a correction (when the tab still lets him), then submits
 * again (the box: untick, tick — what the toast after a failure tells him). Afterwards: the bidang
 * is Terkirim, Arsip Kiriman holds exactly one version with what was typed (the correction too),
 * the Log has exactly one "Kirim isian bidang" row, and the tab is locked for the bidang.
 *
 * The cut-off points these checks guard: an Arsip Kiriman tab cut off while being created (the
 * rerun must give it its header, protection and hidden state), a run cut off after its archive
 * rows were appended (the rerun rewrites that version rather than archiving a second one), a run
 * cut off after the bidang was taken off the input protections (the Kabid must be able to untick
 * and tick the box again), and a run cut off around its Log row (exactly one row in the end).
 */
import { describe } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { KOLOM_ARSIP } from '../../src/core/arsip';
import { ADMIN, KABID_KWN, TAB_KWN_TW1, barisKode, sel } from '../bundle/helpers';
import { ISIAN_KWN, KOLOM, barisArsip, statusBidang } from '../bundle/kirim-bantuan';
import { sapuanSetiapK, tindakanLog, type UjiGangguan } from './fault-runner';
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

describe.each(['kotak', 'atasNama'] as const)('fault injection: submitting a bidang tab (%s)', (cara) => {
  const u = ujiKirim(SAPUAN[cara]);
  sapuanSetiapK('the rerun completes it once, nothing typed lost, the tab locked for the bidang', u, 60);
});
