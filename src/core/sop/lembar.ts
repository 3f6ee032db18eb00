/**
 * The SOP record of one cycle and its two tabs, pure: the "Status SOP <periode>" tab (a read-only
 * view of the record, except the Peristiwa column, where the admin maps steps to cycle events)
 * and the "SOP" configuration tab that "Siapkan lembar kerja" pre-fills from a built-in template.
 */
import { labelDariId } from '../format';
import { dua, formatTanggal } from '../tanggal';
import { bandingkanWaktu, tambahWaktuKerja } from './kalender';
import { namaLangkah } from './langkah';
import type { Durasi, Kalender, SopTemplate, WaktuLokal } from './model';
import { bacaPeristiwa, LABEL_PERISTIWA } from './peristiwa';
import { ringkasStatus, type LangkahTerbaca, type RingkasanStatus, type StatusLangkah, type StatusSop } from './status';
import { KOLOM_SOP } from './tab';
import { DURASI_NOL, formatDurasi } from './waktu';

export const TAB_SOP = 'SOP';

/** A Log entry made by someone who cannot write the Log tab; written by the next admin run. */
export interface EntriTertunda {
  readonly pengguna: string;
  readonly tindakan: string;
  readonly rincian: string;
}

/** The durable SOP record of one cycle (kept in the document properties, see src/gas/sop-store.ts). */
export interface RekamSop {
  readonly siklusId: string;
  /** 'TW I 2026'. */
  readonly label: string;
  readonly tab: string;
  /** The SOP's title with the office's own name (`judulSop`). */
  readonly judul: string;
  /** The source named by its title (`sumberSop`), never a file name. */
  readonly sumber: string;
  /** What the source leaves out or what was inferred (the template's `catatanSumber`); absent in older records. */
  readonly catatanSumber?: readonly string[];
  /** The total time the source states, as written ('' when it states none); absent in older records. */
  readonly totalSumber?: string;
  readonly kalender: Kalender;
  /** The sum of the steps' time standards. */
  readonly totalWaktu: Durasi;
  readonly status: StatusSop;
  readonly tertunda: readonly EntriTertunda[];
}

/**
 * The SOP's title for this office: the source's own office name in it (sop-001 "… KOTA
 * PEMATANGSIANTAR") becomes `instansi` from Pengaturan, in the title's capitalisation.
 */
export function judulSop(template: Pick<SopTemplate, 'judul' | 'instansi' | 'bagian'>, instansi: string): string {
  if (template.bagian) return template.bagian.map((t) => judulSop(t, instansi)).join('; ');
  const asal = template.instansi?.trim() ?? '';
  if (asal === '' || instansi.trim() === '') return template.judul;
  const i = template.judul.toLowerCase().indexOf(asal.toLowerCase());
  if (i < 0) return template.judul;
  const ganti = template.judul === template.judul.toUpperCase() ? instansi.trim().toUpperCase() : instansi.trim();
  return template.judul.slice(0, i) + ganti + template.judul.slice(i + asal.length);
}

/** The source by its title: 'SOP “Penyusunan Laporan Kinerja”, Sekretariat Daerah Kota Banjarbaru'; a custom SOP by its tab. */
export function sumberSop(template: Pick<SopTemplate, 'id' | 'judul' | 'instansi' | 'sumber' | 'bagian'>): string {
  if (template.bagian) return template.bagian.map(sumberSop).join(' + ');
  if (template.id === 'kustom') return `tab ${template.sumber}`;
  return `SOP “${template.judul}”${template.instansi ? `, ${template.instansi}` : ''}`;
}

export function namaTabStatusSop(label: string): string {
  return `Status SOP ${label}`;
}

/** 'Belum', 'Berjalan', 'Selesai', 'Terlambat', 'Dilewati'. */
export const LABEL_STATUS_LANGKAH = labelDariId<StatusLangkah>(['belum', 'berjalan', 'selesai', 'terlambat', 'dilewati']);

/** The Status of a placeholder for steps the source lost. */
export const LABEL_TIDAK_DILACAK = 'Tidak dilacak';

/** A step's Status as the tab and the panel show it. */
export function labelStatusLangkah(l: Pick<LangkahTerbaca, 'status' | 'tidakTerbaca'>): string {
  return l.tidakTerbaca ? LABEL_TIDAK_DILACAK : LABEL_STATUS_LANGKAH[l.status];
}

/** Row backgrounds of the status tab; overdue rows stand out. */
export const WARNA_STATUS: Readonly<Record<StatusLangkah, string | null>> = {
  belum: null,
  berjalan: '#fff2cc',
  selesai: '#d9ead3',
  terlambat: '#f4cccc',
  dilewati: '#eeeeee',
};

export const KOLOM_STATUS = [
  'No',
  'Kegiatan',
  'Pelaksana',
  'Waktu',
  'Peristiwa',
  'Status',
  'Rencana mulai',
  'Tenggat',
  'Mulai',
  'Selesai',
  'Oleh',
  'Catatan',
  'Kelengkapan',
  'Output',
] as const;

/** The header row of the steps table; the steps follow it. */
export const BARIS_JUDUL_STATUS = 7;
export const KOLOM_PERISTIWA_STATUS = KOLOM_STATUS.indexOf('Peristiwa') + 1;
export const PILIHAN_PERISTIWA: readonly string[] = Object.values(LABEL_PERISTIWA);

/** '1 April 2026 09.00' (Indonesian writes the time with a dot). */
export function formatWaktuLokal(w: WaktuLokal): string {
  return `${formatTanggal(w)} ${dua(Math.floor(w.menit / 60))}.${dua(w.menit % 60)}`;
}

/** Working time (office hours, working days) from `dari` to `sampai`; zero when `sampai` is not later. */
export function waktuKerjaAntara(dari: WaktuLokal, sampai: WaktuLokal, kalender: Kalender): Durasi {
  const belumLewat = (d: Durasi): boolean => bandingkanWaktu(tambahWaktuKerja(dari, d, kalender), sampai) <= 0;
  if (bandingkanWaktu(sampai, dari) <= 0) return { hariKerja: 0, menit: 0 };
  // The largest whole number of working days that still ends by `sampai` (the test is monotone in
  // it): doubled until it overshoots, then halved. Each test walks the days once, so a span of
  // decades costs a few dozen walks, not one walk per working day in it.
  let hariKerja = 0;
  let langkah = 1;
  while (belumLewat({ hariKerja: hariKerja + langkah, menit: 0 })) {
    hariKerja += langkah;
    langkah *= 2;
  }
  for (langkah = Math.floor(langkah / 2); langkah >= 1; langkah = Math.floor(langkah / 2)) {
    if (belumLewat({ hariKerja: hariKerja + langkah, menit: 0 })) hariKerja += langkah;
  }
  // The largest minute count that still ends by `sampai`, searched within one office day.
  let bawah = 0;
  let atas = kalender.jamSelesai - kalender.jamMulai;
  while (bawah < atas) {
    const tengah = Math.ceil((bawah + atas) / 2);
    if (belumLewat({ hariKerja, menit: tengah })) bawah = tengah;
    else atas = tengah - 1;
  }
  return { hariKerja, menit: bawah };
}

/** The SOP's total standard time and the working time spent so far (first start → last finish, or now). */
export function waktuSop(rekam: RekamSop, sekarang: WaktuLokal): { standar: string; berjalan: string } {
  const langkah = rekam.status.langkah;
  const awal = langkah.flatMap((l) => (l.mulai ? [l.mulai] : [])).sort(bandingkanWaktu)[0];
  const selesaiSemua = langkah.every((l) => l.status === 'selesai' || l.status === 'dilewati' || l.tidakTerbaca);
  const akhir = selesaiSemua ? langkah.flatMap((l) => (l.selesai ? [l.selesai] : [])).sort(bandingkanWaktu).pop() : sekarang;
  return {
    standar: formatDurasi(rekam.totalWaktu),
    berjalan: awal && akhir ? formatDurasi(waktuKerjaAntara(awal, akhir, rekam.kalender)) : 'belum dimulai',
  };
}

/**
 * The record's steps re-planned from what happened (domain.md §2): each open step after a closed
 * one starts when the step before it actually finished (or, open itself, is due) and keeps its own
 * time standard. Steps before anything closed keep their plan.
 */
export function rencanaUlang(status: StatusSop, kalender: Kalender): StatusSop {
  let selesaiSebelum: WaktuLokal | null = null;
  const langkah = status.langkah.map((l) => {
    if (l.status === 'selesai' || l.status === 'dilewati') {
      if (l.selesai) selesaiSebelum = l.selesai;
      return l;
    }
    if (selesaiSebelum === null || l.tidakTerbaca) return l;
    const durasi = waktuKerjaAntara(l.rencanaMulai, l.rencanaTenggat, kalender);
    const rencanaMulai = tambahWaktuKerja(selesaiSebelum, DURASI_NOL, kalender);
    const rencanaTenggat = tambahWaktuKerja(rencanaMulai, durasi, kalender);
    selesaiSebelum = rencanaTenggat;
    return { ...l, rencanaMulai, rencanaTenggat };
  });
  return { ...status, langkah };
}

/** The record's status at `sekarang`, re-planned (`rencanaUlang`), for the tab and the sidebar. */
export function ringkasRekam(rekam: RekamSop, sekarang: WaktuLokal, bidangBelum: readonly string[] = []): RingkasanStatus {
  return ringkasStatus(rencanaUlang(rekam.status, rekam.kalender), sekarang, bidangBelum);
}

/**
 * Lines of the late steps, for the sidebar and the tab: open steps past their due ("Langkah 7
 * (tenggat 1 April 2026 11.15), Kabid: …"), and finished steps whose actual working time exceeded
 * their time standard ("Langkah 4 selesai dalam 6 hari kerja, standar 4 hari kerja, Kasubbag: …").
 */
export function daftarTerlambat(langkah: readonly LangkahTerbaca[], kalender: Kalender): string[] {
  return langkah.flatMap((l) => {
    if (l.status === 'terlambat') return [`${namaLangkah(l, true)} (tenggat ${formatWaktuLokal(l.rencanaTenggat)}), ${l.pelaksana}: ${l.kegiatan}`];
    if (l.status !== 'selesai' || !l.adaStandarWaktu || !l.mulai || !l.selesai) return [];
    const standar = waktuKerjaAntara(l.rencanaMulai, l.rencanaTenggat, kalender);
    const nyata = waktuKerjaAntara(l.mulai, l.selesai, kalender);
    const lebih = nyata.hariKerja * 1440 + nyata.menit > standar.hariKerja * 1440 + standar.menit;
    return lebih ? [`${namaLangkah(l, true)} selesai dalam ${formatDurasi(nyata)}, standar ${formatDurasi(standar)}, ${l.pelaksana}: ${l.kegiatan}`] : [];
  });
}

export interface IsiTabStatus {
  /** Rows 1.. of the tab, all KOLOM_STATUS.length wide. */
  readonly nilai: string[][];
  readonly warna: (string | null)[][];
}

/** The whole status tab at `sekarang`: a summary block, the header row (row 7), one row per step. */
export function isiTabStatus(rekam: RekamSop, sekarang: WaktuLokal): IsiTabStatus {
  const lebar = KOLOM_STATUS.length;
  const baris = (...sel: string[]): string[] => [...sel, ...Array<string>(lebar - sel.length).fill('')];
  const ringkas = ringkasRekam(rekam, sekarang);
  const waktu = waktuSop(rekam, sekarang);
  const terlambat = daftarTerlambat(ringkas.langkah, rekam.kalender);
  const menurutSumber = rekam.totalSumber ? ` (menurut sumber: ${rekam.totalSumber})` : '';
  const ringkasan = [
    baris(`Status SOP ${rekam.label}: ${rekam.judul}`),
    baris('Sumber', rekam.sumber, '', 'Catatan sumber', (rekam.catatanSumber ?? []).join(' ')),
    baris('Standar waktu total', `${waktu.standar}${menurutSumber}`, '', 'Waktu berjalan', waktu.berjalan),
    baris('Saat ini', ringkas.menunggu),
    baris('Terlambat', terlambat.length > 0 ? terlambat.join('\n') : 'Tidak ada'),
    baris('Diperbarui', formatWaktuLokal(sekarang)),
  ];
  const langkah = ringkas.langkah.map((l) => [
    l.no,
    l.kegiatan,
    l.pelaksana,
    l.adaStandarWaktu ? formatDurasi(waktuKerjaAntara(l.rencanaMulai, l.rencanaTenggat, rekam.kalender)) : '',
    l.peristiwa ? LABEL_PERISTIWA[l.peristiwa] : '',
    labelStatusLangkah(l),
    l.tidakTerbaca ? '' : formatWaktuLokal(l.rencanaMulai),
    l.tidakTerbaca ? '' : l.adaStandarWaktu ? formatWaktuLokal(l.rencanaTenggat) : 'tanpa standar waktu',
    l.mulai ? formatWaktuLokal(l.mulai) : '',
    l.selesai ? formatWaktuLokal(l.selesai) : '',
    l.oleh,
    l.catatan,
    l.kelengkapan ?? '',
    l.output ?? '',
  ]);
  const nilai = [...ringkasan, [...KOLOM_STATUS], ...langkah];
  const warnaBaris = (w: string | null): (string | null)[] => Array<string | null>(lebar).fill(w);
  const warna = [...ringkasan.map(() => warnaBaris(null)), warnaBaris('#dfe7f3'), ...ringkas.langkah.map((l) => warnaBaris(WARNA_STATUS[l.status]))];
  return { nilai, warna };
}

/**
 * The record with the event mapping the admin set in the status tab's Peristiwa column
 * (`kolom`: that column's values, one per step). A cell that names no event maps the step to
 * none: it is then marked by hand.
 */
export function terapkanPetaTab(rekam: RekamSop, kolom: readonly unknown[]): RekamSop {
  const langkah = rekam.status.langkah.map((l, i) => {
    if (l.tidakTerbaca) return l;
    const peristiwa = bacaPeristiwa(String(kolom[i] ?? ''));
    if (peristiwa === (l.peristiwa ?? null)) return l;
    const { peristiwa: _lama, ...tanpa } = l;
    return peristiwa ? { ...tanpa, peristiwa } : tanpa;
  });
  return { ...rekam, status: { ...rekam.status, langkah } };
}

/** What changed between two states, one Log line per step ("Langkah 6: Belum → Selesai (…)"). */
export function uraianPerubahan(lama: StatusSop, baru: StatusSop): string[] {
  return baru.langkah.flatMap((l, i) => {
    const dulu = lama.langkah[i];
    if (dulu && dulu.status === l.status && dulu.catatan === l.catatan && dulu.peristiwa === l.peristiwa) return [];
    const dari = dulu ? LABEL_STATUS_LANGKAH[dulu.status] : '-';
    const catatan = l.catatan !== '' ? ` (${l.catatan})` : '';
    return [`${namaLangkah(l, true)}: ${dari} → ${LABEL_STATUS_LANGKAH[l.status]}${catatan}`];
  });
}

/** The SOP configuration tab's rows (header first), pre-filled from `template`. */
export function isiTabSop(template: SopTemplate): string[][] {
  // A placeholder for lost steps has no performer nor time for a custom SOP to read: the catatan sumber names the gap.
  const baris = template.baris.filter((b) => !b.tidakTerbaca).map((b) => [
    b.no,
    b.kegiatan,
    b.pelaksana,
    b.kelengkapan,
    b.waktu,
    b.output,
    b.keterangan,
    b.peristiwa ? LABEL_PERISTIWA[b.peristiwa] : '',
  ]);
  return [[...KOLOM_SOP], ...baris];
}
