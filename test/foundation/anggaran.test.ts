/**
 * The bench's deterministic budgets, held by `npm test` too (node/bench/target.ts, one definition):
 * service calls and bundle bytes are the same on every run, unlike modelled seconds, which stay in
 * `npm run bench`.
 */
import { statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { OPERASI } from '../../node/bench/operasi';
import { BATAS_BUNDLE_BYTES, targetBundle, targetPanggilanTetap } from '../../node/bench/target';
import { ukur } from '../../node/bench/ukur';

describe('budgets', () => {
  test('no operation\'s service calls grow with the indicators per bidang (2 bidang: 20 vs 100 indicators each)', () => {
    const kecil = ukur({ bidang: 2, indikatorPerBidang: 20 });
    const besar = ukur({ bidang: 2, indikatorPerBidang: 100 });
    // Every operation of the bench ran at both sizes, so each has its target.
    for (const h of [kecil, besar]) expect(Object.keys(h.ops)).toEqual(OPERASI.map((o) => o.kunci));
    const target = targetPanggilanTetap([[kecil, besar]], OPERASI.map((o) => o.kunci));
    // Every operation, both LKj drafts included (Lapkin's layout and the office's own template: their generated blocks are one Docs API batch).
    expect(target.length).toBe(OPERASI.length);
    expect(target.filter((t) => t.putusan !== 'PASS')).toEqual([]);
  }, 120_000);

  test(`build/Code.js stays under ${BATAS_BUNDLE_BYTES / 1024} KB`, () => {
    const t = targetBundle(statSync('build/Code.js').size);
    expect(t.putusan, t.rincian).toBe('PASS');
  });
});
