import { describe, expect, it } from 'vitest';
import { parseAngka, type HasilAngka } from '../../src/core/angka';

function nilai(input: unknown): number {
  const h = parseAngka(input);
  if (!h.ok) throw new Error(`expected a number from ${JSON.stringify(input)}, got: ${h.pesan}`);
  return h.nilai;
}

function pesan(input: unknown): string {
  const h: HasilAngka = parseAngka(input);
  if (h.ok) throw new Error(`expected a refusal of ${JSON.stringify(input)}, got ${h.nilai}`);
  return h.pesan;
}

function dipahami(input: unknown): string {
  const h = parseAngka(input);
  if (!h.ok) throw new Error(h.pesan);
  return h.dipahami;
}

describe('parseAngka: values', () => {
  it('takes numbers from cells as they are', () => {
    expect(nilai(85)).toBe(85);
    expect(nilai(-3.25)).toBe(-3.25);
    expect(nilai(0)).toBe(0);
    expect(dipahami(1234.56)).toBe('dibaca sebagai 1.234,56');
  });

  it('reads Indonesian decimals and thousands', () => {
    expect(nilai('12,5')).toBe(12.5);
    expect(nilai('1.234')).toBe(1234);
    expect(nilai('1.234,56')).toBe(1234.56);
    expect(nilai('1.234.567')).toBe(1234567);
    expect(nilai('1.234.567,891')).toBe(1234567.891);
    expect(nilai(',5')).toBe(0.5);
    expect(nilai('1,234')).toBe(1.234); // one comma is always the decimal comma
  });

  it('reads a single dot as a decimal point unless exactly three digits follow', () => {
    expect(nilai('12.5')).toBe(12.5);
    expect(nilai('12.50')).toBe(12.5);
    expect(nilai('0.125')).toBe(0.125);
    expect(nilai('1234.567')).toBe(1234.567);
    expect(nilai('.5')).toBe(0.5);
    expect(dipahami('12.5')).toBe('dibaca sebagai 12,5 (titik sebagai koma desimal)');
    expect(dipahami('1.234')).toBe('dibaca sebagai 1.234 (titik sebagai pemisah ribuan)');
  });

  it('reads the English style and says so', () => {
    expect(nilai('1,234.56')).toBe(1234.56);
    expect(nilai('1,234,567')).toBe(1234567);
    expect(dipahami('1,234.56')).toContain('gaya Inggris');
    expect(dipahami('1,234,567')).toContain('koma sebagai pemisah ribuan');
  });

  it('keeps the sign, including the typographic minus', () => {
    expect(nilai('-3')).toBe(-3);
    expect(nilai('+3')).toBe(3);
    expect(nilai('\u22127,5')).toBe(-7.5);
    expect(nilai('- 3')).toBe(-3);
    expect(Object.is(nilai('-0'), 0)).toBe(true);
  });

  it('trims spaces, including non-breaking ones', () => {
    expect(nilai(' 7 ')).toBe(7);
    expect(nilai('\u00a085\u00a0')).toBe(85);
    expect(nilai('\t12,5\n')).toBe(12.5);
  });

  it('drops a trailing % and a leading Rp, and says so', () => {
    expect(nilai('85%')).toBe(85);
    expect(nilai('85,5 %')).toBe(85.5);
    expect(dipahami('85%')).toBe('dibaca sebagai 85 (tanda % diabaikan)');
    expect(nilai('Rp 1.250.000')).toBe(1250000);
    expect(nilai('Rp. 1.250.000,50')).toBe(1250000.5);
    expect(nilai('rp1.000')).toBe(1000);
    expect(nilai('-Rp 5.000')).toBe(-5000);
    expect(nilai('Rp -5.000')).toBe(-5000);
  });

  it('accepts scientific notation within the limit', () => {
    expect(nilai('1e3')).toBe(1000);
    expect(nilai('1,5E6')).toBe(1500000);
    expect(nilai('2.5e-2')).toBe(0.025);
    expect(nilai('1e15')).toBe(1e15);
  });

  it('drops invisible direction marks from right-to-left text', () => {
    expect(nilai('\u200f85\u200f')).toBe(85);
    expect(nilai('\u202b12,5\u202c')).toBe(12.5);
    expect(nilai('\ufeff7')).toBe(7);
  });
});

describe('parseAngka: refusals', () => {
  it('refuses empty input', () => {
    for (const v of ['', '   ', '\u00a0', '\u200f', null, undefined]) {
      expect(pesan(v)).toBe('Kosong: isi dengan angka.');
    }
  });

  it('refuses text, emoji, HTML and right-to-left words, quoting them', () => {
    expect(pesan('abc')).toBe('“abc” bukan angka.');
    expect(pesan('😀')).toBe('“😀” bukan angka.');
    expect(pesan('5😀')).toContain('bukan angka');
    expect(pesan('<b>85</b>')).toBe('“<b>85</b>” bukan angka.');
    expect(pesan('<script>alert(1)</script>')).toContain('bukan angka');
    expect(pesan('שלום')).toContain('bukan angka');
    expect(pesan('مرحبا')).toContain('bukan angka');
    expect(pesan('-')).toContain('bukan angka');
    expect(pesan('.')).toContain('bukan angka');
    expect(pesan('Rp')).toContain('bukan angka');
    expect(pesan('%')).toContain('bukan angka');
    expect(pesan('dua belas')).toContain('bukan angka');
  });

  it('asks for Western digits', () => {
    expect(pesan('٨٥')).toBe('“٨٥”: gunakan angka 0–9.');
  });

  it('refuses absurdly large and non-finite numbers', () => {
    for (const v of ['1e308', '1e400', 1e308, Infinity, -Infinity, '1.000.000.000.000.001', 1e15 + 2]) {
      expect(pesan(v)).toContain('terlalu besar');
    }
    expect(pesan(Number.NaN)).toBe('Bukan angka.');
  });

  it('refuses more than one decimal separator and broken grouping', () => {
    expect(pesan('1.234,5,6')).toContain('lebih dari satu pemisah desimal');
    expect(pesan('1,234.5.6')).toContain('lebih dari satu pemisah desimal');
    expect(pesan('1.2.3')).toContain('lebih dari satu titik');
    expect(pesan('12,5,3')).toContain('lebih dari satu koma');
    expect(pesan('1.23,4')).toContain('pemisah ribuan tidak sah');
    expect(pesan('12.34,5')).toContain('pemisah ribuan tidak sah');
  });

  it('refuses a separator with nothing after it', () => {
    expect(pesan('5,')).toContain('tidak ada angka setelah koma');
    expect(pesan('5.')).toContain('tidak ada angka setelah titik');
    expect(pesan('1.234,')).toContain('tidak ada angka setelah pemisah desimal');
  });

  it('refuses spaces inside the number with a hint', () => {
    expect(pesan('1 234')).toContain('ada spasi di tengah angka');
  });

  it('refuses doubled signs, Rp with %, and formulas', () => {
    expect(pesan('--5')).toContain('lebih dari satu');
    expect(pesan('-Rp -5')).toContain('lebih dari satu');
    expect(pesan('Rp 5 %')).toContain('jangan keduanya');
    expect(pesan('=IMPORTRANGE("x","A1")')).toContain('rumus');
  });

  // getValues() gives Number, Boolean, Date or String per cell:
  // https://developers.google.com/apps-script/reference/spreadsheet/value-type
  it('refuses check boxes, dates and objects from cells', () => {
    expect(pesan(true)).toContain('kotak centang');
    expect(pesan(new Date(2026, 2, 31))).toContain('tanggal');
    expect(pesan({ nilai: 5 })).toBe('Bukan angka.');
    expect(pesan([5])).toBe('Bukan angka.');
  });

  it('shortens very long input in its message', () => {
    const long = '9'.repeat(200);
    const m = pesan(long);
    expect(m).toContain('terlalu panjang');
    expect(m.length).toBeLessThan(80);
  });

  it('never throws on anything', () => {
    const corpus: unknown[] = [
      '', ' ', 'NaN', 'Infinity', '-Infinity', '0x10', '1_000', '١٢', '\u0000', '\u202e85', '1e', 'e5',
      '..', ',,', '1..2', '1,,2', '½', '²', '１２', '12%%', '(5)', Symbol('x'), () => 1, BigInt(5), new Error('x'),
    ];
    for (const v of corpus) expect(() => parseAngka(v)).not.toThrow();
    expect(parseAngka('0x10').ok).toBe(false);
    expect(parseAngka('１２').ok).toBe(false);
    expect(parseAngka('Infinity').ok).toBe(false);
  });
});
