/** Every mutation of the workbook runs under the document lock (issue 4). */

const TUNGGU_MS = 30000;

export const PESAN_KUNCI = 'Lembar kerja sedang diubah oleh proses lain (mungkin admin lain). Tunggu sebentar, lalu coba lagi.';

/**
 * Runs `fn` holding `LockService.getDocumentLock()`; throws an Indonesian message when the lock
 * cannot be had within 30 s. (`tryLock` returns false rather than throwing "Lock timeout: …",
 * domain.md §7.) The lock is released when `fn` ends, also when it throws.
 */
export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(TUNGGU_MS)) throw new Error(PESAN_KUNCI);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
