/**
 * Session: who is running the script. The kernel's current execution knows the active user (the
 * person at the keyboard, '' when Google would not say) and the effective user (whose authority
 * the script runs with).
 */
import type { Workspace } from './workspace';

export type FakeSession = Pick<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey' | 'getActiveUserLocale'
>;

/** Consumer accounts share no Google Workspace domain with anybody. */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

function sameWorkspaceDomain(a: string, b: string): boolean {
  const domain = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return a.includes('@') && domain(a) === domain(b) && !CONSUMER_DOMAINS.has(domain(a));
}

function user(email: string): GoogleAppsScript.Base.User {
  return { getEmail: () => email, getUserLoginId: () => email };
}

export function createSession(ws: Workspace, locale = 'id'): FakeSession {
  return {
    getActiveUser() {
      ws.record('Session', 'Session.getActiveUser');
      const execution = ws.current();
      const email = execution.activeUser.email;
      // https://developers.google.com/apps-script/reference/base/session#getActiveUser()
      // "the user's email address is not available in any context that allows a script to run
      // without that user's authorization, like a simple onOpen(e) or onEdit(e) trigger … However,
      // these restrictions generally do not apply if the developer runs the script themselves or
      // belongs to the same Google Workspace domain as the user."
      const withoutAuthorization = execution.authMode !== 'FULL';
      const visible = email === ws.owner.email || sameWorkspaceDomain(email, ws.owner.email);
      return user(withoutAuthorization && !visible ? '' : email);
    },
    getEffectiveUser() {
      ws.record('Session', 'Session.getEffectiveUser');
      return user(ws.current().effectiveUser.email);
    },
    getScriptTimeZone() {
      ws.record('Session', 'Session.getScriptTimeZone');
      return ws.timeZone;
    },
    getActiveUserLocale() {
      ws.record('Session', 'Session.getActiveUserLocale');
      return locale;
    },
    getTemporaryActiveUserKey() {
      ws.record('Session', 'Session.getTemporaryActiveUserKey');
      // Stable per user within this script; never reveals the email.
      const email = ws.current().activeUser.email;
      let hash = 0;
      for (const char of email) hash = (hash * 31 + char.charCodeAt(0)) | 0;
      return `tmpkey-${(hash >>> 0).toString(36)}`;
    },
  };
}
