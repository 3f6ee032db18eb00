import { describe, expect, it } from 'vitest';
import { LOCK_TIMEOUT_MESSAGE, createLockService } from '../../node/emulator/lock';
import { PropertyStores, createPropertiesService } from '../../node/emulator/properties';
import { Workspace } from '../../node/emulator/workspace';

const admin = { email: 'kasubbag@contoh.go.id' };
const kabid = { email: 'kabid@contoh.go.id' };

describe('LockService', () => {
  it('tryLock is false and waitLock throws while another execution holds the document lock', () => {
    const ws = new Workspace({ owner: admin.email });
    const locks = createLockService(ws);
    const seen: { tried?: boolean; error?: string; hasLock?: boolean } = {};
    ws.run(admin, () => {
      const lock = locks.getDocumentLock();
      expect(lock.tryLock(1000)).toBe(true);
      // A second execution starts inside the first (a concurrent user).
      ws.run(kabid, () => {
        const other = locks.getDocumentLock();
        seen.tried = other.tryLock(5000);
        seen.hasLock = other.hasLock();
        try {
          other.waitLock(5000);
        } catch (error) {
          seen.error = (error as Error).message;
        }
      });
      expect(lock.hasLock()).toBe(true);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    });
    expect(seen.tried).toBe(false);
    expect(seen.hasLock).toBe(false);
    // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
    expect(seen.error).toBe(LOCK_TIMEOUT_MESSAGE);
    expect(LOCK_TIMEOUT_MESSAGE).toBe('Lock timeout: another process was holding the lock for too long.');
  });

  it('uses the kernel document-lock key, so strict-lock checks see it', () => {
    const ws = new Workspace({ owner: admin.email });
    const held = ws.run(admin, () => {
      locks().getDocumentLock().waitLock(100);
      return ws.holdsLock(ws.documentLockKey);
    });
    function locks() {
      return createLockService(ws);
    }
    expect(held).toBe(true);
  });

  it('releases locks when the execution ends', () => {
    const ws = new Workspace({ owner: admin.email });
    const locks = createLockService(ws);
    ws.run(admin, () => locks.getScriptLock().tryLock(10));
    expect(ws.run(kabid, () => locks.getScriptLock().tryLock(10))).toBe(true);
  });

  it('gives each user their own user lock', () => {
    const ws = new Workspace({ owner: admin.email });
    const locks = createLockService(ws);
    ws.run(admin, () => {
      expect(locks.getUserLock().tryLock(10)).toBe(true);
      expect(ws.run(kabid, () => locks.getUserLock().tryLock(10))).toBe(true);
    });
  });
});

describe('PropertiesService', () => {
  function setup() {
    const ws = new Workspace({ owner: admin.email });
    const stores = new PropertyStores(ws);
    return { ws, stores, props: createPropertiesService(ws, stores) };
  }

  it('stores strings only: a number comes back as its string', () => {
    const { ws, props } = setup();
    const value = ws.run(admin, () => {
      props.getDocumentProperties().setProperty('tahun', 2026 as unknown as string);
      return props.getDocumentProperties().getProperty('tahun');
    });
    expect(value).toBe('2026');
  });

  it('reads, lists and deletes properties', () => {
    const { ws, props } = setup();
    ws.run(admin, () => {
      const p = props.getScriptProperties();
      p.setProperties({ a: '1', b: '2' });
      expect(p.getKeys().sort()).toEqual(['a', 'b']);
      p.deleteProperty('a');
      expect(p.getProperties()).toEqual({ b: '2' });
      expect(p.getProperty('a')).toBeNull();
      p.setProperties({ c: '3' }, true);
      expect(p.getProperties()).toEqual({ c: '3' });
      p.deleteAllProperties();
      expect(p.getKeys()).toEqual([]);
    });
  });

  it('keeps user properties per active user', () => {
    const { ws, props } = setup();
    ws.run(admin, () => props.getUserProperties().setProperty('bidang', 'Sekretariat'));
    expect(ws.run(kabid, () => props.getUserProperties().getProperty('bidang'))).toBeNull();
    expect(ws.run(admin, () => props.getUserProperties().getProperty('bidang'))).toBe('Sekretariat');
  });

  // https://developers.google.com/apps-script/guides/services/quotas: 9 KB per value, 500 KB per store.
  it('rejects a value over 9 KB with "Argument too large" and keeps the old value', () => {
    const { ws, props } = setup();
    ws.run(admin, () => {
      const p = props.getDocumentProperties();
      p.setProperty('k', 'lama');
      expect(() => p.setProperty('k', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
      expect(p.getProperty('k')).toBe('lama');
      p.setProperty('k', 'x'.repeat(9 * 1024));
    });
  });

  // Error text as reported: github.com/lucasvtiradentes/gcal-sync/issues/115
  it('rejects writes past 500 KB per store with the quota error', () => {
    const { ws, props } = setup();
    ws.run(admin, () => {
      const p = props.getDocumentProperties();
      for (let i = 0; i < 56; i++) p.setProperty(`k${i}`, 'x'.repeat(9000)); // 56 × ~9 KB = 504 168 bytes
      expect(() => p.setProperty('k56', 'x'.repeat(9000))).toThrow(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
      expect(p.getProperty('k56')).toBeNull();
    });
  });

  // https://developers.google.com/apps-script/reference/script/auth-mode: "Add a menu item based on
  // properties (doesn't work in AuthMode.NONE)".
  it('refuses properties in AuthMode NONE but allows them in LIMITED', () => {
    const { ws, props } = setup();
    expect(() => ws.run(admin, () => props.getDocumentProperties(), { authMode: 'NONE' })).toThrow(/permission/);
    expect(ws.run(admin, () => props.getDocumentProperties().getKeys(), { authMode: 'LIMITED' })).toEqual([]);
  });

  it('round-trips all stores through JSON', () => {
    const { ws, stores, props } = setup();
    ws.run(admin, () => {
      props.getDocumentProperties().setProperty('d', '1');
      props.getUserProperties().setProperty('u', '2');
    });
    const copy = PropertyStores.fromJSON(ws, JSON.parse(JSON.stringify(stores.toJSON())));
    const again = createPropertiesService(ws, copy);
    ws.run(admin, () => {
      expect(again.getDocumentProperties().getProperty('d')).toBe('1');
      expect(again.getUserProperties().getProperty('u')).toBe('2');
    });
  });
});
