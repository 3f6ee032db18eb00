import { describe, expect, it } from 'vitest';
import { createLogger } from '../../node/emulator/logger';
import { FakeMail, MAIL_QUOTA_MESSAGE, createMailApp } from '../../node/emulator/mail';
import { createUtilities } from '../../node/emulator/utilities';
import { Workspace } from '../../node/emulator/workspace';

const admin = { email: 'kasubbag@contoh.go.id' };

describe('MailApp', () => {
  it('puts both call forms in the outbox', () => {
    const ws = new Workspace({ owner: admin.email });
    const mail = new FakeMail(ws);
    const app = createMailApp(ws, mail);
    ws.run(admin, () => {
      app.sendEmail('kabid@contoh.go.id', 'Pengingat', 'Isi capaian Q1', { htmlBody: '<b>Isi</b>', name: 'Lapkin' });
      app.sendEmail({ to: 'a@contoh.go.id,b@contoh.go.id', subject: 'Rekap', body: 'Terlampir', replyTo: 'kasubbag@contoh.go.id' });
    });
    expect(mail.outbox.map((m) => [m.to, m.subject, m.body, m.htmlBody, m.name, m.from])).toEqual([
      ['kabid@contoh.go.id', 'Pengingat', 'Isi capaian Q1', '<b>Isi</b>', 'Lapkin', admin.email],
      ['a@contoh.go.id,b@contoh.go.id', 'Rekap', 'Terlampir', undefined, undefined, admin.email],
    ]);
  });

  // https://developers.google.com/apps-script/guides/services/quotas — 100 recipients/day (consumer);
  // over quota Apps Script throws "Service invoked too many times for one day: email."
  it('counts every recipient against the daily quota and refuses mail past it', () => {
    const ws = new Workspace({ owner: admin.email });
    const mail = new FakeMail(ws, 3);
    const app = createMailApp(ws, mail);
    ws.run(admin, () => {
      app.sendEmail({ to: 'a@x.id', cc: 'b@x.id', subject: 's', body: 'b' });
      expect(app.getRemainingDailyQuota()).toBe(1);
      expect(() => app.sendEmail({ to: 'c@x.id', bcc: 'd@x.id', subject: 's', body: 'b' })).toThrow(MAIL_QUOTA_MESSAGE);
      expect(mail.outbox).toHaveLength(1);
    });
    ws.advance(24 * 3600 * 1000);
    expect(ws.run(admin, () => app.getRemainingDailyQuota())).toBe(3);
    expect(MAIL_QUOTA_MESSAGE).toBe('Service invoked too many times for one day: email.');
  });

  it('round-trips the outbox through JSON', () => {
    const ws = new Workspace({ owner: admin.email });
    const mail = new FakeMail(ws);
    ws.run(admin, () => createMailApp(ws, mail).sendEmail('a@x.id', 's', 'b'));
    const copy = FakeMail.fromJSON(ws, JSON.parse(JSON.stringify(mail.toJSON())));
    expect(copy.outbox).toEqual(mail.outbox);
    expect(ws.run(admin, () => createMailApp(ws, copy).getRemainingDailyQuota())).toBe(99);
  });
});

describe('Utilities.formatDate', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  // (SimpleDateFormat patterns, English month and day names).
  const ws = new Workspace({ owner: admin.email });
  const utilities = createUtilities(ws);
  const format = (date: Date, zone: string, pattern: string) => ws.run(admin, () => utilities.formatDate(date, zone, pattern));
  const lateMarch = new Date('2026-03-31T16:30:05Z');

  it('honours the Indonesian time zones across midnight', () => {
    expect(format(lateMarch, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-03-31 23:30:05');
    expect(format(lateMarch, 'Asia/Makassar', 'yyyy-MM-dd HH:mm')).toBe('2026-04-01 00:30');
    expect(format(lateMarch, 'Asia/Jayapura', 'd MMMM yyyy, EEE')).toBe('1 April 2026, Wed');
  });

  it('formats month names, zone offsets and quoted text', () => {
    expect(format(lateMarch, 'Asia/Jakarta', "dd MMM yy 'pukul' HH.mm Z")).toBe('31 Mar 26 pukul 23.30 +0700');
    expect(format(lateMarch, 'Asia/Jayapura', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-04-01T01:30:05+09:00');
    expect(format(lateMarch, 'UTC', 'EEEE, MMMM d XXX')).toBe('Tuesday, March 31 Z');
  });

  it('throws on a pattern letter SimpleDateFormat does not know', () => {
    expect(() => format(lateMarch, 'Asia/Jakarta', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });

  it('accepts a Date made in another realm', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new Date("2026-01-02T00:00:00Z")') as Date;
    expect(format(foreign, 'Asia/Jakarta', 'dd/MM/yyyy HH:mm')).toBe('02/01/2026 07:00');
  });
});

describe('Utilities blobs, uuid, sleep', () => {
  it('keeps bytes, content type and name of a blob', () => {
    const ws = new Workspace({ owner: admin.email });
    const utilities = createUtilities(ws);
    ws.run(admin, () => {
      const blob = utilities.newBlob('Capaian ≥ 100%', 'text/plain', 'catatan.txt');
      expect(blob.getDataAsString()).toBe('Capaian ≥ 100%');
      expect(blob.getContentType()).toBe('text/plain');
      expect(blob.getName()).toBe('catatan.txt');
      expect(blob.setName('baru.txt').getName()).toBe('baru.txt');
      // Apps Script bytes are Java bytes: signed.
      expect(utilities.newBlob([0xe2 - 256, 0x89 - 256, 0xa5 - 256]).getDataAsString()).toBe('≥');
      expect(blob.getBytes().some((b) => b < 0)).toBe(true);
    });
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#base64Decode(String)
  it('decodes padded base64 to signed bytes and refuses unpadded text as Apps Script does', () => {
    const ws = new Workspace({ owner: admin.email });
    const utilities = createUtilities(ws);
    ws.run(admin, () => {
      const bytes = utilities.base64Decode(Buffer.from('≥ 1', 'utf8').toString('base64'));
      expect(bytes).toEqual([0xe2 - 256, 0x89 - 256, 0xa5 - 256, 0x20, 0x31]);
      expect(utilities.newBlob(bytes).getDataAsString()).toBe('≥ 1');
      expect(() => utilities.base64Decode('iVBORw0KGgo')).toThrow('Could not decode string.');
    });
    expect(ws.callCounts()).toMatchObject({ 'Utilities.Utilities.base64Decode': 2 });
  });

  it('gives distinct uuids and sleeps on the workspace clock', () => {
    const ws = new Workspace({ owner: admin.email });
    const utilities = createUtilities(ws);
    const before = ws.clock().getTime();
    const [a, b] = ws.run(admin, () => {
      utilities.sleep(1500);
      return [utilities.getUuid(), utilities.getUuid()];
    });
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
    expect(ws.clock().getTime() - before).toBe(1500);
  });
});

describe('Logger', () => {
  it('captures Logger.log and console lines in order, with %s placeholders', () => {
    const ws = new Workspace({ owner: admin.email });
    const logger = createLogger(ws);
    ws.run(admin, () => {
      logger.log('Mulai %s untuk %s', 'Q1', 'Sekretariat');
      logger.warn('peringatan', { kode: 7 });
      logger.error('gagal');
    });
    expect(logger.lines).toEqual(['Mulai Q1 untuk Sekretariat', 'peringatan {"kode":7}', 'gagal']);
    expect(ws.callCounts()).toMatchObject({ 'Logger.Logger.log': 1, 'console.console.warn': 1 });
  });
});
