import { BantuanSettingsInput, type BantuanSettings } from '../../../../shared/contract';
import { REPEAT_MONTHS_DEFAULT } from '../../../../shared/domain/bantuan';
import { fill, messages } from '../../../../shared/i18n';
import type { AuditLog } from '../../audit/auditLog';
import type { Caller } from '../../auth/caller';
import type { SettingsService } from '../settingsService';

/** The setting row holding the admin's period for the repeat warning, in months. */
export const SETTING_BANTUAN_REPEAT = 'bantuan.repeatMonths';

/** The admin's settings for assistance, kept in the `setting` table like the office's. */
export class BantuanSettingsStore {
  constructor(
    private readonly settings: SettingsService,
    private readonly audit: AuditLog,
  ) {}

  /** The stored period, or the default when none is stored or it no longer parses (a hand edit). */
  async get(): Promise<BantuanSettings> {
    const stored = await this.settings.get(SETTING_BANTUAN_REPEAT);
    const parsed = BantuanSettingsInput.safeParse({ repeatMonths: stored ?? REPEAT_MONTHS_DEFAULT });
    return parsed.success ? parsed.data : { repeatMonths: REPEAT_MONTHS_DEFAULT };
  }

  /** Sets the period, recorded in the audit trail in the same transaction. */
  async set(input: BantuanSettings, caller: Caller): Promise<BantuanSettings> {
    const before = await this.get();
    await this.settings.set(SETTING_BANTUAN_REPEAT, String(input.repeatMonths));
    await this.audit.record({
      caller,
      action: 'settings_update',
      entity: 'database',
      summary: fill(messages.bantuanPages.settingsAudit, { months: input.repeatMonths }),
      changes: { [SETTING_BANTUAN_REPEAT]: [before.repeatMonths, input.repeatMonths] },
    });
    return input;
  }
}
