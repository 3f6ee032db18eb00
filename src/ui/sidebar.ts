/**
 * The sidebar's controller: loads the panel, runs the buttons' and forms' actions, and keeps the
 * panel current. An action's progress and outcome appear right beside the control that started
 * it (scrolled into view), and stay there across redraws; a redraw keeps what was typed in the
 * forms and which folds were open. The panel reloads itself when it regains focus and every 30 s
 * while visible, and says when it was last updated, with a Perbarui button.
 */
import type { Periode } from '../core/types';
import type { HasilMulaiSiklus, HasilSiapkan, HasilTandaiSop, MasukanMulaiSiklus, MasukanTandaiSop, PanelState } from '../server/api-types';
import { renderPanel } from './render';
import { PROSES_HTML, renderTampilan, tampilanGalat, tampilanHasil, type Tampilan } from './tampilan';
import { bacaPemecahanMasalah } from '../core/bantuan';
import PEMECAHAN_MASALAH from '../../docs/panduan/pemecahan-masalah.md';
import type { KeadaanMulaiDiSini } from '../core/mulai-di-sini';

/** The Panduan's Pemecahan masalah entries: each error the panel shows links to its own. */
const BANTUAN = bacaPemecahanMasalah(PEMECAHAN_MASALAH);

const app = document.getElementById('app') as HTMLElement;
const JEDA_POLL_MS = 30_000;
const JEDA_FOKUS_MS = 3_000;

/** Calls a server function; resolves with its result, rejects with the server's Error. */
function panggil<T>(fungsi: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    google.script.run
      .withSuccessHandler((value: T) => resolve(value))
      .withFailureHandler(reject)
      [fungsi](...args);
  });
}

/** The latest action's message and the control it belongs to (`data-kunci`). */
let umpan: { kunci: string; html: string } | null = null;
let dimuatPada = 0;

/**
 * The control with key `kunci`: its `data-kunci`, or for a button of the first-run guide (which
 * has none) "<step>:<function>" — the button of that function in that step.
 */
function cariKontrol(kunci: string): HTMLElement | null {
  const berkunci = app.querySelector<HTMLElement>(`[data-kunci="${CSS.escape(kunci)}"]`);
  if (berkunci) return berkunci;
  const [langkah, fungsi] = kunci.split(':');
  const dalam = app.querySelector(`[data-langkah="${CSS.escape(langkah ?? '')}"]`);
  return dalam?.querySelector<HTMLElement>(fungsi === 'muat' ? 'button[data-muat]' : `button[data-fungsi="${CSS.escape(fungsi ?? '')}"]`) ?? null;
}

/** The key of a clicked control (see `cariKontrol`). */
function kunciKontrol(tombol: HTMLElement): string {
  const langkah = tombol.closest<HTMLElement>('[data-langkah]')?.dataset.langkah;
  return tombol.dataset.kunci ?? (langkah ? `${langkah}:${tombol.dataset.fungsi ?? 'muat'}` : tombol.dataset.fungsi ?? 'muat');
}

/** Puts `umpan` after its control (or at the top when the control is gone) and scrolls it into view. */
function taruhUmpan(): void {
  app.querySelector('.umpan')?.remove();
  if (!umpan) return;
  const el = document.createElement('div');
  el.className = 'umpan';
  el.setAttribute('role', 'status');
  el.dataset.untuk = umpan.kunci;
  el.innerHTML = umpan.html;
  const kontrol = cariKontrol(umpan.kunci);
  const lipatan = kontrol?.closest('details');
  if (lipatan) lipatan.open = true;
  const sesudah = kontrol ? (kontrol.closest('.tombol-baris, .aksi-bidang') ?? kontrol) : null;
  if (sesudah) sesudah.after(el);
  else (document.getElementById('pesan') ?? app).append(el);
  el.scrollIntoView({ block: 'nearest' });
}

interface Keadaan {
  readonly isian: Map<string, string>;
  readonly terbuka: Set<string>;
}

/** What a redraw must keep: the forms' fields and the open folds. */
function keadaan(): Keadaan {
  const isian = new Map<string, string>();
  for (const f of app.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('form[id] [name]')) {
    isian.set(`${f.form?.id}/${f.name}`, f.value);
  }
  const terbuka = new Set(Array.from(app.querySelectorAll<HTMLDetailsElement>('details[data-kunci]')).filter((d) => d.open).map((d) => d.dataset.kunci ?? ''));
  return { isian, terbuka };
}

function pulihkan(k: Keadaan, lupakanForm: string): void {
  for (const f of app.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('form[id] [name]')) {
    const v = k.isian.get(`${f.form?.id}/${f.name}`);
    if (v !== undefined && f.form?.id !== lupakanForm) f.value = v;
  }
  for (const d of app.querySelectorAll<HTMLDetailsElement>('details[data-kunci]')) if (k.terbuka.has(d.dataset.kunci ?? '')) d.open = true;
}

function jamSekarang(): string {
  const d = new Date();
  return `${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
}

function gambar(state: PanelState, panduan: KeadaanMulaiDiSini | null, lupakanForm = ''): void {
  const k = keadaan();
  const gulir = document.scrollingElement?.scrollTop ?? 0;
  app.innerHTML = renderPanel(state, jamSekarang(), panduan);
  pulihkan(k, lupakanForm);
  if (document.scrollingElement) document.scrollingElement.scrollTop = gulir;
  taruhUmpan();
}

async function muat(lupakanForm = ''): Promise<void> {
  dimuatPada = Date.now();
  const state = await panggil<PanelState>('getPanelState');
  // Before the first cycle the admin's persiapan stage is the first-run guide (src/ui/mulai-di-sini.ts).
  const panduan = state.admin && state.siklus === null ? await panggil<KeadaanMulaiDiSini>('getMulaiDiSini') : null;
  gambar(state, panduan, lupakanForm);
}

/** True while an action's server calls are in flight: a second action is not started. */
let sibuk = false;

/**
 * Runs an action started by control `kunci`, then reloads the panel and shows its outcome beside
 * that control (or the server's refusal). Until it ends every button is disabled (synchronously,
 * before the first call leaves), so a double click or a second button cannot start an action
 * twice. A form whose action succeeded is emptied; one that was refused keeps its input.
 */
async function jalankan(kunci: string, aksi: () => Promise<Tampilan | null>, form = ''): Promise<void> {
  if (sibuk) return;
  sibuk = true;
  const dimatikan = Array.from(app.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'));
  for (const tombol of dimatikan) tombol.disabled = true;
  app.setAttribute('aria-busy', 'true');
  umpan = { kunci, html: PROSES_HTML };
  taruhUmpan();
  try {
    const tampilan = await aksi();
    umpan = tampilan ? { kunci, html: renderTampilan(tampilan) } : null;
    await muat(tampilan?.jenis === 'info' ? form : '');
  } catch (error) {
    umpan = { kunci, html: renderTampilan(tampilanGalat(error, BANTUAN)) };
    taruhUmpan();
  } finally {
    sibuk = false;
    for (const tombol of dimatikan) if (tombol.isConnected) tombol.disabled = false;
    app.removeAttribute('aria-busy');
  }
}

type HasilDenganKonfirmasi = HasilMulaiSiklus | HasilSiapkan;

/**
 * Calls `fungsi`; when the server asks for confirmation, asks with the same Sheets dialog the
 * menu uses (`tanyaYaTidak`) and, on Ya, calls it again.
 */
async function denganKonfirmasi(judul: string, fungsi: string, buatArgs: (konfirmasi: boolean) => unknown[]): Promise<Tampilan | null> {
  let hasil = await panggil<HasilDenganKonfirmasi>(fungsi, ...buatArgs(false));
  if ('status' in hasil && hasil.status === 'perlu-konfirmasi') {
    if (!(await panggil<boolean>('tanyaYaTidak', judul, hasil.pesan))) return null;
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
    // Siapkan siklus or Mulai siklus: the button pressed (Enter in a field submits with the first, Mulai siklus).
    const siapkan = (event as SubmitEvent).submitter?.getAttribute('value') === 'siapkanSiklus';
    const [judul, fungsi] = siapkan ? ['Siapkan siklus', 'siapkanSiklus'] : ['Mulai siklus', 'mulaiSiklus'];
    void jalankan('form-mulai', () => denganKonfirmasi(judul, fungsi, (konfirmasi) => [masukanMulai(form, konfirmasi)]), 'form-mulai');
  } else if (form.id === 'form-sop') {
    event.preventDefault();
    void jalankan('form-sop', async () => ({ jenis: 'info', pesan: (await panggil<HasilTandaiSop>('tandaiLangkahSop', masukanSop(form))).pesan, rincian: [] }), 'form-sop');
  }
});

app.addEventListener('click', (event) => {
  const tombol = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
  if (tombol?.disabled) return;
  if (tombol?.id === 'perbarui') {
    void jalankan('perbarui', async () => null);
    return;
  }
  if (!tombol) return;
  const kunci = kunciKontrol(tombol);
  // "Periksa lagi" of the first-run guide only reads the workbook again.
  if (tombol.dataset.muat !== undefined) {
    void jalankan(kunci, async () => ({ jenis: 'info', pesan: 'Lembar kerja sudah dibaca ulang.', rincian: [] }));
    return;
  }
  const fungsi = tombol.dataset.fungsi;
  if (!fungsi) return;
  const arg = tombol.dataset.arg ? (JSON.parse(tombol.dataset.arg) as Record<string, unknown>) : null;
  const args = (konfirmasi: boolean): unknown[] => (konfirmasi ? [{ ...arg, konfirmasi: true }] : arg ? [arg] : []);
  void jalankan(kunci, () => denganKonfirmasi(tombol.textContent ?? fungsi, fungsi, args));
});

/** A quiet reload (focus, poll): skipped while an action runs or someone is typing in a form. */
function segarkan(): void {
  const mengetik = app.contains(document.activeElement) && document.activeElement?.matches('input, textarea, select');
  if (sibuk || mengetik || document.visibilityState !== 'visible') return;
  muat().catch(() => undefined);
}

window.addEventListener('focus', () => {
  if (Date.now() - dimuatPada > JEDA_FOKUS_MS) segarkan();
});
document.addEventListener('visibilitychange', segarkan);
setInterval(segarkan, JEDA_POLL_MS);

muat().catch((error: unknown) => {
  app.innerHTML = `<div id="pesan" role="status">${renderTampilan(tampilanGalat(error, BANTUAN))}</div>`;
});
