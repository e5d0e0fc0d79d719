import { expect, it } from 'vitest';
import { BatchSize } from '../../electron/core/excel/import/batchSize';

it('sizes the next batch toward the time it aims at, halfway each time', () => {
  const size = new BatchSize(40, 100);
  // 100 rows took 200 ms (2 ms a row): 20 rows would take 40 ms; halfway from 100 is 60.
  size.took(200, 100);
  expect(size.rows).toBe(60);
  size.took(120, 60);
  expect(size.rows).toBe(40);
  // Cheap rows (0.05 ms each): the size grows toward 800.
  size.took(2, 40);
  expect(size.rows).toBe(420);
});

it('stays within its bounds and ignores an empty batch', () => {
  const size = new BatchSize(40, 100, 10, 500);
  size.took(0, 100);
  expect(size.rows).toBe(500);
  // Very slow rows: halved each time (250, 125, 63, …), never below 10.
  size.took(60_000, 500);
  expect(size.rows).toBe(250);
  for (let i = 0; i < 10; i++) size.took(60_000, size.rows);
  expect(size.rows).toBe(10);
  size.took(5, 0);
  expect(size.rows).toBe(10);
});
