import { describe, expect, test } from 'vitest';
import { bacaKonfigurasi, type GridKonfigurasi } from '../../src/core/konfigurasi/index';
import { KUNCI_PENGATURAN, SKEMA_BIDANG, SKEMA_INDIKATOR } from '../../src/core/konfigurasi/skema';
import { langkahMulaiDiSini, type MasukanMulaiDiSini } from '../../src/core/mulai-di-sini';
import { BIDANG_CONTOH, INDIKATOR_CONTOH, PENGATURAN_CONTOH } from '../../node/fixtures/opd-contoh';

const TERISI: GridKonfigurasi = {
  pengaturan: [['Pengaturan', 'Nilai'], ...KUNCI_PENGATURAN.map((k) => [k.label, PENGATURAN_CONTOH[k.label] ?? k.contoh])],
  bidang: [SKEMA_BIDANG.kolom.map((k) => k.judul), ...BIDANG_CONTOH.map((r) => [...r])],
  indikator: [SKEMA_INDIKATOR.kolom.map((k) => k.judul), ...INDIKATOR_CONTOH.map((r) => [...r])],
};

function keadaan(grid: GridKonfigurasi, lain: Partial<MasukanMulaiDiSini> = {}) {
  const langkah = langkahMulaiDiSini({ grid, hasil: bacaKonfigurasi(grid), adaTabSop: true, zonaWaktu: 'Asia/Jakarta', masalahSop: [], siklus: null, ...lain });
  return Object.fromEntries(langkah.map((l) => [l.id, l.kurang]));
}

describe('Mulai di sini: what each step still misses', () => {
  test('an empty spreadsheet: every step is open, step 1 names the tabs to make', () => {
    const k = keadaan({ pengaturan: null, bidang: null, indikator: null }, { adaTabSop: false, masalahSop: null });
    expect(k.siapkan).toEqual(['Tab Pengaturan belum ada.', 'Tab Bidang belum ada.', 'Tab Indikator belum ada.', 'Tab SOP belum ada.']);
    for (const id of ['pengaturan', 'bidang', 'indikator']) expect(k[id]).toContain('Jalankan langkah 1 (Siapkan lembar kerja) lebih dulu.');
    expect(k.sop).toEqual(['Selesaikan Pengaturan, Bidang dan Indikator lebih dulu.']);
    expect(k.mulai).toEqual(['Belum ada siklus yang dimulai.']);
  });

  test('a filled configuration leaves only Mulai siklus; a started cycle closes the guide', () => {
    const k = keadaan(TERISI);
    expect(Object.entries(k).filter(([, kurang]) => kurang.length > 0).map(([id]) => id)).toEqual(['mulai']);
    expect(Object.values(keadaan(TERISI, { siklus: 'TW I 2026' })).flat()).toEqual([]);
  });

  test('a cycle only prepared (Siapkan siklus) is not started yet: the last step says its tabs are still to open', () => {
    expect(keadaan(TERISI, { disiapkan: 'TW I 2026' }).mulai).toEqual(['Siklus TW I 2026 sudah disiapkan; tab bidangnya belum dibuka (Mulai siklus).']);
  });

  test('the example rows, an empty NIP Kepala and a foreign time zone are named in their step', () => {
    const grid: GridKonfigurasi = {
      pengaturan: TERISI.pengaturan!.map((r) => (r[0] === 'NIP Kepala' ? [r[0], ''] : r)),
      bidang: [SKEMA_BIDANG.kolom.map((k) => k.judul), ...SKEMA_BIDANG.contoh.map((r) => [...r])],
      indikator: [SKEMA_INDIKATOR.kolom.map((k) => k.judul), ...SKEMA_INDIKATOR.contoh.map((r) => [...r])],
    };
    const k = keadaan(grid, { zonaWaktu: 'Europe/London' });
    expect(k.pengaturan).toEqual([
      'Pengaturan: NIP Kepala belum diisi (dicetak di tanda tangan LKj).',
      'Zona waktu spreadsheet Europe/London, bukan WIB/WITA/WIT: pilih File ▸ Setelan ▸ Zona waktu, mis. (GMT+07:00) Jakarta.',
    ]);
    expect(k.bidang).toEqual(['Bidang: baris contoh "Sekretariat" masih ada; ganti dengan bidang OPD Anda.']);
    expect(k.indikator).toEqual(['Indikator: hanya baris contoh; tempel tabel PK Anda (Kosongkan tab Indikator, lalu tempel di A1).']);
  });

  test('a bad PK row is shown in the Indikator step by row and column', () => {
    const indikator = TERISI.indikator!.map((r) => [...r]);
    indikator[3][8] = 'dua puluh';
    const k = keadaan({ ...TERISI, indikator });
    expect(k.indikator).toEqual(['Indikator, baris 4, kolom Target s.d. TW I: "dua puluh" bukan angka, bukan rentang (mis. 80–90) dan bukan predikat dari Skala predikat.']);
    expect(k.bidang).toEqual([]);
  });
});
