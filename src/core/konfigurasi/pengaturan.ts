/** Reads and validates the Pengaturan tab (key in column A, value in column B). Pure. */
import { parseSkalaKategori } from '../kategori';
import { parseTanggalIso, tanggalSah, toIso } from '../tanggal';
import type { PeranId } from '../sop/model';
import { BATAS_RATA_RATA_BAWAAN } from '../capaian';
import { gabungLibur } from '../libur-nasional';
import type { BatasKategori, Masalah, Pengaturan, RumusNegatif, TargetNol } from '../types';
import { bacaAngka, emailSah, emailTidakSah, pisahDaftar } from './angka';
import { masalahTab, tabTidakAda } from './tabel';
import { idEmailPeran, KUNCI_PENGATURAN, PENGATURAN_KOLOM, PERAN_EMAIL, PILIHAN_TEMPLATE_SOP, RUMUS_NEGATIF_PILIHAN, TAB_PENGATURAN, TARGET_NOL_PILIHAN, TIDAK, YA } from './skema';

/** Lower-cased e-mails per SOP role named in Pengaturan (PERAN_EMAIL); a role without e-mails is absent. */
export type EmailPeran = Readonly<Partial<Record<PeranId, readonly string[]>>>;

const KOLOM_NILAI = PENGATURAN_KOLOM[1];

/** The predikat scale `WTP=4; WDP=3; …` → label → number, or a message. */
function bacaSkalaPredikat(teks: string): Record<string, number> | string {
  const hasil: Record<string, number> = {};
  for (const b of teks.split(/[;\n]/).map((x) => x.trim()).filter((x) => x !== '')) {
    const [label, angkaTeks] = b.split('=').map((x) => x.trim());
    const angka = bacaAngka(angkaTeks);
    if (label === '' || angka.jenis !== 'angka') return `"${b}" tidak berbentuk Predikat=angka.`;
    if (Object.keys(hasil).some((l) => l.toLowerCase() === label.toLowerCase())) return `predikat "${label}" ditulis dua kali.`;
    hasil[label] = angka.nilai;
  }
  return hasil;
}

function bacaJam(teks: string): number | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(teks.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

const NAMA_HARI: Readonly<Record<string, number>> = { senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6 };

/** "08:00-16:00" → minutes, or null. */
function bacaRentangJam(teks: string): { mulai: number; selesai: number } | null {
  const [a, b, lebih] = teks.split(/[-–]/);
  const mulai = bacaJam(a ?? '');
  const selesai = bacaJam(b ?? '');
  return lebih === undefined && mulai !== null && selesai !== null && selesai > mulai ? { mulai, selesai } : null;
}

/**
 * Office hours: "08:00-16:00", then optionally a day's own hours, "08:00-16:00; Jumat 08:00-11:30"
 * (Friday is shorter in many offices). '' → 08:00-16:00. A message when it cannot be read.
 */
export function bacaJamKantor(teks: string): Pengaturan['jamKantor'] | string {
  if (teks.trim() === '') return { mulai: 480, selesai: 960, perHari: {} };
  const [umum, ...khusus] = teks.split(/[;\n]/).map((x) => x.trim()).filter((x) => x !== '');
  const baku = bacaRentangJam(umum ?? '');
  if (baku === null) return `"${teks}" tidak berbentuk 08:00-16:00 (lalu boleh "; Jumat 08:00-11:30").`;
  const perHari: Record<number, { mulai: number; selesai: number }> = {};
  for (const bagian of khusus) {
    const m = /^(\S+)\s+(.+)$/.exec(bagian);
    const hari = m ? NAMA_HARI[m[1].toLowerCase()] : undefined;
    const rentang = m ? bacaRentangJam(m[2]) : null;
    if (hari === undefined || rentang === null) return `"${bagian}" tidak berbentuk nama hari lalu jam, mis. "Jumat 08:00-11:30".`;
    perHari[hari] = rentang;
  }
  return { ...baku, perHari };
}

/** yyyy-mm-dd or dd/mm/yyyy → yyyy-mm-dd; null when not a real day. */
function bacaTanggal(teks: string): string | null {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(teks);
  const t = dmy ? { tahun: Number(dmy[3]), bulan: Number(dmy[2]), hari: Number(dmy[1]) } : parseTanggalIso(teks);
  return t !== null && tanggalSah(t) ? toIso(t) : null;
}

/**
 * `grid` is getValues of the tab (null when missing); Dates must already be ISO text
 * (yyyy-mm-dd) — the gas reader converts them in the spreadsheet's time zone.
 */
export function bacaPengaturan(grid: readonly (readonly unknown[])[] | null): {
  pengaturan: Pengaturan | null;
  emailPeran: EmailPeran;
  masalah: Masalah[];
  /** The predikat scale even when other settings have problems, so indicators are checked against it. */
  skalaKualitatif: Record<string, number>;
} {
  if (grid === null) {
    return { pengaturan: null, emailPeran: {}, skalaKualitatif: {}, masalah: [tabTidakAda(TAB_PENGATURAN)] };
  }
  const barisKunci = new Map<string, { baris: number; nilai: unknown }>();
  grid.forEach((row, i) => {
    const label = String(row[0] ?? '').trim().toLowerCase();
    if (i > 0 && label !== '' && !barisKunci.has(label)) barisKunci.set(label, { baris: i + 1, nilai: row[1] });
  });
  const daftar: Masalah[] = [];
  const nilai: Record<string, string> = {};
  const baris: Record<string, number> = {};
  for (const kunci of KUNCI_PENGATURAN) {
    const ada = barisKunci.get(kunci.label.toLowerCase());
    if (!ada) {
      if (kunci.opsional) continue;
      daftar.push(masalahTab(TAB_PENGATURAN, `Baris "${kunci.label}" tidak ada. Jalankan Siapkan lembar kerja untuk menambahkannya.`));
      continue;
    }
    nilai[kunci.id] = String(ada.nilai ?? '').trim();
    baris[kunci.id] = ada.baris;
    if (kunci.wajib && nilai[kunci.id] === '') salah(kunci.id, 'Wajib diisi.');
  }
  /** Records a problem of key `id`'s value cell. */
  function salah(id: string, pesan: string): void {
    daftar.push(masalahTab(TAB_PENGATURAN, `${labelKunci(id)}: ${pesan}`, baris[id] ?? 0, KOLOM_NILAI));
  }
  const teks = (id: string): string => nilai[id] ?? '';

  const tahunAngka = bacaAngka(teks('tahun'));
  const tahun = tahunAngka.jenis === 'angka' ? tahunAngka.nilai : NaN;
  if (teks('tahun') !== '' && !(Number.isInteger(tahun) && tahun >= 2000 && tahun <= 2100)) salah('tahun', `"${teks('tahun')}" bukan tahun (mis. 2026).`);

  const kasubbagEmail = teks('kasubbagEmail').toLowerCase();
  if (kasubbagEmail !== '' && !emailSah(kasubbagEmail)) salah('kasubbagEmail', emailTidakSah(teks('kasubbagEmail')));
  const daftarEmail = (id: string): string[] => {
    const emails = pisahDaftar(teks(id)).map((e) => e.toLowerCase());
    for (const email of emails) if (!emailSah(email)) salah(id, emailTidakSah(email));
    return emails;
  };
  const adminEmails = daftarEmail('adminEmails');
  const emailPeran: Partial<Record<PeranId, readonly string[]>> = {};
  for (const p of PERAN_EMAIL) {
    const emails = daftarEmail(idEmailPeran(p));
    if (emails.length > 0) emailPeran[p] = emails;
  }

  const rumus = (Object.keys(RUMUS_NEGATIF_PILIHAN) as RumusNegatif[]).find(
    (k) => RUMUS_NEGATIF_PILIHAN[k].replace(/\s/g, '') === teks('rumusNegatif').replace(/\s/g, '').replace('-', '−') || k === teks('rumusNegatif'),
  );
  if (teks('rumusNegatif') !== '' && !rumus) salah('rumusNegatif', `pilih "${RUMUS_NEGATIF_PILIHAN['2T-R']}" atau "${RUMUS_NEGATIF_PILIHAN['T/R']}".`);

  const batasAngka = bacaAngka(teks('batasAtasCapaian'));
  if (batasAngka.jenis === 'bukan-angka' || (batasAngka.jenis === 'angka' && batasAngka.nilai <= 0)) salah('batasAtasCapaian', `"${teks('batasAtasCapaian')}" bukan angka lebih dari 0.`);

  const seragam = (t: string): string => t.replace(/\s/g, '').toLowerCase();
  const targetNol = (Object.keys(TARGET_NOL_PILIHAN) as TargetNol[]).find((k) => seragam(TARGET_NOL_PILIHAN[k]) === seragam(teks('targetNol')) || k === teks('targetNol'));
  if (teks('targetNol') !== '' && !targetNol) salah('targetNol', `pilih "${TARGET_NOL_PILIHAN['tidak-dapat-dihitung']}" atau "${TARGET_NOL_PILIHAN['nol-100']}".`);

  const batasRata = bacaAngka(teks('batasRataRata'));
  if (batasRata.jenis === 'bukan-angka' || (batasRata.jenis === 'angka' && batasRata.nilai <= 0)) salah('batasRataRata', `"${teks('batasRataRata')}" bukan angka lebih dari 0.`);

  let skalaKategori: readonly BatasKategori[] = [];
  if (teks('skalaKategori') !== '') {
    const kategori = parseSkalaKategori(teks('skalaKategori'));
    if (kategori.ok) skalaKategori = kategori.skala;
    else salah('skalaKategori', kategori.pesan);
  }

  const predikat = bacaSkalaPredikat(teks('skalaKualitatif'));
  if (typeof predikat === 'string') salah('skalaKualitatif', predikat);
  const skalaKualitatif = typeof predikat === 'string' ? {} : predikat;

  const hariLibur: string[] = [];
  for (const t of pisahDaftar(teks('hariLibur'))) {
    const iso = bacaTanggal(t);
    if (iso === null) salah('hariLibur', `"${t}" bukan tanggal (yyyy-mm-dd atau dd/mm/yyyy).`);
    else hariLibur.push(iso);
  }

  const jam = bacaJamKantor(teks('jamKantor'));
  if (typeof jam === 'string') salah('jamKantor', jam);

  if (teks('templateSop') !== '' && !PILIHAN_TEMPLATE_SOP.includes(teks('templateSop').toLowerCase())) {
    salah('templateSop', `"${teks('templateSop')}" bukan template yang dikenal; pilih ${PILIHAN_TEMPLATE_SOP.join(', ')}.`);
  }

  const kirim = teks('kirimEmail').toLowerCase();
  if (kirim !== '' && kirim !== YA.toLowerCase() && kirim !== TIDAK.toLowerCase()) salah('kirimEmail', `pilih ${YA} atau ${TIDAK}.`);

  if (daftar.length > 0) return { pengaturan: null, emailPeran, masalah: daftar, skalaKualitatif };
  return {
    pengaturan: {
      instansi: teks('instansi'),
      pemerintahDaerah: teks('pemerintahDaerah'),
      alamat: teks('alamat'),
      tahun,
      kepala: { nama: teks('kepalaNama'), nip: teks('kepalaNip'), jabatan: teks('kepalaJabatan') },
      kasubbag: { nama: teks('kasubbagNama'), nip: teks('kasubbagNip'), jabatan: teks('kasubbagJabatan'), email: kasubbagEmail },
      adminEmails,
      rumusNegatif: rumus ?? '2T-R',
      batasAtasCapaian: batasAngka.jenis === 'angka' ? batasAngka.nilai : null,
      targetNol: targetNol ?? 'tidak-dapat-dihitung',
      batasRataRata: batasRata.jenis === 'angka' ? batasRata.nilai : BATAS_RATA_RATA_BAWAAN,
      skalaKategori,
      skalaKualitatif,
      hariLibur: gabungLibur(hariLibur),
      jamKantor: typeof jam === 'string' ? { mulai: 480, selesai: 960, perHari: {} } : jam,
      templateSop: teks('templateSop').toLowerCase(),
      folderKeluaran: teks('folderKeluaran'),
      kirimEmail: kirim === YA.toLowerCase(),
    },
    emailPeran,
    masalah: [],
    skalaKualitatif,
  };
}

/** The label of Pengaturan key `id` ("Nama instansi"); the id itself when there is no such key. */
function labelKunci(id: string): string {
  return KUNCI_PENGATURAN.find((k) => k.id === id)?.label ?? id;
}

/**
 * The value of Pengaturan key `id` as typed in the tab's getValues grid (trimmed text; '' when the
 * tab or the row is missing), whatever problems the other settings have.
 */
export function nilaiDariGrid(grid: readonly (readonly unknown[])[] | null, id: string): string {
  const label = labelKunci(id).toLowerCase();
  const row = (grid ?? []).find((r, i) => i > 0 && String(r[0] ?? '').trim().toLowerCase() === label);
  return String(row?.[1] ?? '').trim();
}

/**
 * The admin e-mails as typed in the Pengaturan grid, even when other settings have problems,
 * so that an admin can still run setup and see the problems. Invalid addresses are dropped.
 */
export function emailAdminDariGrid(grid: readonly (readonly unknown[])[] | null): string[] {
  return pisahDaftar(nilaiDariGrid(grid, 'adminEmails')).map((e) => e.toLowerCase()).filter(emailSah);
}
