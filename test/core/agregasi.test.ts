import { describe, expect, it } from 'vitest';
import { agregasikan, capaianSampaiTw, jumlahRasio, nilaiRasio, rasioIsian, teksRasio, type PermintaanSampaiTw } from '../../src/core/agregasi';
import { ATURAN_BAWAAN, type AturanCapaian } from '../../src/core/capaian';
import type { Agregasi, Nilai, Periode } from '../../src/core/types';

describe('agregasikan', () => {
  it('kumulatif sums the filled quarters', () => {
    expect(agregasikan('kumulatif', [20, 25, null, null])).toBe(45);
    expect(agregasikan('kumulatif', [20, null, 5, null])).toBe(25);
    expect(agregasikan('kumulatif', [0, 0])).toBe(0);
  });

  it('terakhir takes the latest filled quarter', () => {
    expect(agregasikan('terakhir', [70, null, 76])).toBe(76);
    expect(agregasikan('terakhir', [70, 72, null, null])).toBe(72);
  });

  it('rata-rata averages the filled quarters only', () => {
    expect(agregasikan('rata-rata', [80, null, 90, null])).toBe(85);
    expect(agregasikan('rata-rata', [80, 90, 100, 70])).toBe(85);
  });

  it('rasio divides Σ pembilang by Σ penyebut: TW I 9/10 (90), TW II 10/40 (25) → 19/50 = 38, not the mean 57,5', () => {
    const tw = [{ pembilang: 9, penyebut: 10 }, { pembilang: 10, penyebut: 40 }];
    expect(tw.map(nilaiRasio)).toEqual([90, 25]);
    expect(agregasikan('rasio', [90, 25], tw)).toBe(38);
    expect(agregasikan('rata-rata', [90, 25])).toBe(57.5);
    expect(jumlahRasio(tw)).toEqual({ pembilang: 19, penyebut: 50 });
    expect(teksRasio({ pembilang: 19, penyebut: 50 })).toBe('19/50');
    // A missing quarter is out of both sums; a quarter without its pair counts for nothing.
    expect(agregasikan('rasio', [90, null, 25], [tw[0]!, null, tw[1]!])).toBe(38);
    expect(agregasikan('rasio', [90, 25], [tw[0]!, null])).toBe(90);
    expect(agregasikan('rasio', [90, 25])).toBeNull();
  });

  it('a row\'s pair counts only with a penyebut above 0', () => {
    expect(rasioIsian({ pembilang: 45, penyebut: 50 })).toEqual({ pembilang: 45, penyebut: 50 });
    expect(rasioIsian({ pembilang: 0, penyebut: 50 })).toEqual({ pembilang: 0, penyebut: 50 });
    expect(rasioIsian({ pembilang: 4, penyebut: 0 })).toBeNull();
    expect(rasioIsian({ pembilang: 4, penyebut: null })).toBeNull();
    expect(rasioIsian({})).toBeNull();
  });

  it('is null when nothing is filled', () => {
    for (const a of ['kumulatif', 'terakhir', 'rata-rata', 'rasio'] as Agregasi[]) {
      expect(agregasikan(a, [null, null, null, null])).toBeNull();
      expect(agregasikan(a, [])).toBeNull();
    }
  });
});

type Tw = [Nilai | null, Nilai | null, Nilai | null, Nilai | null];

function permintaan(
  agregasi: Agregasi,
  targetTw: Tw,
  targetTahunan: Nilai | null,
  realisasiTw: (Nilai | null)[],
  periode: Periode,
  realisasiFinal?: Nilai | null,
): PermintaanSampaiTw {
  return { indikator: { polaritas: 'positif', agregasi, targetTw, targetTahunan }, realisasiTw, periode, realisasiFinal };
}

describe('capaianSampaiTw: rasio', () => {
  const r = (pembilang: number, penyebut: number) => ({ pembilang, penyebut });
  it('s.d. TW II = 19/50 = 38 % against T₂ 50 → 76 % Tinggi (the mean, 57,5 %, would be 115 %)', () => {
    const h = capaianSampaiTw({ ...permintaan('rasio', [50, 50, 50, 50], 50, [90, 25], 'TW2'), rasioTw: [r(9, 10), r(10, 40)] }, ATURAN_BAWAAN);
    expect(h).toEqual({ realisasi: 38, sumber: 'agregat', catatan: null, target: 50, capaian: { jenis: 'nilai', persen: 76, kategori: 'Tinggi' }, rasio: r(19, 50) });
  });
  it('a missing quarter is flagged and left out of the sums: TW I 9/10, TW II —, TW III 10/40 → 38 % "TW II tidak ada data"', () => {
    const h = capaianSampaiTw({ ...permintaan('rasio', [50, 50, 50, 50], 50, [90, null, 25], 'TW3'), rasioTw: [r(9, 10), null, r(10, 40)] }, ATURAN_BAWAAN);
    expect(h.realisasi).toBe(38);
    expect(h.catatan).toBe('TW II tidak ada data');
    expect(h.capaian).toEqual({ jenis: 'nilai', persen: 76, kategori: 'Tinggi', catatan: 'TW II tidak ada data' });
  });
  it('a quarter archived without its pair (before the indicator became rasio) is missing, and named as having a number but no pair', () => {
    const h = capaianSampaiTw({ ...permintaan('rasio', [50, 50, 50, 50], 50, [70, 25], 'TW2'), rasioTw: [null, r(10, 40)] }, ATURAN_BAWAAN);
    expect(h.realisasi).toBe(25);
    expect(h.catatan).toBe('TW I tanpa pembilang/penyebut');
    // Beside a quarter with no number at all, each is named for what it lacks, in quarter order.
    const dua = capaianSampaiTw({ ...permintaan('rasio', [50, 50, 50, 50], 50, [null, 70, 25, null], 'TAHUNAN'), rasioTw: [null, null, r(10, 40), null] }, ATURAN_BAWAAN);
    expect(dua.realisasi).toBe(25);
    expect(dua.catatan).toBe('TW I, TW IV tidak ada data; TW II tanpa pembilang/penyebut; s.d. TW III');
  });
  it('annual: Σ over TW I–IV (9/10, 10/40, 1/50, 20/100 → 40/200 = 20 %), or the final value when filled', () => {
    const tw = { rasioTw: [r(9, 10), r(10, 40), r(1, 50), r(20, 100)] };
    expect(capaianSampaiTw({ ...permintaan('rasio', [50, 50, 50, 50], 40, [90, 25, 2, 20], 'TAHUNAN'), ...tw }, ATURAN_BAWAAN))
      .toMatchObject({ realisasi: 20, sumber: 'agregat', rasio: r(40, 200), capaian: { jenis: 'nilai', persen: 50 } });
    expect(capaianSampaiTw({ ...permintaan('rasio', [50, 50, 50, 50], 40, [90, 25, 2, 20], 'TAHUNAN', 36), ...tw }, ATURAN_BAWAAN))
      .toMatchObject({ realisasi: 36, sumber: 'final', rasio: null, capaian: { jenis: 'nilai', persen: 90 } });
  });
});

describe('capaianSampaiTw: the worked examples of domain.md §4', () => {
  it('kumulatif, T₂ 50, R 20 + 25 → 90 % s.d. TW II', () => {
    const h = capaianSampaiTw(permintaan('kumulatif', [25, 50, 75, 100], 100, [20, 25, null, null], 'TW2'), ATURAN_BAWAAN);
    expect(h).toEqual({ realisasi: 45, sumber: 'agregat', catatan: null, target: 50, capaian: { jenis: 'nilai', persen: 90, kategori: 'Tinggi' }, rasio: null });
  });

  it('terakhir, T₃ 80, R 70, —, 76 → 95 % s.d. TW III', () => {
    const h = capaianSampaiTw(permintaan('terakhir', [70, 75, 80, 85], 85, [70, null, 76, null], 'TW3'), ATURAN_BAWAAN);
    expect(h.realisasi).toBe(76);
    expect(h.target).toBe(80);
    expect(h.capaian).toEqual({ jenis: 'nilai', persen: 95, kategori: 'Sangat Tinggi' });
  });
});

describe('capaianSampaiTw: quarters', () => {
  it('ignores quarters after the period', () => {
    const h = capaianSampaiTw(permintaan('kumulatif', [25, 50, 75, 100], 100, [20, 25, 30, 40], 'TW1'), ATURAN_BAWAAN);
    expect(h.realisasi).toBe(20);
    expect(h.capaian).toMatchObject({ persen: 80 });
  });

  it('is belum diisi when no quarter up to the period is filled', () => {
    const h = capaianSampaiTw(permintaan('kumulatif', [25, 50, 75, 100], 100, [null, '', 30], 'TW2'), ATURAN_BAWAAN);
    expect(h.realisasi).toBeNull();
    expect(h.capaian).toEqual({ jenis: 'belum-diisi' });
  });

  it('treats a missing entry as not filled', () => {
    const h = capaianSampaiTw(permintaan('rata-rata', [80, 80, 80, 80], 80, [72], 'TW3'), ATURAN_BAWAAN);
    expect(h.realisasi).toBe(72);
    expect(h.capaian).toMatchObject({ persen: 90 });
  });

  it('reports an empty or zero quarterly target', () => {
    expect(capaianSampaiTw(permintaan('kumulatif', [null, 50, 75, 100], 100, [10], 'TW1'), ATURAN_BAWAAN).capaian)
      .toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'target belum diisi' });
    expect(capaianSampaiTw(permintaan('kumulatif', [0, 50, 75, 100], 100, [10], 'TW1'), ATURAN_BAWAAN).capaian)
      .toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'target 0' });
  });

  it('applies the negative formula to the aggregate', () => {
    const p: PermintaanSampaiTw = {
      indikator: { polaritas: 'negatif', agregasi: 'terakhir', targetTw: [8, 8, 8, 8], targetTahunan: 8 },
      realisasiTw: [12, 10],
      periode: 'TW2',
    };
    expect(capaianSampaiTw(p, ATURAN_BAWAAN).capaian).toMatchObject({ persen: 75 });
    expect(capaianSampaiTw(p, { ...ATURAN_BAWAAN, rumusNegatif: 'T/R' }).capaian).toMatchObject({ persen: 80 });
  });
});

describe('capaianSampaiTw: annual', () => {
  const target: Tw = [25, 50, 75, 100];

  it('kumulatif with a missing quarter sums what is filled against the target tahunan', () => {
    const h = capaianSampaiTw(permintaan('kumulatif', target, 120, [20, null, 30, 40], 'TAHUNAN'), ATURAN_BAWAAN);
    expect(h).toMatchObject({ realisasi: 90, target: 120, sumber: 'agregat', capaian: { persen: 75, kategori: 'Sedang' } });
  });

  it('terakhir with TW IV missing takes TW III', () => {
    const h = capaianSampaiTw(permintaan('terakhir', [70, 75, 80, 85], 85, [70, 72, 83.3, null], 'TAHUNAN'), ATURAN_BAWAAN);
    expect(h.realisasi).toBe(83.3);
    expect(h.target).toBe(85);
    expect(h.capaian).toMatchObject({ jenis: 'nilai', kategori: 'Sangat Tinggi' });
  });

  it('rata-rata with missing quarters averages the filled ones', () => {
    const h = capaianSampaiTw(permintaan('rata-rata', [80, 80, 80, 80], 80, [60, null, null, 70], 'TAHUNAN'), ATURAN_BAWAAN);
    expect(h.realisasi).toBe(65);
    expect(h.capaian).toMatchObject({ kategori: 'Tinggi' });
  });

  it('TW IV measures against target TW IV, the annual cycle against the target tahunan', () => {
    const p = permintaan('kumulatif', target, 200, [25, 25, 25, 25], 'TW4');
    expect(capaianSampaiTw(p, ATURAN_BAWAAN).capaian).toMatchObject({ persen: 100 });
    expect(capaianSampaiTw({ ...p, periode: 'TAHUNAN' }, ATURAN_BAWAAN).capaian).toMatchObject({ persen: 50 });
  });

  it('a final audited value overrides the aggregate', () => {
    const h = capaianSampaiTw(permintaan('kumulatif', target, 100, [20, 25, 30, 40], 'TAHUNAN', 98), ATURAN_BAWAAN);
    expect(h).toMatchObject({ realisasi: 98, sumber: 'final', capaian: { persen: 98 } });
  });

  it('an empty final value leaves the aggregate', () => {
    for (const final of [null, '', undefined]) {
      const h = capaianSampaiTw(permintaan('kumulatif', target, 100, [20, 25, 30, 40], 'TAHUNAN', final), ATURAN_BAWAAN);
      expect(h).toMatchObject({ realisasi: 115, sumber: 'agregat' });
    }
  });

  it('a final value outside the annual cycle is ignored', () => {
    const h = capaianSampaiTw(permintaan('kumulatif', target, 100, [20, 25], 'TW2', 98), ATURAN_BAWAAN);
    expect(h).toMatchObject({ realisasi: 45, sumber: 'agregat' });
  });

  it('reports an empty target tahunan', () => {
    const h = capaianSampaiTw(permintaan('kumulatif', target, null, [20, 25, 30, 40], 'TAHUNAN'), ATURAN_BAWAAN);
    expect(h.capaian).toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'target belum diisi' });
  });
});

describe('capaianSampaiTw: qualitative', () => {
  const aturan: AturanCapaian = { ...ATURAN_BAWAAN, skalaKualitatif: { WTP: 4, WDP: 3, TMP: 1 } };

  it('takes the latest predikat through the scale', () => {
    const h = capaianSampaiTw(permintaan('terakhir', ['WTP', 'WTP', 'WTP', 'WTP'], 'WTP', ['WDP', null, 'wtp'], 'TW3'), aturan);
    expect(h.realisasi).toBe(4);
    expect(h.capaian).toMatchObject({ persen: 100 });
  });

  it('names an unknown quarterly label and its quarter', () => {
    const h = capaianSampaiTw(permintaan('terakhir', ['WTP', 'WTP', 'WTP', 'WTP'], 'WTP', ['WDP', 'Disclaimer'], 'TW2'), aturan);
    expect(h.capaian).toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'realisasi TW II “Disclaimer” tidak ada di skala kualitatif' });
    expect(h.realisasi).toBeNull();
  });

  it('still reports a target problem first', () => {
    const h = capaianSampaiTw(permintaan('terakhir', ['WTP', null, 'WTP', 'WTP'], 'WTP', ['WDP', 'Disclaimer'], 'TW2'), aturan);
    expect(h.capaian).toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'target belum diisi' });
  });

  it('names an unknown final label', () => {
    const h = capaianSampaiTw(permintaan('terakhir', ['WTP', 'WTP', 'WTP', 'WTP'], 'WTP', ['WDP'], 'TAHUNAN', 'WTP-DPP'), aturan);
    expect(h).toMatchObject({ realisasi: null, sumber: 'final' });
    expect(h.capaian).toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'realisasi “WTP-DPP” tidak ada di skala kualitatif' });
  });
});
