// The command-line tool, run as a real process on a fresh bundle of src/cli/main.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleCli, type CliBundle } from '../support/cli-bundle';

// Each test starts a node process (and jsdom for --html): slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

let work: string;
let cli: CliBundle;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sada-cli-'));
  cli = await bundleCli('cli-test');
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  cli.remove();
});

const run = (args: string[], input?: string | Buffer) => cli.run(args, input);

function file(name: string, content: string | Buffer): string {
  const p = join(work, name);
  writeFileSync(p, content);
  return p;
}

const ARTICLE =
  'أعلن المتحدث باسم الكرملين دميتري بيسكوف أن روسيا ترى فرصة للتسوية بين أذربيجان وأرمينيا في قره باغ.\n\n' +
  'وقال بيسكوف: "نحن نراقب الوضع في قره باغ بعناية شديدة ونأمل أن يتوقف القتال".\n\n' +
  'وأضاف: "الاتصالات مستمرة مع باكو ويريفان على جميع المستويات".';

describe('sada analyze --json', () => {
  it('prints the contract JSON with offsets into the file text', () => {
    const r = run(['analyze', '--json', file('a.txt', ARTICLE)]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out).toHaveProperty('language');
    expect(Array.isArray(out.conflicts)).toBe(true);
    expect(Array.isArray(out.actors)).toBe(true);
    const direct = out.quotes.filter((q: { kind: string }) => q.kind === 'direct');
    expect(direct.map((q: { start: number; end: number }) => ARTICLE.slice(q.start, q.end))).toEqual([
      'نحن نراقب الوضع في قره باغ بعناية شديدة ونأمل أن يتوقف القتال',
      'الاتصالات مستمرة مع باكو ويريفان على جميع المستويات',
    ]);
    for (const a of out.actors) {
      for (const m of a.mentions) {
        expect(Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start).toBe(true);
        expect(m.end).toBeLessThanOrEqual(ARTICLE.length);
      }
    }
  });

  it('reads standard input with "-"', () => {
    const r = run(['analyze', '--json', '-'], ARTICLE);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.quotes.filter((q: { kind: string }) => q.kind === 'direct')).toHaveLength(2);
  });

  it('keeps offsets as UTF-16 indices when the text has a BOM and astral characters', () => {
    const text = '\uFEFF😀 ' + ARTICLE;
    const r = run(['analyze', '--json', file('bom.txt', text)]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    const q = out.quotes.find((x: { kind: string }) => x.kind === 'direct');
    expect(text.slice(q.start, q.end)).toBe('نحن نراقب الوضع في قره باغ بعناية شديدة ونأمل أن يتوقف القتال');
  });
});

describe('sada analyze --html', () => {
  it('analyzes the article text of an HTML page, paragraphs separated by blank lines', () => {
    const html = `<!doctype html><html lang="ar"><head><title>موقع الأخبار | قره باغ</title>
      <script>document.title = "hacked"</script></head><body>
      <nav><a href="/">الرئيسية</a> <a href="/x">رياضة</a></nav>
      <article><h1>الكرملين يعلق على قره باغ</h1>
      ${ARTICLE.split('\n\n').map((p) => `<p>${p.replace(/"/g, '&quot;')}</p>`).join('\n')}
      <p>وتابعت المصادر أن الوضع على الأرض ما زال متوترا في الإقليم المتنازع عليه منذ عقود طويلة.</p>
      </article><footer>جميع الحقوق محفوظة</footer></body></html>`;
    const r = run(['analyze', '--json', '--html', file('page.html', html)]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(typeof out.text).toBe('string');
    expect(out.text).toContain('وقال بيسكوف: "نحن نراقب');
    expect(out.text).toContain('\n\n');
    expect(out.text).not.toContain('hacked');
    expect(out.text).not.toContain('جميع الحقوق محفوظة');
    const direct = out.quotes.filter((q: { kind: string }) => q.kind === 'direct');
    expect(direct.map((q: { start: number; end: number }) => out.text.slice(q.start, q.end))).toContain(
      'نحن نراقب الوضع في قره باغ بعناية شديدة ونأمل أن يتوقف القتال',
    );
  });
});

describe('sada analyze --html: line breaks', () => {
  it('turns <br> inside a block into paragraph breaks', () => {
    const html = `<html><body><article><h1>عنوان الخبر</h1><div>الفقرة الأولى من الخبر هنا.<br><br>وقال بيسكوف: "نحن نراقب الوضع بعناية شديدة".</div></article></body></html>`;
    const r = run(['analyze', '--json', '--html', file('br.html', html)]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.text).toContain('الفقرة الأولى من الخبر هنا.\n\nوقال بيسكوف');
  });
});

describe('sada analyze, human view', () => {
  it('prints language, conflicts and the text with quotes marked in plain brackets when piped', () => {
    const r = run(['analyze', file('h.txt', ARTICLE)]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^language: /m);
    expect(r.out).toMatch(/^conflicts: /m);
    expect(r.out).toContain('⟦نحن نراقب الوضع');
    expect(r.out).not.toContain('\u001b[');
    // The marks are explained before the text, as the README explains them.
    expect(r.out).toMatch(/^marks: \[actor\]\{actor-id\}\s+⟦direct quote⟧\s+⟨indirect quote⟩/m);
    expect(r.out.indexOf('marks:')).toBeLessThan(r.out.indexOf('⟦نحن'));
    expect(readFileSync(join(__dirname, '../../README.md'), 'utf8')).toMatch(/`\[name\]\{actor-id\}`, direct quotes as\s+`⟦…⟧` and indirect ones as `⟨…⟩`/);
  });

  it('uses ANSI colour when asked', () => {
    const r = run(['analyze', '--color', file('c.txt', ARTICLE)]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('\u001b[');
  });
});

describe('sada: errors print one line and exit non-zero', () => {
  const oneLine = (s: string) => s.trim().split('\n').length === 1;

  it('missing file', () => {
    const r = run(['analyze', '--json', join(work, 'nope.txt')]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/no such file/);
    expect(oneLine(r.err)).toBe(true);
    expect(r.out).toBe('');
  });

  it('binary input', () => {
    const r = run(['analyze', '--json', file('b.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]))]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/binary/);
    expect(oneLine(r.err)).toBe(true);
  });

  it('non-UTF-8 input (Windows-1256 Arabic)', () => {
    const r = run(['analyze', '--json', file('cp1256.txt', Buffer.from([0xc7, 0xe1, 0xd1, 0xe6, 0xd3, 0x20, 0xc7, 0xe1]))]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/not valid UTF-8/);
    expect(oneLine(r.err)).toBe(true);
  });

  it('empty input, on a file and on stdin', () => {
    for (const r of [run(['analyze', '--json', file('e.txt', '')]), run(['analyze', '--json', '-'], '  \n\u200F\n')]) {
      expect(r.code).not.toBe(0);
      expect(r.err).toMatch(/empty/);
      expect(oneLine(r.err)).toBe(true);
    }
  });

  it('unknown command and unknown option', () => {
    const a = run(['frobnicate']);
    expect(a.code).not.toBe(0);
    expect(a.err).toMatch(/unknown command/);
    const b = run(['analyze', '--jsn', file('o.txt', ARTICLE)]);
    expect(b.code).not.toBe(0);
    expect(b.err).toMatch(/unknown option/);
  });
});

describe('sada --help', () => {
  it('lists the subcommands, naming the command as it was run', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/analyze/);
    expect(r.out).toMatch(/^usage: node dist\/\.cli-test-\d+\.mjs <command>/);
    expect(run(['search', '--help']).out).toMatch(/^usage: node dist\/\.cli-test-\d+\.mjs search/);
  });

  it('run without a command, gives the usage on stderr (nothing on stdout) and exit 2', () => {
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^usage: node dist\/\.cli-test-\d+\.mjs <command>/);
  });

  it('--version prints the package version', () => {
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^sada \d+\.\d+\.\d+\n$/);
    expect(r.out.trim()).toBe(`sada ${JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).version}`);
  });

  it('prints the options of one command', () => {
    const r = run(['analyze', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--json/);
    expect(r.out).toMatch(/--html/);
  });
});

describe('sada analyze on hostile input', () => {
  it('finishes on a file of only quotation marks', () => {
    const r = run(['analyze', '--json', file('marks.txt', '"“”«»„‟'.repeat(100_000))]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).quotes).toEqual([]);
  });

  it('finishes on 5 MB of article text', () => {
    const text = `${ARTICLE}\n\n`.repeat(Math.ceil(5_000_000 / (ARTICLE.length + 2)));
    const r = run(['analyze', '--json', file('big.txt', text)]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.quotes.filter((q: { kind: string }) => q.kind === 'direct').length).toBeGreaterThan(1000);
  }, 90_000);

  it('reads bidi controls and zero-width characters around the marks', () => {
    const text = ARTICLE.replace('وقال بيسكوف: "', 'وقال بيسكوف:\u200F \u2067"\u200B').replace('القتال".', 'القتال\u200D"\u2069.');
    const r = run(['analyze', '--json', file('bidi.txt', text)]);
    expect(r.code).toBe(0);
    const q = JSON.parse(r.out).quotes.find((x: { kind: string }) => x.kind === 'direct');
    expect(text.slice(q.start, q.end)).toContain('نحن نراقب الوضع');
  });
});
