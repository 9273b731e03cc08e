import { inflateSync } from 'node:zlib';

/** Text of a PDF made by pdfkit with standard fonts (letters, council reports): inflate its streams and join the strings of every text operator (WinAnsi). */
const winAnsiExtras: Record<string, string> = { '\x80': '€', '\x96': '–', '\x97': '—', '\x91': '‘', '\x92': '’', '\x93': '“', '\x94': '”' };
const winAnsi = (b: Buffer) => b.toString('latin1').replace(/[\x80-\x9f]/g, (c) => winAnsiExtras[c] ?? c);

export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const bytes = Buffer.from(m[1], 'latin1');
    let content: string;
    try { content = inflateSync(bytes).toString('latin1'); } catch { content = m[1]; }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      parts.push([...tj[1].matchAll(/<([0-9a-fA-F]+)>/g)].map((h) => winAnsi(Buffer.from(h[1], 'hex'))).join(''));
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}
