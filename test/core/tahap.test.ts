import { describe, expect, it } from 'vitest';
import { tahapSiklus, type FaktaTahap } from '../../src/core/tahap';

const siklus = { lengkap: true, terkirim: 2, jumlahBidang: 5, lewatBatas: false };
const fakta = (f: { siklus?: Partial<typeof siklus> | null; adaRekap?: boolean; adaDrafLkj?: boolean }): FaktaTahap => ({
  adaRekap: f.adaRekap ?? false,
  adaDrafLkj: f.adaDrafLkj ?? false,
  siklus: f.siklus === null ? null : { ...siklus, ...f.siklus },
});

describe('tahapSiklus', () => {
  it('is persiapan before the first cycle, while a cycle is only prepared, and while a start is unfinished', () => {
    expect(tahapSiklus(fakta({ siklus: null }))).toBe('persiapan');
    expect(tahapSiklus(fakta({ siklus: { lengkap: false } }))).toBe('persiapan');
  });

  it('collects until every bidang submitted or the deadline passed, even when a recap with drafts exists', () => {
    expect(tahapSiklus(fakta({}))).toBe('pengumpulan');
    expect(tahapSiklus(fakta({ adaRekap: true }))).toBe('pengumpulan');
    expect(tahapSiklus(fakta({ siklus: { terkirim: 5 } }))).toBe('rekap');
    expect(tahapSiklus(fakta({ siklus: { lewatBatas: true } }))).toBe('rekap');
  });

  it('then the LKj draft once the recap exists, and selesai once a draft was made', () => {
    expect(tahapSiklus(fakta({ siklus: { terkirim: 5 }, adaRekap: true }))).toBe('draf');
    expect(tahapSiklus(fakta({ siklus: { terkirim: 5 }, adaRekap: true, adaDrafLkj: true }))).toBe('selesai');
  });
});
