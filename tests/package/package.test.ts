// `npm run package`: three zips, the same bytes from the same tree, each what
// its store takes; and the source package builds the Firefox add-on file for file.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crc32, unzip, zip } from '../../scripts/zip.mjs';

const root = resolve(__dirname, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const NAMES = ['chromium', 'firefox', 'source'].map((n) => `sada-${n}-${version}.zip`);
let work: string;

const packageInto = (out: string) => execFileSync(process.execPath, [join(root, 'scripts/package.mjs'), '--out', out], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const read = (dir: string, name: string) => readFileSync(join(dir, name));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sada-package-'));
  packageInto(join(work, 'a'));
  packageInto(join(work, 'b'));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run package', () => {
  it('writes the three zips and nothing else', () => {
    expect(readdirSync(join(work, 'a')).sort()).toEqual([...NAMES].sort());
  });

  it('builds the same bytes twice', () => {
    for (const name of NAMES) expect(read(join(work, 'a'), name).equals(read(join(work, 'b'), name)), name).toBe(true);
  });

  it('the browser packages hold the built extension with its manifest at the root', () => {
    const chromium = unzip(read(join(work, 'a'), NAMES[0]!));
    const firefox = unzip(read(join(work, 'a'), NAMES[1]!));
    for (const files of [chromium, firefox]) {
      for (const needed of ['manifest.json', 'background.js', 'content-check.js', 'content-explain.js', 'content-main.js', 'popup.html', 'corpus.json', '_locales/en/messages.json', '_locales/ar/messages.json']) {
        expect(files.has(needed), needed).toBe(true);
      }
      expect([...files.keys()].filter((p) => /\.(map|ts|mjs)$|^\.|\/\./.test(p))).toEqual([]);
      // The statement corpus is the real one, not the empty index a build without ../shared writes.
      expect((JSON.parse(files.get('corpus.json')!.toString()) as { count: number }).count).toBeGreaterThan(0);
    }
    const chromiumManifest = JSON.parse(chromium.get('manifest.json')!.toString());
    const firefoxManifest = JSON.parse(firefox.get('manifest.json')!.toString());
    expect(chromiumManifest.version).toBe(version);
    expect(chromiumManifest.background).toEqual({ service_worker: 'background.js' });
    expect(chromiumManifest).not.toHaveProperty('browser_specific_settings');
    expect(firefoxManifest.background).toEqual({ scripts: ['background.js'] });
    expect(firefoxManifest.browser_specific_settings.gecko.id).toBeTruthy();
  });

  it('the Firefox package passes the add-on linter with no errors', async () => {
    const linter = join(root, 'node_modules/.bin/addons-linter');
    const { stdout } = await promisify(execFile)(linter, [join(work, 'a', NAMES[1]!), '--output', 'json'], { maxBuffer: 16 << 20 }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    const result = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { errors: Array<{ code: string; message: string }> };
    expect(result.errors.map((e) => `${e.code} ${e.message}`)).toEqual([]);
  }, 120_000);

  it('the source package holds the sources and the build instructions, not what is built or installed', () => {
    const files = unzip(read(join(work, 'a'), NAMES[2]!));
    for (const needed of ['package.json', 'package-lock.json', 'build.mjs', 'manifest.json', 'src/cli/main.ts', 'BUILDING.md', 'prebuilt/corpus.json']) {
      expect(files.has(needed), needed).toBe(true);
    }
    expect([...files.keys()].filter((p) => /^(node_modules|dist|artifacts|test-results)\//.test(p))).toEqual([]);
    expect(files.get('BUILDING.md')!.toString()).toMatch(/npm ci\n\s+node build\.mjs/);
  });

  it('built as BUILDING.md says, the source package gives the Firefox package file for file', () => {
    const clone = join(work, 'review', 'sada');
    for (const [path, data] of unzip(read(join(work, 'a'), NAMES[2]!))) {
      mkdirSync(dirname(join(clone, path)), { recursive: true });
      writeFileSync(join(clone, path), data);
    }
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules')); // stands for `npm ci`
    execFileSync(process.execPath, ['build.mjs'], { cwd: clone, stdio: 'ignore', env: { ...process.env, SADA_DIST: '' } });
    writeFileSync(join(clone, 'dist/firefox/corpus.json'), readFileSync(join(clone, 'prebuilt/corpus.json')));
    const built = new Map<string, Buffer>();
    const walk = (dir: string, prefix = ''): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
        else built.set(`${prefix}${entry.name}`, readFileSync(join(dir, entry.name)));
      }
    };
    walk(join(clone, 'dist/firefox'));
    const shipped = unzip(read(join(work, 'a'), NAMES[1]!));
    expect([...built.keys()].sort()).toEqual([...shipped.keys()].sort());
    for (const [path, data] of shipped) expect(built.get(path)!.equals(data), path).toBe(true);
  }, 120_000);
});

describe('the zip writer', () => {
  it('CRC-32 of the standard check string', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('round-trips stored and deflated entries, in path order, whatever the input order', () => {
    const files = [
      { path: 'b/نص.txt', data: Buffer.from('نص عربي '.repeat(200)) },
      { path: 'a.bin', data: Buffer.from([1, 2, 3]) },
    ];
    const archive = zip(files);
    expect(zip([...files].reverse()).equals(archive)).toBe(true);
    const back = unzip(archive);
    expect([...back.keys()]).toEqual(['a.bin', 'b/نص.txt']);
    for (const f of files) expect(back.get(f.path)!.equals(f.data)).toBe(true);
  });

  it('refuses paths that would climb out of the folder they are unpacked in', () => {
    expect(() => zip([{ path: '../evil', data: Buffer.from('x') }])).toThrow(/unsafe path/);
    expect(() => zip([{ path: '/etc/x', data: Buffer.from('x') }])).toThrow(/unsafe path/);
  });
});
