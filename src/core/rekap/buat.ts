/** buatRekap: the recap of one period from the configuration and what the bidang handed in. */
import { namaOrang } from '../nama-orang';
import { labelPeriode, nomorTriwulan } from '../periode';
import { teksIsian, type Indikator, type Isian } from '../types';
import { tabelAnggaran } from './anggaran';
import { angkaTahunan, angkaTriwulan, type AngkaPeriode } from './angka-periode';
import type {
  BarisRekap,
  KelompokSasaran,
  MasukanRekap,
  RealisasiTw,
  Rekap,
  RingkasanSasaran,
  SasaranDanNilai,
  StatusPengiriman,
} from './model';
import { ringkasKategori } from './ringkasan';
import { ambil, isianBidang, type IsianTerpakai } from './sumber';

const TW_KOSONG: RealisasiTw = [null, null, null, null];

/** "Rekap TW I 2026" / "Rekap Tahunan 2026". */
export function judulRekap(periode: MasukanRekap['periode'], tahun: number): string {
  return `Rekap ${labelPeriode(periode)} ${tahun}`;
}

/** The rows each indicator takes from its own bidang (first row per kode wins; others' rows are ignored). */
function isianPerIndikator(input: MasukanRekap): Map<string, IsianTerpakai> {
  const sertakanDraf = input.sertakanDraf ?? false;
  const bidangIndikator = new Map(input.konfigurasi.indikator.map((i) => [i.kode, i.bidang]));
  const hasil = new Map<string, IsianTerpakai>();
  for (const b of input.konfigurasi.bidang) {
    const { isian, dariDraf } = isianBidang(input.bidang.find((s) => s.kodeBidang === b.kode), sertakanDraf);
    for (const row of isian) {
      if (bidangIndikator.get(row.kodeIndikator) === b.kode && !hasil.has(row.kodeIndikator)) {
        hasil.set(row.kodeIndikator, { isian: row, dariDraf });
      }
    }
  }
  return hasil;
}

function angkaIndikator(input: MasukanRekap, ind: Indikator, isian: Isian | null): AngkaPeriode {
  const aturan = input.konfigurasi.pengaturan;
  if (input.periode === 'TAHUNAN') {
    const tw = ambil(input.realisasiTw, ind.kode) ?? TW_KOSONG;
    const renstra = input.renstra && { tahun: input.tahun, renstra: input.renstra, riwayat: input.riwayat ?? [] };
    return angkaTahunan(ind, isian, tw, ambil(input.nilaiFinal, ind.kode) ?? null, aturan, ambil(input.rasioTw, ind.kode) ?? [], renstra);
  }
  const sebelumnya = ambil(input.realisasiTwSebelumnya, ind.kode) ?? [];
  return angkaTriwulan(ind, input.periode, nomorTriwulan(input.periode), isian, sebelumnya, aturan, ambil(input.rasioTw, ind.kode) ?? []);
}

function kelompokkan(input: MasukanRekap, isianTerpakai: ReadonlyMap<string, IsianTerpakai>): KelompokSasaran[] {
  const { konfigurasi } = input;
  const perSasaran = new Map<string, BarisRekap[]>();
  for (const ind of konfigurasi.indikator) {
    const terpakai = isianTerpakai.get(ind.kode);
    const isian = terpakai?.isian ?? null;
    const bidang = konfigurasi.bidang.find((b) => b.kode === ind.bidang);
    const kelompok = perSasaran.get(ind.sasaran) ?? [];
    perSasaran.set(ind.sasaran, kelompok);
    kelompok.push({
      nomor: kelompok.length + 1,
      kode: ind.kode,
      sasaran: ind.sasaran,
      indikator: ind.indikator,
      bidang: { kode: ind.bidang, nama: bidang?.nama ?? ind.bidang },
      satuan: ind.satuan,
      polaritas: ind.polaritas,
      agregasi: ind.agregasi,
      program: ind.program,
      pagu: ind.pagu,
      ...angkaIndikator(input, ind, isian),
      tidakAdaData: isian?.tidakAdaData ?? null,
      realisasiAnggaran: isian?.realisasiAnggaran ?? null,
      ...teksIsian(isian),
      dariDraf: terpakai?.dariDraf ?? false,
    });
  }
  return [...perSasaran].map(([sasaran, baris], i) => ({ nomor: i + 1, sasaran, baris }));
}

/** Whether the bidang filled the row: a realisasi, or an explicit "tidak ada data". */
function terisi(isian: Isian | undefined): boolean {
  return isian !== undefined && ((isian.realisasi !== null && isian.realisasi !== '') || isian.tidakAdaData !== null);
}

function statusBidang(input: MasukanRekap, isianTerpakai: ReadonlyMap<string, IsianTerpakai>): StatusPengiriman[] {
  const sertakanDraf = input.sertakanDraf ?? false;
  return input.konfigurasi.bidang.map((b) => {
    const sumber = input.bidang.find((s) => s.kodeBidang === b.kode);
    const milik = input.konfigurasi.indikator.filter((i) => i.bidang === b.kode);
    return {
      kode: b.kode,
      nama: b.nama,
      status: sumber?.status ?? 'belum-diisi',
      // A name where the configuration knows one; an address otherwise.
      dikirimOleh: sumber?.dikirimOleh ? namaOrang(input.konfigurasi, sumber.dikirimOleh) : null,
      dikirimPada: sumber?.dikirimPada ?? null,
      jumlahIndikator: milik.length,
      terisi: milik.filter((i) => terisi(isianTerpakai.get(i.kode)?.isian)).length,
      dariDraf: isianBidang(sumber, sertakanDraf).dariDraf,
    };
  });
}

/** The highest and lowest mean capaian among sasaran that have one; ties go to the earlier sasaran. */
function ekstremSasaran(ringkasan: readonly RingkasanSasaran[]): { terbaik: SasaranDanNilai | null; terburuk: SasaranDanNilai | null } {
  let terbaik: SasaranDanNilai | null = null;
  let terburuk: SasaranDanNilai | null = null;
  for (const r of ringkasan) {
    if (r.rataRataCapaian === null) continue;
    const s = { nomor: r.nomor, sasaran: r.sasaran, rataRataCapaian: r.rataRataCapaian };
    if (terbaik === null || s.rataRataCapaian > terbaik.rataRataCapaian) terbaik = s;
    if (terburuk === null || s.rataRataCapaian < terburuk.rataRataCapaian) terburuk = s;
  }
  return { terbaik, terburuk };
}

export function buatRekap(input: MasukanRekap): Rekap {
  const { pengaturan } = input.konfigurasi;
  const skala = pengaturan.skalaKategori;
  const batas = pengaturan.batasRataRata;
  const isianTerpakai = isianPerIndikator(input);
  const sasaran = kelompokkan(input, isianTerpakai);
  const semua = sasaran.flatMap((s) => s.baris);
  const ringkasanSasaran = sasaran.map((s) => ({ nomor: s.nomor, sasaran: s.sasaran, ...ringkasKategori(s.baris, skala, batas) }));
  const anggaran = tabelAnggaran(semua, batas);
  const { terbaik, terburuk } = ekstremSasaran(ringkasanSasaran);
  return {
    periode: input.periode,
    tahun: input.tahun,
    judul: judulRekap(input.periode, input.tahun),
    instansi: pengaturan.instansi,
    pemerintahDaerah: pengaturan.pemerintahDaerah,
    sertakanDraf: input.sertakanDraf ?? false,
    batasRataRata: batas,
    sasaran,
    ringkasanBidang: input.konfigurasi.bidang.map((b) => ({
      kode: b.kode,
      nama: b.nama,
      ...ringkasKategori(semua.filter((r) => r.bidang.kode === b.kode), skala, batas),
    })),
    ringkasanSasaran,
    anggaran,
    statusBidang: statusBidang(input, isianTerpakai),
    sorotan: {
      keseluruhan: ringkasKategori(semua, skala, batas),
      sasaranTerbaik: terbaik,
      sasaranTerburuk: terburuk,
      penyerapanAnggaran: anggaran.total.penyerapan,
    },
  };
}
