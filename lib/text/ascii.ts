/** An ASCII letter or digit (a UTF-16 code unit): what a word-boundary test looks at. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
