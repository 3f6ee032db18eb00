/**
 * The SOP status of one cycle (the "Status SOP <periode>" tab): a pure state with reducers for
 * the cycle's events and for manual marks, and a read-out at a given time.
 */
import { bandingkanWaktu } from './kalender';
import type { JadwalSop } from './jadwal';
import { namaLangkah } from './langkah';
import type { PeranId, Peristiwa, SopTemplate, WaktuLokal } from './model';
import { alasanTidakBoleh, type PeranPelaku } from './peran';
import { LABEL_PERISTIWA } from './peristiwa';

export type StatusLangkah = 'belum' | 'berjalan' | 'selesai' | 'terlambat' | 'dilewati';
/** 'terlambat' is never stored: it is derived at a given time (ringkasStatus). */
export type StatusTersimpan = Exclude<StatusLangkah, 'terlambat'>;

export interface LangkahSop {
  readonly urutan: number;
  readonly no: string;
  readonly kegiatan: string;
  readonly pelaksana: string;
  readonly peran: readonly PeranId[];
  readonly peristiwa?: Peristiwa;
  /** The SOP's Mutu Baku columns (absent in records made before they were kept). */
  readonly kelengkapan?: string;
  readonly output?: string;
  readonly rencanaMulai: WaktuLokal;
  readonly rencanaTenggat: WaktuLokal;
  /** False when the SOP gives the step no time standard: it is never late. */
  readonly adaStandarWaktu: boolean;
  readonly status: StatusTersimpan;
  readonly mulai: WaktuLokal | null;
  readonly selesai: WaktuLokal | null;
  /** Who finished (or skipped) it: an e-mail, or 'Lapkin' for an event. */
  readonly oleh: string;
  readonly catatan: string;
  /** How many times the step has run (a correction loop); absent = once. */
  readonly putaran?: number;
  /** A placeholder for steps the source lost (SopBaris.tidakTerbaca): shown, never tracked. */
  readonly tidakTerbaca?: true;
}

export interface StatusSop {
  readonly templateId: string;
  readonly langkah: readonly LangkahSop[];
}

export interface OpsiPeristiwa {
  readonly oleh: string;
  readonly waktu: WaktuLokal;
  /** For 'bidang-mengirim': how many bidang there are and how many have submitted. */
  readonly jumlahBidang?: number;
  readonly terkirim?: number;
  /** For 'surat-peringatan-dibuat': the note on the step (whom the letters went to). */
  readonly catatan?: string;
}

export interface OpsiTanda {
  readonly peran: PeranPelaku;
  readonly oleh: string;
  readonly waktu: WaktuLokal;
  readonly catatan?: string;
  /**
   * 'dilewati' (skip a step) and 'ulang' (run a finished step again: the correction loop of
   * `003_...txt` steps 5–6) are for the admin only. Default 'selesai'.
   */
  readonly status?: 'selesai' | 'dilewati' | 'ulang';
}

export type HasilTanda =
  | { readonly ok: true; readonly status: StatusSop }
  | { readonly ok: false; readonly pesan: string };

export function buatStatusSop(template: SopTemplate, jadwal: JadwalSop): StatusSop {
  return {
    templateId: template.id,
    langkah: template.baris.map((b, i) => ({
      urutan: b.urutan,
      no: b.no,
      kegiatan: b.kegiatan,
      pelaksana: b.pelaksana,
      peran: b.peran,
      ...(b.peristiwa ? { peristiwa: b.peristiwa } : {}),
      ...(b.tidakTerbaca ? { tidakTerbaca: true as const } : {}),
      kelengkapan: b.kelengkapan,
      output: b.output,
      rencanaMulai: jadwal.baris[i].mulai,
      rencanaTenggat: jadwal.baris[i].tenggat,
      adaStandarWaktu: jadwal.baris[i].adaStandarWaktu,
      status: 'belum',
      mulai: null,
      selesai: null,
      oleh: '',
      catatan: '',
    })),
  };
}

/** A step still to do; a placeholder for lost steps never is. */
function terbuka(l: LangkahSop): boolean {
  return !l.tidakTerbaca && (l.status === 'belum' || l.status === 'berjalan');
}

/**
 * Where the cycle proper begins: the step that distributes the nota dinas (mapped to
 * 'siklus-dimulai', the bidang tabs opening), else the first event-driven step. The steps before it
 * are the preparation — drafting, paraf and signature of the nota dinas.
 */
function awalSiklus(langkah: readonly LangkahSop[]): number {
  return (langkah.find((l) => l.peristiwa === 'siklus-dimulai') ?? langkah.find((l) => l.peristiwa !== undefined))?.urutan ?? 1;
}

/** Steps only their own events close: the collection, open while any bidang has not submitted. */
function ditutupPeristiwa(l: LangkahSop): boolean {
  return l.peristiwa === 'bidang-mengirim' || l.peristiwa === 'semua-terkirim';
}

/**
 * Steps still open before `urutan` were passed over: they become 'dilewati' (they can still be
 * marked done later) — except the collection steps, which a recap or draft made while bidang are
 * missing must leave open, and, on an event (`olehPeristiwa`), the preparation steps before
 * `awalSiklus` (nota dinas drafted, initialled, signed), which a person or their own event marks. Then, when nothing runs, the first step left open after the last finished one starts.
 */
function rapikan(langkah: readonly LangkahSop[], urutan: number, waktu: WaktuLokal, olehPeristiwa: boolean): LangkahSop[] {
  const lewati = (l: LangkahSop): LangkahSop => ({
    ...l,
    status: 'dilewati',
    catatan: `Dilewati: tidak ditandai sebelum ${namaLangkah(langkah[urutan - 1])}.`,
  });
  const awalOtomatis = olehPeristiwa ? awalSiklus(langkah) : 1;
  const dilewati = (l: LangkahSop): boolean => l.urutan < urutan && l.urutan >= awalOtomatis && terbuka(l) && !ditutupPeristiwa(l);
  const hasil = langkah.map((l) => (dilewati(l) ? lewati(l) : l));
  if (hasil.some((l) => l.status === 'berjalan')) return hasil;
  const terakhirSelesai = hasil.reduce((n, l) => (l.status === 'selesai' ? l.urutan : n), 0);
  const berikut = hasil.find((l) => l.urutan > terakhirSelesai && l.status === 'belum' && !l.tidakTerbaca);
  if (!berikut) return hasil;
  return hasil.map((l) => (l === berikut ? { ...l, status: 'berjalan' as const, mulai: waktu } : l));
}

/** `l` finished (or skipped) now by `opsi.oleh`; it started now unless it had started before. */
function tandai(l: LangkahSop, status: 'selesai' | 'dilewati', opsi: { readonly oleh: string; readonly waktu: WaktuLokal }, catatan: string): LangkahSop {
  return { ...l, status, mulai: l.mulai ?? opsi.waktu, selesai: opsi.waktu, oleh: opsi.oleh, catatan };
}

function selesaikan(l: LangkahSop, opsi: OpsiPeristiwa, catatan: string): LangkahSop {
  return l.status === 'selesai' ? l : tandai(l, 'selesai', opsi, catatan);
}

/**
 * Advances the steps mapped to `peristiwa`. Each submission ('bidang-mengirim') keeps the
 * submission steps running until every bidang is in; 'semua-terkirim' finishes them as well as
 * its own steps. A template with no step for an event is left as it is, except that any event
 * starts the first step when nothing has started yet.
 */
export function terapkanPeristiwa(state: StatusSop, peristiwa: Peristiwa, opsi: OpsiPeristiwa): StatusSop {
  if (peristiwa === 'surat-peringatan-dibuat') return suratPeringatan(state, opsi);
  const label = `Otomatis: ${LABEL_PERISTIWA[peristiwa]}.`;
  const sasaran = (l: LangkahSop): boolean =>
    l.peristiwa === peristiwa || (peristiwa === 'semua-terkirim' && l.peristiwa === 'bidang-mengirim');
  const sebagian =
    peristiwa === 'bidang-mengirim' &&
    !(opsi.jumlahBidang !== undefined && opsi.terkirim !== undefined && opsi.terkirim >= opsi.jumlahBidang);
  const progres =
    opsi.jumlahBidang !== undefined && opsi.terkirim !== undefined
      ? `${opsi.terkirim} dari ${opsi.jumlahBidang} bidang sudah mengirim.`
      : 'Bidang mulai mengirim.';
  const langkah = state.langkah.map((l) => {
    if (!sasaran(l)) return l;
    if (peristiwa === 'bidang-mengirim') {
      if (l.status === 'selesai') return l;
      if (sebagian) return { ...l, status: 'berjalan' as const, mulai: l.mulai ?? opsi.waktu, catatan: progres };
      return selesaikan(l, opsi, progres);
    }
    return selesaikan(l, opsi, label);
  });
  const pertama = langkah.find(sasaran);
  return { ...state, langkah: rapikan(langkah, pertama ? pertama.urutan : 1, opsi.waktu, true) };
}

/**
 * The Kepala's warning letter to the bidang whose data is late (`001_...txt` step 9: data late →
 * surat peringatan): the step mapped to it — by default the one that receives all the data
 * ('semua-terkirim') — runs, with the letter as its note; it finishes when the data is in.
 */
function suratPeringatan(state: StatusSop, opsi: OpsiPeristiwa): StatusSop {
  const sendiri = state.langkah.filter((l) => l.peristiwa === 'surat-peringatan-dibuat');
  const sasaran = sendiri.length > 0 ? sendiri : state.langkah.filter((l) => l.peristiwa === 'semua-terkirim');
  const catatan = opsi.catatan ?? `Otomatis: ${LABEL_PERISTIWA['surat-peringatan-dibuat']}.`;
  const langkah = state.langkah.map((l) =>
    sasaran.includes(l) && l.status !== 'selesai' ? { ...l, status: 'berjalan' as const, mulai: l.mulai ?? opsi.waktu, catatan } : l,
  );
  return { ...state, langkah };
}

/** Marks step `urutan` by hand. Refuses a role that does not perform it (the admin may mark any). */
export function tandaiManual(state: StatusSop, urutan: number, opsi: OpsiTanda): HasilTanda {
  const l = state.langkah.find((x) => x.urutan === urutan);
  if (!l) return { ok: false, pesan: `${namaLangkah({ no: '', urutan }, true)} tidak ada di SOP ini.` };
  const alasan = alasanTidakBoleh(opsi.peran, l);
  if (alasan !== null) return { ok: false, pesan: alasan };
  const status = opsi.status ?? 'selesai';
  if (status === 'ulang') return ulangi(state, l, opsi);
  if (status === 'dilewati' && opsi.peran !== 'admin') {
    return { ok: false, pesan: 'Hanya admin yang dapat menandai langkah sebagai dilewati.' };
  }
  if (l.status === status && opsi.peran !== 'admin') {
    return { ok: false, pesan: `${namaLangkah(l, true)} sudah ${status} (ditandai oleh ${l.oleh}).` };
  }
  const baru = tandai(l, status, opsi, opsi.catatan ?? '');
  const langkah = state.langkah.map((x) => (x === l ? baru : x));
  return { ok: true, status: { ...state, langkah: rapikan(langkah, urutan, opsi.waktu, false) } };
}

/**
 * Runs a finished step again (admin only): a correction loop, e.g. `003_...txt` steps 5–6 when the
 * Kepala sends the draft back. The step runs from now in its next round; the later steps a person
 * closed are open again (event-driven steps stay Lapkin's).
 */
function ulangi(state: StatusSop, l: LangkahSop, opsi: OpsiTanda): HasilTanda {
  if (opsi.peran !== 'admin') return { ok: false, pesan: 'Hanya admin yang dapat mengulang langkah.' };
  if (l.status !== 'selesai') return { ok: false, pesan: `${namaLangkah(l, true)} belum selesai; hanya langkah yang sudah selesai yang dapat diulang.` };
  const putaran = (l.putaran ?? 1) + 1;
  const catatan = `Putaran ${putaran}${opsi.catatan ? `: ${opsi.catatan}` : ''}.`;
  const langkah = state.langkah.map((x): LangkahSop => {
    if (x === l) return { ...x, status: 'berjalan', mulai: opsi.waktu, selesai: null, oleh: opsi.oleh, catatan, putaran };
    if (x.urutan > l.urutan && !x.peristiwa && !x.tidakTerbaca && !terbuka(x)) return { ...x, status: 'belum', mulai: null, selesai: null, oleh: '', catatan: `Dibuka lagi: ${namaLangkah(l)} diulang.` };
    return x;
  });
  return { ok: true, status: { ...state, langkah } };
}

export interface LangkahTerbaca extends Omit<LangkahSop, 'status'> {
  readonly status: StatusLangkah;
}

export interface RingkasanStatus {
  readonly langkah: readonly LangkahTerbaca[];
  /** The current step: the first one running, else the first one open; null when all are done. */
  readonly saatIni: LangkahTerbaca | null;
  /** What the cycle waits on, in Indonesian ("Menunggu Kabid Bidang Politik, …"). */
  readonly menunggu: string;
}

function namaKabid(bidang: string): string {
  return /^bidang\s/i.test(bidang) ? `Kabid ${bidang}` : `Kabid Bidang ${bidang}`;
}

/**
 * The status at `sekarang`: an open step past its planned due is 'terlambat', except an unmarked
 * preparation step once the cycle has moved past it. `bidangBelum` names
 * the bidang that have not submitted yet, for the waiting message of a submission step.
 */
export function ringkasStatus(
  state: StatusSop,
  sekarang: WaktuLokal,
  bidangBelum: readonly string[] = [],
): RingkasanStatus {
  // Preparation steps (before the first event-driven step) left unmarked once the cycle moved past
  // them happened before the tabs opened, at times nobody recorded: open, but not late.
  const awalOtomatis = awalSiklus(state.langkah);
  const sudahLewat = state.langkah.some((l) => l.urutan >= awalOtomatis && l.status !== 'belum');
  const persiapan = (l: LangkahSop): boolean => sudahLewat && l.urutan < awalOtomatis;
  const langkah: LangkahTerbaca[] = state.langkah.map((l) =>
    terbuka(l) && l.adaStandarWaktu && !persiapan(l) && bandingkanWaktu(sekarang, l.rencanaTenggat) > 0
      ? { ...l, status: 'terlambat' }
      : l,
  );
  const buka = state.langkah.filter(terbuka);
  const kini = buka.find((l) => l.status === 'berjalan') ?? buka[0];
  const saatIni = kini ? langkah[kini.urutan - 1] : null;
  if (!saatIni) return { langkah, saatIni, menunggu: 'Semua langkah SOP sudah selesai.' };
  const terlambat = saatIni.status === 'terlambat' ? ' (terlambat)' : '';
  const siapa =
    saatIni.peristiwa === 'bidang-mengirim' && bidangBelum.length > 0
      ? bidangBelum.map(namaKabid).join(', ')
      : saatIni.pelaksana;
  return {
    langkah,
    saatIni,
    menunggu: `Menunggu ${siapa}: ${namaLangkah(saatIni)}${terlambat}, ${saatIni.kegiatan}`,
  };
}
