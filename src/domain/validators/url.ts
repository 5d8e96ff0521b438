/** DataPass accepts a legal text by URL only when it is a valid web address. */
export function webUrlIsValid(input: string): boolean {
  try {
    const url = new URL(input.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
