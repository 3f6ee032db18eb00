/**
 * A busy collection day, as the admin's trigger-runtime quota sees it (90 min a day on a consumer
 * account; node/emulator/trigger-runtime.ts): every bidang types its tab cell by cell and ticks
 * Kirim, each edit running the installable `onEditLapkin` as the admin who made it. Measured on the
 * emulator's ledger, which charges each trigger execution its start plus its calls
 * (node/bench/latensi.ts). The first bidang types every input cell one by one (realisasi, anggaran
 * on every third indicator, penjelasan, bukti); the other bidang's typing costs the same per edit
 * (an edit that is not a tick makes no call), so it is that bidang's measured typing times their
 * count; every bidang's tick is a real, measured submission.
 */
import { BARIS_DATA_PERTAMA, posisiKolom } from '../../src/core/lembar-bidang';
import type { Emulator } from '../emulator/index';
import { ADMIN, emulatorUkuran, kabidDari, type Ukuran } from './beban';
import { isiTabSiklus, siklusAktifEmu } from './tahun';

export interface HariPemicu {
  readonly triggerMsPerDay: number;
  readonly quotaMs: number;
  readonly edits: number;
  /** Modelled ms of one edit that is not a tick; of one tick (a submission), on average. */
  readonly msPerEdit: number;
  readonly msPerSubmit: number;
}

function kolomHuruf(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function ukurHariPemicu(u: Ukuran): HariPemicu {
  const emu: Emulator = emulatorUkuran(u);
  emu.call(ADMIN, 'siapkanLembarKerja');
  const mulai = emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', batasWaktu: '2099-04-15' }) as { status: string; pesan: string };
  if (mulai.status !== 'ok') throw new Error(mulai.pesan);
  const s = siklusAktifEmu(emu);
  const ledger = emu.ws.triggerRuntime;
  const [pertama, ...lain] = s.bidang;

  // The first bidang types its whole tab, one cell at a time.
  const kolom = (id: Parameters<typeof posisiKolom>[1]) => kolomHuruf(posisiKolom('TW1', id));
  const sebelum = ledger.usedToday(ADMIN);
  let edits = 0;
  for (let i = 0; i < u.indikatorPerBidang; i++) {
    const baris = BARIS_DATA_PERTAMA + i;
    const ketikan: [string, string | number][] = [[kolom('realisasi'), (i * 7) % 13], [kolom('penjelasan'), `Penjelasan ${i + 1}`], [kolom('buktiDukung'), `https://drive.google.com/file/d/${i + 1}`]];
    if (i % 3 === 0) ketikan.push([kolom('realisasiAnggaran'), 2500000]);
    for (const [k, v] of ketikan) {
      const h = emu.edit(kabidDari(pertama.kode), pertama.tab, `${k}${baris}`, v);
      if (!h.ok || h.triggerErrors.length > 0) throw new Error(`${pertama.tab}!${k}${baris}: ${h.ok ? h.triggerErrors.join('; ') : h.error}`);
      edits++;
    }
  }
  const ketik = ledger.usedToday(ADMIN) - sebelum;

  // Every other bidang's inputs land in one write (not an edit: no trigger), then every bidang ticks Kirim.
  isiTabSiklus(emu, { ...s, bidang: lain });
  const sebelumKirim = ledger.usedToday(ADMIN);
  for (const b of s.bidang) {
    const h = emu.edit(kabidDari(b.kode), b.tab, 'D5', true);
    if (!h.ok || h.triggerErrors.length > 0) throw new Error(`${b.tab}!D5: ${h.ok ? h.triggerErrors.join('; ') : h.error}`);
  }
  const kirim = ledger.usedToday(ADMIN) - sebelumKirim;
  const tanpaKirim = s.bidang.filter((b) => !siklusAktifEmu(emu).bidang.some((x) => x.kode === b.kode && x.status === 'terkirim'));
  if (tanpaKirim.length > 0) throw new Error(`Tidak terkirim: ${tanpaKirim.map((b) => b.kode).join(', ')}`);
  return {
    triggerMsPerDay: Math.round(ketik * s.bidang.length + kirim),
    quotaMs: ledger.quotaMs(ADMIN),
    edits: edits * s.bidang.length + s.bidang.length,
    msPerEdit: Math.round(ketik / edits),
    msPerSubmit: Math.round(kirim / s.bidang.length),
  };
}
