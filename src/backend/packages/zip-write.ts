import { deflate, deflateSync, type DeflateOptions } from 'fflate';
import { crc32 } from './crc32';
import { CENTRAL_HEADER, DEFAULT_ZIP_LIMITS, END_RECORD, LOCAL_HEADER, METHOD, SIG, ZIP_PROFILE } from './zip-profile';

export type ZipInput = {
  path: string; bytes: Uint8Array; store?: boolean | undefined;
  /** `bytes` already deflated by `deflateForPackage` (on another thread); otherwise deflated here. */
  deflated?: Uint8Array | undefined;
};

/** An entry as it is framed: the (possibly compressed) data and what the headers declare about it. */
export type ZipFrame = { path: string; method: number; data: Uint8Array; size: number; crc: number };

/**
 * Formats that compress themselves (an XLSX is a ZIP of deflated parts, a PDF's streams are
 * Flate-encoded): deflating them again gains a few per cent for most of the packaging time.
 */
const ALREADY_COMPRESSED = /\.(xlsx|pdf)$/;

/**
 * Deflate with fflate, pinned, at a fixed level: pure JavaScript gives the same bytes on every
 * platform, where zlib's output may differ between Node's and Electron's builds (and, with
 * hardware-accelerated hashing, between processors).
 */
const DEFLATE: DeflateOptions = { level: 6, mem: 8 };
/** Below this, starting a worker thread costs more than deflating here. */
const OFF_THREAD_BYTES = 1 << 20;

const wanted = (input: Pick<ZipInput, 'path' | 'store'>): boolean => !input.store && !ALREADY_COMPRESSED.test(input.path);

/**
 * The deflated bytes `writePackageZip` would make for this entry, computed on a worker thread
 * (fflate's own, running the same code, so the bytes are the same), or undefined when the entry
 * is stored or small. Lets a builder compress its large files while it draws the PDF.
 *
 * @example const deflated = await deflateForPackage({ path: 'data/entries.jsonl', bytes })
 */
export function deflateForPackage(input: Pick<ZipInput, 'path' | 'bytes' | 'store'>): Promise<Uint8Array | undefined> {
  if (!wanted(input) || input.bytes.length < OFF_THREAD_BYTES) return Promise.resolve(undefined);
  // A runtime where the thread cannot start (or fails) leaves the entry to the writer: the same bytes, later.
  return new Promise<Uint8Array | undefined>((resolve) => {
    try {
      deflate(input.bytes, DEFLATE, (err, data) => resolve(err ? undefined : data));
    } catch {
      resolve(undefined);
    }
  });
}

function compress(input: ZipInput): { method: number; data: Uint8Array } {
  if (!wanted(input)) return { method: METHOD.stored, data: input.bytes };
  const data = input.deflated ?? deflateSync(input.bytes, DEFLATE);
  // Stored when deflate does not pay, or would exceed the reader's bomb ratio (so that every
  // package this writer makes is one its reader accepts).
  const tooDense = input.bytes.length >= DEFAULT_ZIP_LIMITS.ratioFloorBytes && input.bytes.length > data.length * DEFAULT_ZIP_LIMITS.maxRatio;
  return data.length >= input.bytes.length || tooDense ? { method: METHOD.stored, data: input.bytes } : { method: METHOD.deflate, data };
}

/**
 * Writes entries, in the given order, as a ZIP of the canonical profile (zip-profile.ts).
 * The same entries always give the same bytes.
 *
 * @example writePackageZip([{ path: 'mimetype', bytes: mimetypeBytes, store: true }, …]) // Uint8Array
 */
export function writePackageZip(entries: readonly ZipInput[]): Uint8Array {
  return frameZip(entries.map((e) => ({ path: e.path, ...compress(e), size: e.bytes.length, crc: crc32(e.bytes) })));
}

/**
 * The framing alone, trusting the caller's sizes and CRCs. Tests use it to make hostile
 * containers (bombs, lying headers) in the canonical profile.
 */
export function frameZip(frames: readonly ZipFrame[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { path, method, data, size, crc } of frames) {
    const name = Buffer.from(path, 'utf8');
    const local = Buffer.alloc(LOCAL_HEADER);
    local.writeUInt32LE(SIG.local, 0);
    local.writeUInt16LE(ZIP_PROFILE.versionNeeded, 4);
    local.writeUInt16LE(ZIP_PROFILE.flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(ZIP_PROFILE.dosTime, 10);
    local.writeUInt16LE(ZIP_PROFILE.dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(CENTRAL_HEADER);
    central.writeUInt32LE(SIG.central, 0);
    central.writeUInt16LE(ZIP_PROFILE.versionMadeBy, 4);
    local.copy(central, 6, 4, 28); // needed … name length: the same fields as the local header
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(ZIP_PROFILE.externalAttributes, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(data.buffer, data.byteOffset, data.length));
    centrals.push(central, name);
    offset += LOCAL_HEADER + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(END_RECORD);
  end.writeUInt32LE(SIG.end, 0);
  end.writeUInt16LE(frames.length, 8);
  end.writeUInt16LE(frames.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
