import { describe, expect, test } from 'vitest';
import { bacaKonfigurasi, uraianMasalah, type GridKonfigurasi } from '../../src/core/konfigurasi/index';
import { KUNCI_PENGATURAN, SKEMA_BIDANG, SKEMA_INDIKATOR } from '../../src/core/konfigurasi/skema';
import { BIDANG_CONTOH, INDIKATOR_CONTOH, PENGATURAN_CONTOH } from '../../node/fixtures/opd-contoh';

/** The three tabs as getValues would return them after an admin typed the demo OPD. */
function gridContoh(): { pengaturan: string[][]; bidang: string[][]; indikator: string[][] } {
  return {
    pengaturan: [['Pengaturan', 'Nilai'], ...KUNCI_PENGATURAN.map((k) => [k.label, PENGATURAN_CONTOH[k.label] ?? k.contoh])],
    bidang: [SKEMA_BIDANG.kolom.map((k) => k.judul), ...BIDANG_CONTOH.map((r) => [...r])],
    indikator: [SKEMA_INDIKATOR.kolom.map((k) => k.judul), ...INDIKATOR_CONTOH.map((r) => [...r])],
  };
}

describe('reading the configuration', () => {
  test('the demo OPD reads cleanly, numbers typed the Indonesian way understood', () => {
    const hasil = bacaKonfigurasi(gridContoh());
    if (!hasil.ok) throw new Error(hasil.masalah.map(uraianMasalah).join('\n'));
    const { pengaturan, bidang, indikator } = hasil.konfigurasi;
    expect(pengaturan.tahun).toBe(2026);
    expect(pengaturan.adminEmails).toEqual(['kasubbag.perkeu@contoh.go.id', 'sekretaris@contoh.go.id']);
    expect(pengaturan.skalaKualitatif).toEqual({ WTP: 4, WDP: 3, TMP: 2, TW: 1 });
    expect(pengaturan.jamKantor).toEqual({ mulai: 480, selesai: 960, perHari: {} });
    expect(bidang).toHaveLength(5);
    expect(bidang[2].stafEmails).toEqual(['staf.pol1@contoh.go.id', 'staf.pol2@contoh.go.id']);
    const byKode = new Map(indikator.map((i) => [i.kode, i]));
    expect(byKode.get('IK-01')?.realisasiTahunLalu).toBe(68.5); // '68,5'
    expect(byKode.get('IK-01')?.pagu).toBe(1250000000); // '1.250.000.000'
    expect(byKode.get('IK-05')?.targetTahunan).toBe(1200); // '1.200'
    expect(byKode.get('IK-03')?.targetTw).toEqual([20, 45, 70, 95]); // '20%' … '95%'
    expect(byKode.get('IK-02')?.targetTahunan).toBe('WTP');
  });

  test('every problem of all three tabs is reported at once, naming tab, row and column', () => {
    const g = gridContoh();
    g.pengaturan[KUNCI_PENGATURAN.findIndex((k) => k.id === 'adminEmails') + 1][1] = 'bukan-email';
    g.bidang[4][4] = ''; // ORM: no Kabid e-mail and no staff (row 5)
    g.bidang[5][4] = 'kabid kwn@contoh'; // malformed (row 6)
    g.bidang.push(['XL', 'Bidang / Seksi', 'Nama', '', 'x@contoh.go.id', '']); // '/' cannot be in a sheet name (row 7)
    g.bidang.push(['sek', 'Sekretariat Lain', 'Nama', '', 'y@contoh.go.id', '']); // duplicate kode, ignoring case (row 8)
    g.indikator[1][3] = 'ZZZ'; // unknown bidang (row 2)
    g.indikator[2][7] = 'banyak'; // target tahunan not a number (row 3)
    g.indikator[3][0] = 'IK-01'; // duplicate kode (row 4)
    g.indikator[5][15] = '-5.000'; // negative pagu (row 6)
    const hasil = bacaKonfigurasi(g);
    expect(hasil.ok).toBe(false);
    if (hasil.ok) return;
    const tempat = hasil.masalah.map((m) => `${m.tab}:${m.baris}:${m.kolom}`);
    expect(tempat).toEqual(
      expect.arrayContaining([
        'Pengaturan:13:Nilai',
        'Bidang:8:Kode',
        'Bidang:5:E-mail Kabid',
        'Bidang:6:E-mail Kabid',
        'Bidang:7:Nama bidang',
        'Indikator:2:Bidang',
        'Indikator:3:Target tahunan',
        'Indikator:4:Kode',
        'Indikator:6:Pagu (Rp)',
      ]),
    );
    expect(hasil.masalah.map(uraianMasalah)).toHaveLength(9);
    expect(uraianMasalah(hasil.masalah.find((m) => m.tab === 'Indikator' && m.baris === 2)!)).toBe(
      'Indikator, baris 2, kolom Bidang: Bidang "ZZZ" tidak ada di tab Bidang (tulis kode atau nama bidangnya).',
    );
  });

  test('a bidang name too long for a tab name is refused', () => {
    const g = gridContoh();
    g.bidang[1][1] = 'Bidang '.repeat(13);
    const hasil = bacaKonfigurasi(g);
    expect(hasil.ok ? [] : hasil.masalah.map((m) => m.pesan)).toEqual([expect.stringContaining('terlalu panjang untuk nama tab')]);
  });

  test('columns are found by header, in any order', () => {
    const g = gridContoh();
    const swap = (rows: string[][]): string[][] => rows.map((r) => [r[1], r[0], ...r.slice(2)]);
    expect(bacaKonfigurasi({ ...g, bidang: swap(g.bidang), indikator: swap(g.indikator) }).ok).toBe(true);
  });

  test('missing tabs are named, with the way to create them', () => {
    const hasil = bacaKonfigurasi({ pengaturan: null, bidang: null, indikator: null } satisfies GridKonfigurasi);
    expect(hasil.ok ? [] : hasil.masalah.map((m) => m.pesan)).toEqual([
      'Tab Pengaturan tidak ada. Jalankan Laporan Kinerja ▸ Siapkan lembar kerja.',
      'Tab Bidang tidak ada. Jalankan Laporan Kinerja ▸ Siapkan lembar kerja.',
      'Tab Indikator tidak ada. Jalankan Laporan Kinerja ▸ Siapkan lembar kerja.',
    ]);
  });
});
