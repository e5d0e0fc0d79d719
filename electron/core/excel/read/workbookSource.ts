import { sheetsTooBig } from './checkFile';
import type { ReadLimits } from './limits';
import { refuse } from './refuse';
import { ZipError, type ZipArchive } from './zipArchive';
import { XmlError, XmlStream, type XmlHandler } from './xmlStream';

/**
 * The parts of one .xlsx, read by name and parsed as they inflate. No part inflates past the
 * size its directory entry declared (yauzl checks each byte count), and the checks before
 * parsing were made on those sizes.
 */
export class WorkbookSource {
  constructor(
    private readonly zip: ZipArchive,
    readonly fileName: string,
    readonly limits: ReadLimits,
  ) {}

  has(part: string): boolean {
    return this.zip.part(part) !== undefined;
  }

  /** What a part inflates to, as its directory entry declares it; 0 when there is no such part. */
  size(part: string): number {
    return this.zip.part(part)?.uncompressedSize ?? 0;
  }

  /** Parses a part; false when the package has no such part. `small` parts (workbook, styles, relationships) have their own cap. */
  async scan(part: string, handler: XmlHandler, small = false): Promise<boolean> {
    const entry = this.zip.part(part);
    if (!entry) return false;
    if (small && entry.uncompressedSize > this.limits.maxSmallPartBytes) throw sheetsTooBig(this.fileName, entry.uncompressedSize, this.limits);
    const xml = new XmlStream(handler, this.limits.maxCellChars);
    try {
      await this.zip.read(part, (chunk) => xml.write(chunk));
      xml.end();
    } catch (err) {
      if (err instanceof ZipError) throw refuse(err.kind === 'lying' ? 'sizeMismatch' : 'damaged', { file: this.fileName });
      if (err instanceof XmlError) throw refuse('damaged', { file: this.fileName });
      throw err;
    }
    return true;
  }
}
