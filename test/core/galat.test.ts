import { describe, expect, it } from 'vitest';
import { pesanGalatPengguna } from '../../src/core/galat';

const SIBUK_SHEETS = 'Google Sheets sedang sibuk atau waktu habis; coba lagi sebentar lagi.';
const PROSES_LAIN = 'Proses lain sedang berjalan; coba lagi sebentar lagi.';

describe('pesanGalatPengguna: what the user reads for a failed call', () => {
  it('says a Sheets timeout in Indonesian and keeps Google\'s text for the admin', () => {
    const asli = 'Service Spreadsheets timed out while accessing document with id 1AbCdEf.';
    expect(pesanGalatPengguna(new Error(asli))).toEqual({ pesan: SIBUK_SHEETS, asli });
    expect(pesanGalatPengguna(new Error(`Exception: ${asli}`))).toEqual({ pesan: SIBUK_SHEETS, asli: `Exception: ${asli}` });
    expect(pesanGalatPengguna(new Error('Service Spreadsheets failed while accessing document with id 1AbCdEf.')).pesan).toBe(SIBUK_SHEETS);
    expect(pesanGalatPengguna(new Error('Too many simultaneous invocations: Spreadsheets')).pesan).toBe(SIBUK_SHEETS);
  });

  it('names the Google service that was busy', () => {
    expect(pesanGalatPengguna(new Error('Service Documents failed while accessing document with id 1x.')).pesan).toBe('Google Dokumen sedang sibuk atau waktu habis; coba lagi sebentar lagi.');
    expect(pesanGalatPengguna(new Error('Service unavailable: Docs')).pesan).toBe('Google Dokumen sedang sibuk atau waktu habis; coba lagi sebentar lagi.');
    expect(pesanGalatPengguna(new Error('Service error: Drive')).pesan).toBe('Google Drive sedang sibuk atau waktu habis; coba lagi sebentar lagi.');
    expect(pesanGalatPengguna(new Error('Service invoked too many times in a short time: exec qps.')).pesan).toBe('Layanan Google sedang sibuk atau waktu habis; coba lagi sebentar lagi.');
  });

  it('says a lock timeout means another process is running', () => {
    const asli = 'Lock timeout: another process was holding the lock for too long.';
    expect(pesanGalatPengguna(new Error(asli))).toEqual({ pesan: PROSES_LAIN, asli });
    expect(pesanGalatPengguna(new Error('There are too many LockService operations against the same script.')).pesan).toBe(PROSES_LAIN);
  });

  it('tells a missing authorisation (script scope, several accounts) from a missing access right', () => {
    const izinSkrip = pesanGalatPengguna(new Error('Exception: You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets'));
    expect(izinSkrip.pesan).toMatch(/^Lapkin belum diberi izin untuk tindakan ini\..*beberapa akun Google/);
    expect(pesanGalatPengguna(new Error('ScriptError: Authorization is required to perform that action.')).pesan).toBe(izinSkrip.pesan);
    // The wording Apps Script uses when the manifest's explicit oauthScopes lack the method's scope.
    const tanpaCakupan = 'Exception: Specified permissions are not sufficient to call DriveApp.getRootFolder. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)';
    expect(pesanGalatPengguna(new Error(tanpaCakupan)).pesan).toBe(izinSkrip.pesan);
    const akses = 'Anda tidak memiliki izin untuk tindakan ini. Minta pemilik spreadsheet atau admin memeriksa akses Anda.';
    expect(pesanGalatPengguna(new Error('You do not have permission to access the requested document.'))).toEqual({ pesan: akses, asli: 'You do not have permission to access the requested document.' });
    expect(pesanGalatPengguna(new Error('You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.')).pesan).toBe(akses);
    expect(pesanGalatPengguna(new Error('No item with the given ID could be found, or you do not have permission to access it.')).pesan).toBe(akses);
  });

  it('says Google\'s own server error, a daily quota, the 6-minute limit and a lost connection in Indonesian', () => {
    expect(pesanGalatPengguna(new Error("We're sorry, a server error occurred. Please wait a bit and try again.")).pesan).toBe('Server Google sedang bermasalah; tunggu sebentar, lalu coba lagi.');
    expect(pesanGalatPengguna(new Error('Service invoked too many times for one day: email.')).pesan).toBe('Batas harian layanan Google sudah tercapai; coba lagi besok.');
    expect(pesanGalatPengguna(new Error('Exceeded maximum execution time')).pesan).toMatch(/^Proses melewati batas waktu Google \(6 menit\)/);
    expect(pesanGalatPengguna(new Error('NetworkError: Connection failure due to HTTP 0')).pesan).toBe('Koneksi ke Google terputus; periksa jaringan Anda, lalu coba lagi.');
  });

  it('passes our own Indonesian messages through unchanged, with no technical detail', () => {
    for (const pesan of [
      'Lembar kerja sedang diubah oleh proses lain (mungkin admin lain). Tunggu sebentar, lalu coba lagi.',
      'Belum ada siklus berjalan. Admin menjalankan Mulai siklus lebih dulu.',
      'Hanya admin (pemilik spreadsheet atau e-mail di Pengaturan ▸ E-mail admin) yang dapat melakukan ini.',
      'Tab "TW1-26·SD" tidak ditemukan. Bila terhapus, pulihkan dengan Ctrl+Z atau File ▸ Histori versi.',
      'Konfigurasi belum benar (3 masalah). Admin memperbaikinya di tab Pengaturan, Bidang dan Indikator.',
    ]) {
      expect(pesanGalatPengguna(new Error(pesan))).toEqual({ pesan });
    }
    // As google.script.run may deliver it, prefixed by the error's type.
    expect(pesanGalatPengguna(new Error('Error: Belum ada siklus berjalan.'))).toEqual({ pesan: 'Belum ada siklus berjalan.' });
  });

  it('does not mistake an Indonesian message that quotes an English word for Google\'s text', () => {
    expect(pesanGalatPengguna(new Error('Bidang "Service Desk" tidak ada dalam siklus TW I 2026.'))).toEqual({ pesan: 'Bidang "Service Desk" tidak ada dalam siklus TW I 2026.' });
  });

  it('an unknown English error becomes a general Indonesian message, the original kept', () => {
    const asli = "TypeError: Cannot read properties of undefined (reading 'getRange')";
    expect(pesanGalatPengguna(new Error(asli))).toEqual({ pesan: expect.stringMatching(/^Terjadi kesalahan yang tidak terduga/), asli });
    expect(pesanGalatPengguna('Something went wrong')).toEqual({ pesan: expect.stringMatching(/^Terjadi kesalahan yang tidak terduga/), asli: 'Something went wrong' });
  });

  it('takes whatever was thrown: an Error from another realm, a string, nothing', () => {
    expect(pesanGalatPengguna({ message: 'Lock timeout: another process was holding the lock for too long.' }).pesan).toBe(PROSES_LAIN);
    expect(pesanGalatPengguna('Service Spreadsheets timed out while accessing document with id x.').pesan).toBe(SIBUK_SHEETS);
    expect(pesanGalatPengguna(undefined)).toEqual({ pesan: expect.stringMatching(/^Terjadi kesalahan yang tidak terduga/) });
    expect(pesanGalatPengguna(new Error(''))).toEqual({ pesan: expect.stringMatching(/^Terjadi kesalahan yang tidak terduga/) });
  });
});
