import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bacaPemecahanMasalah, cocokPesan, entriUntuk } from '../../src/core/bantuan';
import { pesanGalatPengguna } from '../../src/core/galat';
import { pesanPengguna } from '../../node/panduan/pesan-kode';
import { renderTampilan, tampilanGalat, tampilanHasil } from '../../src/ui/render';

const entri = bacaPemecahanMasalah(readFileSync('docs/panduan/pemecahan-masalah.md', 'utf8'));
const pesan = pesanPengguna();

describe('Pemecahan masalah covers every message Lapkin shows', () => {
  test('the messages are read from the code (throw, ditolak, PESAN_ constants, Google errors in Indonesian)', () => {
    const teks = pesan.map((p) => p.teks);
    expect(teks).toContain('Hanya admin (pemilik spreadsheet atau e-mail di Pengaturan ▸ E-mail admin) yang dapat melakukan ini.');
    expect(teks).toContain('Bidang "…" tidak ada dalam siklus ….');
    expect(teks).toContain('… sedang sibuk atau waktu habis; coba lagi sebentar lagi.');
    expect(pesan.length).toBeGreaterThan(40);
  });

  test('every message has its entry', () => {
    const tanpa = pesan.filter((p) => !entri.some((e) => e.pesan.some((pola) => cocokPesan(pola, p.teks))));
    expect(tanpa.map((p) => `${p.tempat}: ${p.teks}`)).toEqual([]);
  });

  test('every message an entry quotes is one the code still shows', () => {
    const basi = entri.flatMap((e) => e.pesan.filter((pola) => !pesan.some((p) => cocokPesan(pola, p.teks))).map((pola) => `${e.judul}: ${pola}`));
    expect(basi).toEqual([]);
  });

  test('entries have distinct anchors, and a message as shown finds its entry', () => {
    expect(new Set(entri.map((e) => e.id)).size).toBe(entri.length);
    expect(entriUntuk(entri, 'Bidang "KWN" tidak ada dalam siklus TW I 2026.')?.judul).toBe('Tab bidang tidak ditemukan atau tidak dibuka');
    const google = pesanGalatPengguna(new Error('Exception: Authorization is required to perform that action.'));
    expect(entriUntuk(entri, google.pesan)?.id).toBe('lapkin-belum-diberi-izin-authorization-required');
    expect(entriUntuk(entri, 'Sesuatu yang lain sama sekali.')).toBeUndefined();
  });
});

describe('the panel links an error to its entry', () => {
  test('a refusal unfolds "Apa yang harus dilakukan?" with the entry; a message without one shows none', () => {
    const html = renderTampilan(tampilanGalat(new Error('Hanya admin (pemilik spreadsheet atau e-mail di Pengaturan ▸ E-mail admin) yang dapat melakukan ini.'), entri));
    expect(html).toContain('<summary>Apa yang harus dilakukan?</summary>');
    expect(html).toContain('Pemecahan masalah ▸ Hanya admin yang dapat melakukan ini');
    expect(html).toContain('<strong>Siapkan lembar kerja</strong>');
    const ditolak = renderTampilan(tampilanHasil({ status: 'ditolak', pesan: 'Siklus TW I 2026 sudah dimulai pada 1 April 2026 oleh a@b.id. Tab bidangnya sudah ada; tidak ada yang diubah.' }, entri));
    expect(ditolak).toContain('Siklus sudah dimulai');
    expect(renderTampilan(tampilanHasil({ status: 'ok', pesan: 'Siklus TW I 2026 dimulai.', tabDibuat: [] }, entri))).not.toContain('bantuan');
  });
});
