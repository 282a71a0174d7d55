// Content hashes for IRIs minted from content: the same facts get the same names on any machine.

/**
 * A 64-bit content hash as 16 hex digits, for IRIs minted from content. Two 32-bit FNV-1a lanes with
 * different offsets: deterministic everywhere (browser too) and much cheaper per call than sha256.
 * The parts are hashed as if joined by NUL characters (part by part: no joined string is made).
 */
export const hashId = (...parts: (string | number)[]): string => {
  let a = 0x811c9dc5, b = 0x01000193 ^ 0x5bd1e995;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) {
      // (the separator, a NUL: c = 0)
      a = Math.imul(a, 0x01000193);
      b = Math.imul(b, 0x5bd1e995) ^ (b >>> 13);
    }
    const s = String(parts[p]);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
    }
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
};
