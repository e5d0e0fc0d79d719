import { DEFAULT_PG_PORT, type ConnectionInput, type ConnectionView } from '../../../../shared/contract';

/** The form as the admin types it; the password blank with one saved means "keep the saved one". */
export interface ConnectionFormValues {
  engine: 'sqlite' | 'postgres';
  host: string;
  port: number | null;
  database: string;
  user: string;
  password: string;
  tls: boolean;
}

export function viewToForm(view: ConnectionView): ConnectionFormValues {
  const pg = view.postgres;
  return {
    engine: view.engine,
    host: pg?.host ?? '',
    port: pg?.port ?? DEFAULT_PG_PORT,
    database: pg?.database ?? '',
    user: pg?.user ?? '',
    password: '',
    tls: pg?.tls ?? false,
  };
}

/** The channels' input: SQLite alone, or the server's settings with the password typed or kept. */
export function formToInput(v: ConnectionFormValues, hasPassword: boolean): ConnectionInput {
  if (v.engine === 'sqlite') return { engine: 'sqlite' };
  const keep = hasPassword && v.password === '';
  return {
    engine: 'postgres',
    host: v.host,
    port: v.port ?? undefined,
    database: v.database,
    user: v.user,
    tls: v.tls,
    ...(keep ? { keepPassword: true } : { password: v.password }),
  };
}
