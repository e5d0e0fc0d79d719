import { DEFAULT_OFFICE, OfficeSettingsInput, type AuditChanges, type Emblem, type OfficeSettings } from '../../../shared/contract';
import { emblemTypeOf } from '../../../shared/domain/emblem';
import { fill, messages } from '../../../shared/i18n';
import type { AuditLog } from '../audit/auditLog';
import { diff, type Snapshot } from '../audit/diff';
import type { Caller } from '../auth/caller';
import { fieldsError } from './queryHelpers';
import type { SettingsService } from './settingsService';

export const SETTING_OFFICE = 'office';

const o = messages.office;

/** How the trail shows an emblem: its type and size, never its bytes. */
function emblemLabel(e: Emblem | null): string | null {
  if (!e) return null;
  const kb = Math.max(1, Math.round((Buffer.byteLength(e.base64, 'base64') / 1024) * 10) / 10);
  return fill(o.emblemAudit, { type: e.mime === 'image/png' ? 'PNG' : 'JPEG', kb: kb.toLocaleString('id-ID') });
}

const snapshot = (s: OfficeSettings): Snapshot => ({ ...s, emblem: emblemLabel(s.emblem) });

/**
 * Each stored field that still parses, the default for any that does not: a value written by an
 * older release (or edited by hand) loses only what it got wrong.
 */
function fromStored(stored: string): OfficeSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return DEFAULT_OFFICE;
  }
  if (!raw || typeof raw !== 'object') return DEFAULT_OFFICE;
  const shape = OfficeSettingsInput.shape;
  const out: Record<string, unknown> = { ...DEFAULT_OFFICE };
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (!(key in raw)) continue;
    const field = shape[key].safeParse((raw as Record<string, unknown>)[key]);
    if (field.success) out[key] = field.data;
  }
  return out as OfficeSettings;
}

/** The office's letterhead and signatory, stored once as one setting. */
export class OfficeService {
  constructor(
    private readonly settings: SettingsService,
    private readonly audit: AuditLog,
  ) {}

  async get(): Promise<OfficeSettings> {
    const stored = await this.settings.get(SETTING_OFFICE);
    return stored === null ? DEFAULT_OFFICE : fromStored(stored);
  }

  /** Replaces the settings, audited in the same transaction field by field. */
  async set(input: OfficeSettings, caller: Caller): Promise<OfficeSettings> {
    let emblem = input.emblem;
    if (emblem) {
      const type = emblemTypeOf(Buffer.from(emblem.base64, 'base64'));
      if (!type) throw fieldsError({ emblem: o.emblemUnreadable });
      emblem = { ...emblem, mime: type };
    }
    const saved: OfficeSettings = { ...input, emblem };
    const before = await this.get();
    await this.settings.set(SETTING_OFFICE, JSON.stringify(saved));
    const changes: AuditChanges = diff(snapshot(before), snapshot(saved));
    await this.audit.record({ caller, action: 'settings_update', entity: 'database', summary: fill(o.auditSummary, { n: Object.keys(changes).length }), changes });
    return saved;
  }
}
