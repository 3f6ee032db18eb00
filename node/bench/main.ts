/**
 * `npm run bench`: service calls and modelled Apps Script time of each landed operation at three
 * sizes, the core recap's CPU time over 10,000 indicators, the bundle size, and PASS/FAIL per
 * target (exit code 1 on any FAIL). `npm run bench -- --json` prints one JSON object instead.
 */
import { statSync } from 'node:fs';
import { ukurRekapInti } from './inti';
import { SEMUA_KELAS } from './latensi';
import { OPERASI } from './operasi';
import { periksaTarget, type HasilTarget } from './target';
import { ukur, type HasilUkuran } from './ukur';
import { kunciJson, targetBatas, ukurBatas } from './batas';
import { rekapNaif } from './naif';

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

function tabel(sizes: readonly HasilUkuran[], coreMs: number, bundleBytes: number, target: readonly HasilTarget[]): string {
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
  const belum = ['setup', 'startCycle', 'submit', 'gather', 'recap', 'lkj'].filter((k) => !sizes.some((s) => k in s.ops));
  if (belum.length > 0) baris.push(`(tidak diukur — belum ada di bundle atau di node/bench/operasi.ts, atau operasi sebelumnya gagal: ${belum.join(', ')})`);
  baris.push('', `Rekap inti (buatRekap) atas 10.000 indikator: ${coreMs.toFixed(0)} ms CPU lokal`);
  baris.push(`Ukuran build/Code.js: ${bundleBytes.toLocaleString('id-ID')} byte`, '', 'Model latensi per panggilan:');
  for (const k of SEMUA_KELAS) baris.push(`  ${k.kelas}: ${k.msPerCall} ms${k.msPerCell ? ` + ${k.msPerCell} ms/sel` : ''} — ${k.sumber}`);
  baris.push('', 'Target:');
  for (const t of target) baris.push(`  ${t.putusan.padEnd(9)} ${t.target} — ${t.rincian}`);
  return baris.join('\n');
}

function utama(): void {
  const json = process.argv.includes('--json');
  const bundleBytes = statSync('build/Code.js').size;
  let baseline: { recap: { calls: number; modelledMs: number } } | null = null;
  const tampil = UKURAN_TAMPIL.map((u, i) => ukur(u, i === UKURAN_TAMPIL.length - 1 ? (emu) => { baseline = { recap: rekapNaif(emu) }; } : undefined));
  const [lima100, enamPuluh20] = UKURAN_PEMBANDING.map((u) => ukur(u));
  const terbesar = tampil[2];
  const pasangan = [[tampil[0], lima100], [enamPuluh20, terbesar]] as const;
  const batas = ukurBatas(UKURAN_TAMPIL[2], (pesan) => process.stderr.write(`${pesan}\n`));
  const target = [...periksaTarget(pasangan, terbesar, bundleBytes, OPERASI.map((o) => o.kunci)), ...targetBatas(batas)];
  const coreRecapMs10k = Math.round(ukurRekapInti() * 10) / 10;
  if (json) {
    const sizes = tampil.map((s) => ({
      bidang: s.bidang,
      indicatorsPerBidang: s.indicatorsPerBidang,
      ops: Object.fromEntries(Object.entries(s.ops).map(([k, h]) => [k, { calls: h.calls, modelledMs: h.modelledMs, ...(h.error ? { error: h.error } : {}) }])),
    }));
    process.stdout.write(`${JSON.stringify({ bundleBytes, coreRecapMs10k, sizes, ...kunciJson(batas, baseline), targets: target })}\n`);
  } else {
    process.stdout.write(`${tabel(tampil, coreRecapMs10k, bundleBytes, target)}\n`);
    if (baseline) process.stdout.write(`Rekap sel demi sel (baseline naif) pada 60 × 100: ${JSON.stringify(baseline)}\n`);
  }
  if (target.some((t) => t.putusan === 'FAIL')) process.exitCode = 1;
}

utama();
