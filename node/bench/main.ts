/**
 * `npm run bench`: service calls and modelled Apps Script time of each landed operation at three
 * sizes, the core recap's CPU time over 10,000 indicators, the bundle size and what V8 takes to
 * compile it and run its top level, and PASS/FAIL per
 * target (exit code 1 on any FAIL). `npm run bench -- --json` prints one JSON object instead.
 * `npm run bench -- --operasi recap --ukuran 60x100` runs the operations up to `recap` at that one
 * size and prints that operation's calls and cells per `Service.method` (no targets): for finding
 * what an operation's time is made of without the whole run.
 */
import { statSync } from 'node:fs';
import { ukurRekapInti } from './inti';
import { ukurKompilasi, type HasilKompilasi } from './kompilasi';
import { SEMUA_KELAS } from './latensi';
import { OPERASI, type KunciOperasi } from './operasi';
import { periksaTarget, type HasilTarget } from './target';
import { ukur, type HasilUkuran } from './ukur';
import { kunciJson, targetBatas, ukurBatas } from './batas';

const UKURAN_TAMPIL = [
  { bidang: 5, indikatorPerBidang: 20 },
  { bidang: 30, indikatorPerBidang: 40 },
  { bidang: 60, indikatorPerBidang: 100 },
];
/** Only for comparing at equal bidang counts; not printed. */
const UKURAN_PEMBANDING = [
  { bidang: 5, indikatorPerBidang: 100 },
  { bidang: 60, indikatorPerBidang: 20 },
];

function tabel(sizes: readonly HasilUkuran[], coreMs: number, bundleBytes: number, kompilasi: HasilKompilasi, target: readonly HasilTarget[]): string {
  const baris: string[] = ['Lapkin — benchmark (waktu Apps Script dimodelkan dari jumlah panggilan layanan)', ''];
  baris.push('ukuran (bidang × indikator)  operasi      panggilan   waktu model');
  for (const s of sizes) {
    for (const op of OPERASI) {
      const h = s.ops[op.kunci];
      if (!h) continue;
      const waktu = h.error ? `GAGAL: ${h.error}` : `${(h.modelledMs / 1000).toFixed(1)} s`;
      baris.push(`${`${s.bidang} × ${s.indicatorsPerBidang}`.padEnd(29)}${op.kunci.padEnd(13)}${String(h.calls).padStart(9)}   ${waktu}`);
    }
  }
  const belum = OPERASI.map((o) => o.kunci).filter((k) => !sizes.some((s) => k in s.ops));
  if (belum.length > 0) baris.push(`(tidak diukur — belum ada di bundle atau di node/bench/operasi.ts, atau operasi sebelumnya gagal: ${belum.join(', ')})`);
  baris.push('', `Rekap inti (buatRekap) atas 10.000 indikator: ${coreMs.toFixed(0)} ms CPU lokal`);
  baris.push(`Ukuran build/Code.js: ${bundleBytes.toLocaleString('id-ID')} byte; V8 mengompilasinya dalam ${kompilasi.kompilasiMs} ms dan menjalankan tingkat atasnya dalam ${kompilasi.tingkatAtasMs} ms (median lokal)`, '', 'Model latensi per panggilan:');
  for (const k of SEMUA_KELAS) baris.push(`  ${k.kelas}: ${k.msPerCall} ms${k.msPerCell ? ` + ${k.msPerCell} ms/sel` : ''} — ${k.sumber}`);
  baris.push('', 'Target:');
  for (const t of target) baris.push(`  ${t.putusan.padEnd(9)} ${t.target} — ${t.rincian}`);
  return baris.join('\n');
}

/** The value after `nama` in the arguments, if any. */
function argumen(nama: string): string | undefined {
  const i = process.argv.indexOf(nama);
  return i < 0 ? undefined : process.argv[i + 1];
}

/** `--operasi <kunci> --ukuran <bidang>x<indikator>`: one operation's calls and cells per method. */
function satuOperasi(kunci: string, ukuran: string): void {
  const op = OPERASI.find((o) => o.kunci === kunci);
  const [bidang, indikatorPerBidang] = ukuran.split('x').map(Number);
  if (!op || !(bidang > 0) || !(indikatorPerBidang > 0)) throw new Error(`--operasi ${OPERASI.map((o) => o.kunci).join('|')} --ukuran <bidang>x<indikator>`);
  const h = ukur({ bidang, indikatorPerBidang }, op.kunci as KunciOperasi).ops[op.kunci];
  if (!h) throw new Error(`${kunci} tidak dijalankan (belum ada di bundle, atau operasi sebelumnya gagal)`);
  const baris = [`${kunci} pada ${bidang} × ${indikatorPerBidang}: ${h.calls} panggilan, ${(h.modelledMs / 1000).toFixed(1)} s dimodelkan${h.error ? ` — GAGAL: ${h.error}` : ''}`];
  const metode = Object.keys(h.counts).sort((a, b) => (h.cells[b] ?? 0) - (h.cells[a] ?? 0) || h.counts[b] - h.counts[a]);
  for (const m of metode) baris.push(`  ${m.padEnd(44)}${String(h.counts[m]).padStart(6)} panggilan${h.cells[m] ? `${String(h.cells[m]).padStart(9)} sel` : ''}`);
  process.stdout.write(`${baris.join('\n')}\n`);
}

function utama(): void {
  const operasi = argumen('--operasi');
  if (operasi !== undefined) return satuOperasi(operasi, argumen('--ukuran') ?? '60x100');
  const json = process.argv.includes('--json');
  const bundleBytes = statSync('build/Code.js').size;
  const tampil = UKURAN_TAMPIL.map((u) => ukur(u));
  const [lima100, enamPuluh20] = UKURAN_PEMBANDING.map((u) => ukur(u));
  const terbesar = tampil[2];
  const pasangan = [[tampil[0], lima100], [enamPuluh20, terbesar]] as const;
  const batas = ukurBatas(UKURAN_TAMPIL[2], (pesan) => process.stderr.write(`${pesan}\n`));
  const target = [...periksaTarget(pasangan, terbesar, bundleBytes, OPERASI.map((o) => o.kunci)), ...targetBatas(batas)];
  const coreRecapMs10k = Math.round(ukurRekapInti() * 10) / 10;
  const kompilasi = ukurKompilasi();
  if (json) {
    const sizes = tampil.map((s) => ({
      bidang: s.bidang,
      indicatorsPerBidang: s.indicatorsPerBidang,
      ops: Object.fromEntries(Object.entries(s.ops).map(([k, h]) => [k, { calls: h.calls, modelledMs: h.modelledMs, ...(h.error ? { error: h.error } : {}) }])),
    }));
    process.stdout.write(`${JSON.stringify({ bundleBytes, ...kompilasi, coreRecapMs10k, sizes, ...kunciJson(batas), targets: target })}\n`);
  } else {
    process.stdout.write(`${tabel(tampil, coreRecapMs10k, bundleBytes, kompilasi, target)}\n`);
    process.stdout.write(`Batas Google: ${JSON.stringify(kunciJson(batas))}\n`);
  }
  if (target.some((t) => t.putusan === 'FAIL')) process.exitCode = 1;
}

utama();
