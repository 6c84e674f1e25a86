// Charset labels: canonical names, `charset=` in a Content-Type, and the charset an HTML page declares
// in its first bytes (<meta charset>, <meta http-equiv="Content-Type">, <?xml encoding?>).

import iconv from "iconv-lite";

/** How far into an HTML page a charset declaration is looked for (the HTML spec prescans 1024 bytes; real pages put it later). */
export const DECLARED_CHARSET_SCAN_BYTES = 4096;

/**
 * The canonical (WHATWG) name of a charset label (`cp1251` → `windows-1251`), or undefined when neither the
 * platform nor iconv-lite knows it.
 */
export function canonicalCharset(label: string | undefined): string | undefined {
  const clean = label
    ?.trim()
    .replace(/^["']|["']$/g, "")
    .toLowerCase();
  if (!clean) return undefined;
  try {
    return new TextDecoder(clean).encoding;
  } catch {
    return iconv.encodingExists(clean) ? clean : undefined;
  }
}

/** The `charset` parameter of a Content-Type value (`text/html; charset=KOI8-R` → `KOI8-R`). */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType ? /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType) : null;
  return match?.[1];
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/** The charset label an HTML page declares in its first DECLARED_CHARSET_SCAN_BYTES, as written. */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  // Declarations are ASCII, so reading the bytes as latin1 finds them whatever the real charset.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, DECLARED_CHARSET_SCAN_BYTES)).toString("latin1");
  return META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1];
}
