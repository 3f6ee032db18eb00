/**
 * "Kembalikan untuk perbaikan" under a failing k-th service call, for every k: the admin's rerun
 * completes it (or answers that it already is), and afterwards the bidang is Dikembalikan, its tab
 * is open to the Kabid again with the box unticked, the archive still holds exactly the one version
 * submitted, and the Log has exactly one row for the return — also when the run was cut off after
 * it saved the cycle state but before its e-mail and Log row (the rerun adds the missing row).
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { KOLOM_ARSIP } from '../../src/core/arsip';
import { ADMIN, KABID_KWN, TAB_KWN_TW1, barisKode, sel } from '../bundle/helpers';
import { ISIAN_KWN, KOLOM, barisArsip, statusBidang } from '../bundle/kirim-bantuan';
import { tindakanLog, ujiSetiapK, type UjiGangguan } from './fault-runner';
import { kwnTerkirim } from './siklus-kwn';

function kembalikan(emu: Emulator): unknown {
  return emu.call(ADMIN, 'kembalikanUntukPerbaikan', { bidang: 'KWN', alasan: 'Lengkapi bukti dukung' });
}

const uji: UjiGangguan = {
  siapkan: kwnTerkirim,
  jalankan: kembalikan,
  periksa: (emu) => {
    const masalah: string[] = [];
    if (statusBidang(emu, 'KWN') !== 'dikembalikan') masalah.push(`status ${statusBidang(emu, 'KWN')}`);
    const view = emu.spreadsheet.describeSheet(TAB_KWN_TW1);
    if (sel(view, 5, 4)?.value !== false) masalah.push('the Kirim box is still ticked');
    const arsip = barisArsip(emu).slice(1);
    const versi = [...new Set(arsip.map((b) => b[KOLOM_ARSIP.indexOf('Versi')]))];
    if (JSON.stringify(versi) !== '[1]' || arsip.length !== Object.keys(ISIAN_KWN).length) masalah.push(`archive changed: versions ${JSON.stringify(versi)}, ${arsip.length} rows`);
    const log = tindakanLog(emu).filter((t) => t === 'Kembalikan untuk perbaikan');
    if (log.length !== 1) masalah.push(`${log.length} Log rows for the return`);
    if (!emu.edit(KABID_KWN, TAB_KWN_TW1, `${KOLOM.realisasi}${barisKode(view, 'IK-16')}`, 11).ok) masalah.push('the tab is still locked for the Kabid');
    return masalah;
  },
};

describe('fault injection: Kembalikan untuk perbaikan', () => {
  test('every k: the rerun completes the return once', () => {
    expect(ujiSetiapK(uji)).toEqual([]);
  });
});
