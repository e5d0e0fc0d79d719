import type { DataSource, Repository } from 'typeorm';
import { SettingEntity, type SettingRow } from '../db/entities/setting';

export const SETTING_ONBOARDED = 'onboarding.done';

export class SettingsService {
  private readonly repo: Repository<SettingRow>;
  constructor(ds: DataSource) {
    this.repo = ds.getRepository(SettingEntity);
  }

  async get(key: string): Promise<string | null> {
    return (await this.repo.findOneBy({ key }))?.value ?? null;
  }

  async set(key: string, value: string): Promise<void> {
    await this.repo.upsert({ key, value }, ['key']);
  }
}
