/** Where a command reads and writes; injected so that tests run the CLI in-process. */
export interface CliEnvironment {
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Resolves when the user asks a long-running command to stop (Ctrl+C); absent in tests that stop it otherwise. */
  interrupted?: Promise<void>;
  /** How often `sync` prints a progress line when stderr is not a terminal (tests make it 0: after each page). */
  progressEveryMs?: number;
}

/** Sets the process's exit code from inside a command action. */
export type ExitCode = (code: number) => void;
