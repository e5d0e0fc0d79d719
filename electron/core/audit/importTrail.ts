import type { AuditChanges, AuditEntity } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import type { Caller } from '../auth/caller';
import type { Tx } from '../db/database';
import { AuditEntryEntity, type AuditEntryRow } from '../db/entities/auditEntry';
import { chained } from './chain';
import { auditLine } from './auditLog';

const m = messages.importEngine;

/** The file an import read: its name as the clerk chose it, its SHA-256 and the sheet. */
export interface ImportedFile {
  name: string;
  checksum: string | undefined;
  sheet: string;
}

/**
 * An import's lines in the audit trail, in proportion to what it did: one line for the import
 * itself (who, which file with its SHA-256 checksum, which sheet, the counts), and one line per
 * stored row naming the record and the file's row. A new record's line copies none of its fields
 * (the record holds them, and the file, named by its checksum, says where they came from); an
 * update's line has the fields the row changed, before and after, from the check the clerk saw,
 * with no snapshot read before or after the write. Lines are inserted a batch at a time, in the
 * import's transaction, so the trail and the data are committed or rolled back together.
 */
export class ImportTrail {
  private pending: Array<Omit<AuditEntryRow, 'id' | 'prevHash' | 'hash'>> = [];

  constructor(
    private readonly tx: Tx,
    private readonly caller: Caller,
    private readonly entity: AuditEntity,
    private readonly file: ImportedFile,
    /** The computer the import runs on (AuditLog.workstation). */
    private readonly workstation: string,
  ) {}

  created(row: number, id: number, at: string): void {
    this.pending.push(auditLine({ caller: this.caller, action: 'create', entity: this.entity, entityId: id, summary: this.rowSummary(row), at }, this.workstation));
  }

  updated(row: number, id: number, changes: AuditChanges, at: string): void {
    this.pending.push(auditLine({ caller: this.caller, action: 'update', entity: this.entity, entityId: id, summary: this.rowSummary(row), changes, at }, this.workstation));
  }

  /** Writes the lines gathered since the last flush. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    await this.tx.sql.bulk.insert(this.tx.em, AuditEntryEntity, await chained(this.tx.em, this.pending));
    this.pending = [];
  }

  /** The import's own line, after its rows' lines. */
  async done(counts: { new: number; update: number; refused: number }): Promise<void> {
    await this.flush();
    const { name, checksum, sheet } = this.file;
    const changes: AuditChanges = { importFile: [null, name], importSheet: [null, sheet], ...(checksum ? { importChecksum: [null, checksum] } : {}) };
    await this.tx.sql.bulk.insert(
      this.tx.em,
      AuditEntryEntity,
      await chained(this.tx.em, [auditLine({ caller: this.caller, action: 'import', entity: this.entity, summary: fill(m.auditSummary, { file: name, sheet, ...counts }), changes }, this.workstation)]),
    );
  }

  private rowSummary(row: number): string {
    return fill(m.auditRow, { file: this.file.name, row });
  }
}
