/** Text placed into HTML, in element content or in a quoted attribute. */
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export const htmlText = (text: string): string => text.replace(/[&<>"]/g, (c) => HTML[c]!);
