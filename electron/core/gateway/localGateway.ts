import type { Core } from '../core';
import { dispatch } from '../dispatch/dispatch';
import type { CoreGateway } from './gateway';

/** The core in this thread: for the worker's own side, the command-line tool and tests. */
export function localGateway(core: Core): CoreGateway {
  return {
    call: (channel, payload, session) => dispatch(channel, payload, core, session),
    saveUpload: async (name, bytes) => core.files.saveUpload(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    adoptUpload: async (name, tempPath) => core.files.adoptUpload(name, tempPath),
    heldFile: async (fileId) => {
      try {
        const held = core.files.get(fileId);
        return { path: held.path, name: held.name, size: held.size };
      } catch {
        return null;
      }
    },
    onEvent: (listener) => core.events.subscribe(listener),
    close: () => core.close(),
  };
}
