import type { EntitySchemaColumnOptions } from 'typeorm';

// Money is whole rupiah, stored as a 64-bit integer. PostgreSQL hands bigint back as text, so the
// transformer keeps it a number on every backend (values stay far below 2^53).
export const bigintNumber: EntitySchemaColumnOptions = {
  type: 'bigint',
  transformer: {
    to: (value: number | null | undefined) => value,
    from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
  },
};

// Timestamps are ISO strings set by the services, so every backend stores the same text.
export const timestamps = {
  createdAt: { type: 'varchar', name: 'created_at' },
  updatedAt: { type: 'varchar', name: 'updated_at' },
  deletedAt: { type: 'varchar', name: 'deleted_at', nullable: true },
} satisfies Record<string, EntitySchemaColumnOptions>;
