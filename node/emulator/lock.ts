/**
 * LockService over the kernel's locks. Executions are synchronous here, so a lock held by another
 * execution on the workspace's stack can never be released while this one waits: tryLock returns
 * false at once and waitLock throws Google's timeout error (the clock advances by the timeout).
 */
import type { Workspace } from './workspace';

export type FakeLockService = Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>;

/** https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer) */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

class FakeLock implements GoogleAppsScript.Lock.Lock {
  constructor(
    private readonly ws: Workspace,
    private readonly key: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.ws.record('LockService', 'Lock.tryLock', { write: true });
    if (this.ws.acquireLock(this.key)) return true;
    this.ws.advance(Math.max(0, timeoutInMillis));
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    this.ws.record('LockService', 'Lock.waitLock', { write: true });
    if (this.ws.acquireLock(this.key)) return;
    this.ws.advance(Math.max(0, timeoutInMillis));
    throw new Error(LOCK_TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    this.ws.record('LockService', 'Lock.hasLock');
    return this.ws.holdsLock(this.key);
  }

  releaseLock(): void {
    this.ws.record('LockService', 'Lock.releaseLock', { write: true });
    this.ws.releaseLock(this.key);
  }
}

export function createLockService(ws: Workspace): FakeLockService {
  return {
    getDocumentLock() {
      ws.record('LockService', 'LockService.getDocumentLock');
      return new FakeLock(ws, ws.documentLockKey);
    },
    getScriptLock() {
      ws.record('LockService', 'LockService.getScriptLock');
      return new FakeLock(ws, 'script');
    },
    getUserLock() {
      ws.record('LockService', 'LockService.getUserLock');
      return new FakeLock(ws, `user:${ws.current().activeUser.email}`);
    },
  };
}
