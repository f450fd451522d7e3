// Sada reads web pages only: http and https.

/** The hostname of an http(s) URL, or null for anything else (new tab, about:, file:, extension pages…). */
export function webHostname(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}
