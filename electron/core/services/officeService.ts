import { DEFAULT_OFFICE, OfficeSettingsInput, type OfficeSettings } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import { fieldsError } from './queryHelpers';
import type { SettingsService } from './settingsService';

export const SETTING_OFFICE = 'office';

// The first bytes of each accepted image type: a renamed file is refused before it reaches a report.
const SIGNATURES: Record<string, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** The office's letterhead and signatory, stored once as one setting. */
export class OfficeService {
  constructor(private readonly settings: SettingsService) {}

  async get(): Promise<OfficeSettings> {
    const stored = await this.settings.get(SETTING_OFFICE);
    if (stored === null) return DEFAULT_OFFICE;
    // A value written by this release always parses; anything else falls back to the defaults, field by field.
    const parsed = OfficeSettingsInput.safeParse({ ...DEFAULT_OFFICE, ...(JSON.parse(stored) as object) });
    return parsed.success ? parsed.data : DEFAULT_OFFICE;
  }

  async set(input: OfficeSettings): Promise<OfficeSettings> {
    if (input.emblem) {
      const bytes = Buffer.from(input.emblem.base64, 'base64');
      const sig = SIGNATURES[input.emblem.mime]!;
      if (bytes.length < sig.length || sig.some((b, i) => bytes[i] !== b)) {
        throw fieldsError({ emblem: messages.office.emblemUnreadable });
      }
    }
    await this.settings.set(SETTING_OFFICE, JSON.stringify(input));
    return input;
  }
}
