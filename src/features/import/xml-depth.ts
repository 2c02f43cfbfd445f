// How deep the elements of an XML part nest, counted on its bytes as they stream past, before a
// parser builds anything of them. A byte of a multi-byte UTF-8 character is never an ASCII
// byte, so '<', '>', quotes and '/' are found on the bytes alone. One plain loop over the bytes
// (some milliseconds per megabyte) costs little beside the parsing it guards.

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const DASH = 0x2d;
const BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const TEXT = 0;
const AFTER_LT = 1;
const TAG = 2;
const QUOTED = 3;
const END_TAG = 4;
/** After "<!": a comment, CDATA section or declaration. */
const BANG_START = 5;
const COMMENT = 6;
const CDATA = 7;
/** A declaration or processing instruction: ends at the next '>' ("?>" included). */
const DECLARATION = 8;

export class XmlDepthGauge {
  private state = TEXT;
  private depth = 0;
  private quote = 0;
  /** The byte before, in a tag: '/' before '>' closes the element it opened. */
  private last = 0;
  /** The byte before that, for "-->" and "]]>". */
  private beforeLast = 0;

  constructor(private readonly maxDepth: number) {}

  /** Reads the next bytes; false once the elements nest deeper than the bound. */
  check(bytes: Uint8Array): boolean {
    let { state, depth, quote, last, beforeLast } = this;
    const max = this.maxDepth;
    const length = bytes.length;
    for (let at = 0; at < length; at++) {
      const byte = bytes[at]!;
      switch (state) {
        case TEXT:
          if (byte === LT) state = AFTER_LT;
          break;
        case AFTER_LT:
          if (byte === SLASH) {
            depth--;
            state = END_TAG;
          } else if (byte === BANG) state = BANG_START;
          else if (byte === QUESTION) state = DECLARATION;
          else {
            depth++;
            if (depth > max) {
              this.depth = depth;
              return false;
            }
            state = byte === GT ? TEXT : TAG;
            last = byte;
          }
          break;
        case TAG:
          if (byte === DQUOTE || byte === SQUOTE) {
            quote = byte;
            state = QUOTED;
          } else if (byte === GT) {
            if (last === SLASH) depth--;
            state = TEXT;
          }
          last = byte;
          break;
        case QUOTED:
          if (byte === quote) state = TAG;
          break;
        case END_TAG:
          if (byte === GT) state = TEXT;
          break;
        case BANG_START:
          // "<!-" starts a comment, "<![" a CDATA section; anything else is a declaration
          state = byte === DASH ? COMMENT : byte === BRACKET ? CDATA : DECLARATION;
          last = 0;
          beforeLast = 0;
          if (byte === GT) state = TEXT;
          break;
        case COMMENT:
        case CDATA: {
          const mark = state === COMMENT ? DASH : CLOSE_BRACKET;
          if (byte === GT && last === mark && beforeLast === mark) state = TEXT;
          beforeLast = last;
          last = byte;
          break;
        }
        case DECLARATION:
          if (byte === GT) state = TEXT;
          break;
      }
    }
    Object.assign(this, { state, depth, quote, last, beforeLast });
    return true;
  }
}
