/**
 * Three years of a 60-bidang OPD on the emulator, every operation through the built bundle: each
 * year TW I–IV and Tahunan (start, every bidang fills its tab and submits it, gather, recap), then
 * Tutup tahun. What the workbook and the property store hold afterwards is measured, never
 * computed: the cells of every tab's grid (the 10-million-cell cap counts them all) and the bytes of
 * the document properties (keys included, the 500 KB cap). The submit of the last bidang is measured
 * in the first and the fifth cycle of the first year: its calls must not grow with history.
 */
import { BARIS_DATA_PERTAMA, posisiKolom } from '../../src/core/lembar-bidang';
import { PERIODE } from '../../src/core/periode';
import { siklusDariProperti, type StatusSiklus } from '../../src/core/siklus';
import type { Periode } from '../../src/core/types';
import type { Emulator } from '../emulator/index';
import { ADMIN, emulatorUkuran, kabidDari, type Ukuran } from './beban';
import { modelMs } from './latensi';
import { rekapNaif } from './naif';
import { selDari } from './sel';

export interface HasilTahun {
  readonly tahun: number;
  /** Cells in every tab's grid after the year's Tutup tahun. */
  readonly cells: number;
  readonly propertyBytes: number;
  /** The most the property store held during the year (after any cycle, before Tutup tahun compacts it). */
  readonly propertyBytesPeak: number;
  readonly tabs: number;
  readonly visibleTabs: number;
}

export interface HasilTahunan {
  readonly years: readonly HasilTahun[];
  readonly cellsAfterSetup: number;
  readonly propertyBytesAfterSetup: number;
  /** Calls and modelled ms of the last bidang's submit in cycle 1 and cycle 5 of the first year. */
  readonly submit: { readonly cycle1: { calls: number; modelledMs: number }; readonly cycle5: { calls: number; modelledMs: number } };
  /** The first cycle's recap, and the same recap written cell by cell (naif.ts), when asked for. */
  readonly recap?: { readonly lapkin: { calls: number; modelledMs: number }; readonly baseline: { calls: number; modelledMs: number } };
  readonly error?: string;
}

type Hasil = { status: string; pesan: string };

function wajibOk(h: unknown, apa: string): void {
  const x = h as Hasil;
  if (x.status !== 'ok') throw new Error(`${apa}: ${x.status}: ${x.pesan}`);
}

export function selBuku(emu: Emulator): number {
  return emu.spreadsheet.ctx.book.cellCount();
}

export function bytePropertiDokumen(emu: Emulator): number {
  let n = 0;
  for (const [k, v] of emu.properties.document) n += Buffer.byteLength(k, 'utf8') + Buffer.byteLength(v, 'utf8');
  return n;
}

export function siklusAktifEmu(emu: Emulator): StatusSiklus {
  const props = Object.fromEntries(emu.properties.document);
  const s = siklusDariProperti(props['lapkin.siklus.aktif'] ?? '', props);
  if (!s) throw new Error('Tidak ada siklus aktif.');
  return s;
}

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Each bidang's Kabid fills the input block of its tab in one write (outside any measurement). */
export function isiTabSiklus(emu: Emulator, s: StatusSiklus): void {
  const app = emu.globals().SpreadsheetApp as SpreadsheetApp;
  const kolom = posisiKolom(s.periode, 'realisasi');
  const lebar = posisiKolom(s.periode, 'buktiDukung') - kolom + 1;
  const di = (id: string): number => posisiKolom(s.periode, id) - kolom;
  for (const b of s.bidang) {
    emu.ws.run({ email: kabidDari(b.kode) }, () => {
      const sheet = app.getActiveSpreadsheet().getSheetByName(b.tab);
      if (!sheet) throw new Error(`No tab ${b.tab}`);
      const n = sheet.getLastRow() - BARIS_DATA_PERTAMA + 1;
      const rows = Array.from({ length: n }, (_, i) => {
        const isian: (string | number)[] = new Array<string | number>(lebar).fill('');
        isian[0] = (i * 7) % 13;
        isian[di('realisasiAnggaran')] = i % 3 === 0 ? 2500000 : '';
        isian[di('penjelasan')] = `Penjelasan indikator ${i + 1} ${b.kode}.`;
        isian[lebar - 1] = `https://drive.google.com/file/d/${b.kode}-${i + 1}`;
        return isian;
      });
      sheet.getRange(BARIS_DATA_PERTAMA, kolom, n, lebar).setValues(rows);
    });
  }
}

const BATAS: Readonly<Record<Periode, string>> = { TW1: '04-15', TW2: '07-15', TW3: '10-15', TW4: '12-20', TAHUNAN: '12-31' };

type Ukur = { calls: number; modelledMs: number };

function ukurPanggilan(emu: Emulator, jalankan: () => void): Ukur {
  const sejak = emu.ws.calls.length;
  jalankan();
  const calls = emu.ws.calls.slice(sejak);
  return { calls: calls.length, modelledMs: Math.round(modelMs(calls, selDari)) };
}

/** One cycle: start, fill, every bidang submits (the last one measured), gather, recap (measured). */
function satuSiklus(emu: Emulator, periode: Periode, tahun: number): { kirim: Ukur; rekap: Ukur } {
  emu.ws.setNow(new Date(`${tahun}-${BATAS[periode].slice(0, 2)}-01T02:00:00Z`));
  wajibOk(emu.call(ADMIN, 'mulaiSiklus', { periode, tahun, konfirmasi: true, batasWaktu: `${periode === 'TAHUNAN' ? tahun + 1 : tahun}-${periode === 'TAHUNAN' ? '01-31' : BATAS[periode]}` }), `mulai ${periode} ${tahun}`);
  const s = siklusAktifEmu(emu);
  isiTabSiklus(emu, s);
  let kirim: Ukur = { calls: 0, modelledMs: 0 };
  for (const b of s.bidang) kirim = ukurPanggilan(emu, () => wajibOk(emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: b.kode }), `kirim ${b.kode}`));
  wajibOk(emu.call(ADMIN, 'kumpulkanData'), `kumpulkan ${periode}`);
  const rekap = ukurPanggilan(emu, () => wajibOk(emu.call(ADMIN, 'buatTabRekap', {}), `rekap ${periode}`));
  return { kirim, rekap };
}

/** Runs `tahun` years at size `u`; `setelahTahun` sees each year's result as it lands (progress). */
export function ukurTahunan(u: Ukuran, jumlahTahun: number, setelahTahun: (h: HasilTahun) => void = () => undefined, denganBaseline = false): HasilTahunan {
  const emu = emulatorUkuran(u);
  emu.call(ADMIN, 'siapkanLembarKerja');
  const cellsAfterSetup = selBuku(emu);
  const propertyBytesAfterSetup = bytePropertiDokumen(emu);
  const years: HasilTahun[] = [];
  const submit = { cycle1: { calls: 0, modelledMs: 0 }, cycle5: { calls: 0, modelledMs: 0 } };
  let recap: HasilTahunan['recap'];
  try {
    for (let y = 0; y < jumlahTahun; y++) {
      const tahun = 2026 + y;
      let puncak = 0;
      for (const [i, periode] of PERIODE.entries()) {
        const ukur = satuSiklus(emu, periode, tahun);
        puncak = Math.max(puncak, bytePropertiDokumen(emu));
        if (y === 0 && i === 0) {
          submit.cycle1 = ukur.kirim;
          if (denganBaseline) recap = { lapkin: ukur.rekap, baseline: rekapNaif(emu) };
        }
        if (y === 0 && i === PERIODE.length - 1) submit.cycle5 = ukur.kirim;
      }
      emu.ws.setNow(new Date(`${tahun + 1}-01-05T02:00:00Z`));
      wajibOk(emu.call(ADMIN, 'tutupTahun', {}), `tutup tahun ${tahun}`);
      const book = emu.spreadsheet.ctx.book;
      const h = { tahun, cells: selBuku(emu), propertyBytes: bytePropertiDokumen(emu), propertyBytesPeak: puncak, tabs: book.sheets.length, visibleTabs: book.sheets.filter((x) => !x.hidden).length };
      years.push(h);
      setelahTahun(h);
    }
  } catch (e) {
    return { years, cellsAfterSetup, propertyBytesAfterSetup, submit, recap, error: typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e) };
  }
  return { years, cellsAfterSetup, propertyBytesAfterSetup, submit, recap };
}
