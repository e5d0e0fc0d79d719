import type { EntityManager, Repository } from 'typeorm';
import { SettingEntity, type SettingRow } from '../db/entities/setting';

export const SETTING_ONBOARDED = 'onboarding.done';

export class SettingsService {
  private readonly repo: Repository<SettingRow>;
  constructor(em: EntityManager) {
    this.repo = em.getRepository(SettingEntity);
  }

  async get(key: string): Promise<string | null> {
    return (await this.repo.findOneBy({ key }))?.value ?? null;
  }

  async set(key: string, value: string): Promise<void> {
    await this.repo.upsert({ key, value }, ['key']);
  }
}
