// Offers a text file for download (an object URL of our own Blob: nothing leaves the browser).
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The export formats of statements, with their file extension and type. */
export const EXPORT_FORMATS = {
  json: { ext: 'json', type: 'application/json' },
  csv: { ext: 'csv', type: 'text/csv' },
  annotations: { ext: 'jsonld', type: 'application/ld+json' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
