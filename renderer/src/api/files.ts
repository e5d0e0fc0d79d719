import type { FileRef } from '../../../shared/contract/files';
import { messages } from '../../../shared/i18n';
import { ApiError, call } from './client';
import { TAB_HEADER, tabCredential } from './previewTab';

// Files cross to main by id only. In the desktop app the shell's native dialogs choose and save
// them; in a browser on the loopback adapter an upload and a download stand in for the dialogs.
const desktop = () => Boolean(window.kemitraan);
const BROWSER_ACCEPT = { import: '.xlsx,.xlsm,.xls,.csv', restore: '.sqlite,.db,.bak', lampiran: '.jpg,.jpeg,.png,.webp,.pdf' } as const;

function chooseInBrowser(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => resolve(null));
    document.body.append(input);
    input.click();
    input.remove();
  });
}

/** The clerk chooses a file; null when they cancel. */
export async function pickFile(purpose: 'import' | 'restore' | 'lampiran'): Promise<FileRef | null> {
  if (desktop()) return (await call('file:pick', { purpose })).file;
  const file = await chooseInBrowser(BROWSER_ACCEPT[purpose]);
  if (!file) return null;
  const res = await fetch(`./upload?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { [TAB_HEADER]: await tabCredential() },
    body: file,
  }).catch(() => null);
  const result = (await res?.json().catch(() => null)) as { ok: boolean; value?: FileRef; error?: ApiError['data'] } | null;
  if (!result?.ok || !result.value) throw new ApiError(result?.error ?? { code: 'INTERNAL', message: messages.errors.network });
  return result.value;
}

/** Saves a file main wrote: the save dialog on the desktop, a download in a browser. */
export async function saveFile(file: FileRef): Promise<{ saved: boolean; path: string | null }> {
  if (desktop()) return call('file:save', { fileId: file.fileId });
  // Fetched with the tab's credential in a header (never in an address), then handed to the
  // browser as a download of the bytes it holds.
  const res = await fetch(`./files/${encodeURIComponent(file.fileId)}`, { headers: { [TAB_HEADER]: await tabCredential() } }).catch(() => null);
  if (!res?.ok) {
    const refused = (await res?.json().catch(() => null)) as { error?: ApiError['data'] } | null;
    throw new ApiError(refused?.error ?? { code: 'INTERNAL', message: messages.errors.network });
  }
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the browser may still be reading it into the downloaded file.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return { saved: true, path: null };
}
