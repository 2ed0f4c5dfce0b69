/**
 * Where the lines of a text start (0, then after each `\n`), found once for the last text asked
 * about: the engine's filters ask for a candidate's line, and the file then places each finding on
 * its line, so one text is asked about many times in a row.
 */
let lastText: string | null = null;
let lastStarts: number[] = [0];

export function lineStartsOf(text: string): number[] {
  if (text !== lastText) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lastText = text;
    lastStarts = starts;
  }
  return lastStarts;
}
