// The pure parts of the command line's input and output handling.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asRun, programName } from '../../src/cli/command';
import { checkedDate, checkedSpeaker, isCalendarDate } from '../../src/cli/filters';
import { htmlNestingDepth } from '../../src/cli/html-depth';
import { decodeText, MAX_HTML_DEPTH } from '../../src/cli/input';
import { printable, showControls, terminalJson, withControlsShown } from '../../src/cli/terminal';

const TEXT = 'قالت الخارجية إن المحادثات "ستستمر الأسبوع المقبل" في العاصمة.';

describe('decodeText', () => {
  const le = Buffer.from(TEXT, 'utf16le');
  it('reads UTF-8, keeping a BOM so offsets stay those of the file', () => {
    expect(decodeText(Buffer.from(`\uFEFF${TEXT}`), 'f')).toBe(`\uFEFF${TEXT}`);
  });
  it('reads UTF-16 by its byte-order mark, either byte order', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'f')).toBe(TEXT);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]), 'f')).toBe(TEXT);
  });
  it('reads UTF-16 without a mark by its shape (every other byte zero)', () => {
    expect(decodeText(le, 'f')).toBe(TEXT);
    expect(decodeText(Buffer.from(le).swap16(), 'f')).toBe(TEXT);
  });
  it('names binary, undecodable and empty input without quoting its bytes', () => {
    expect(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x1b, 0x5b]), 'x.zip')).toThrow(/^x\.zip: binary/);
    expect(() => decodeText(Buffer.from([0xd1, 0xe6, 0x1b, 0x5b, 0x32, 0x4a]), 'x.txt')).toThrow(/^x\.txt: not valid UTF-8 text$/);
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 'x.txt')).toThrow(/not valid UTF-16LE/);
    expect(() => decodeText(Buffer.from(' \u200F\n'), 'x.txt')).toThrow(/empty/);
  });
});

describe('htmlNestingDepth', () => {
  it('counts nested elements, not void ones, raw text or comments', () => {
    expect(htmlNestingDepth('<div><section><p>a<br><img src=x></p></section></div>')).toBe(2);
    expect(htmlNestingDepth('<div><script>"<div><div><div>"</script><!-- <div><div> --></div>')).toBe(1);
    expect(htmlNestingDepth('<div title="a > b"><span data-x=\'<i>\'>x</span></div>')).toBe(2);
  });
  it('does not count elements the parser closes by itself (unclosed <p>, <li>, <td>)', () => {
    expect(htmlNestingDepth(`<ul>${'<li>item'.repeat(500)}</ul><div>${'<p>para'.repeat(500)}</div>`)).toBe(1);
  });
  it('stops as soon as the bound is passed', () => {
    expect(htmlNestingDepth('<div>'.repeat(100_000), 10)).toBe(11);
  });
  it('finds every real page of ../shared/pages well under the bound', () => {
    const dir = resolve(__dirname, '../../../shared/pages');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
      expect(htmlNestingDepth(readFileSync(join(dir, f), 'utf8')), f).toBeLessThan(MAX_HTML_DEPTH / 4);
    }
  });
});

describe('terminal output', () => {
  const hostile = 'a\u001b[2Jb\u009b31mc\rd\te\nf\u007f';
  it('shows each control character as one visible sign (offsets kept), tab and newline kept', () => {
    const shown = showControls(hostile);
    expect(shown).toHaveLength(hostile.length);
    expect(shown).toBe('a\u241b[2Jb\uFFFD31mc\u240dd\te\nf\u2421');
  });
  it('prints error messages as one line of escapes', () => {
    expect(printable('x\u001b[31m\ny')).toBe('x\\x1b[31m\\x0ay');
  });
  it('JSON escapes DEL and C1 too and parses back to the same value', () => {
    const value = { text: hostile, n: [1, 'z\u0085'] };
    const json = terminalJson(value);
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json)).toEqual(value);
  });
  it('shows controls in every string of a result, keys and numbers untouched', () => {
    expect(withControlsShown({ a: ['x\u001b', { b: 'y\r', n: 3 }], c: null })).toEqual({ a: ['x\u241b', { b: 'y\u240d', n: 3 }], c: null });
  });
});

describe('search filters', () => {
  it('knows the calendar', () => {
    for (const d of ['2024-02-29', '2023-12-31', '2000-02-29']) expect(isCalendarDate(d), d).toBe(true);
    for (const d of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '1900-02-29', '2024-1-01']) expect(isCalendarDate(d), d).toBe(false);
    expect(() => checkedDate('search', '--from', '20240101')).toThrow(/needs a date YYYY-MM-DD/);
  });
  it('accepts gazetteer ids and suggests ids for a near miss, by id or Arabic name', () => {
    expect(checkedSpeaker('search', 'dmitry-peskov')).toBe('dmitry-peskov');
    expect(() => checkedSpeaker('search', 'peskov')).toThrow(/did you mean dmitry-peskov/);
    expect(() => checkedSpeaker('search', 'بيسكوف')).toThrow(/did you mean dmitry-peskov/);
    expect(() => checkedSpeaker('search', 'qqqq-zzzz')).toThrow(/unknown speaker "qqqq-zzzz" \(an actor id/);
  });
});

describe('the command as run', () => {
  it('is "sada" through the bin link, else node and the script as typed', () => {
    expect(programName('/p/node_modules/.bin/sada', '/p')).toBe('sada');
    expect(programName('/p/dist/cli.mjs', '/p')).toBe('node dist/cli.mjs');
    expect(programName('/elsewhere/cli.mjs', '/p')).toBe('node /elsewhere/cli.mjs');
    expect(asRun('usage: sada analyze FILE; see "sada --help"; format sada-corpus', 'node dist/cli.mjs')).toBe(
      'usage: node dist/cli.mjs analyze FILE; see "node dist/cli.mjs --help"; format sada-corpus',
    );
  });
});
