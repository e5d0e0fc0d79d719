// Exposes one named function per contract channel and a listener for main's events, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS } from '../../shared/contract/channels';
import { EVENT_CHANNEL, type AppEvent } from '../../shared/contract/events';

const api = Object.fromEntries(CHANNELS.map((channel) => [channel, (payload: unknown) => ipcRenderer.invoke(channel, payload)]));

contextBridge.exposeInMainWorld('kemitraan', Object.freeze(api));

contextBridge.exposeInMainWorld(
  'kemitraanEvents',
  Object.freeze({
    /** Listens to every event main sends this window; returns the function that stops listening. */
    listen(listener: (event: AppEvent) => void): () => void {
      const onEvent = (_e: IpcRendererEvent, event: AppEvent) => listener(event);
      ipcRenderer.on(EVENT_CHANNEL, onEvent);
      return () => void ipcRenderer.removeListener(EVENT_CHANNEL, onEvent);
    },
  }),
);
