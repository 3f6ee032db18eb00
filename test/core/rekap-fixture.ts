/** Small builders for the recap tests: a configuration, indicators, rows and submissions. */
import { ATURAN_BAWAAN, BATAS_RATA_RATA_BAWAAN } from '../../src/core/capaian';
import type { MasukanRekap, SumberBidang } from '../../src/core/rekap/model';
import type { Bidang, Indikator, Isian, Konfigurasi, Nilai, Pengaturan } from '../../src/core/types';

export function pengaturan(ubah: Partial<Pengaturan> = {}): Pengaturan {
  const pejabat = { nama: 'Drs. Budi', nip: '197001011990031001', jabatan: 'Kepala Badan' };
  return {
    instansi: 'Badan Perencanaan Pembangunan Daerah',
    pemerintahDaerah: 'Pemerintah Provinsi Contoh',
    alamat: 'Jl. Merdeka 1',
    tahun: 2026,
    kepala: pejabat,
    kasubbag: { ...pejabat, email: 'kasubbag@contoh.go.id' },
    adminEmails: ['kasubbag@contoh.go.id'],
    ...ATURAN_BAWAAN,
    batasRataRata: BATAS_RATA_RATA_BAWAAN,
    hariLibur: [],
    jamKantor: { mulai: 480, selesai: 960, perHari: {} },
    templateSop: '001',
    folderKeluaran: '',
    kirimEmail: false,
    ...ubah,
  };
}

export function bidang(kode: string, nama: string): Bidang {
  return { kode, nama, kabid: { nama: 'Kabid ' + kode, nip: '1', jabatan: 'Kabid', email: kode + '@contoh.go.id' }, stafEmails: [] };
}

/** A positive, cumulative indicator of bidang B1 with target 100 in every period unless changed. */
export function indikator(kode: string, ubah: Partial<Indikator> = {}): Indikator {
  return {
    kode,
    sasaran: 'Meningkatnya kualitas perencanaan',
    indikator: 'Indikator ' + kode,
    bidang: 'B1',
    satuan: '%',
    polaritas: 'positif',
    agregasi: 'kumulatif',
    targetTahunan: 100,
    targetTw: [100, 100, 100, 100],
    targetRenstra: null,
    realisasiTahunLalu: null,
    program: '',
    pagu: null,
    ...ubah,
  };
}

export function isian(kodeIndikator: string, realisasi: Nilai | null, ubah: Partial<Isian> = {}): Isian {
  return {
    kodeIndikator,
    realisasi,
    tidakAdaData: null,
    realisasiAnggaran: null,
    penjelasan: '',
    faktorPendukung: '',
    faktorPenghambat: '',
    upaya: '',
    buktiDukung: '',
    ...ubah,
  };
}

export function terkirim(kodeBidang: string, rows: readonly Isian[]): SumberBidang {
  return {
    kodeBidang,
    status: 'terkirim',
    dikirimOleh: 'staf.' + kodeBidang.toLowerCase() + '@contoh.go.id',
    dikirimPada: '2026-04-03T07:15:00Z',
    snapshot: rows,
    draf: null,
  };
}

export function konfigurasi(ind: readonly Indikator[], ubah: Partial<Pengaturan> = {}): Konfigurasi {
  return { pengaturan: pengaturan(ubah), bidang: [bidang('B1', 'Bidang Perencanaan'), bidang('B2', 'Bidang Keuangan')], indikator: ind };
}

/** A TW I recap of the given indicators, all rows submitted by their bidang. */
export function masukanTw1(ind: readonly Indikator[], rows: readonly Isian[], ubah: Partial<MasukanRekap> = {}): MasukanRekap {
  const milik = (kode: string): Isian[] =>
    rows.filter((r) => ind.find((i) => i.kode === r.kodeIndikator)?.bidang === kode);
  return {
    konfigurasi: konfigurasi(ind),
    periode: 'TW1',
    tahun: 2026,
    bidang: [terkirim('B1', milik('B1')), terkirim('B2', milik('B2'))],
    ...ubah,
  };
}
