// Text from a fetched answer. A charset the server or the document declares (Content-Type, the XML
// declaration, <meta charset>) is honoured first: Arabic sites still serve Windows-1256 feeds; without
// one, the ingestion reader's own guess (UTF-8, UTF-16 with a BOM, or Windows-1256) decides.
import { decodeBytes } from "../ingest/read";

const DECLARED = [
  /charset\s*=\s*["']?([\w-]+)/i, // Content-Type header or <meta http-equiv>
];

function declaredCharset(contentType: string | null, head: string): string | null {
  const fromHeader = contentType?.match(DECLARED[0])?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const xml = head.match(/^\s*<\?xml[^>]*encoding\s*=\s*["']([\w-]+)["']/i)?.[1];
  if (xml) return xml.toLowerCase();
  return head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1]?.toLowerCase() ?? null;
}

export function decodeAnswer(bytes: Uint8Array, contentType: string | null): string {
  // The declaration itself is ASCII in every charset a news site uses.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const charset = declaredCharset(contentType, head);
  if (charset && charset !== "utf-8" && charset !== "utf8") {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown label: fall through to the guess.
    }
  }
  return decodeBytes(bytes).text;
}
