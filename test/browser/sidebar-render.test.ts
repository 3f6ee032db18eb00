import { describe, expect, it } from 'vitest';
import { renderPanel, renderTampilan, tampilanGalat, tampilanHasil } from '../../src/ui/render';
import type { PanelState } from '../../src/server/api-types';

const XSS = '<img src=x onerror=alert(1)>';

const admin: PanelState = {
  spreadsheetName: 'Lapkin',
  pengguna: 'kasubbag@contoh.go.id',
  admin: true,
  siklus: {
    id: 'TW1-2026',
    periode: 'TW1',
    label: 'TW I 2026',
    tahun: 2026,
    batasWaktu: '2026-04-10',
    batasWaktuTampil: '10 April 2026',
    dimulai: '2026-04-01T02:00:00.000Z',
    catatan: XSS,
    lengkap: true,
    persiapan: false,
    bidang: [
      { kode: 'B1', nama: XSS, tab: 'TW1 B1', status: 'sedang-diisi', labelStatus: 'Sedang diisi', terisi: 3, jumlahIndikator: 4, url: 'https://docs.google.com/spreadsheets/d/x/edit#gid=1' },
      { kode: 'B2', nama: 'Sekretariat', tab: 'TW1 B2', status: 'terkirim', labelStatus: 'Terkirim', terisi: 2, jumlahIndikator: 2, url: 'javascript:alert(1)' },
    ],
    terkirim: 1,
    jumlahBidang: 2,
    triwulanTanpaSiklus: [],
  },
  dokumen: [],
  sop: null,
  tahap: 'pengumpulan',
  bidangSaya: [],
};

describe('renderPanel', () => {
  it('shows the cycle: period, deadline, each bidang with its status and progress', () => {
    const html = renderPanel(admin);
    expect(html).toContain('Siklus TW I 2026');
    expect(html).toContain('10 April 2026');
    expect(html).toContain('1 dari 2 bidang sudah mengirim');
    expect(html).toContain('3 dari 4 indikator terisi');
    expect(html).toContain('style="width:75%"');
  });

  it('escapes bidang names and notes', () => {
    const html = renderPanel(admin);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('offers the start-cycle form with every period, and admin actions, only to an administrator', () => {
    const html = renderPanel(admin);
    for (const label of ['TW I', 'TW II', 'TW III', 'TW IV', 'Tahunan']) expect(html).toContain(`>${label}</option>`);
    expect(html).toContain('data-fungsi="siapkanLembarKerja"');
    const kabid = renderPanel({ ...admin, admin: false, tahap: null });
    expect(kabid).not.toContain('form-mulai');
    expect(kabid).not.toContain('siapkanLembarKerja');
    expect(kabid).not.toContain('kembalikanUntukPerbaikan');
  });

  it("puts the current stage's actions first, as the add-on CSS's action button, and the rest under Tindakan lain", () => {
    const utama = (tahap: NonNullable<PanelState['tahap']>): string[] => {
      const html = renderPanel({ ...admin, tahap });
      const blok = html.slice(html.indexOf('langkah-sekarang'), html.indexOf('tindakan-lain'));
      return Array.from(blok.matchAll(/class="action" data-fungsi="(\w+)"/g), (m) => m[1]);
    };
    expect(utama('pengumpulan')).toEqual(['kirimPengingat']);
    expect(utama('rekap')).toEqual(['buatTabRekap']);
    expect(utama('draf')).toEqual(['buatDokumenLkj']);
    expect(renderPanel({ ...admin, tahap: 'rekap' })).toMatch(/<li class="current" aria-current="step">Rekap<\/li>/);
  });

  it('hides what needs a cycle before there is one, and says so', () => {
    const html = renderPanel({ ...admin, siklus: null, tahap: 'persiapan' });
    expect(Array.from(html.matchAll(/data-fungsi="(\w+)"/g), (m) => m[1])).toEqual(['siapkanLembarKerja']);
    expect(html).toContain('Nota dinas tersedia setelah siklus disiapkan');
    expect(html).toMatch(/<button type="submit" class="create" value="mulaiSiklus">Mulai siklus<\/button><button type="submit" value="siapkanSiklus">Siapkan siklus<\/button>/);
  });

  it('shows a prepared cycle as persiapan: the nota dinas first, then Mulai siklus for that period; no bidang actions yet', () => {
    const disiapkan = { ...admin.siklus!, lengkap: false, persiapan: true, terkirim: 0 };
    const html = renderPanel({ ...admin, siklus: disiapkan, tahap: 'persiapan' });
    const blok = html.slice(html.indexOf('langkah-sekarang'), html.indexOf('class="siklus'));
    expect(Array.from(blok.matchAll(/class="action" data-fungsi="(\w+)"/g), (m) => m[1])).toEqual(['buatNotaDinas']);
    expect(blok).toContain('<input type="hidden" name="periode" value="TW1" /><input type="hidden" name="tahun" value="2026" />');
    expect(blok).toContain('>Mulai siklus TW I 2026</button>');
    expect(html).toContain('Siklus TW I 2026 (persiapan)');
    expect(html).toContain('Tab bidang belum dibuka');
    expect(html).not.toContain('kirimAtasNamaBidang');
    expect(html).not.toContain('belum selesai');
    const kabid = renderPanel({ ...admin, admin: false, tahap: null, siklus: disiapkan });
    expect(kabid).toContain('Belum ada siklus berjalan');
    expect(kabid).not.toContain('tidak terdaftar sebagai Kabid');
  });

  it('links each bidang to its tab; a link that is not https is plain text', () => {
    const html = renderPanel(admin);
    expect(html).toContain('<a href="https://docs.google.com/spreadsheets/d/x/edit#gid=1" target="_top" data-tab="TW1 B1">&lt;img');
    expect(html).not.toContain('javascript:');
  });

  it("shows a Kabid their own tab first: link, status, how to submit, the return reason, Periksa isian for that bidang", () => {
    const b = admin.siklus!.bidang[0];
    const html = renderPanel({ ...admin, admin: false, tahap: null, bidangSaya: [{ ...b, status: 'dikembalikan', labelStatus: 'Dikembalikan', selKirim: 'D5', alasanKembali: `Lengkapi ${XSS}` }] });
    expect(html.indexOf('bidang-saya')).toBeLessThan(html.indexOf('class="siklus'));
    expect(html).toContain('centang kotak Kirim di D5');
    expect(html).toContain('Lengkapi &lt;img');
    expect(html).toContain('data-fungsi="periksaIsian" data-kunci="periksaIsian:B1" data-arg="{&quot;bidang&quot;:&quot;B1&quot;}"');
    expect(renderPanel({ ...admin, admin: false, tahap: null, bidangSaya: [] })).toContain('tidak terdaftar sebagai Kabid atau staf');
  });

  it('links each latest document and the Drive folder it is in; a link that is not https is shown as plain text', () => {
    const html = renderPanel({
      ...admin,
      dokumen: [
        { jenis: 'Draf LKj', nama: `LKj ${XSS}`, url: 'https://docs.google.com/document/d/d1/edit', folder: 'https://drive.google.com/drive/folders/f1', dibuat: '2026-04-01T02:00:00.000Z' },
        { jenis: 'Nota dinas', nama: 'Nota lama', url: 'https://docs.google.com/document/d/d0/edit', dibuat: '2026-03-01T02:00:00.000Z' },
        { jenis: 'Nota dinas', nama: 'Jahat', url: 'https://docs.google.com/document/d/d2/edit', folder: 'javascript:alert(1)', dibuat: '2026-04-01T02:00:00.000Z' },
      ],
    });
    expect(html).toContain(
      '<li><span class="jenis">Draf LKj</span> <a href="https://docs.google.com/document/d/d1/edit" target="_blank" rel="noopener">LKj &lt;img src=x onerror=alert(1)&gt;</a>' +
        ' · <a href="https://drive.google.com/drive/folders/f1" target="_blank" rel="noopener">folder</a></li>',
    );
    // A document saved before Lapkin noted folders has no folder link.
    expect(html).toContain('<a href="https://docs.google.com/document/d/d0/edit" target="_blank" rel="noopener">Nota lama</a></li>');
    expect(html).not.toContain('javascript:');
  });

  it('offers an admin the closed quarters that never ran as cycles, with how to enter them; never a Kabid', () => {
    const siklus = { ...admin.siklus!, periode: 'TW3' as const, label: 'TW III 2026', triwulanTanpaSiklus: ['TW I', 'TW II'] };
    const html = renderPanel({ ...admin, siklus });
    expect(html).toContain('TW I, TW II 2026 tidak berjalan sebagai siklus');
    expect(html).toContain('data-fungsi="simpanTriwulanSebelumnya" data-kunci="simpanTriwulanSebelumnya">Simpan realisasi triwulan sebelumnya</button>');
    expect(renderPanel({ ...admin, admin: false, tahap: null, siklus })).not.toContain('simpanTriwulanSebelumnya');
    expect(renderPanel(admin)).not.toContain('simpanTriwulanSebelumnya');
  });

  it('says when a start was cut off, and when no cycle runs yet', () => {
    expect(renderPanel({ ...admin, siklus: { ...admin.siklus!, lengkap: false } })).toContain('belum selesai');
    expect(renderPanel({ ...admin, admin: false, tahap: null, siklus: null })).toContain('Belum ada siklus berjalan');
  });
});

describe('tampilanHasil', () => {
  it('lists every configuration problem of a refused start, escaped', () => {
    const html = renderTampilan(
      tampilanHasil({ status: 'masalah', pesan: 'Ada 2 masalah.', masalah: [], uraian: [`Tab Bidang baris 3: ${XSS}`, 'Tahun kosong'] }),
    );
    expect(html).toContain('class="error"');
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
  });

  it('reports what setting up the workbook added', () => {
    const t = tampilanHasil({ pesan: 'Lembar kerja siap.', ditambahkan: ['tab Pengaturan'], diubah: ['tab kosong "Sheet1" dihapus'], masalah: [] });
    expect(t).toEqual({ jenis: 'info', pesan: 'Lembar kerja siap.', rincian: ['Ditambahkan: tab Pengaturan', 'tab kosong "Sheet1" dihapus'] });
  });
});

describe('tampilanGalat', () => {
  it('shows Google\'s English error in Indonesian, the original folded away under Rincian teknis, escaped', () => {
    const asli = `Service Spreadsheets timed out while accessing document with id ${XSS}.`;
    const html = renderTampilan(tampilanGalat(new Error(asli)));
    expect(html).toContain('class="error"');
    expect(html).toContain('<p>Google Sheets sedang sibuk atau waktu habis; coba lagi sebentar lagi.</p>');
    expect(html).toMatch(/<details class="teknis"><summary>Rincian teknis<\/summary><code>Service Spreadsheets timed out while accessing document with id &lt;img/);
    expect(html).not.toContain('<img');
  });

  it('shows our own Indonesian refusal as it is, with no technical details', () => {
    const html = renderTampilan(tampilanGalat(new Error('Belum ada siklus berjalan. Admin menjalankan Mulai siklus lebih dulu.')));
    expect(html).toBe('<div class="error"><p>Belum ada siklus berjalan. Admin menjalankan Mulai siklus lebih dulu.</p></div>');
  });
});
