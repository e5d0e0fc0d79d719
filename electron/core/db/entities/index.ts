import { SettingEntity } from './setting';
import { UmkmEntity } from './umkm';

// Imported, never globbed: globs do not resolve inside a bundle.
export const ENTITIES = [UmkmEntity, SettingEntity];
export { SettingEntity, UmkmEntity };
