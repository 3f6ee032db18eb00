/**
 * The warning letter from the Kepala to a late bidang (seed 001_faa21a146e58f9fc.txt step 9: data
 * not received by the start of the following week is asked of the Kabid directly, "dengan
 * menyertakan surat peringatan dari Kepala Badan").
 */
import { labelPeriode } from '../periode';
import { nomorHariIso, type BidangSiklus, type StatusSiklus } from '../siklus';
import { hariDalamMinggu, hariKerjaBerikut, isoHari } from '../sop/kalender';
import { formatTanggal, type TanggalLokal } from '../tanggal';
import type { Konfigurasi, Periode } from '../types';
import { heading, justified, paragraph, toWriteRun, type DocumentModel, type Run } from './model';
import { barisKepala, kop, tandaTangan } from './surat';

export interface OpsiSuratPeringatan {
  readonly kodeBidang: string;
  readonly periode: Periode;
  readonly tahun: number;
  /** The letter's date. */
  readonly tanggal: TanggalLokal;
  /** The deadline the bidang missed. */
  readonly batasWaktu: TanggalLokal;
  /** The new deadline. */
  readonly batasBaru: TanggalLokal;
  /** The letter's number; '' leaves it to be written. */
  readonly nomor: string;
  /** The nota dinas that asked for the data, when known. */
  readonly notaDinas?: { readonly nomor: string; readonly tanggal: TanggalLokal };
  /** How far the bidang got: indicators filled out of all of its indicators. */
  readonly terisi?: { readonly terisi: number; readonly jumlah: number };
  readonly tautan?: string;
  readonly tempat?: string;
}

export function buatSuratPeringatan(konfigurasi: Konfigurasi, opsi: OpsiSuratPeringatan): DocumentModel {
  const { pengaturan } = konfigurasi;
  const bidang = konfigurasi.bidang.find((b) => b.kode === opsi.kodeBidang);
  if (!bidang) throw new Error(`Bidang dengan kode "${opsi.kodeBidang}" tidak ada di Pengaturan.`);
  const periode = `${labelPeriode(opsi.periode)} Tahun ${opsi.tahun}`;
  const hal = `Peringatan Penyampaian Data Kinerja ${periode}`;
  // The nota dinas's number is written by hand in the agenda book: without it, a marker for a person.
  const rujukan: Run[] = opsi.notaDinas
    ? [
        { text: 'Menindaklanjuti Nota Dinas Nomor ' },
        opsi.notaDinas.nomor ? { text: opsi.notaDinas.nomor } : toWriteRun('nomor nota dinas permintaan data'),
        { text: ` tanggal ${formatTanggal(opsi.notaDinas.tanggal)} perihal Permintaan Data Kinerja ${periode}` },
      ]
    : [{ text: `Menindaklanjuti permintaan data kinerja ${periode}` }];
  const kemajuan = opsi.terisi
    ? ` (baru ${opsi.terisi.terisi} dari ${opsi.terisi.jumlah} indikator terisi)`
    : '';
  return {
    title: `Surat Peringatan ${bidang.nama} ${periode}`,
    blocks: [
      kop(pengaturan),
      heading(0, 'SURAT PERINGATAN', 'center'),
      barisKepala('Nomor', opsi.nomor, 'nomor surat dari buku agenda'),
      paragraph('Sifat : Penting'),
      paragraph(`Hal : ${hal}`),
      paragraph(`Kepada Yth. ${bidang.kabid.jabatan || `Kepala ${bidang.nama}`}`),
      paragraph(bidang.kabid.nama, { bold: true }),
      paragraph(`di ${pengaturan.instansi}`),
      justified([
        ...rujukan,
        { text: `, sampai dengan batas waktu tanggal ${formatTanggal(opsi.batasWaktu)} data kinerja ${bidang.nama} belum kami terima${kemajuan}.` },
      ]),
      justified(
        `Sehubungan dengan hal tersebut, Saudara diminta segera menyampaikan data kinerja ${bidang.nama} ` +
          `paling lambat tanggal ${formatTanggal(opsi.batasBaru)}, karena keterlambatan ini menghambat ` +
          `penyusunan Laporan Kinerja ${pengaturan.instansi}.`,
      ),
      ...(opsi.tautan
        ? [paragraph([{ text: 'Data diisi pada ' }, { text: `tab ${bidang.nama}`, link: opsi.tautan }, { text: '.' }])]
        : []),
      justified('Demikian disampaikan untuk dilaksanakan.'),
      tandaTangan(pengaturan.kepala, pengaturan, opsi),
    ],
  };
}

/**
 * The day from which a bidang that has not sent is warned: the first working day of the week after
 * the deadline's week (seed 001 step 9, "awal minggu berikutnya"); a Monday holiday moves it on.
 * `batasWaktu` and the result are yyyy-mm-dd.
 */
export function awalMingguBerikutnya(batasWaktu: string, hariLibur: readonly string[]): string {
  const n = nomorHariIso(batasWaktu);
  // Forward to the Sunday that ends the deadline's week (Monday–Sunday); the next working day follows it.
  return isoHari(hariKerjaBerikut(n + ((7 - hariDalamMinggu(n)) % 7), new Set(hariLibur)));
}

/** The bidang of the cycle that get a warning letter on `hariIni`: not sent, and the following week has begun. */
export function bidangPerluPeringatan(siklus: StatusSiklus, hariIni: string, hariLibur: readonly string[]): BidangSiklus[] {
  if (hariIni < awalMingguBerikutnya(siklus.batasWaktu, hariLibur)) return [];
  return siklus.bidang.filter((b) => b.status !== 'terkirim');
}
