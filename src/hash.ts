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
  return hex16(a, b);
};

/** The char codes of the hex digits 0–f. */
const HEX = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];
/** Two 32-bit numbers as 16 hex digits, in one string made at once (toString(16) and padStart, twice, then a join,
 * took two thirds of hashId's time). */
const hex16 = (a: number, b: number): string => String.fromCharCode(
  HEX[(a >>> 28) & 15]!, HEX[(a >>> 24) & 15]!, HEX[(a >>> 20) & 15]!, HEX[(a >>> 16) & 15]!, HEX[(a >>> 12) & 15]!, HEX[(a >>> 8) & 15]!, HEX[(a >>> 4) & 15]!, HEX[a & 15]!,
  HEX[(b >>> 28) & 15]!, HEX[(b >>> 24) & 15]!, HEX[(b >>> 20) & 15]!, HEX[(b >>> 16) & 15]!, HEX[(b >>> 12) & 15]!, HEX[(b >>> 8) & 15]!, HEX[(b >>> 4) & 15]!, HEX[b & 15]!);
