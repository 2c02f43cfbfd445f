// Looks at an XML file's text as it streams past for what the parser would find only far too
// late: after a bare '&' saxes reads on to the next ';', which in an audit file may be the end
// of the file (all of it kept in memory, and the error reported there). The same holds for a
// comment or CDATA section that never ends, or text that never meets markup. Entity
// declarations are refused where they start, before a DOCTYPE is read whole.

/** No text node, comment or CDATA section of an audit file comes near this. */
const MAX_RUN = 1_000_000;
/** An entity or character reference is shorter than this. */
const MAX_REFERENCE = 64;
const reference = /&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][A-Za-z0-9._:-]*);/y;
const referenceSoFar = /&(?:#[0-9]*|#x[0-9a-fA-F]*|[A-Za-z_:][A-Za-z0-9._:-]*)?$/y;

type State = 'text' | 'comment' | 'cdata' | 'instruction';
const terminators = { comment: '-->', cdata: ']]>', instruction: '?>' } as const;

export type MarkupFault = {
  /** An entity declaration, refused on principle, or text that is not well-formed. */
  kind: 'entity-declaration' | 'not-well-formed';
  /** Where in the checked chunk the fault starts; 0 when it began in an earlier chunk. */
  at: number;
  /** The line number (1-based) within all the text checked. */
  line: number;
  message: string;
};

export class MarkupGuard {
  private carry = '';
  private state: State = 'text';
  private run = 0;
  private linesBefore = 0;

  /** Checks the next chunk of text; `final` for the last one (which may be empty). */
  check(chunk: string, final = false): MarkupFault | null {
    const text = this.carry + chunk;
    const fault = (
      position: number,
      message: string,
      kind: MarkupFault['kind'] = 'not-well-formed',
    ): MarkupFault => ({
      kind,
      at: Math.max(0, position - this.carry.length),
      line: this.linesBefore + countNewlines(text, 0, position) + 1,
      message,
    });
    let at = 0;
    let keepFrom = text.length;
    // Ampersands are rare: look for the next one only once the last one found is passed.
    let ampersand = -2;
    while (at < text.length) {
      if (this.state !== 'text') {
        const terminator = terminators[this.state];
        const end = text.indexOf(terminator, at);
        const stop = end === -1 ? Math.max(at, text.length - terminator.length + 1) : end;
        this.run += stop - at;
        if (this.run > MAX_RUN) return fault(stop, `a ${describe(this.state)} that does not end`);
        if (end === -1) {
          keepFrom = stop;
          break;
        }
        at = end + terminator.length;
        this.state = 'text';
        this.run = 0;
        continue;
      }
      if (ampersand !== -1 && ampersand < at) ampersand = text.indexOf('&', at);
      const open = text.indexOf('<', at);
      const next = ampersand === -1 || (open !== -1 && open < ampersand) ? open : ampersand;
      this.run += (next === -1 ? text.length : next) - at;
      if (this.run > MAX_RUN)
        return fault(next === -1 ? text.length : next, 'text that never meets markup');
      if (next === -1) break;
      if (text.charAt(next) === '&') {
        reference.lastIndex = next;
        const match = reference.exec(text);
        if (match && match[0].length <= MAX_REFERENCE) {
          at = next + match[0].length;
          continue;
        }
        referenceSoFar.lastIndex = next;
        if (!final && text.length - next < MAX_REFERENCE && referenceSoFar.test(text)) {
          keepFrom = next;
          break;
        }
        return fault(next, "an '&' that begins no entity reference (write it as &amp;)");
      }
      if (!final && text.length - next < '<![CDATA['.length) {
        keepFrom = next;
        break;
      }
      this.run = 0;
      if (text.startsWith('<!--', next)) [this.state, at] = ['comment', next + 4];
      else if (text.startsWith('<![CDATA[', next)) [this.state, at] = ['cdata', next + 9];
      else if (text.startsWith('<?', next)) [this.state, at] = ['instruction', next + 2];
      else if (text.startsWith('<!ENTITY', next))
        return fault(next, 'an entity declaration', 'entity-declaration');
      else at = next + 1;
    }
    this.linesBefore += countNewlines(text, 0, keepFrom);
    this.carry = text.slice(keepFrom);
    if (final && this.state !== 'text') {
      return fault(text.length, `a ${describe(this.state)} that does not end`);
    }
    return null;
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
    count += 1;
  }
  return count;
}

function describe(state: Exclude<State, 'text'>): string {
  return { comment: 'comment', cdata: 'CDATA section', instruction: 'processing instruction' }[
    state
  ];
}
