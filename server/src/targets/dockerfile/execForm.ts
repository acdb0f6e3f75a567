/** Docker's own test for exec form: the arguments parse as a JSON array of strings. */
export function parseExecForm(argumentsText: string): string[] | null {
  const text = argumentsText.trim();
  if (!text.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null;
  } catch {
    return null;
  }
}
