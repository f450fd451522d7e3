// Compact postings: unsigned varints packed into base64 strings. Pure; uses
// only btoa/atob, present in browsers and in Node 16+.

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

export function decodeVarints(encoded: string): number[] {
  const binary = atob(encoded);
  const out: number[] = [];
  let v = 0;
  let shift = 0;
  for (let i = 0; i < binary.length; i++) {
    const b = binary.charCodeAt(i);
    v |= (b & 0x7f) << shift;
    if (b & 0x80) shift += 7;
    else {
      out.push(v >>> 0);
      v = 0;
      shift = 0;
    }
  }
  return out;
}
