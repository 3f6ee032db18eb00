/**
 * What a user reads when a call fails. Apps Script's own errors arrive in English ("Service
 * Spreadsheets timed out while accessing document with id …", "Lock timeout: …", domain.md §7);
 * they become an Indonesian sentence, with Google's text kept as `asli` for the admin. Our own
 * messages are Indonesian and pass through (without a leading "Error: " or "Exception: ").
 * Shared by the sidebar (src/ui/sidebar.ts) and the Kirim trigger (src/server/kirim.ts).
 */

export interface PesanGalat {
  /** Indonesian, for the user. */
  readonly pesan: string;
  /** Google's original text when `pesan` replaces it; absent when `pesan` is the original. */
  readonly asli?: string;
}

const PESAN_PROSES_LAIN = 'Proses lain sedang berjalan; coba lagi sebentar lagi.';
const PESAN_TANPA_IZIN = 'Anda tidak memiliki izin untuk tindakan ini. Minta pemilik spreadsheet atau admin memeriksa akses Anda.';
const PESAN_IZIN_SKRIP =
  'Lapkin belum diberi izin untuk tindakan ini. Jika Anda masuk dengan beberapa akun Google sekaligus, keluar dari akun lain atau buka spreadsheet di jendela penyamaran; lalu buka menu Laporan Kinerja, setujui izin yang diminta, dan coba lagi.';
const PESAN_SERVER = 'Server Google sedang bermasalah; tunggu sebentar, lalu coba lagi.';
const PESAN_KUOTA = 'Batas harian layanan Google sudah tercapai; coba lagi besok.';
const PESAN_WAKTU_HABIS = 'Proses melewati batas waktu Google (6 menit) dan terhenti; jalankan lagi untuk melanjutkannya.';
const PESAN_JARINGAN = 'Koneksi ke Google terputus; periksa jaringan Anda, lalu coba lagi.';
const PESAN_TAK_TERDUGA = 'Terjadi kesalahan yang tidak terduga; coba lagi. Bila terulang, sampaikan rincian teknisnya kepada admin.';

/** "Google Sheets sedang sibuk …": the service Google names ("Service Documents timed out …"). */
function pesanSibuk(layanan: string): string {
  const nama = /^(Spreadsheets|Sheets)\b/i.test(layanan) ? 'Google Sheets' : /^(Documents|Docs)\b/i.test(layanan) ? 'Google Dokumen' : /^Drive/i.test(layanan) ? 'Google Drive' : 'Layanan Google';
  return `${nama} sedang sibuk atau waktu habis; coba lagi sebentar lagi.`;
}

/** Google's English texts (after any "Exception: " prefix), each matched at the start; first match wins. */
const TERJEMAHAN: ReadonlyArray<readonly [RegExp, string | ((layanan: string) => string)]> = [
  [/^(Lock timeout|There are too many LockService operations)/i, PESAN_PROSES_LAIN],
  [/^(Service invoked too many times for one day|Limit Exceeded)/i, PESAN_KUOTA],
  // "Service Spreadsheets timed out while accessing …", "Service error: Docs", "Too many simultaneous invocations: Spreadsheets".
  [/^(?:Service (?:unavailable|error)?:? ?|Too many simultaneous invocations: )(\w*)/i, pesanSibuk],
  [/^(You do not have permission to call |Specified permissions are not sufficient to call |Authorization is required|Required permissions)/i, PESAN_IZIN_SKRIP],
  [/^(You do not have permission|You don't have permission|You are trying to edit a protected|Access denied|No item with the given ID)/i, PESAN_TANPA_IZIN],
  [/^(We're sorry, a server error occurred|Internal error|An unexpected error occurred|Backend error)/i, PESAN_SERVER],
  [/^Exceeded maximum execution time/i, PESAN_WAKTU_HABIS],
  [/^(NetworkError|Connection failure)/i, PESAN_JARINGAN],
];

/** Words every one of our own (Indonesian) messages contains and Google's English texts do not. */
const KATA_INDONESIA = /(^|[^\p{L}])(yang|dan|tidak|tak|belum|sudah|untuk|dari|dengan|atau|lagi|dulu|ada|oleh|pada|di|ke|anda|bukan|hanya|dapat|sedang|coba|siklus|bidang|isian|jalankan|terlalu|rusak|ini|perlu|minta|kosong)(?!\p{L})/iu;

/** `galat`: what a catch or a failure handler got (an Error, from any realm, or anything thrown). */
export function pesanGalatPengguna(galat: unknown): PesanGalat {
  const pesanAsli = typeof galat === 'object' && galat !== null && 'message' in galat ? (galat as { message: unknown }).message : galat;
  const asli = String(pesanAsli ?? '').trim();
  const teks = asli.replace(/^((Exception|Error|ScriptError):\s*)+/, '');
  for (const [pola, pesan] of TERJEMAHAN) {
    const cocok = pola.exec(teks);
    if (cocok) return { pesan: typeof pesan === 'string' ? pesan : pesan(cocok[1] ?? ''), asli };
  }
  if (KATA_INDONESIA.test(teks)) return { pesan: teks };
  return asli === '' ? { pesan: PESAN_TAK_TERDUGA } : { pesan: PESAN_TAK_TERDUGA, asli };
}
