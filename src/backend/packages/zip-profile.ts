/**
 * A .qcp is ZIP in one canonical profile: every header field not derived from the content has
 * one fixed value, there are no extra fields, comments, data descriptors, gaps or ZIP64. Any ZIP
 * tool reads it; only this writer writes it. Why so strict: the same input then gives the same
 * bytes (agencies regenerate and compare), and no byte of a package is meaningless — changing
 * any one of them is detected, whether it lies in the signed content or in the container.
 */
export const ZIP_PROFILE = {
  /** Made by UNIX (3) with ZIP 2.0: `unzip` then honours the mode bits and UTF-8 names. */
  versionMadeBy: 0x0314,
  versionNeeded: 20,
  /** Bit 11: names are UTF-8 (Chinese file names show correctly in `unzip -l`). */
  flags: 0x0800,
  /** 1980-01-01 00:00:00, the earliest DOS time: a fixed stamp, so the bytes do not depend on the clock. */
  dosTime: 0,
  dosDate: 0x0021,
  /** A regular file, mode 0644, in the upper 16 bits. */
  externalAttributes: 0o100644 * 0x10000,
} as const;

export const SIG = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 } as const;
export const LOCAL_HEADER = 30;
export const CENTRAL_HEADER = 46;
export const END_RECORD = 22;
export const METHOD = { stored: 0, deflate: 8 } as const;

/** Reader limits (formats.md §4, first check). Every default can be raised by a caller that needs it. */
export type ZipLimits = {
  /** The package file itself. */
  maxPackageBytes: number;
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Uncompressed : compressed, above which a large entry is taken for a zip bomb. */
  maxRatio: number;
  /** Entries smaller than this are exempt from the ratio (a short run of spaces compresses 100:1). */
  ratioFloorBytes: number;
};

const MiB = 1024 * 1024;
/**
 * A package holds a dozen files; a million-entry snapshot's JSONL is under 1 GiB. Real records
 * compress 5–20:1; deflate's ceiling is ~1030:1, which is what bombs use.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxPackageBytes: 2048 * MiB,
  maxEntries: 256,
  maxEntryBytes: 1024 * MiB,
  maxTotalBytes: 2048 * MiB,
  maxRatio: 200,
  ratioFloorBytes: MiB,
};
