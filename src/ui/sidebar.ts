import type { Periode } from '../core/types';
import type { HasilMulaiSiklus, HasilSiapkan, HasilTandaiSop, MasukanMulaiSiklus, MasukanTandaiSop, PanelState } from '../server/api-types';
import { renderPanel, renderTampilan, tampilanGalat, tampilanHasil, type Tampilan } from './render';
import { bacaPemecahanMasalah } from '../core/bantuan';
import PEMECAHAN_MASALAH from '../../docs/panduan/pemecahan-masalah.md';
import type { KeadaanMulaiDiSini } from '../core/mulai-di-sini';
import { renderMulaiDiSini } from './mulai-di-sini';

/** The Panduan's Pemecahan masalah entries: each error the panel shows links to its own. */
const BANTUAN = bacaPemecahanMasalah(PEMECAHAN_MASALAH);

const app = document.getElementById('app') as HTMLElement;

/** Calls a server function; resolves with its result, rejects with the server's Error. */
function panggil<T>(fungsi: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    google.script.run
      .withSuccessHandler((value: T) => resolve(value))
      .withFailureHandler(reject)
      [fungsi](...args);
  });
}

function tampilkan(t: Tampilan): void {
  (document.getElementById('pesan') ?? app).innerHTML = renderTampilan(t);
}

function gagal(error: unknown): void {
  tampilkan(tampilanGalat(error, BANTUAN));
}

async function muat(setelah?: Tampilan): Promise<void> {
  try {
    const state = await panggil<PanelState>('getPanelState');
    // Before the first cycle the admin gets the first-run guide on top (src/ui/mulai-di-sini.ts).
    const panduan = state.admin && state.siklus === null ? renderMulaiDiSini(await panggil<KeadaanMulaiDiSini>('getMulaiDiSini')) : '';
    app.innerHTML = renderPanel(state).replace('<div id="pesan" role="status"></div>', (p) => p + panduan);
    if (setelah) tampilkan(setelah);
  } catch (error) {
    gagal(error);
  }
}

/** True while an action's server calls are in flight: a second action is not started. */
let sibuk = false;

/**
 * Runs an action, then reloads the panel and shows its outcome (or the server's refusal). Until
 * it ends every button is disabled (synchronously, before the first call leaves), so a double
 * click or a second button cannot start an action twice; they come back when it ends.
 */
async function jalankan(aksi: () => Promise<Tampilan | null>): Promise<void> {
  if (sibuk) return;
  sibuk = true;
  const dimatikan = Array.from(app.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'));
  for (const tombol of dimatikan) tombol.disabled = true;
  app.setAttribute('aria-busy', 'true');
  const pesan = document.getElementById('pesan');
  if (pesan) pesan.innerHTML = '<p class="proses">Sedang diproses…</p>';
  try {
    const tampilan = await aksi();
    if (tampilan) await muat(tampilan);
  } catch (error) {
    gagal(error);
  } finally {
    sibuk = false;
    for (const tombol of dimatikan) tombol.disabled = false;
    app.removeAttribute('aria-busy');
    app.querySelector('#pesan .proses')?.remove();
  }
}

/** Calls `fungsi`; when the server asks for confirmation, asks the user and calls it again. */
async function denganKonfirmasi(fungsi: string, buatArgs: (konfirmasi: boolean) => unknown[]): Promise<Tampilan | null> {
  let hasil = await panggil<HasilMulaiSiklus | HasilSiapkan>(fungsi, ...buatArgs(false));
  if ('status' in hasil && hasil.status === 'perlu-konfirmasi') {
    if (!window.confirm(hasil.pesan)) return null;
    hasil = await panggil<HasilMulaiSiklus>(fungsi, ...buatArgs(true));
  }
  return tampilanHasil(hasil, BANTUAN);
}

function masukanMulai(form: HTMLFormElement, konfirmasi: boolean): MasukanMulaiSiklus {
  const data = new FormData(form);
  const tahun = String(data.get('tahun') ?? '').trim();
  return {
    periode: String(data.get('periode')) as Periode,
    ...(tahun ? { tahun: Number(tahun) } : {}),
    batasWaktu: String(data.get('batasWaktu') ?? ''),
    catatan: String(data.get('catatan') ?? ''),
    konfirmasi,
  };
}

function masukanSop(form: HTMLFormElement): MasukanTandaiSop {
  const data = new FormData(form);
  const status = data.get('status');
  return {
    urutan: Number(data.get('urutan')),
    catatan: String(data.get('catatan') ?? ''),
    ...(status === 'selesai' || status === 'dilewati' || status === 'ulang' ? { status } : {}),
  };
}

app.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (form.id === 'form-mulai') {
    event.preventDefault();
    void jalankan(() => denganKonfirmasi('mulaiSiklus', (konfirmasi) => [masukanMulai(form, konfirmasi)]));
  } else if (form.id === 'form-sop') {
    event.preventDefault();
    void jalankan(async () => ({ jenis: 'info', pesan: (await panggil<HasilTandaiSop>('tandaiLangkahSop', masukanSop(form))).pesan, rincian: [] }));
  }
});

app.addEventListener('click', (event) => {
  const tombol = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-fungsi], button[data-muat]');
  const fungsi = tombol?.dataset.fungsi;
  if (fungsi) void jalankan(() => denganKonfirmasi(fungsi, (konfirmasi) => (konfirmasi ? [{ konfirmasi: true }] : [])));
  else if (tombol) void jalankan(async () => ({ jenis: 'info', pesan: 'Lembar kerja sudah dibaca ulang.', rincian: [] }));
});

void muat();
