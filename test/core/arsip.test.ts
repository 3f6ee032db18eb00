import { describe, expect, test } from 'vitest';
import { bacaArsip, KOLOM_ARSIP, kirimanKeBaris, kirimanTerakhir, perubahanSejakKirim, rasioPerTw, realisasiPerTw, type Kiriman } from '../../src/core/arsip';
import type { StatusSiklus } from '../../src/core/siklus';
import type { Isian, StatusBidang } from '../../src/core/types';

function isian(kode: string, realisasi: Isian['realisasi'], lain: Partial<Isian> = {}): Isian {
  return { kodeIndikator: kode, realisasi, tidakAdaData: null, realisasiAnggaran: null, pembilang: null, penyebut: null, penjelasan: '', faktorPendukung: '', faktorPenghambat: '', upaya: '', buktiDukung: '', ...lain };
}

function kiriman(siklus: string, bidang: string, versi: number, daftar: Isian[]): Kiriman {
  return { siklus, bidang, versi, dikirim: `2026-04-0${versi}T02:00:00.000Z`, oleh: 'kabid@contoh.go.id', isian: daftar };
}

/** What Sheets stores for a written row: a leading apostrophe keeps text and is dropped. */
function sepertiSheets(rows: (string | number)[][]): unknown[][] {
  return rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));
}

describe('arsip kiriman', () => {
  test('a submission survives the round trip through the tab, text that looks like a formula staying text', () => {
    const k = kiriman('TW1-2026', 'KWN', 1, [
      isian('IK-16', 10, { realisasiAnggaran: 1250000, penjelasan: '=IMPORTRANGE("x","A1")', buktiDukung: 'https://drive.google.com/x' }),
      isian('IK-02', 'WTP'),
      isian('IK-17', null, { tidakAdaData: 'survei belum selesai', penjelasan: 'survei belum selesai' }),
    ]);
    const rows = kirimanKeBaris(k);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === KOLOM_ARSIP.length)).toBe(true);
    expect(rows[0]?.[9]).toBe(`'=IMPORTRANGE("x","A1")`);
    expect(rows[0]?.[6]).toBe(10);
    expect(bacaArsip([[...KOLOM_ARSIP], ...sepertiSheets(rows)])).toEqual([k]);
  });

  test('the latest version per cycle and bidang, and realisasi per quarter from the latest versions', () => {
    const arsip = [
      kiriman('TW1-2026', 'KWN', 1, [isian('IK-16', 10)]),
      kiriman('TW1-2026', 'KWN', 2, [isian('IK-16', 12)]),
      kiriman('TW2-2026', 'KWN', 1, [isian('IK-16', 9), isian('IK-17', null, { tidakAdaData: 'x' })]),
      kiriman('TW1-2025', 'KWN', 1, [isian('IK-16', 99)]),
    ];
    expect(kirimanTerakhir(arsip, 'TW1-2026', 'KWN')?.versi).toBe(2);
    expect(kirimanTerakhir(arsip, 'TW1-2026', 'POL')).toBeNull();
    const perTw = realisasiPerTw(arsip, 2026, []);
    expect(perTw.get('IK-16')).toEqual([12, 9, null, null]);
    expect(perTw.get('IK-17')).toEqual([null, null, null, null]);
  });

  test('a submission returned for correction and not sent again is not the quarter\'s record', () => {
    const siklus = (id: string, status: StatusBidang): StatusSiklus => ({
      id, periode: 'TW1', tahun: 2026, dimulai: '2026-04-01T01:00:00.000Z', dimulaiOleh: 'admin@contoh.go.id', batasWaktu: '2026-04-10',
      catatan: '', lengkap: true, bidang: [{ kode: 'KWN', nama: 'Bidang KWN', tab: 'Tab', siap: true, status, editor: [] }],
    });
    const arsip = [kiriman('TW1-2026', 'KWN', 1, [isian('IK-16', 10)]), kiriman('TW2-2026', 'KWN', 1, [isian('IK-16', 9)])];
    const dikembalikan = realisasiPerTw(arsip, 2026, [siklus('TW1-2026', 'dikembalikan'), siklus('TW2-2026', 'terkirim')]);
    expect(dikembalikan.get('IK-16')).toEqual([null, 9, null, null]);
    const dikirimLagi = realisasiPerTw([...arsip, kiriman('TW1-2026', 'KWN', 2, [isian('IK-16', 11)])], 2026, [siklus('TW1-2026', 'terkirim')]);
    expect(dikirimLagi.get('IK-16')).toEqual([11, 9, null, null]);
  });

  test('changes since submission name the cell and both values', () => {
    const k = kiriman('TW1-2026', 'KWN', 1, [isian('IK-16', 10, { penjelasan: 'a' })]);
    const sekarang = [{ baris: 8, sebelumnya: [], sebelumnyaRasio: [], isian: isian('IK-16', 12.5, { penjelasan: 'a' }) }];
    expect(perubahanSejakKirim(k, sekarang, 'TW1', 'Tab')).toEqual([
      { tab: 'Tab', baris: 8, kolom: 'Realisasi TW I', pesan: 'berubah setelah dikirim (dikirim: 10, sekarang: 12,5).' },
    ]);
    expect(perubahanSejakKirim(k, [{ ...sekarang[0]!, isian: isian('IK-16', 10, { penjelasan: 'a' }) }], 'TW1', 'Tab')).toEqual([]);
  });

  test('every input column is compared, and an indicator row gone from the tab is named', () => {
    const dikirim = isian('IK-16', 10, { realisasiAnggaran: 5000, penjelasan: 'p', faktorPendukung: 'fd', faktorPenghambat: 'fh', upaya: 'u', buktiDukung: 'https://drive.google.com/a' });
    const k = kiriman('TW1-2026', 'KWN', 1, [dikirim, isian('IK-17', 'WTP')]);
    const ubah: [Partial<Isian>, string][] = [
      [{ realisasi: 11 }, 'Realisasi TW I'],
      [{ realisasi: null, tidakAdaData: 'p' }, 'Realisasi TW I'],
      [{ realisasiAnggaran: 6000 }, 'Realisasi anggaran s.d. TW I (Rp)'],
      [{ penjelasan: 'q' }, 'Penjelasan'],
      [{ faktorPendukung: 'x' }, 'Faktor pendukung'],
      [{ faktorPenghambat: 'x' }, 'Faktor penghambat'],
      [{ upaya: 'x' }, 'Upaya'],
      [{ buktiDukung: 'https://drive.google.com/b' }, 'Bukti dukung (link)'],
    ];
    for (const [lain, kolom] of ubah) {
      const sekarang = [{ baris: 8, sebelumnya: [], sebelumnyaRasio: [], isian: { ...dikirim, ...lain } }, { baris: 9, sebelumnya: [], sebelumnyaRasio: [], isian: isian('IK-17', 'WTP') }];
      expect(perubahanSejakKirim(k, sekarang, 'TW1', 'Tab').map((m) => [m.baris, m.kolom])).toEqual([[8, kolom]]);
    }
    expect(perubahanSejakKirim(k, [{ baris: 8, sebelumnya: [], sebelumnyaRasio: [], isian: dikirim }], 'TW1', 'Tab')).toEqual([
      { tab: 'Tab', baris: 0, kolom: '', pesan: 'baris indikator IK-17 hilang setelah dikirim (realisasi dikirim: "WTP").' },
    ]);
  });

  test('rasio rows keep pembilang and penyebut; later quarters sum them; rows archived before rasio read with none', () => {
    const k = kiriman('TW1-2026', 'KWN', 1, [isian('IK-R', 90, { pembilang: 9, penyebut: 10 }), isian('IK-16', 10)]);
    const rows = kirimanKeBaris(k);
    expect(bacaArsip([[...KOLOM_ARSIP], ...sepertiSheets(rows)])).toEqual([k]);
    // A tab written before the two columns existed: 14 cells a row.
    const lama = sepertiSheets(kirimanKeBaris(kiriman('TW1-2026', 'POL', 1, [isian('IK-20', 7)]))).map((r) => r.slice(0, 14));
    expect(KOLOM_ARSIP.slice(14)).toEqual(['Pembilang', 'Penyebut']);
    expect(bacaArsip([KOLOM_ARSIP.slice(0, 14), ...lama])[0]?.isian).toEqual([isian('IK-20', 7)]);
    const tw2 = kiriman('TW2-2026', 'KWN', 1, [isian('IK-R', 25, { pembilang: 10, penyebut: 40 })]);
    const perTw = rasioPerTw([k, tw2], 2026, []);
    expect(perTw.get('IK-R')).toEqual([{ pembilang: 9, penyebut: 10 }, { pembilang: 10, penyebut: 40 }, null, null]);
    expect(perTw.has('IK-16')).toBe(false);
  });

  test('a rasio row\'s changes after submission are named on Pembilang and Penyebut, not on its computed realisasi', () => {
    const dikirim = isian('IK-R', 25, { pembilang: 10, penyebut: 40 });
    const k = kiriman('TW2-2026', 'KWN', 1, [dikirim]);
    const sekarang = [{ baris: 8, sebelumnya: [], sebelumnyaRasio: [], isian: { ...dikirim, realisasi: 30, pembilang: 12 } }];
    expect(perubahanSejakKirim(k, sekarang, 'TW2', 'Tab')).toEqual([
      { tab: 'Tab', baris: 8, kolom: 'Pembilang TW II', pesan: 'berubah setelah dikirim (dikirim: 10, sekarang: 12).' },
    ]);
  });
});
