/** The RFC 9562 namespace for names that are URLs. */
const urlNamespace = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];

const rotate = (x: number, n: number) => ((x << n) | (x >>> (32 - n))) >>> 0;

/** SHA-1 (FIPS 180-4) of some bytes: 20 bytes. Only for name-based UUIDs, never for security. */
export function sha1(message: Uint8Array): Uint8Array {
  const padded = new Uint8Array(Math.ceil((message.length + 9) / 64) * 64);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(message.length / 0x20000000));
  view.setUint32(padded.length - 4, (message.length * 8) >>> 0);
  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  const w = new Uint32Array(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotate(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    // The rounds in plain variables: swapping them through an array allocated on every round.
    for (let i = 0; i < 80; i++) {
      const f = i < 20 ? (b & c) | (~b & d) : i < 40 || i >= 60 ? b ^ c ^ d : (b & c) | (b & d) | (c & d);
      const k = i < 20 ? 0x5a827999 : i < 40 ? 0x6ed9eba1 : i < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const t = (rotate(a, 5) + f + e + k + w[i]!) >>> 0;
      e = d;
      d = c;
      c = rotate(b, 30);
      b = a;
      a = t;
    }
    h0 = (h0 + a) >>> 0;
    h1 = (h1 + b) >>> 0;
    h2 = (h2 + c) >>> 0;
    h3 = (h3 + d) >>> 0;
    h4 = (h4 + e) >>> 0;
  }
  const digest = new DataView(new ArrayBuffer(20));
  digest.setUint32(0, h0);
  digest.setUint32(4, h1);
  digest.setUint32(8, h2);
  digest.setUint32(12, h3);
  digest.setUint32(16, h4);
  return new Uint8Array(digest.buffer);
}

const encoder = /* @__PURE__ */ new TextEncoder();

/** The two hexadecimal digits of each byte. */
const hexOf = /* @__PURE__ */ Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * The IRIs made so far, by name (a string for a string: nothing a caller holds can change them).
 * Cleared when it grows past a few thousand, so that it stays small whatever names are asked for.
 */
const made = new Map<string, string>();
const mostMade = 4096;

/**
 * The name-based (version 5, SHA-1) UUID of a URL, as a `urn:uuid:` IRI (RFC 9562): the same name
 * always gives the same IRI, so annotation ids stay stable across calls and releases.
 */
export function urlUuid(name: string): string {
  const known = made.get(name);
  if (known !== undefined) return known;
  const bytes = encoder.encode(name);
  const input = new Uint8Array(16 + bytes.length);
  input.set(urlNamespace);
  input.set(bytes, 16);
  const hash = sha1(input);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  let hex = '';
  for (let i = 0; i < 16; i++) hex += hexOf[hash[i]!];
  const iri = `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  if (made.size >= mostMade) made.clear();
  made.set(name, iri);
  return iri;
}
