import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createContext, type AppContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/openDatabase';

/** A fresh database file in its own temp folder; call cleanup() in afterEach. */
export async function tempContext(): Promise<{ ctx: AppContext; dir: string; file: string; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-test-'));
  const file = path.join(dir, 'test.sqlite');
  const db = await openDatabase({ file });
  const ctx = createContext(db, 'test');
  return {
    ctx,
    dir,
    file,
    cleanup: async () => {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A valid UMKM input a test can change one field of. */
export function validUmkm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    businessName: 'Amplang Kepiting Bu Sari',
    ownerName: 'Sari Rahmawati',
    nik: '6471054506880001',
    address: 'Jl. Marsma R. Iswahyudi No. 12',
    kecamatan: '64.71.05',
    kelurahan: '64.71.05.1002',
    sector: 'kuliner',
    annualSales: 350_000_000,
    capital: 80_000_000,
    phone: '0812-3456-7890',
    ...overrides,
  };
}
