// An upload goes straight to a file as it arrives: the adapter never holds more of it than a
// socket chunk, however large it is, and stops (removing what it wrote) once it passes the limit.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

export type Received = { file: string; size: number } | { tooLarge: true };

/** How long the rest of a refused body is read (and dropped) so the client can read the 413. */
const DRAIN_MS = 10_000;

export function receiveToFile(req: http.IncomingMessage, dir: string, max: number): Promise<Received> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return Promise.resolve(refuse(req));
  const file = path.join(dir, crypto.randomBytes(16).toString('hex'));
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(file, { flags: 'wx' });
    let size = 0;
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      out.destroy();
      fs.rm(file, { force: true }, () => reject(err));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        settled = true;
        req.off('data', onData);
        out.destroy();
        fs.rm(file, { force: true }, () => resolve(refuse(req)));
        return;
      }
      // Backpressure: the socket waits while the disk catches up, so nothing piles up here.
      if (!out.write(chunk)) {
        req.pause();
        out.once('drain', () => req.resume());
      }
    };
    req.on('data', onData);
    req.once('end', () => {
      if (!settled) out.end();
    });
    req.once('close', () => {
      if (!req.complete) fail(new Error('upload cut off'));
    });
    req.once('error', fail);
    out.once('error', fail);
    out.once('finish', () => {
      if (settled) return;
      settled = true;
      resolve({ file, size });
    });
  });
}

/** Drops the rest of the body unread (so the client gets its answer) and closes the connection after. */
function refuse(req: http.IncomingMessage): Received {
  const timer = setTimeout(() => req.socket.destroy(), DRAIN_MS);
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
  req.resume();
  return { tooLarge: true };
}
