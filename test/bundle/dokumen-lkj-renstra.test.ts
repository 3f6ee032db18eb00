import { describe, expect, test } from 'vitest';
import type { Emulator } from '../../node/emulator/index';
import { ADMIN, KABID_KWN } from './helpers';
import { emulatorRekap, isi, mulai, TAB_KWN } from './rekap-helpers';
import { dokumen, ok, panggil, paragraf } from './dokumen-helpers';

/** The admin (a consumer Google account) types `nilai` into `tab`, cell by cell. */
function ketik(emu: Emulator, tab: string, nilai: Record<string, string>): void {
  for (const [a1, v] of Object.entries(nilai)) {
    const hasil = emu.edit(ADMIN, tab, a1, v);
    if (!hasil.ok) throw new Error(`${tab}!${a1}: ${hasil.error}`);
  }
}

/** The annual cycle of 2026 with KWN's final values submitted: C-01 85 %, C-06 110 orang. */
function tahunanTerkirim(): Emulator {
  const emu = emulatorRekap();
  mulai(emu, 'TAHUNAN');
  const tab = TAB_KWN('Tahunan');
  for (const kode of ['C-01', 'C-02', 'C-03', 'C-04', 'C-05', 'C-06', 'C-07', 'C-08']) {
    isi(emu, KABID_KWN, tab, 'TAHUNAN', kode, { realisasi: kode === 'C-01' ? 85 : kode === 'C-06' ? 110 : 7, penjelasan: `Penjelasan ${kode}` });
  }
  const kirim = emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'KWN' }) as { status: string; pesan: string };
  if (kirim.status !== 'ok') throw new Error(kirim.pesan);
  return emu;
}

describe('the LKj from the Renstra and Narasi tabs', () => {
  test('an admin on a consumer account fills Renstra and Narasi once; the annual LKj carries the summary, the narrative and analyses 3 and 4', () => {
    const emu = tahunanTerkirim();
    ketik(emu, 'Renstra', {
      B2: '2025–2029',
      B3: 'Kota Contoh yang aman, rukun dan demokratis',
      B4: '1. Menjaga ketertiban dan ketenteraman\n2. Memperkuat wawasan kebangsaan',
      B5: 'Meningkatkan stabilitas daerah',
      A8: 'C-01', C8: 'kondisi akhir', D8: '90', E8: 'SPM 2025',
      A9: 'C-06', B9: '500', C9: 'kumulatif',
    });
    ketik(emu, 'Narasi', { B2: 'Badan membantu Wali Kota di bidang kesatuan bangsa dan politik.', B4: 'Potensi konflik sosial menjelang pilkada.', B5: 'Memperkuat deteksi dini di tingkat kelurahan.' });

    // 500 differs from C-06's Target akhir Renstra (120) in the Indikator tab: refused, naming tab, row and column; no document.
    const ditolak = panggil(emu, 'buatDokumenLkj') as unknown as { status: string; uraian: string[] };
    expect(ditolak.status).toBe('masalah');
    expect(ditolak.uraian).toEqual(['Renstra, baris 9, kolom Target akhir Renstra: Target 500 berbeda dengan Target akhir Renstra 120 di tab Indikator untuk C-06. Samakan, atau kosongkan salah satunya.']);
    expect(emu.drive.files.size).toBe(0);

    ketik(emu, 'Renstra', { B9: '120' });
    const doc = dokumen(emu, ok(panggil(emu, 'buatDokumenLkj')).dokumen[0]);
    const teks = paragraf(doc).map((p) => p.text);
    const dari = (judul: string): string[] => teks.slice(teks.lastIndexOf(judul));
    expect(dari('A. Rencana Strategis').slice(0, 12)).toEqual([
      'A. Rencana Strategis',
      'Rencana Strategis (Renstra) Badan Kesatuan Bangsa dan Politik Kota Contoh periode 2025–2029 memuat visi, misi, tujuan dan sasaran strategis berikut.',
      'Visi', 'Kota Contoh yang aman, rukun dan demokratis',
      'Misi', 'Menjaga ketertiban dan ketenteraman', 'Memperkuat wawasan kebangsaan',
      'Tujuan', 'Meningkatkan stabilitas daerah',
      'Sasaran strategis', 'Meningkatnya akuntabilitas kinerja', 'Menurunnya gangguan ketertiban',
    ]);
    expect(teks).toContain('Badan membantu Wali Kota di bidang kesatuan bangsa dan politik.');
    expect(teks).toContain('Potensi konflik sosial menjelang pilkada.');
    expect(dari('B. Langkah ke Depan')[1]).toBe('Memperkuat deteksi dini di tingkat kelurahan.');
    // Struktur organisasi was left empty: its marker stays.
    expect(teks).toContain('[Diisi oleh penyusun: struktur organisasi dan dasar hukumnya]');

    // Analysis 3. C-01: 85 of the end condition 100 (the Indikator tab's) → 85,00 %. C-06: 80 in 2025
    // (Indikator ▸ Realisasi tahun lalu) + 110 in 2026 = 190 of 120 → 158,33 %.
    const analisis = (nama: string): string => teks.find((p) => p.startsWith(`Indikator "${nama}" (Bidang Kewaspadaan Nasional): target`)) ?? '';
    expect(analisis('Persentase laporan tepat waktu')).toContain(
      'Terhadap Renstra 2025–2029 (target kondisi akhir 100 %): realisasi 2026 85 %; capaian = realisasi ÷ target akhir × 100 % = 85,00 %; realisasi masih berjarak 15 poin persen dari target akhir itu.',
    );
    expect(analisis('Jumlah peserta sosialisasi')).toContain(
      'Terhadap Renstra 2025–2029 (target akhir kumulatif 120 orang): realisasi kumulatif s.d. 2026 = 80 (2025) + 110 (2026) = 190 orang; capaian = realisasi kumulatif ÷ target akhir × 100 % = 158,33 %; realisasi melampaui target akhir itu sebesar 70 orang.',
    );
    // Analysis 4: only C-01 has a standard. 85 ÷ 90 = 94,44 %.
    const standar = dari('Perbandingan dengan Standar Nasional atau Provinsi');
    expect(standar.slice(1, 3)).toEqual([
      'Realisasi 2026 dibandingkan dengan standar nasional atau provinsi bagi 1 indikator yang mempunyainya; capaian terhadap standar dihitung dengan rumus yang sama dengan capaian terhadap target.',
      'Indikator "Persentase laporan tepat waktu" (Bidang Kewaspadaan Nasional): realisasi 2026 85 % terhadap standar 90 % (sumber: SPM 2025); capaian = realisasi ÷ standar × 100 % = 94,44 %; realisasi 5 poin persen di bawah standar, sehingga belum memenuhi standar itu.',
    ]);
  });
});
