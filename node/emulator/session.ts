/**
 * Session: who is running the script. The kernel's current execution knows the active user (the
 * person at the keyboard, '' when Google would not say) and the effective user (whose authority
 * the script runs with).
 */
import type { Execution, Workspace } from './workspace';

export type FakeSession = Pick<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey' | 'getActiveUserLocale'
>;

/**
 * The active user's e-mail as Session.getActiveUser() reports it in the running execution.
 *
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
 * https://developers.google.com/apps-script/reference/base/user#getEmail()
 * "the user's email address is not available in any context that allows a script to run without
 * that user's authorization, like a simple onOpen(e) or onEdit(e) trigger, a custom function in
 * Google Sheets, or a web app deployed to 'execute as me' (that is, authorized by the developer
 * instead of the user). However, these restrictions generally do not apply if the developer runs
 * the script themselves or belongs to the same Google Workspace domain as the user."
 *
 * So: in the person's own authorized run (a menu item, the sidebar) their address; in an
 * installable trigger, which runs with its creator's authorization, only the creator's own edits,
 * the developer's (the bound script's owner) and those of the creator's Workspace domain; in a
 * simple trigger only the developer's and the developer's domain. A consumer account shares a
 * domain with nobody (tanaikech.github.io/2022/01/04, tested with an installable onEdit trigger),
 * and a signed-out link visitor is nobody.
 */
export function visibleActiveUser(ws: Workspace, execution: Pick<Execution, 'activeUser' | 'effectiveUser' | 'authMode' | 'triggerUid'>): string {
  const { activeUser, effectiveUser, authMode, triggerUid } = execution;
  if (activeUser.anonymous) return '';
  const email = activeUser.email;
  const developer = ws.owner.email;
  if (triggerUid !== undefined) {
    return email === effectiveUser.email || email === developer || ws.sameWorkspace(email, effectiveUser.email) ? email : '';
  }
  if (authMode !== 'FULL') return email === developer || ws.sameWorkspace(email, developer) ? email : '';
  return email;
}

function user(email: string): GoogleAppsScript.Base.User {
  return { getEmail: () => email, getUserLoginId: () => email };
}

export function createSession(ws: Workspace, locale = 'id'): FakeSession {
  return {
    getActiveUser() {
      ws.record('Session', 'Session.getActiveUser');
      return user(visibleActiveUser(ws, ws.current()));
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
