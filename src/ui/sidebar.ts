import type { Periode } from '../core/types';
import type { HasilMulaiSiklus, HasilSiapkan, MasukanMulaiSiklus, PanelState } from '../server/api-types';
import { renderPanel, renderTampilan, tampilanHasil, type Tampilan } from './render';

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

function gagal(error: Error): void {
  tampilkan({ jenis: 'error', pesan: error.message, rincian: [] });
}

async function muat(setelah?: Tampilan): Promise<void> {
  try {
    app.innerHTML = renderPanel(await panggil<PanelState>('getPanelState'));
    if (setelah) tampilkan(setelah);
  } catch (error) {
    gagal(error as Error);
  }
}

/** Runs an action; when the server asks for confirmation, asks the user and runs it again. */
async function jalankan(fungsi: string, buatArgs: (konfirmasi: boolean) => unknown[]): Promise<void> {
  try {
    let hasil = await panggil<HasilMulaiSiklus | HasilSiapkan>(fungsi, ...buatArgs(false));
    if ('status' in hasil && hasil.status === 'perlu-konfirmasi') {
      if (!window.confirm(hasil.pesan)) return;
      hasil = await panggil<HasilMulaiSiklus>(fungsi, ...buatArgs(true));
    }
    await muat(tampilanHasil(hasil));
  } catch (error) {
    gagal(error as Error);
  }
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

app.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (form.id !== 'form-mulai') return;
  event.preventDefault();
  void jalankan('mulaiSiklus', (konfirmasi) => [masukanMulai(form, konfirmasi)]);
});

app.addEventListener('click', (event) => {
  const tombol = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-fungsi]');
  if (tombol?.dataset.fungsi) void jalankan(tombol.dataset.fungsi, () => []);
});

void muat();
