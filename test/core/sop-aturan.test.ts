/** Issue 15's SOP reading rules: the units real SOP tables use, and job titles that must not pass for "Kepala". */
import { describe, expect, it } from 'vitest';
import { catatanBatasBawaan } from '../../src/core/siklus';
import { rencanaJadwal } from '../../src/core/sop/jadwal';
import { KALENDER_BAKU, tambahWaktuKerja } from '../../src/core/sop/kalender';
import { namaLangkah } from '../../src/core/sop/langkah';
import { daftarTerlambat, isiTabStatus, judulSop, rencanaUlang, ringkasRekam, sumberSop, waktuKerjaAntara, type RekamSop } from '../../src/core/sop/lembar';
import { normalisasiPeran } from '../../src/core/sop/peran';
import { buatStatusSop } from '../../src/core/sop/status';
import { cariTemplate } from '../../src/core/sop/templates/index';
import { renderSop } from '../../src/ui/bagian/sop';
import { parseWaktu } from '../../src/core/sop/waktu';

const durasi = (teks: string) => {
  const h = parseWaktu(teks);
  if (!h.ok) throw new Error(h.pesan);
  return h.durasi;
};

describe('parseWaktu: the units of real SOP tables', () => {
  it('"1 bulan" = 20 working days, "2 x 24 jam" = 2, "1 (satu) hari" = 1, "3 HK" = 3', () => {
    expect(durasi('1 bulan')).toEqual({ hariKerja: 20, menit: 0 });
    expect(durasi('2 x 24 jam')).toEqual({ hariKerja: 2, menit: 0 });
    expect(durasi('1 × 24 Jam')).toEqual({ hariKerja: 1, menit: 0 });
    expect(durasi('1 (satu) hari')).toEqual({ hariKerja: 1, menit: 0 });
    expect(durasi('3 HK')).toEqual({ hariKerja: 3, menit: 0 });
  });
  it('"30 mnt" = 30 minutes, "± 2 jam" = 120 minutes, "kurang lebih 45 menit" = 45', () => {
    expect(durasi('30 mnt')).toEqual({ hariKerja: 0, menit: 30 });
    expect(durasi('± 2 jam')).toEqual({ hariKerja: 0, menit: 120 });
    expect(durasi('kurang lebih 45 menit')).toEqual({ hariKerja: 0, menit: 45 });
  });
  it('still refuses what it cannot read', () => {
    expect(parseWaktu('secepatnya').ok).toBe(false);
    expect(parseWaktu('2 x jam').ok).toBe(false);
  });
});

describe('normalisasiPeran: "Kepala" is the head of the office only', () => {
  it('does not read Kepala Seksi, Kepala Sub Bidang or Kepala UPT as the Kepala', () => {
    expect(normalisasiPeran('Kepala Seksi Perencanaan')).toEqual(['kasi']);
    expect(normalisasiPeran('Kepala Sub Bidang Data')).toEqual(['staf']);
    expect(normalisasiPeran('Kepala UPT Pelatihan')).toEqual(['kepala-upt']);
    expect(normalisasiPeran('Kepala')).toEqual(['kepala']);
  });
  it('knows the current job titles', () => {
    expect(normalisasiPeran('Kasi Program')).toEqual(['kasi']);
    expect(normalisasiPeran('Fungsional Perencana Ahli Muda')).toEqual(['fungsional']);
    expect(normalisasiPeran('JF Analis Kebijakan')).toEqual(['fungsional']);
    expect(normalisasiPeran('Ketua Tim Kerja Perencanaan')).toEqual(['ketua-tim']);
    expect(normalisasiPeran('Subkoordinator Program')).toEqual(['subkoordinator']);
    expect(normalisasiPeran('Ketua Tim LKj')).toEqual(['tim-lkj']);
  });
  it('reads the seeds\' "Bidang-bidang" column as the Kabid (seed 003 step 4)', () => {
    expect(normalisasiPeran('Bidang-bidang')).toEqual(['kabid']);
    const langkah4 = cariTemplate('sop-003')?.baris.find((b) => b.no === '4');
    expect(langkah4?.peran).toEqual(['kabid']);
    expect(langkah4?.peristiwa).toBe('bidang-mengirim');
  });
});

describe('the status tab names this office and the source by its title', () => {
  it('sop-001 "… KOTA PEMATANGSIANTAR" becomes the office from Pengaturan, in the title\'s capitals', () => {
    const t = cariTemplate('sop-001')!;
    expect(judulSop(t, 'Badan Kesatuan Bangsa dan Politik Kota Contoh')).toBe('PENGUMPULAN DATA KINERJA BADAN KESATUAN BANGSA DAN POLITIK KOTA CONTOH');
    expect(judulSop(cariTemplate('sop-002')!, 'Badan Kesbangpol Kota Contoh')).toBe('Penyusunan Laporan Kinerja');
  });
  it('names the source by title and office, never by file name; shows its notes and stated total', () => {
    const t = cariTemplate('sop-003')!;
    expect(sumberSop(t)).toBe('SOP “PENYUSUNAN LAPORAN KINERJA”, Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Sungai Penuh');
    expect(sumberSop(t)).not.toMatch(/\.txt/);
    const jadwal = rencanaJadwal(t, { tahun: 2026, bulan: 3, hari: 2, menit: 480 }, KALENDER_BAKU);
    const rekam: RekamSop = {
      siklusId: 'TAHUNAN-2026', label: 'Tahunan 2026', tab: 'Status SOP Tahunan 2026', judul: judulSop(t, 'BKPSDM Kota Contoh'),
      sumber: sumberSop(t), catatanSumber: t.catatanSumber, totalSumber: t.totalWaktu ?? '', kalender: KALENDER_BAKU,
      totalWaktu: jadwal.totalWaktu, status: buatStatusSop(t, jadwal), tertunda: [],
    };
    const nilai = isiTabStatus(rekam, { tahun: 2026, bulan: 3, hari: 2, menit: 480 }).nilai;
    expect(nilai[1].slice(0, 4)).toEqual(['Sumber', sumberSop(t), '', 'Catatan sumber']);
    expect(nilai[1][4]).toContain('Bidang-bidang');
    expect(nilai[2][1]).toBe('25 hari kerja 1 jam (menurut sumber: 25 HARI KERJA + 1 JAM)');
  });
});

describe('the sidebar\'s "Tandai langkah" form', () => {
  it('offers the current step first and lists steps by their own names only', () => {
    const langkah = (urutan: number, nama: string) => ({
      urutan, nama, kegiatan: `Kegiatan ${nama}`, pelaksana: 'Kasubbag', status: 'belum' as const, labelStatus: 'Belum', tenggat: '', oleh: '', catatan: '', bolehDitandai: true,
    });
    const html = renderSop({
      judul: 'SOP', tab: 'Status SOP TW I 2026', saatIni: 'Langkah 11: …', urutanSaatIni: 12, menunggu: 'Menunggu Kasubbag', terlambat: [],
      standarWaktu: '1 hari kerja', waktuBerjalan: '0 menit', langkah: [langkah(1, 'Langkah 1'), langkah(9, 'Langkah ke-9'), langkah(10, 'Langkah 9'), langkah(12, 'Langkah 11')],
    }, true);
    expect(html).toContain('<option value="12" selected>Langkah 11: ');
    expect(html.match(/ selected/g)).toHaveLength(1);
    expect(html).not.toContain('<ol');
  });
});

describe('plan and actual time', () => {
  const t = cariTemplate('sop-004')!;
  const senin = { tahun: 2026, bulan: 3, hari: 2, menit: 480 };
  const rekamDari = (status: ReturnType<typeof buatStatusSop>): RekamSop => ({
    siklusId: 'x', label: 'Tahunan 2026', tab: 't', judul: t.judul, sumber: sumberSop(t), kalender: KALENDER_BAKU,
    totalWaktu: rencanaJadwal(t, senin, KALENDER_BAKU).totalWaktu, status, tertunda: [],
  });

  it('re-plans the open steps from the actual finish of the step before', () => {
    const awal = buatStatusSop(t, rencanaJadwal(t, senin, KALENDER_BAKU));
    // Step 1 finishes two working days after its plan.
    const l1 = awal.langkah[0];
    const selesai = { tahun: 2026, bulan: 3, hari: 6, menit: 600 }; // Friday 10:00
    const status = { ...awal, langkah: awal.langkah.map((l) => (l === l1 ? { ...l, status: 'selesai' as const, mulai: senin, selesai } : l)) };
    const ulang = rencanaUlang(status, KALENDER_BAKU);
    expect(ulang.langkah[1].rencanaMulai).toEqual(selesai);
    const standar = waktuKerjaAntara(awal.langkah[1].rencanaMulai, awal.langkah[1].rencanaTenggat, KALENDER_BAKU);
    expect(waktuKerjaAntara(ulang.langkah[1].rencanaMulai, ulang.langkah[1].rencanaTenggat, KALENDER_BAKU)).toEqual(standar);
    expect(ulang.langkah[0]).toEqual(status.langkah[0]);
  });

  it('names a finished step whose actual working time exceeded its standard (6 working days against 4)', () => {
    const t1 = cariTemplate('sop-001')!;
    const awal = buatStatusSop(t1, rencanaJadwal(t1, senin, KALENDER_BAKU));
    const urutan = t1.baris.find((b) => b.durasi?.hariKerja === 4 && b.durasi.menit === 0)?.urutan;
    const empat = awal.langkah.find((l) => l.urutan === urutan);
    if (!empat) throw new Error('sop-001 has a 4-day step');
    const selesai = tambahWaktuKerja(empat.rencanaMulai, { hariKerja: 6, menit: 0 }, KALENDER_BAKU);
    const status = { ...awal, langkah: awal.langkah.map((l) => (l === empat ? { ...l, status: 'selesai' as const, mulai: empat.rencanaMulai, selesai } : l)) };
    const ringkas = ringkasRekam(rekamDari(status), selesai);
    const daftar = daftarTerlambat(ringkas.langkah, KALENDER_BAKU);
    expect(daftar).toContain(`${namaLangkah(empat, true)} selesai dalam 6 hari kerja, standar 4 hari kerja, ${empat.pelaksana}: ${empat.kegiatan}`);
  });
});

describe('the status tab shows each step\'s Kelengkapan and Output', () => {
  it('as the SOP writes them (sop-003 step 5: the correction list in and out)', () => {
    const t = cariTemplate('sop-003')!;
    const senin = { tahun: 2026, bulan: 3, hari: 2, menit: 480 };
    const jadwal = rencanaJadwal(t, senin, KALENDER_BAKU);
    const rekam: RekamSop = { siklusId: 'x', label: 'Tahunan 2026', tab: 't', judul: t.judul, sumber: sumberSop(t), kalender: KALENDER_BAKU, totalWaktu: jadwal.totalWaktu, status: buatStatusSop(t, jadwal), tertunda: [] };
    const nilai = isiTabStatus(rekam, senin).nilai;
    const judul = nilai[6];
    expect(judul.slice(-2)).toEqual(['Kelengkapan', 'Output']);
    const baris5 = nilai.find((r, i) => i > 6 && r[0] === '5')!;
    expect(baris5.slice(-2)).toEqual(['Daftar Koreksi dan Masukan terhadap Draft Laporan Kinerja', 'Daftar Koreksi dan Masukan terhadap Draft Laporan Kinerja']);
  });
});

describe('the status tab shows sop-000\'s lost steps as one row that is not tracked', () => {
  it('"Langkah 2–8 tidak terbaca di sumber", Status "Tidak dilacak", no plan, never late', () => {
    const t = cariTemplate('sop-000')!;
    const senin = { tahun: 2026, bulan: 3, hari: 2, menit: 480 };
    const jadwal = rencanaJadwal(t, senin, KALENDER_BAKU);
    const rekam: RekamSop = { siklusId: 'x', label: 'TW I 2026', tab: 't', judul: t.judul, sumber: sumberSop(t), kalender: KALENDER_BAKU, totalWaktu: jadwal.totalWaktu, status: buatStatusSop(t, jadwal), tertunda: [] };
    const nilai = isiTabStatus(rekam, { tahun: 2027, bulan: 1, hari: 4, menit: 600 }).nilai;
    // Row 8 is step 1, row 9 the placeholder: No, Kegiatan, Pelaksana, Waktu, Peristiwa, Status, Rencana mulai, Tenggat, Mulai, Selesai.
    expect(nilai[8].slice(0, 10)).toEqual(['2–8', 'Langkah 2–8 tidak terbaca di sumber', '', '', '', 'Tidak dilacak', '', '', '', '']);
    expect(nilai[9][0]).toBe('9');
    // A year on, every open step is late; the placeholder is not among them.
    expect(nilai[4][1]).not.toContain('2–8');
    expect(nilai[4][1]).toContain('Langkah 9');
  });
});

describe('a collection SOP chained with a drafting SOP (Pengaturan ▸ Template SOP "sop-001 + sop-003")', () => {
  it('tracks both in one list: 003\'s steps follow 001\'s, numbered "003-n", with only drafting events of their own', () => {
    const t = cariTemplate('SOP-001+sop-003')!;
    const a = cariTemplate('sop-001')!;
    const b = cariTemplate('sop-003')!;
    expect(t.id).toBe('sop-001 + sop-003');
    expect(t.baris).toHaveLength(a.baris.length + b.baris.length);
    expect(t.baris.map((x) => x.urutan)).toEqual(t.baris.map((_, i) => i + 1));
    const kedua = t.baris.slice(a.baris.length);
    expect(kedua.map((x) => x.no)).toEqual(b.baris.map((x) => `003-${x.no}`));
    // Collection events stay with sop-001: sop-003's step 3 (nota dinas) and 4 (bidang) are marked by hand in the chain.
    expect(kedua.filter((x) => x.peristiwa)).toEqual([]);
    expect(t.baris.filter((x) => x.peristiwa === 'siklus-dimulai')).toHaveLength(1);
    expect(judulSop(t, 'Badan Kesbangpol Kota Contoh')).toBe('PENGUMPULAN DATA KINERJA BADAN KESBANGPOL KOTA CONTOH; PENYUSUNAN LAPORAN KINERJA');
    expect(sumberSop(t)).toBe(`${sumberSop(a)} + ${sumberSop(b)}`);
    expect(cariTemplate('sop-001 + sop-009')).toBeNull();
  });
});

describe('the bidang deadline\'s 10-working-day fallback is said, never silent', () => {
  it('names why: sop-002 has no step where the bidang send data; sop-001 and sop-003 do', () => {
    expect(catatanBatasBawaan('sop-002')).toBe('Batas waktu bawaan 10 hari kerja: SOP sop-002 tidak memuat langkah pengiriman data oleh bidang.');
    expect(catatanBatasBawaan('sop-001')).toBeNull();
    expect(catatanBatasBawaan('sop-003')).toBeNull();
    expect(catatanBatasBawaan('kustom')).toMatch(/^Batas waktu bawaan 10 hari kerja: SOP kustom/);
  });
});
