/**
 * One copy of each short text. A file's rows reach the core as copies (from the parse worker),
 * and values made from cells (a date written out, a code looked up) are new strings row by row:
 * at 200,000 rows the same kecamatan, sector, status or date was held hundreds of thousands of
 * times over. A text this short is looked up among those already kept; past `limit` different
 * texts new ones stay as they come.
 */
export class SharedTexts {
  private readonly kept = new Map<string, string>();

  constructor(
    private readonly maxChars = 40,
    private readonly limit = 100_000,
  ) {}

  share(v: string): string {
    if (v.length > this.maxChars) return v;
    const kept = this.kept.get(v);
    if (kept !== undefined) return kept;
    if (this.kept.size < this.limit) this.kept.set(v, v);
    return v;
  }
}
