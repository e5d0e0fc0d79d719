export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  env: NodeJS.ProcessEnv;
  stdinIsTty: boolean;
  /** Reads a password at the terminal without echo (only when stdin is a TTY). */
  promptSecret?: (label: string) => Promise<string>;
}

export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/** A mistake in how the command was called (exit 2), as opposed to refused input (exit 1). */
export class UsageError extends Error {}
