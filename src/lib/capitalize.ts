/** "novel" → "Novel", in the text itself, so screen readers and search see what the eye sees. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
