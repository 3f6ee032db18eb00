/**
 * "Mulai siklus" under a failing k-th service call, for every k: rerunning completes the start with
 * no duplicate tab, the tabs as an uninterrupted start makes them, what was typed meanwhile kept,
 * exactly one Log row for the start, and a cycle state that says complete.
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import type { SheetView } from '../../node/emulator/view';
import { BIDANG_CONTOH, INDIKATOR_CONTOH } from '../../node/fixtures/opd-contoh';
import { ADMIN, emulatorTerisi, sel } from '../bundle/helpers';
import { PESAN_TIMEOUT, tindakanLog, ujiSetiapK, type UjiGangguan } from './fault-runner';

const LOG_HILANG = /: 0 Log rows for the start \(\[\]\)$/;

const KETIKAN = 'diketik sebelum dilanjutkan';
const KOLOM_PENJELASAN = 14;

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
  if (tab) emu.edit(ADMIN, tab, 'N8', KETIKAN);
  return emu;
}

describe('fault injection: Mulai siklus', () => {
  test('every k: the rerun completes it, nothing duplicated, nothing typed lost, state and Log agree', () => {
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
        if (tab && emu.edit(ADMIN, tab, 'N8', KETIKAN).ok) diketik.set(emu, tab);
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
    // The known bug (see the test below) is the only problem allowed here.
    expect(ujiSetiapK(uji).filter((m) => !LOG_HILANG.test(m))).toEqual([]);
  });

  // BUG (mulai-siklus.ts): the state is saved `lengkap: true` before the Log row is appended, so a
  // fault in catatLog leaves a complete cycle with no Log row, and the rerun answers 'ditolak'
  // without ever writing it. Flips to a failure (remove `.fails`) once fixed.
  test('a fault while the Log row is appended: the rerun still records the start once', () => {
    const emu = siapkan();
    const sejak = emu.ws.calls.length;
    jalankan(emu);
    const panggilan = emu.ws.calls.slice(sejak);
    const k = panggilan.map((c) => c.method).lastIndexOf('Range.setValues') + 1;
    const uji = siapkan();
    uji.ws.injectFault({ atCall: k, message: PESAN_TIMEOUT });
    expect(() => jalankan(uji)).toThrow(PESAN_TIMEOUT);
    jalankan(uji);
    expect(tindakanLog(uji).filter((t) => /mulai siklus/i.test(t))).toHaveLength(1);
  });
});
