// Exposes one named function per contract channel, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../../shared/contract/channels';

const api = Object.fromEntries(CHANNELS.map((channel) => [channel, (payload: unknown) => ipcRenderer.invoke(channel, payload)]));

contextBridge.exposeInMainWorld('kemitraan', Object.freeze(api));
