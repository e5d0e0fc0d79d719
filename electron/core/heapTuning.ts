import v8 from 'node:v8';

let tuned = false;

/**
 * Turns V8's allocation-site pretenuring off for this process, once. V8 learns from a phase where
 * what one line of code makes lives long (an import's check keeps its rows) and then puts what the
 * same lines make in the next phase straight into the old generation, where it stays until a full
 * collection: the import's write grew the heap by about 80 MB at 50,000 rows (peak 334–389 MB
 * against 283–306 MB without it, same file). V8 reads the flag as it allocates, so setting it
 * after start-up is enough.
 */
export function tuneHeap(): void {
  if (tuned) return;
  tuned = true;
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
