// Text from articles, file names and error messages goes to a terminal: its
// control characters (ESC sequences that recolour, move the cursor, retitle the
// window or rewrite the clipboard; C1 controls; a lone CR that overwrites the
// line) must never reach it raw.

/** C0 controls except tab and line feed, DEL, and the C1 block. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * The text with every control character replaced by one visible character:
 * C0 by its Control Pictures sign (ESC → ␛, CR → ␍), DEL by ␡, C1 by U+FFFD.
 * One UTF-16 unit for one, so analysis offsets into the text stay valid.
 */
export function showControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\uFFFD';
  });
}

/** A message for one line of stderr: controls (line breaks too) as \xNN escapes. */
export function printable(message: string): string {
  return message.replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Every string inside a JSON-like value through showControls (for results printed as text). */
export function withControlsShown<T>(value: T): T {
  if (typeof value === 'string') return showControls(value) as T;
  if (Array.isArray(value)) return value.map((v) => withControlsShown(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withControlsShown(v)])) as T;
  }
  return value;
}

/**
 * JSON for standard output: JSON.stringify escapes C0 controls but leaves DEL
 * and C1 (0x9B is a CSI on some terminals) raw; these are escaped too. The
 * value parses back unchanged.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
