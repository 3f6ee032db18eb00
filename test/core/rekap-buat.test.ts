import { describe, expect, it } from 'vitest';
import { buatRekap } from '../../src/core/rekap/buat';
import type { BarisRekap, MasukanRekap, Rekap } from '../../src/core/rekap/model';
import type { Indikator, Isian } from '../../src/core/types';
import { indikator, isian, konfigurasi, masukanTw1, terkirim } from './rekap-fixture';

function baris(rekap: Rekap, kode: string): BarisRekap {
  const b = rekap.sasaran.flatMap((s) => s.baris).find((r) => r.kode === kode);
  if (!b) throw new Error('no row ' + kode);
  return b;
}

function tw1(ind: Indikator, r: Isian['realisasi'], ubah: Partial<MasukanRekap> = {}): BarisRekap {
  return baris(buatRekap(masukanTw1([ind], [isian(ind.kode, r)], ubah)), ind.kode);
}

describe('capaian through the recap: the worked examples of domain.md §4', () => {
  it('T 100, R 85 → 85 % Tinggi', () => {
    expect(tw1(indikator('K1'), 85).capaian).toEqual({ jenis: 'nilai', persen: 85, kategori: 'Tinggi' });
  });

  it('negative polarity by the default (2T − R) / T: 150 %, 75 %, floored at 0 %', () => {
    const neg = (r: number): BarisRekap => tw1(indikator('N', { polaritas: 'negatif', targetTw: [8, 8, 8, 8] }), r);
    expect(neg(4).capaian).toMatchObject({ jenis: 'nilai', persen: 150 });
    expect(neg(10).capaian).toMatchObject({ jenis: 'nilai', persen: 75 });
    expect(neg(20).capaian).toMatchObject({ jenis: 'nilai', persen: 0, kategori: 'Sangat Rendah' });
  });

  it('negative polarity by the alternative T / R: T 8, R 4 → 200 %', () => {
    const ind = indikator('N', { polaritas: 'negatif', targetTw: [8, 8, 8, 8] });
    const input = masukanTw1([ind], [isian('N', 4)]);
    const alt = { ...input, konfigurasi: konfigurasi([ind], { rumusNegatif: 'T/R' }) };
    expect(baris(buatRekap(alt), 'N').capaian).toMatchObject({ jenis: 'nilai', persen: 200 });
  });

  it('T 0, R 5 → tidak dapat dihitung, with its reason', () => {
    const b = tw1(indikator('Z', { targetTw: [0, 0, 0, 0] }), 5);
    expect(b.capaian.jenis).toBe('tidak-dapat-dihitung');
    expect(b.capaian).toHaveProperty('alasan', 'target 0');
  });

  it('kumulatif: T_2 50, R 20 + 25 → 90 % s.d. TW II', () => {
    const ind = indikator('K', { targetTw: [25, 50, 75, 100] });
    const b = baris(
      buatRekap(masukanTw1([ind], [isian('K', 25)], { periode: 'TW2', realisasiTwSebelumnya: { K: [20] } })),
      'K',
    );
    expect(b.target).toBe(50);
    expect(b.realisasi).toBe(25);
    expect(b.realisasiSd).toBe(45);
    expect(b.capaian).toMatchObject({ jenis: 'nilai', persen: 90 });
  });

  it('terakhir: T_3 80, R 70, —, 76 → 95 % s.d. TW III', () => {
    const ind = indikator('T', { agregasi: 'terakhir', targetTw: [80, 80, 80, 80] });
    const b = baris(
      buatRekap(masukanTw1([ind], [isian('T', 76)], { periode: 'TW3', realisasiTwSebelumnya: { T: [70, null] } })),
      'T',
    );
    expect(b.realisasiSd).toBe(76);
    expect(b.capaian).toMatchObject({ jenis: 'nilai', persen: 95 });
  });

  it('qualitative: labels go through the scale (target WTP = 4, realisasi WDP = 3 → 75 %)', () => {
    const ind = indikator('Q', { satuan: 'predikat', agregasi: 'terakhir', targetTw: ['WTP', 'WTP', 'WTP', 'WTP'] });
    const input = masukanTw1([ind], [isian('Q', 'WDP')]);
    const q = { ...input, konfigurasi: konfigurasi([ind], { skalaKualitatif: { WTP: 4, WDP: 3 } }) };
    expect(baris(buatRekap(q), 'Q').capaian).toMatchObject({ jenis: 'nilai', persen: 75 });
  });
});

describe('rasio: Σ pembilang / Σ penyebut, never the mean of the quarters\' percentages', () => {
  const ind = indikator('R', { satuan: '%', agregasi: 'rasio', targetTw: [50, 50, 50, 50], targetTahunan: 50 });
  it('TW I 9/10 (90 %), TW II 10/40 (25 %) → s.d. TW II 19/50 = 38 %, 76 % of T₂ 50 (the mean 57,5 % would be 115 %)', () => {
    const b = baris(buatRekap(masukanTw1([ind], [isian('R', 25, { pembilang: 10, penyebut: 40 })], {
      periode: 'TW2', realisasiTwSebelumnya: { R: [90] }, rasioTw: { R: [{ pembilang: 9, penyebut: 10 }] },
    })), 'R');
    expect(b.realisasi).toBe(25);
    expect(b.realisasiSd).toBe(38);
    expect(b.rasio).toEqual({ pembilang: 19, penyebut: 50 });
    expect(b.capaian).toEqual({ jenis: 'nilai', persen: 76, kategori: 'Tinggi' });
    expect(b.capaianTahunan).toMatchObject({ jenis: 'nilai', persen: 76 });
  });
  it('annual: Σ over TW I–IV (9/10, 10/40, —, 1/50 → 20/100 = 20 %) against the target tahunan 50 → 40 %, TW III named', () => {
    const input: MasukanRekap = {
      konfigurasi: konfigurasi([ind]), periode: 'TAHUNAN', tahun: 2026, bidang: [terkirim('B1', [isian('R', null)])],
      realisasiTw: { R: [90, 25, null, 2] },
      rasioTw: { R: [{ pembilang: 9, penyebut: 10 }, { pembilang: 10, penyebut: 40 }, null, { pembilang: 1, penyebut: 50 }] },
    };
    const b = baris(buatRekap(input), 'R');
    expect(b.realisasiSd).toBe(20);
    expect(b.rasio).toEqual({ pembilang: 20, penyebut: 100 });
    expect(b.capaian).toEqual({ jenis: 'nilai', persen: 40, kategori: 'Sangat Rendah', catatan: 'TW III tidak ada data' });
  });
});

describe('belum diisi, tidak ada data and a real 0 stay distinct', () => {
  it('a real 0 is 0 %, an empty realisasi is belum diisi, "tidak ada data" carries its reason', () => {
    const inds = [indikator('A'), indikator('B'), indikator('C')];
    const rekap = buatRekap(
      masukanTw1(inds, [isian('A', 0), isian('B', null), isian('C', null, { tidakAdaData: 'survei belum terbit' })]),
    );
    expect(baris(rekap, 'A').capaian).toMatchObject({ jenis: 'nilai', persen: 0 });
    expect(baris(rekap, 'B').capaian).toEqual({ jenis: 'belum-diisi' });
    expect(baris(rekap, 'C').capaian).toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'tidak ada data: survei belum terbit' });
  });

  it('earlier quarters alone do not make a TW II figure: the quarter itself must be filled', () => {
    const ind = indikator('K', { targetTw: [25, 50, 75, 100] });
    const input = masukanTw1([ind], [isian('K', null)], { periode: 'TW2', realisasiTwSebelumnya: { K: [20] } });
    expect(baris(buatRekap(input), 'K').capaian).toEqual({ jenis: 'belum-diisi' });
  });
});

describe('annual recap', () => {
  function tahunan(ind: Indikator, tw: [number | null, number | null, number | null, number | null], final?: number): BarisRekap {
    const input: MasukanRekap = {
      konfigurasi: konfigurasi([ind]),
      periode: 'TAHUNAN',
      tahun: 2026,
      bidang: [terkirim('B1', [isian(ind.kode, null)])],
      realisasiTw: { [ind.kode]: tw },
      nilaiFinal: final === undefined ? {} : { [ind.kode]: final },
    };
    return baris(buatRekap(input), ind.kode);
  }

  it('aggregates TW I–IV by each agregasi, skipping missing quarters, against the target tahunan', () => {
    const kum = tahunan(indikator('K', { targetTahunan: 100 }), [10, null, 20, 30]);
    expect(kum.realisasiSd).toBe(60);
    expect(kum.capaian).toMatchObject({ jenis: 'nilai', persen: 60 });
    const akhir = tahunan(indikator('T', { agregasi: 'terakhir', targetTahunan: 80 }), [70, 80, null, null]);
    expect(akhir.capaian).toMatchObject({ jenis: 'nilai', persen: 100 });
    const rata = tahunan(indikator('R', { agregasi: 'rata-rata', targetTahunan: 100 }), [80, null, 90, null]);
    expect(rata.realisasiSd).toBe(85);
    expect(rata.capaian).toMatchObject({ jenis: 'nilai', persen: 85, kategori: 'Tinggi' });
  });

  it('no quarter filled and no final value → belum diisi', () => {
    expect(tahunan(indikator('K'), [null, null, null, null]).capaian).toEqual({ jenis: 'belum-diisi' });
  });

  it('the final (audited) value overrides the aggregate, which is still shown', () => {
    const b = tahunan(indikator('K', { targetTahunan: 100 }), [10, 20, 30, 25], 92);
    expect(b.capaian).toMatchObject({ jenis: 'nilai', persen: 92, kategori: 'Sangat Tinggi' });
    expect(b.realisasi).toBe(92);
    expect(b.tahunan).toMatchObject({ agregat: 85, nilaiFinal: 92, sumber: 'final' });
  });

  it('compares with last year, direction by polarity, and with the Renstra end target', () => {
    const pos = tahunan(indikator('P', { realisasiTahunLalu: 50, targetRenstra: 120 }), [30, 30, null, null]);
    expect(pos.tahunan?.dibandingTahunLalu).toMatchObject({ pembanding: 50, selisih: 10, arah: 'naik', lebihBaik: true });
    // Without the Renstra tab, the Indikator tab's end target as an end condition: 60 ÷ 120.
    expect(pos.tahunan?.renstra).toMatchObject({ target: 120, jenis: null, realisasi: 60, capaian: { jenis: 'nilai', persen: 50 } });
    const neg = tahunan(indikator('N', { polaritas: 'negatif', agregasi: 'terakhir', realisasiTahunLalu: 8 }), [9, null, null, 10]);
    expect(neg.tahunan?.dibandingTahunLalu).toMatchObject({ arah: 'naik', lebihBaik: false });
    expect(neg.tahunan?.renstra).toBeNull();
  });
});

describe('summaries, budget and headlines', () => {
  const inds = [
    indikator('S1a', { sasaran: 'Sasaran Satu', program: 'Program A', pagu: 1_000_000 }),
    indikator('S1b', { sasaran: 'Sasaran Satu', program: 'Program A', pagu: 1_000_000, bidang: 'B2' }),
    indikator('S2a', { sasaran: 'Sasaran Dua', program: 'Program B', pagu: 0 }),
    indikator('S2b', { sasaran: 'Sasaran Dua', targetTw: [0, 0, 0, 0], bidang: 'B2' }),
    indikator('S3a', { sasaran: 'Sasaran Tiga' }),
  ];
  const rows = [
    isian('S1a', 95, { realisasiAnggaran: 900_000 }),
    isian('S1b', 85, { realisasiAnggaran: 600_000 }),
    isian('S2a', 60, { realisasiAnggaran: 50_000 }),
    isian('S2b', 5),
    isian('S3a', null),
  ];
  const rekap = buatRekap(masukanTw1(inds, rows));

  it('groups rows by sasaran in the configuration order, numbered within the sasaran', () => {
    expect(rekap.sasaran.map((s) => [s.nomor, s.sasaran, s.baris.map((b) => `${b.nomor}:${b.kode}`)])).toEqual([
      [1, 'Sasaran Satu', ['1:S1a', '2:S1b']],
      [2, 'Sasaran Dua', ['1:S2a', '2:S2b']],
      [3, 'Sasaran Tiga', ['1:S3a']],
    ]);
    expect(baris(rekap, 'S1b').bidang).toEqual({ kode: 'B2', nama: 'Bidang Keuangan' });
  });

  it('counts per category, tidak dapat dihitung and belum diisi; the mean uses computable ones only', () => {
    const b1 = rekap.ringkasanBidang.find((r) => r.kode === 'B1');
    expect(b1).toMatchObject({ jumlahIndikator: 3, tidakDapatDihitung: 0, belumDiisi: 1, rataRataCapaian: 77.5, kategoriRataRata: 'Tinggi' });
    expect(b1?.perKategori).toEqual([
      { kategori: 'Sangat Tinggi', jumlah: 1 },
      { kategori: 'Tinggi', jumlah: 0 },
      { kategori: 'Sedang', jumlah: 0 },
      { kategori: 'Rendah', jumlah: 1 },
      { kategori: 'Sangat Rendah', jumlah: 0 },
    ]);
    const s2 = rekap.ringkasanSasaran[1];
    expect(s2).toMatchObject({ sasaran: 'Sasaran Dua', tidakDapatDihitung: 1, rataRataCapaian: 60 });
    expect(rekap.ringkasanSasaran[2]).toMatchObject({ belumDiisi: 1, rataRataCapaian: null, kategoriRataRata: null });
  });

  it('budget per programme: sums, % penyerapan (null when pagu is 0) and mean capaian; then the total', () => {
    expect(rekap.anggaran.program).toEqual([
      { program: 'Program A', pagu: 2_000_000, realisasiAnggaran: 1_500_000, penyerapan: 75, rataRataCapaian: 90, jumlahIndikator: 2 },
      { program: 'Program B', pagu: 0, realisasiAnggaran: 50_000, penyerapan: null, rataRataCapaian: 60, jumlahIndikator: 1 },
    ]);
    expect(rekap.anggaran.total).toMatchObject({ program: 'Jumlah', pagu: 2_000_000, realisasiAnggaran: 1_550_000, penyerapan: 77.5 });
  });

  it('headlines: overall categories, best and worst sasaran, share of budget absorbed', () => {
    expect(rekap.sorotan.keseluruhan).toMatchObject({ jumlahIndikator: 5, tidakDapatDihitung: 1, belumDiisi: 1 });
    expect(rekap.sorotan.sasaranTerbaik).toEqual({ nomor: 1, sasaran: 'Sasaran Satu', rataRataCapaian: 90 });
    expect(rekap.sorotan.sasaranTerburuk).toEqual({ nomor: 2, sasaran: 'Sasaran Dua', rataRataCapaian: 60 });
    expect(rekap.sorotan.penyerapanAnggaran).toBe(77.5);
    expect(rekap.judul).toBe('Rekap TW I 2026');
  });
});

describe('which rows count: snapshots, drafts, returned data', () => {
  const inds = [indikator('A'), indikator('B', { bidang: 'B2' })];
  const drafB2 = {
    kodeBidang: 'B2', status: 'sedang-diisi' as const, dikirimOleh: null, dikirimPada: null,
    snapshot: null, draf: [isian('B', 70)],
  };
  const input: MasukanRekap = { ...masukanTw1(inds, [isian('A', 90)]), bidang: [terkirim('B1', [isian('A', 90)]), drafB2] };

  it('drafts are left out by default: the bidang counts as not filled', () => {
    const rekap = buatRekap(input);
    expect(baris(rekap, 'B').capaian).toEqual({ jenis: 'belum-diisi' });
    expect(baris(rekap, 'B').dariDraf).toBe(false);
    expect(rekap.statusBidang).toEqual([
      { kode: 'B1', nama: 'Bidang Perencanaan', status: 'terkirim', dikirimOleh: 'staf.b1@contoh.go.id', dikirimPada: '2026-04-03T07:15:00Z', jumlahIndikator: 1, terisi: 1, dariDraf: false },
      { kode: 'B2', nama: 'Bidang Keuangan', status: 'sedang-diisi', dikirimOleh: null, dikirimPada: null, jumlahIndikator: 1, terisi: 0, dariDraf: false },
    ]);
  });

  it('when included, draft rows are used and marked as drafts', () => {
    const rekap = buatRekap({ ...input, sertakanDraf: true });
    expect(baris(rekap, 'B')).toMatchObject({ dariDraf: true, capaian: { jenis: 'nilai', persen: 70 } });
    expect(baris(rekap, 'A').dariDraf).toBe(false);
    expect(rekap.statusBidang[1]).toMatchObject({ terisi: 1, dariDraf: true });
  });

  it('data sent back (dikembalikan) does not count, even with an old snapshot', () => {
    const kembali = { ...terkirim('B1', [isian('A', 90)]), status: 'dikembalikan' as const };
    const rekap = buatRekap({ ...input, bidang: [kembali] });
    expect(baris(rekap, 'A').capaian).toEqual({ jenis: 'belum-diisi' });
  });

  it("a bidang's rows for another bidang's indicator are ignored", () => {
    const rekap = buatRekap({ ...input, bidang: [terkirim('B1', [isian('A', 90), isian('B', 99)])] });
    expect(baris(rekap, 'B').capaian).toEqual({ jenis: 'belum-diisi' });
  });
});

describe('who submitted', () => {
  it('is named where the configuration knows the name (a Kabid), else by address', () => {
    const ind = [indikator('A'), indikator('B', { bidang: 'B2' })];
    const masukan = masukanTw1(ind, [isian('A', 1), isian('B', 1)]);
    const olehKabid = { ...masukan, bidang: [{ ...masukan.bidang[0], dikirimOleh: 'b1@contoh.go.id' }, masukan.bidang[1]] };
    expect(buatRekap(olehKabid).statusBidang.map((s) => s.dikirimOleh)).toEqual(['Kabid B1', 'staf.b2@contoh.go.id']);
  });
});
