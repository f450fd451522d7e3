// Compact postings: unsigned varints packed into base64 strings. Pure; uses
// only btoa and a table-driven base64 decoder (browsers and Node alike).

export function encodeVarints(values: ArrayLike<number>): string {
  const bytes: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let v = values[i]! >>> 0;
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(v);
  }
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x2000) binary += String.fromCharCode(...bytes.slice(i, i + 0x2000));
  return btoa(binary);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTET = new Uint8Array(128).fill(255);
for (let i = 0; i < BASE64.length; i++) SEXTET[BASE64.charCodeAt(i)] = i;

/** Base64 → bytes, straight into a typed array (no intermediate string). Throws on bad input. */
export function base64Bytes(encoded: string): Uint8Array {
  let end = encoded.length;
  while (end > 0 && encoded.charCodeAt(end - 1) === 61 /* = */) end--;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const c = encoded.charCodeAt(i);
    const v = c < 128 ? SEXTET[c]! : 255;
    if (v === 255) throw new Error('bad base64');
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >>> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/** All varints of a base64 string, into a Uint32Array. */
export function decodeVarintArray(encoded: string): Uint32Array {
  const bytes = base64Bytes(encoded);
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if ((bytes[i]! & 0x80) === 0) count++;
  const out = new Uint32Array(count);
  let v = 0;
  let shift = 0;
  let k = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    v += (b & 0x7f) * 2 ** shift;
    if (b & 0x80) shift += 7;
    else {
      out[k++] = v;
      v = 0;
      shift = 0;
    }
  }
  return out;
}

export function decodeVarints(encoded: string): number[] {
  return Array.from(decodeVarintArray(encoded));
}
