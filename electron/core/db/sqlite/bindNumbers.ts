import type { DataSource } from 'typeorm';

type Escape = (sql: string, parameters: Record<string, unknown>, nativeParameters: Record<string, unknown>) => [string, unknown[]];

/**
 * TypeORM's SQLite drivers write a number parameter into the SQL text (`id = 7`), so every id makes
 * a new statement to prepare and better-sqlite3's statement cache never hits. Boxing the numbers
 * before TypeORM sees them makes it bind them like any other value; they are unboxed for the
 * driver, whole numbers as BigInt so SQLite stores them as INTEGER, as the literal did (a plain JS
 * number binds as REAL, which a text column would keep as '5.0'). PostgreSQL's driver binds
 * numbers already.
 */
export function bindNumberParameters(dataSource: DataSource): void {
  const driver = dataSource.driver as unknown as { escapeQueryWithParameters: Escape };
  const escape = driver.escapeQueryWithParameters.bind(driver);
  driver.escapeQueryWithParameters = (sql, parameters, nativeParameters) => {
    if (!parameters) return escape(sql, parameters, nativeParameters);
    const boxed: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(parameters)) boxed[key] = typeof value === 'number' ? Object(value) : value;
    const [text, values] = escape(sql, boxed, nativeParameters);
    return [text, values.map(unbox)];
  };
}

function unbox(value: unknown): unknown {
  if (!(value instanceof Number)) return value;
  const n = value.valueOf();
  return Number.isSafeInteger(n) ? BigInt(n) : n;
}
