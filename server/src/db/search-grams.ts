/**
 * The grams a searched text must contain, for a `grams @> …` test against a column filled by
 * gw_grams(): its 2-character substrings (they imply its characters), or the character itself.
 * Fewer grams than gw_grams() gives means one posting list less to intersect per character, and a
 * planner estimate that is the frequency of the words themselves: gw_grams('咖啡') holds 咖, 啡 and
 * 咖啡, taken as independent, which makes a common word look a thousand times rarer than it is.
 */
export function searchGrams(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length < 2) return chars;
  return [...new Set(chars.slice(1).map((c, i) => chars[i]! + c))];
}

/**
 * The smallest string above every string that starts with `prefix`, in the byte order of
 * text_pattern_ops (the code-point order of UTF-8): `prefix` with its last character incremented.
 * null when there is none (a prefix of U+10FFFF characters only).
 */
export function prefixUpperBound(prefix: string): string | null {
  const chars = Array.from(prefix);
  while (chars.length > 0) {
    let code = chars.pop()!.codePointAt(0)! + 1;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xe000;
    if (code <= 0x10ffff) return chars.join('') + String.fromCodePoint(code);
  }
  return null;
}
