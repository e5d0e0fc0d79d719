import { promptSecret } from './prompt';
import { runCli } from './run';

// `npm run -s umkm -- <command> [--db FILE] [--json]`
// No top-level await: the tool is bundled to CommonJS (dist-electron/umkm.cjs) for a fast start.
void runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: readAllStdin,
  env: process.env,
  stdinIsTty: Boolean(process.stdin.isTTY),
  promptSecret,
}).then((code) => {
  process.exitCode = code;
});

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
