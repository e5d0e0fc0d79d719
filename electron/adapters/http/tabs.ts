// Who may call the loopback adapter, and as which session. Main (this process) hands out every
// secret: a one-time link for a new browser tab, the tab's own credential in exchange for it, and
// a fresh session key at each sign-in. The page never chooses the key its user is bound to, and
// nothing a local program can read from `GET /` lets it call main.
import crypto from 'node:crypto';
import type { SessionRef } from '../../core/auth/sessions';

/** Links printed but not yet opened; an older one is dropped when more are asked for. */
const MAX_OPEN_LINKS = 16;

const newSecret = () => crypto.randomBytes(32).toString('base64url');
const newSessionKey = () => `http:${crypto.randomBytes(24).toString('base64url')}`;

/** One browser tab (and the tabs it opened, which inherit its sessionStorage). */
export interface Tab {
  /** The key main binds a signed-in user to; replaced at every sign-in and sign-out. */
  sessionKey: string;
  /** Whether a sign-in through this adapter bound a user to sessionKey. */
  signedIn: boolean;
  /** The tab for the waits wrong passwords bring (throttle.ts): it outlives the fresh key of each sign-in. */
  source: string;
}

export class TabRegistry {
  private readonly links = new Set<string>();
  private readonly tabs = new Map<string, Tab>();

  /** A one-time secret for the fragment of a new tab's link (`#token=…`, never sent in a request line). */
  newLink(): string {
    const link = newSecret();
    this.links.add(link);
    if (this.links.size > MAX_OPEN_LINKS) this.links.delete(this.links.values().next().value!);
    return link;
  }

  /** Spends a link: the new tab's credential, or null when the link is unknown or already used. */
  open(link: unknown): string | null {
    if (typeof link !== 'string' || !this.links.delete(link)) return null;
    const credential = newSecret();
    this.tabs.set(credential, { sessionKey: newSessionKey(), signedIn: false, source: `http-tab:${crypto.randomBytes(12).toString('base64url')}` });
    return credential;
  }

  get(credential: unknown): Tab | undefined {
    return typeof credential === 'string' ? this.tabs.get(credential) : undefined;
  }

  /** A sign-in runs on a key nobody has seen yet; it becomes the tab's only when the sign-in succeeds. */
  freshKey(): string {
    return newSessionKey();
  }
}

export const sessionRef = (key: string, source?: string): SessionRef => (source ? { key, via: 'app', source } : { key, via: 'app' });
