import { Worker } from 'node:worker_threads';

export type Digested = { sha256: string; sm3: string };

/**
 * The thread's whole program: plain JavaScript over node:crypto, so that it needs no entry file of
 * its own in any build (the CLI, the Electron backend, the tests). It hashes each buffer it is
 * sent and hands the buffer back for reuse; sent null, it answers with both digests.
 */
const PROGRAM = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const sha256 = createHash('sha256');
const sm3 = createHash('sm3');
parentPort.on('message', (m) => {
  if (m !== null) {
    const bytes = new Uint8Array(m.buffer, 0, m.length);
    sha256.update(bytes);
    sm3.update(bytes);
    parentPort.postMessage(m.buffer, [m.buffer]);
    return;
  }
  parentPort.postMessage({ sha256: sha256.digest('hex'), sm3: sm3.digest('hex') });
  parentPort.close();
});
`;

/** Buffers kept for reuse: the thread hashes far faster than records are read, so a few suffice. */
const POOL = 4;

/**
 * SHA-256 and SM3 of a stream fed chunk by chunk, on a worker thread: a gigabyte's digests are
 * seconds of CPU that the thread parsing and writing the records then does not spend. Needs
 * node:crypto's SM3 (Node's OpenSSL; not Electron's BoringSSL). Each chunk is copied into a
 * buffer that goes to the thread and comes back to be reused, so that a gigabyte passes through
 * a few megabytes (buffers left for the collector would pile up in both threads).
 *
 * @example const d = threadDigests(); d.update(chunk); const { sha256, sm3 } = await d.digest();
 */
export function threadDigests(): { update(chunk: Uint8Array): void; digest(): Promise<Digested>; close(): void } {
  const worker = new Worker(PROGRAM, { eval: true });
  // Never what keeps the process alive: an import that stops early just drops it.
  worker.unref();
  const free: ArrayBuffer[] = [];
  const result = new Promise<Digested>((resolve, reject) => {
    worker.on('message', (m: ArrayBuffer | Digested) => {
      if (!(m instanceof ArrayBuffer)) resolve(m);
      else if (free.length < POOL) free.push(m);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`digest thread exited (${code}) before answering`)));
  });
  // Observed here: a run that fails before asking for the digests must not leave a rejection unhandled.
  result.catch(() => undefined);
  return {
    update(chunk) {
      let buffer = free.pop();
      if (buffer === undefined || buffer.byteLength < chunk.length) buffer = new ArrayBuffer(Math.max(chunk.length, 1024 * 1024));
      new Uint8Array(buffer).set(chunk);
      worker.postMessage({ buffer, length: chunk.length }, [buffer]);
    },
    async digest() {
      worker.postMessage(null);
      try {
        return await result;
      } finally {
        void worker.terminate();
      }
    },
    close() {
      void worker.terminate();
    },
  };
}
