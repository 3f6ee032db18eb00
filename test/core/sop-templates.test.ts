import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Durasi, SopTemplate } from '../../src/core/sop/model';
import { cariTemplate, TEMPLATE_BAWAAN } from '../../src/core/sop/templates/index';
import { formatDurasi, jumlahDurasi, parseWaktu } from '../../src/core/sop/waktu';

/** The seed texts the templates were transcribed from, kept in the repository (sumber/sop/README.md). */
const SEEDS = new URL('../../sumber/sop/', import.meta.url);

/**
 * Every time standard the templates give, worked out by hand (domain.md §2: hari = working day,
 * minggu = 5 working days, jam and menit = office time).
 */
const DURASI: Readonly<Record<string, Durasi>> = {
  '5 Menit': { hariKerja: 0, menit: 5 },
  '10 menit': { hariKerja: 0, menit: 10 },
  '20 menit': { hariKerja: 0, menit: 20 },
  '30 menit': { hariKerja: 0, menit: 30 },
  '45 menit': { hariKerja: 0, menit: 45 },
  '60 menit': { hariKerja: 0, menit: 60 },
  '1 jam': { hariKerja: 0, menit: 60 },
  '2 jam': { hariKerja: 0, menit: 120 },
  '1 hari': { hariKerja: 1, menit: 0 },
  '2 hari': { hariKerja: 2, menit: 0 },
  '4 hari': { hariKerja: 4, menit: 0 },
  '7 hari': { hariKerja: 7, menit: 0 },
  '15 hari': { hariKerja: 15, menit: 0 },
  '2 minggu': { hariKerja: 10, menit: 0 },
};

// Whitespace collapsed; a hyphen broken across lines ("masing-\n\nmasing") rejoined.
const rapikan = (teks: string) => teks.replace(/\s+/g, ' ').replace(/- /g, '-').trim();

/** The OCR slips each template fixes: [what the template says, what the seed prints]. */
const KOREKSI_OCR: Record<string, ReadonlyArray<readonly [string, string]>> = {
  'sop-000': [
    ['Tanda terima', 'Tanda ferma'],
    ['mengetik dan mencetak', 'mengesek dan mencetak'],
  ],
  'sop-001': [['Japel mengarsipkan', 'Jepel mengarsipkan']],
};

function seperSumber(template: SopTemplate, teks: string): string {
  return (KOREKSI_OCR[template.id] ?? []).reduce((t, [kami, sumber]) => t.replace(kami, sumber), teks);
}

/** The rows transcribed from the seed: every row but a placeholder for steps the seed lost. */
const dariSumber = (template: SopTemplate) => template.baris.filter((b) => !b.tidakTerbaca);

describe.each(TEMPLATE_BAWAAN.map((t) => [t.id, t] as const))('built-in template %s', (_id, template) => {
  const seed = rapikan(readFileSync(fileURLToPath(new URL(template.sumber, SEEDS)), 'utf8'));

  it('names its seed file and the SOP as the seed names it', () => {
    expect(template.sumber).toMatch(new RegExp(`^${template.id.slice(4)}_[0-9a-f]{16}\\.txt$`));
    expect(seed).toContain(template.judul);
  });

  it('reads every time standard it gives as the minutes and working days written out by hand', () => {
    for (const b of template.baris) {
      if (b.waktu === '') {
        expect(b.durasi).toBeNull();
        continue;
      }
      expect(Object.keys(DURASI), `${template.id} ${b.no}: add "${b.waktu}" to DURASI`).toContain(b.waktu);
      expect(b.durasi, `${template.id} ${b.no}: ${b.waktu}`).toEqual(DURASI[b.waktu]);
      expect(parseWaktu(b.waktu)).toEqual({ ok: true, durasi: DURASI[b.waktu] });
    }
  });

  it('keeps the seed’s words in every cell (apart from the OCR slips it fixes)', () => {
    for (const b of dariSumber(template)) {
      for (const isi of [b.kegiatan, b.pelaksana, b.kelengkapan, b.waktu, b.output, b.keterangan]) {
        if (isi !== '') expect(seed, `${template.id} ${b.no}`).toContain(rapikan(seperSumber(template, isi)));
      }
    }
  });

  it('knows the role of every pelaksana', () => {
    for (const b of dariSumber(template)) expect(b.peran.length, b.pelaksana).toBeGreaterThan(0);
  });
});

describe('what the seeds leave out', () => {
  it('sop-000 jumps from step 1 to step 9 and says so with one placeholder row, inventing nothing', () => {
    const t = cariTemplate('sop-000');
    expect(t?.baris.map((b) => b.no)).toEqual(['1', '2–8', '9', '10', '11', '12', '13']);
    expect(t?.catatanSumber.join(' ')).toContain('Langkah 2 sampai 8 tidak ada dalam sumber');
    // The placeholder names the gap and nothing else: no performer, role, time, documents or event.
    expect(t?.baris[1]).toEqual({
      urutan: 2, no: '2–8', kegiatan: 'Langkah 2–8 tidak terbaca di sumber', pelaksana: '', peran: [], kelengkapan: '',
      waktu: '', durasi: null, output: '', keterangan: '', tidakTerbaca: true,
    });
  });

  it('only sop-000 has a placeholder row; every other row of every template is the seed’s', () => {
    const pengganti = TEMPLATE_BAWAAN.flatMap((t) => t.baris.filter((b) => b.tidakTerbaca).map((b) => `${t.id} ${b.no}`));
    expect(pengganti).toEqual(['sop-000 2–8']);
  });

  it('sop-001 keeps its unnumbered step and says which steps have no time standard', () => {
    const t = cariTemplate('sop-001');
    expect(t?.baris.map((b) => b.no)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '', '9', '10', '11', '12', '13']);
    expect(t?.baris.filter((b) => b.durasi === null).map((b) => b.no)).toEqual(['', '9', '10', '11', '12', '13']);
    expect(t?.catatanSumber.join(' ')).toContain('langkah 9–13 tidak mencantumkan kelengkapan, waktu maupun output');
  });

  it('only sop-001 has steps without a time standard (sop-000\'s placeholder aside)', () => {
    const tanpa = TEMPLATE_BAWAAN.filter((t) => dariSumber(t).some((b) => b.durasi === null)).map((t) => t.id);
    expect(tanpa).toEqual(['sop-001']);
  });

  it('sop-003 rows add up to the total the seed states, "25 HARI KERJA + 1 JAM"', () => {
    const t = cariTemplate('sop-003');
    const jumlah = jumlahDurasi((t?.baris ?? []).map((b) => b.durasi ?? { hariKerja: 0, menit: 0 }));
    expect(jumlah).toEqual({ hariKerja: 25, menit: 60 });
    expect(parseWaktu(t?.totalWaktu ?? '')).toEqual({ ok: true, durasi: { hariKerja: 25, menit: 60 } });
    expect(formatDurasi(jumlah)).toBe('25 hari kerja 1 jam');
  });

  it('maps the cycle events to the steps that perform them', () => {
    const peta = (id: string) =>
      Object.fromEntries(
        (cariTemplate(id)?.baris ?? []).filter((b) => b.peristiwa).map((b) => [`${b.no || '-'}`, b.peristiwa]),
      );
    expect(peta('sop-000')).toEqual({
      '10': 'siklus-dimulai',
      '11': 'bidang-mengirim',
      '12': 'bidang-mengirim',
      '13': 'draf-lkj-dibuat',
    });
    expect(peta('sop-001')).toEqual({
      '3': 'nota-dinas-dibuat',
      '6': 'siklus-dimulai',
      '7': 'bidang-mengirim',
      '8': 'bidang-mengirim',
      '-': 'bidang-mengirim',
      '9': 'semua-terkirim',
      '10': 'rekap-dibuat',
    });
    expect(cariTemplate('nope')).toBeNull();
  });
});
