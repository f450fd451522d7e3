// Types of json-parse-plugin.mjs for the TypeScript tests.
import type { Plugin } from 'esbuild';

export const JSON_AS_STRING_MIN_CHARS: number;
export function jsonModuleSource(text: string): string;
export function jsonParsePlugin(minChars?: number): Plugin;
