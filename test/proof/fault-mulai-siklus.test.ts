/**
 * "Mulai siklus" under a failing k-th service call, for every k: rerunning completes the start with
 * no duplicate tab, the tabs as an uninterrupted start makes them, what was typed meanwhile kept,
 * exactly one Log row for the start, and a cycle state that says complete — also when the run was
 * cut off while appending its Log row (the rerun writes it, once).
 */
import { describe } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import type { SheetView } from '../../node/emulator/view';
import { BIDANG_CONTOH, INDIKATOR_CONTOH } from '../../node/fixtures/opd-contoh';
import { hurufKolom, posisiKolom } from '../../src/core/lembar-bidang';
import { ADMIN, emulatorTerisi, sel } from '../bundle/helpers';
import { sapuanSetiapK, tindakanLog, type UjiGangguan } from './fault-runner';

const KETIKAN = 'diketik sebelum dilanjutkan';
const KOLOM_PENJELASAN = posisiKolom('TW1', 'penjelasan');
const SEL_PENJELASAN = `${hurufKolom(KOLOM_PENJELASAN)}8`;

/** Two bidang (ORM, KWN) keep the run short while still exercising "some tabs done, some not". */
function siapkan(): Emulator {
  return emulatorTerisi({ bidang: BIDANG_CONTOH.slice(3), indikator: INDIKATOR_CONTOH.filter((r) => r[3] === 'ORM' || r[3] === 'KWN') });
}

function jalankan(emu: Emulator): unknown {
  return emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', batasWaktu: '2099-04-15' });
}

const tabSiklus = (emu: Emulator): string[] => emu.spreadsheet.sheetNames().filter((n) => n.startsWith('TW I 2026')).sort();

/** A tab's picture; its sheet id is left out (a tab rewritten on resume gets a new id, which nothing keeps). */
function gambar(view: SheetView): string {
  return JSON.stringify({ ...view, sheetId: 0 });
}

/** An uninterrupted start, with KETIKAN typed afterwards into `tab` (none: nothing typed). */
function acuanDengan(tab: string | undefined): Emulator {
  const emu = siapkan();
  jalankan(emu);
  if (tab) emu.edit(ADMIN, tab, SEL_PENJELASAN, KETIKAN);
  return emu;
}

const acuan = new Map<string, Emulator>();
const acuanUntuk = (tab: string | undefined): Emulator => {
  const kunci = tab ?? '';
  if (!acuan.has(kunci)) acuan.set(kunci, acuanDengan(tab));
  return acuan.get(kunci)!;
};
const tabAcuan = tabSiklus(acuanUntuk(undefined));
const diketik = new Map<Emulator, string>();

const uji: UjiGangguan = {
  siapkan,
  jalankan,
  sela: (emu) => {
    // Someone types into the first tab the cut-off run made, if it already shows its rows.
    const tab = tabSiklus(emu).find((n) => typeof sel(emu.spreadsheet.describeSheet(n), 8, 2)?.value === 'string');
    if (tab && emu.edit(ADMIN, tab, SEL_PENJELASAN, KETIKAN).ok) diketik.set(emu, tab);
  },
  periksa: (emu, hasil) => {
    const masalah: string[] = [];
    const status = (hasil as { status: string }).status;
    if (status !== 'ok' && status !== 'ditolak') masalah.push(`rerun answered ${status}`);
    const tab = tabSiklus(emu);
    if (JSON.stringify(tab) !== JSON.stringify(tabAcuan)) masalah.push(`tabs ${JSON.stringify(tab)}`);
    const tabKetik = diketik.get(emu);
    const pembanding = acuanUntuk(tabKetik);
    for (const n of tabAcuan.filter((t) => tab.includes(t))) {
      if (gambar(emu.spreadsheet.describeSheet(n)) !== gambar(pembanding.spreadsheet.describeSheet(n))) masalah.push(`tab "${n}" differs from an uninterrupted start`);
    }
    if (tabKetik && sel(emu.spreadsheet.describeSheet(tabKetik), 8, KOLOM_PENJELASAN)?.value !== KETIKAN) masalah.push(`typed text lost in "${tabKetik}"`);
    const log = tindakanLog(emu).filter((t) => /mulai siklus/i.test(t));
    if (log.length !== 1) masalah.push(`${log.length} Log rows for the start (${JSON.stringify(log)})`);
    const siklus = JSON.parse(emu.properties.toJSON().document['lapkin.siklus.TW1-2026'] ?? '{}') as { lengkap?: boolean };
    if (siklus.lengkap !== true) masalah.push('cycle state not complete');
    return masalah;
  },
};

describe('fault injection: Mulai siklus', () => {
  sapuanSetiapK('the rerun completes it, nothing duplicated, nothing typed lost, state and Log agree', uji, 60);
});
