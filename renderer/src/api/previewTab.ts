// The browser preview's credential for this tab. The link the preview prints carries a one-time
// secret in its fragment (`#token=…`, never sent in a request); the page trades it once with main
// for the tab's own credential and keeps that in sessionStorage, so a reload (and a tab this one
// opens) stays connected while a new tab needs a new link. Unused in the desktop app.
const TAB_KEY = 'kemitraan-tab';
const LINK = /^#token=([A-Za-z0-9_-]{16,200})$/;
export const TAB_HEADER = 'X-Kemitraan-Tab';

let credential: Promise<string> | undefined;

/** The tab's credential ('' when it has none: main then refuses with a message saying what to do). */
export function tabCredential(): Promise<string> {
  credential ??= open();
  return credential;
}

function open(): Promise<string> {
  const kept = sessionStorage.getItem(TAB_KEY) ?? '';
  const link = LINK.exec(window.location.hash)?.[1];
  if (!link) return Promise.resolve(kept);
  // The secret leaves the address bar (and the history) before anything else reads it.
  history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}#/`);
  return fetch('./tab', { method: 'POST', headers: { 'X-Kemitraan-Link': link } })
    .then(async (res) => {
      const body = (await res.json()) as { ok: boolean; value?: { tab: string } };
      if (!body.ok || !body.value) return kept;
      sessionStorage.setItem(TAB_KEY, body.value.tab);
      return body.value.tab;
    })
    .catch(() => kept);
}
