import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';

/** A tag's attributes as written (`r:id` keeps its prefix; see localAttrs), values decoded. */
export type Attrs = Record<string, string>;

/** What a part's reader hears, tag names without their prefix (`x:row` is `row`). */
export interface XmlHandler {
  open(name: string, attrs: Attrs): void;
  /** Also after a self-closing tag's open. */
  close(name: string): void;
  /** Decoded text (CDATA included), whole from one tag to the next. */
  text(text: string): void;
  /** The refusal when text or markup runs on past the limit with no tag: the handler knows which cell it was in. */
  tooLong?(): Error;
}

/** The XML is not well-formed, carries a DTD, or runs on too long without a tag. */
export class XmlError extends Error {}

export const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Attributes by local name: `r:id` is `id` (workbook.xml's prefix for relationships is not fixed). */
export function localAttrs(attrs: Attrs): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(attrs)) out[localName(k)] = v;
  return out;
}

/**
 * One part's XML, fed chunk by chunk to saxes (a conformant, non-validating parser: it expands
 * only the five XML entities and character references, never fetches or expands a DTD's).
 * A DTD is refused outright: an .xlsx never has one. saxes holds a run of text, a comment or a
 * DOCTYPE until it ends, so a run longer than `maxRun` characters with no event at all is refused
 * while it streams, before it can fill memory.
 */
export class XmlStream {
  private readonly parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  private readonly decoder = new StringDecoder('utf8');
  /** Characters written since saxes last reported anything. */
  private quiet = 0;
  private written = 0;

  constructor(
    private readonly h: XmlHandler,
    private readonly maxRun: number,
  ) {
    const p = this.parser;
    p.on('opentag', (tag) => {
      this.quiet = 0;
      h.open(localName(tag.name), tag.attributes);
    });
    p.on('closetag', (tag) => {
      this.quiet = 0;
      h.close(localName(tag.name));
    });
    p.on('text', (text) => {
      this.quiet = 0;
      h.text(text);
    });
    p.on('cdata', (text) => {
      this.quiet = 0;
      h.text(text);
    });
    p.on('doctype', () => {
      throw new XmlError('a DTD in a workbook part');
    });
    p.on('error', (err) => {
      throw new XmlError(err.message);
    });
  }

  write(chunk: Buffer): void {
    this.feed(this.decoder.write(chunk));
  }

  end(): void {
    this.feed(this.decoder.end());
    // An empty part holds nothing; saxes would call it a document without a root.
    if (this.written > 0) this.parser.close();
  }

  private feed(s: string): void {
    if (s.length === 0) return;
    this.written += s.length;
    this.quiet += s.length;
    this.parser.write(s);
    if (this.quiet > this.maxRun) throw this.h.tooLong?.() ?? new XmlError('text or markup too long');
  }
}
