// Types of zip.mjs for the TypeScript tests that read the packages.
export interface ZipFile {
  path: string;
  data: Buffer;
  executable?: boolean;
}
export function crc32(bytes: Uint8Array): number;
export function zip(files: ZipFile[]): Buffer;
export function unzip(archive: Buffer): Map<string, Buffer>;
