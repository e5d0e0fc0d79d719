import type { z } from 'zod';
import type { Channel } from './channels';
import { EmptyInput, SeedDemoInput, type AppInfo, type SeedDemoResult, type Stats } from './app';
import { IdInput, UmkmInput, UmkmListQuery, UmkmUpdateInput, type Page, type Umkm, type UmkmListItem } from './umkm';

interface Entry<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the result type only. */
  output?: O;
}
const entry = <O>() => <I extends z.ZodType>(input: I): Entry<I, O> => ({ input });

/** The whole interface between renderer and main: every channel, its input schema and result. */
export const contract = {
  'app:info': entry<AppInfo>()(EmptyInput),
  'app:startEmpty': entry<AppInfo>()(EmptyInput),
  'demo:seed': entry<SeedDemoResult>()(SeedDemoInput),
  'stats:summary': entry<Stats>()(EmptyInput),
  'umkm:list': entry<Page<UmkmListItem>>()(UmkmListQuery),
  'umkm:get': entry<Umkm>()(IdInput),
  'umkm:create': entry<Umkm>()(UmkmInput),
  'umkm:update': entry<Umkm>()(UmkmUpdateInput),
  'umkm:delete': entry<{ id: number }>()(IdInput),
} satisfies Record<Channel, Entry<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = NonNullable<Contract[C]['output']>;
