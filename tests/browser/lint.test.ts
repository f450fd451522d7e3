// `web-ext lint` on dist/firefox: no errors (warnings are printed).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { distDir } from './support/driver';

test('web-ext lint --source-dir dist/firefox reports no errors', async () => {
  const run = promisify(execFile);
  const { stdout } = await run('npx', ['web-ext', 'lint', '--source-dir', distDir('firefox'), '--output', 'json', '--no-config-discovery'], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const result = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
    errors: Array<{ code: string; message: string; file?: string }>;
    warnings: Array<{ code: string; message: string; file?: string }>;
  };
  for (const warning of result.warnings) console.log(`web-ext lint warning: ${warning.code} ${warning.file ?? ''} ${warning.message}`);
  expect(result.errors.map((e) => `${e.code} ${e.file ?? ''} ${e.message}`)).toEqual([]);
});
