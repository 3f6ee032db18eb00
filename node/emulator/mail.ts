/**
 * MailApp: mail goes to an outbox the tests read. Every recipient (to, cc, bcc) counts against the
 * sender's daily quota — 100 a day on a consumer account, 1,500 on a Google Workspace account — which
 * resets at midnight Pacific time; one message carries at most 50 recipients.
 */
import { formatDate } from './utilities/format-date';
import type { Workspace } from './workspace';

export type FakeMailApp = Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;

export interface SentMail {
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly replyTo?: string;
  /** Who sent it: the effective user of the execution. */
  readonly from: string;
  /** ISO time on the workspace clock. */
  readonly sentAt: string;
}

export interface FakeMailJson {
  /** A fixed quota for every sender (tests); absent: by account kind. */
  readonly dailyQuota?: number;
  readonly outbox: SentMail[];
}

/**
 * https://developers.google.com/apps-script/guides/services/quotas — "Email recipients per day (for
 * example, with MailApp)": 100 / day on consumer accounts (for example, gmail.com), 1,500 / day on
 * Google Workspace accounts; "Email recipients per message": 50 / msg on both.
 */
export const CONSUMER_DAILY_QUOTA = 100;
export const WORKSPACE_DAILY_QUOTA = 1500;
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
/**
 * The text Apps Script throws for a message to more than 50 recipients (as quoted by scripts that
 * batch their mail around it, e.g. "Limit Exceeded: Email Recipients Per Message").
 */
export const RECIPIENTS_PER_MESSAGE_MESSAGE = 'Limit Exceeded: Email Recipients Per Message.';
/** The error Apps Script throws once the daily quota is used up. */
export const MAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';

/** Quotas reset 24 hours after the first request; we count per calendar day in Pacific time. */
function quotaDay(iso: string): string {
  return formatDate(new Date(iso), 'America/Los_Angeles', 'yyyy-MM-dd');
}

export class FakeMail {
  readonly outbox: SentMail[] = [];

  constructor(
    readonly ws: Workspace,
    /** A fixed quota for every sender (tests); absent: the sender's account kind decides. */
    readonly dailyQuota?: number,
  ) {}

  /** The sender's daily recipient quota: Workspace accounts 1,500, every other account 100. */
  quotaFor(sender: string): number {
    if (this.dailyQuota !== undefined) return this.dailyQuota;
    return this.ws.isWorkspaceAccount(sender) ? WORKSPACE_DAILY_QUOTA : CONSUMER_DAILY_QUOTA;
  }

  /** Recipients already sent to today by `sender`. */
  usedToday(sender: string): number {
    const today = quotaDay(this.ws.clock().toISOString());
    return this.outbox
      .filter((mail) => mail.from === sender && quotaDay(mail.sentAt) === today)
      .reduce((sum, mail) => sum + recipients(mail).length, 0);
  }

  toJSON(): FakeMailJson {
    return { ...(this.dailyQuota === undefined ? {} : { dailyQuota: this.dailyQuota }), outbox: this.outbox.map((mail) => ({ ...mail })) };
  }

  static fromJSON(ws: Workspace, json: FakeMailJson): FakeMail {
    const mail = new FakeMail(ws, json.dailyQuota);
    mail.outbox.push(...json.outbox);
    return mail;
  }
}

function addresses(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

function recipients(mail: Pick<SentMail, 'to' | 'cc' | 'bcc'>): string[] {
  return [...addresses(mail.to), ...addresses(mail.cc), ...addresses(mail.bcc)];
}

type Message = GoogleAppsScript.Mail.MailAdvancedParameters;

export function createMailApp(ws: Workspace, mail: FakeMail): FakeMailApp {
  function send(message: Message): void {
    const sender = ws.current().effectiveUser.email;
    const sent: SentMail = {
      to: message.to ?? '',
      cc: message.cc ?? '',
      bcc: message.bcc ?? '',
      subject: message.subject ?? '',
      body: message.body ?? '',
      htmlBody: message.htmlBody,
      name: message.name,
      replyTo: message.replyTo,
      from: sender,
      sentAt: ws.clock().toISOString(),
    };
    const count = recipients(sent).length;
    if (count === 0) throw new Error('Failed to send email: no recipient');
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw new Error(RECIPIENTS_PER_MESSAGE_MESSAGE);
    if (mail.usedToday(sender) + count > mail.quotaFor(sender)) throw new Error(MAIL_QUOTA_MESSAGE);
    mail.outbox.push(sent);
  }

  return {
    sendEmail(first: string | Message, subject?: string, body?: string, fourth?: string | Message): void {
      ws.record('MailApp', 'MailApp.sendEmail', { write: true });
      if (typeof first !== 'string') return send(first);
      if (typeof fourth === 'string') {
        // sendEmail(to, replyTo, subject, body)
        return send({ to: first, replyTo: subject, subject: body, body: fourth });
      }
      return send({ ...(fourth ?? {}), to: first, subject, body });
    },
    getRemainingDailyQuota(): number {
      ws.record('MailApp', 'MailApp.getRemainingDailyQuota');
      const sender = ws.current().effectiveUser.email;
      return Math.max(0, mail.quotaFor(sender) - mail.usedToday(sender));
    },
  };
}
