/**
 * The nota dinas that opens a cycle (domain.md §2 step 1; seeds 000 step 9–11, 001 steps 1–6,
 * 003 steps 1–3): a request to every Kabid for the bidang's performance data of the period, with
 * the deadline, what to fill, and a link to each bidang's tab.
 */
import { labelPeriode } from '../periode';
import { formatTanggal, type TanggalLokal } from '../tanggal';
import type { Konfigurasi, Pejabat, Periode } from '../types';
import { fields, heading, justified, list, paragraph, table, toWriteRun, type Block, type DocumentModel, type Run, type TableBlock } from './model';
import { kop, tandaTangan } from './surat';

export interface OpsiNotaDinas {
  readonly periode: Periode;
  readonly tahun: number;
  /** The memo's date. */
  readonly tanggal: TanggalLokal;
  /** The deadline for the bidang's data. */
  readonly batasWaktu: TanggalLokal;
  /** Link to each bidang's tab, by bidang kode. */
  readonly tautanBidang: Readonly<Record<string, string>>;
  /** The memo's number; '' leaves it to be written (the agenda clerk numbers it, seed 000 step 1). */
  readonly nomor: string;
  /** Who signs: the Kepala (default; seeds 000, 001 and 003 have the Kepala sign), or another as the office's SOP says. */
  readonly penandatangan?: Pejabat;
  /** Where it is signed; default from the region's name. */
  readonly tempat?: string;
}

/** What each bidang fills in its tab (domain.md §3). */
const ISIAN_BIDANG: readonly string[] = [
  'Realisasi setiap indikator kinerja',
  'Realisasi anggaran per program',
  'Penjelasan capaian',
  'Faktor pendukung',
  'Faktor penghambat (kendala)',
  'Upaya atau solusi yang telah dan akan dilakukan',
  'Bukti dukung (tautan dokumen di Google Drive)',
];

/**
 * The paraf block: who initials the draft before the signer signs (seed 001: "paraf Sekretaris";
 * the Kasubbag who drafts it), bottom left, one row each.
 */
export function blokParaf(jabatan: readonly string[]): TableBlock {
  return table(['No', 'Jabatan', 'Paraf', 'Tanggal'], jabatan.map((j, i) => [String(i + 1), j, '', '']));
}

export function buatNotaDinas(konfigurasi: Konfigurasi, opsi: OpsiNotaDinas): DocumentModel {
  const { pengaturan } = konfigurasi;
  const penandatangan = opsi.penandatangan ?? pengaturan.kepala;
  const periode = `${labelPeriode(opsi.periode)} Tahun ${opsi.tahun}`;
  const hal = `Permintaan Data Kinerja ${periode}`;
  const tautan = konfigurasi.bidang.map((b): Run[] => {
    const url = opsi.tautanBidang[b.kode];
    const jumlah = konfigurasi.indikator.filter((i) => i.bidang === b.kode).length;
    const nama = { text: `${b.nama} (${jumlah} indikator): ` };
    return url ? [nama, { text: `tab ${b.nama}`, link: url }] : [nama, { text: 'tautan belum tersedia', italic: true }];
  });
  const blocks: Block[] = [
    kop(pengaturan),
    heading(0, 'NOTA DINAS', 'center'),
    fields([
      ['Kepada', `Yth. Kepala Bidang di lingkungan ${pengaturan.instansi} (daftar di bawah)`],
      ['Dari', penandatangan.jabatan],
      ['Tanggal', formatTanggal(opsi.tanggal)],
      ['Nomor', opsi.nomor || toWriteRun('nomor nota dinas dari buku agenda').text],
      ['Sifat', 'Segera'],
      ['Lampiran', '-'],
      ['Hal', hal],
    ]),
    { kind: 'rule' },
    list(
      true,
      konfigurasi.bidang.map((b) => `${b.kabid.jabatan || `Kepala ${b.nama}`} (${b.kabid.nama})`),
    ),
    justified(
      `Dalam rangka penyusunan Laporan Kinerja ${pengaturan.instansi} ${periode}, dengan hormat kami minta ` +
        `Saudara menyampaikan data kinerja bidang masing-masing untuk ${periode} paling lambat tanggal ` +
        `${formatTanggal(opsi.batasWaktu)}.`,
    ),
    paragraph('Data yang perlu diisi pada tab bidang masing-masing:'),
    list(true, ISIAN_BIDANG),
    paragraph('Tab setiap bidang:'),
    list(false, tautan),
    justified(
      'Setelah diperiksa oleh Kepala Bidang, data dikirim dengan mencentang kotak Kirim di bagian atas tab bidang ' +
        'masing-masing; setelah terkirim tab itu terkunci, dan perbaikan dilakukan bila dikembalikan. Data yang ' +
        'belum diterima sampai awal minggu berikutnya akan diminta langsung kepada Kepala Bidang dengan surat ' +
        `peringatan dari ${pengaturan.kepala.jabatan}.`,
    ),
    justified('Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.'),
    tandaTangan(penandatangan, pengaturan, opsi),
    paragraph('Paraf koordinasi:', { bold: true }),
    blokParaf(['Sekretaris', pengaturan.kasubbag.jabatan]),
  ];
  return { title: `Nota Dinas ${hal}`, blocks };
}
