// A fresh bundle of src/cli/main.ts for tests that run the command line as a
// real process (so they do not depend on an earlier `npm run build`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const root = resolve(__dirname, '../..');

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

export interface CliBundle {
  /** Runs the CLI; a run longer than `timeout` ms is killed (code null). */
  run(args: string[], input?: string | Buffer, timeout?: number): CliRun;
  remove(): void;
}

export async function bundleCli(name: string): Promise<CliBundle> {
  // Inside the repository, so that jsdom & co. resolve from its node_modules.
  mkdirSync(join(root, 'dist'), { recursive: true });
  const file = join(root, 'dist', `.${name}-${process.pid}.mjs`);
  await esbuild.build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return {
    run(args, input, timeout = 120_000) {
      const r = spawnSync(process.execPath, [file, ...args], {
        input,
        encoding: 'utf8',
        timeout,
        maxBuffer: 256 << 20,
        env: { ...process.env, NO_COLOR: '1' },
      });
      return { code: r.status, out: r.stdout, err: r.stderr };
    },
    remove: () => rmSync(file, { force: true }),
  };
}
