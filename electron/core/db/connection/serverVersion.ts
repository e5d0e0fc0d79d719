// PostgreSQL's server_version_num: major * 10000 + minor since 10 (150018 is 15.18), and
// major * 10000 + minor * 100 + patch before it (90624 is 9.6.24).

/** The oldest server the app runs on: PostgreSQL 13 (ICU collations, gin_trgm_ops, the baseline's SQL). */
export const MIN_SERVER_VERSION_NUM = 130000;

/** The version as people write it: "15.18", "9.6.24". */
export function serverVersionText(num: number): string {
  if (!Number.isInteger(num) || num <= 0) return String(num);
  if (num >= 100000) return `${Math.floor(num / 10000)}.${num % 10000}`;
  return `${Math.floor(num / 10000)}.${Math.floor(num / 100) % 100}.${num % 100}`;
}

/** Whether the server is older than the app supports. */
export const isTooOld = (num: number): boolean => !(num >= MIN_SERVER_VERSION_NUM);
