/**
 * An office that starts Lapkin mid-year (issue 15): its first cycle is TW III, and the admin enters
 * TW I and TW II from the office's old spreadsheet into the closed-quarter columns of the bidang
 * tabs, then saves them. They become those quarters' submissions (made by the admin, logged), so
 * the recap counts them instead of flagging "TW I, TW II tidak ada data". All through the bundle,
 * with consumer accounts (no Workspace domain).
 */
import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { hurufKolom, posisiKolom } from '../../src/core/lembar-bidang';
import type { Periode } from '../../src/core/types';
import { ADMIN, KABID_KWN, barisKode, selKolom } from './helpers';
import { barisArsip, logTerakhir } from './kirim-bantuan';
import { emulatorRekap, isi, mulai, rekap, selRekap, TAB_KWN } from './rekap-helpers';

type Hasil = { status: string; pesan: string; uraian?: string[] };

/** The A1 address of indicator `kode`'s cell in column `id` of the KWN tab of `periode`. */
function alamat(emu: Emulator, periode: Periode, label: string, kode: string, id: string): string {
  return `${hurufKolom(posisiKolom(periode, id))}${barisKode(emu.spreadsheet.describeSheet(TAB_KWN(label)), kode)}`;
}

function ketik(emu: Emulator, email: string, kode: string, id: string, nilai: string | number): { ok: boolean } {
  return emu.edit(email, TAB_KWN('TW III'), alamat(emu, 'TW3', 'TW III', kode, id), nilai);
}

const simpan = (emu: Emulator, email = ADMIN): Hasil => emu.call(email, 'simpanTriwulanSebelumnya') as Hasil;

function tw3Dimulai(): Emulator {
  const emu = emulatorRekap();
  mulai(emu, 'TW3');
  return emu;
}

describe('Simpan realisasi triwulan sebelumnya (an office starting mid-year)', () => {
  test('TW I and TW II typed by the admin count in the recap s.d. TW III: kumulatif 30 + 20 + 25 = 75 of 75, no missing-quarter flag', () => {
    const emu = tw3Dimulai();
    const panel = emu.call(ADMIN, 'getPanelState') as { siklus: { triwulanTanpaSiklus: string[] } };
    expect(panel.siklus.triwulanTanpaSiklus).toEqual(['TW I', 'TW II']);
    // The Kabid may not type into the closed quarters; the admin may.
    expect(ketik(emu, KABID_KWN, 'C-06', 'realisasiTW1', 30).ok).toBe(false);
    expect(ketik(emu, ADMIN, 'C-06', 'realisasiTW1', 30).ok).toBe(true);
    expect(ketik(emu, ADMIN, 'C-06', 'realisasiTW2', 20).ok).toBe(true);
    expect(ketik(emu, ADMIN, 'C-07', 'realisasiTW2', 65).ok).toBe(true);

    const hasil = simpan(emu);
    expect(hasil.status, hasil.pesan).toBe('ok');
    expect(hasil.pesan).toContain('TW I, TW II 2026');
    const arsip = barisArsip(emu);
    const admin = arsip.filter((r) => r[4] === ADMIN);
    expect(admin.map((r) => [r[0], r[1], r[5], r[6]])).toEqual([
      ['TW1-2026', 'KWN', 'C-06', 30],
      ['TW2-2026', 'KWN', 'C-06', 20],
      ['TW2-2026', 'KWN', 'C-07', 65],
    ]);
    expect(String(logTerakhir(emu, 'Simpan realisasi triwulan sebelumnya').rincian)).toMatch(/^TW II 2026; .*; versi 1; 2 realisasi diisi admin/);

    isi(emu, KABID_KWN, TAB_KWN('TW III'), 'TW3', 'C-06', { realisasi: 25, penjelasan: 'Sesuai rencana' });
    // The tab itself says what the recap says: its computed cells were written again with the saved quarters.
    const tab = emu.spreadsheet.describeSheet(TAB_KWN('TW III'));
    const c06 = barisKode(tab, 'C-06');
    expect(selKolom(tab, 'Realisasi s.d. TW III', c06)?.value).toBe(75);
    expect(selKolom(tab, 'Capaian (%)', c06)?.value).toBe(100);
    expect(selKolom(tab, 'Keterangan hitung', c06)?.value ?? '').toBe('');
    expect(rekap(emu, { sertakanDraf: true }).status).toBe('ok');
    const r = emu.spreadsheet.describeSheet('Rekap TW3-26');
    expect(selRekap(r, 'C-06', 'Realisasi s.d. TW III')?.value).toBe(75);
    expect(selRekap(r, 'C-06', 'Capaian s.d. TW III (%)')?.value).toBe(100);
    expect(String(selRekap(r, 'C-06', 'Keterangan')?.value ?? '')).not.toContain('tidak ada data');

    // Saved once: saving again changes nothing; the next quarter's tab shows them as closed quarters.
    expect(simpan(emu).status).toBe('ditolak');
    mulai(emu, 'TW4', true);
    const tw4 = emu.spreadsheet.describeSheet(TAB_KWN('TW IV'));
    expect(selKolom(tw4, 'Realisasi TW I', barisKode(tw4, 'C-06'))?.value).toBe(30);
    expect(selKolom(tw4, 'Realisasi TW II', barisKode(tw4, 'C-07'))?.value).toBe(65);
  });

  test('a value that is no realisasi is named by tab, row and column, and nothing is saved', () => {
    const emu = tw3Dimulai();
    expect(ketik(emu, ADMIN, 'C-06', 'realisasiTW1', 'sekitar tiga puluh').ok).toBe(true);
    expect(ketik(emu, ADMIN, 'C-06', 'realisasiTW2', -4).ok).toBe(true);
    const sebelum = barisArsip(emu).length;
    const hasil = simpan(emu);
    expect(hasil.status).toBe('masalah');
    const baris = barisKode(emu.spreadsheet.describeSheet(TAB_KWN('TW III')), 'C-06');
    expect(hasil.uraian).toEqual([
      `${TAB_KWN('TW III')}!${hurufKolom(posisiKolom('TW3', 'realisasiTW1'))}${baris} (Realisasi TW I): "sekitar tiga puluh" bukan angka dan bukan predikat dari Skala predikat.`,
      `${TAB_KWN('TW III')}!${hurufKolom(posisiKolom('TW3', 'realisasiTW2'))}${baris} (Realisasi TW II): tidak boleh negatif: satuannya "orang" dihitung per orang.`,
    ]);
    expect(barisArsip(emu).length).toBe(sebelum);
  });

  test('a quarter that ran as a cycle keeps what its bidang submitted', () => {
    const emu = emulatorRekap();
    mulai(emu, 'TW2');
    mulai(emu, 'TW3', true);
    expect(ketik(emu, ADMIN, 'C-06', 'realisasiTW2', 40).ok).toBe(true);
    const hasil = simpan(emu);
    expect(hasil.status).toBe('masalah');
    expect(hasil.uraian?.[0]).toContain('(Realisasi TW II): berbeda dari kiriman siklus TW II 2026 (dikirim: (kosong), sekarang: 40)');
    const panel = emu.call(ADMIN, 'getPanelState') as { siklus: { triwulanTanpaSiklus: string[] } };
    expect(panel.siklus.triwulanTanpaSiklus).toEqual(['TW I']);
  });

  test('a quarter only prepared (Siapkan siklus) and left for TW III never ran: the admin enters it like a quarter without a cycle', () => {
    const emu = emulatorRekap();
    expect((emu.call(ADMIN, 'siapkanSiklus', { periode: 'TW2', tahun: 2026, batasWaktu: '2099-12-31' }) as Hasil).status).toBe('ok');
    mulai(emu, 'TW3', true);
    const panel = emu.call(ADMIN, 'getPanelState') as { siklus: { triwulanTanpaSiklus: string[] } };
    expect(panel.siklus.triwulanTanpaSiklus).toEqual(['TW I', 'TW II']);
    expect(ketik(emu, ADMIN, 'C-06', 'realisasiTW2', 40).ok).toBe(true);
    const hasil = simpan(emu);
    expect(hasil.status, hasil.pesan).toBe('ok');
    expect(barisArsip(emu).filter((r) => r[4] === ADMIN).map((r) => [r[0], r[1], r[5], r[6]])).toEqual([['TW2-2026', 'KWN', 'C-06', 40]]);
    // Read back like any submission: the prepared cycle's bidang statuses (never submitted) do not hide it.
    mulai(emu, 'TW4', true);
    const tw4 = emu.spreadsheet.describeSheet(TAB_KWN('TW IV'));
    expect(selKolom(tw4, 'Realisasi TW II', barisKode(tw4, 'C-06'))?.value).toBe(40);
  });

  test('a Kabid cannot run it', () => {
    const emu = tw3Dimulai();
    expect(() => simpan(emu, KABID_KWN)).toThrow(/admin/i);
  });
});
