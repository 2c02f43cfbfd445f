import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MarkupGuard, type MarkupFault } from './markup-guard.ts';

/** Checks the text cut at the given places, as a stream would deliver it; `at` is in the chunk. */
function check(text: string, cuts: number[] = []): MarkupFault | null {
  const guard = new MarkupGuard();
  const ends = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const end of [...ends, text.length]) {
    const fault = guard.check(text.slice(from, end));
    if (fault) return fault;
    from = end;
  }
  return guard.check('', true);
}

const wellFormed = `<?xml version="1.0"?>
<!-- Kopie & export -->
<auditfile>
  <company><companyName>Jansen &amp; Zn &#233;&#xE9; &lt;B.V.&gt;</companyName>
  <desc><![CDATA[Advies & training <intern>]]></desc>
  <?pakket optie="a & b"?>
  </company>
</auditfile>
`;

describe('MarkupGuard', () => {
  it('lets references, comments, CDATA and instructions pass, wherever the text is cut', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
        expect(check(wellFormed, cuts)).toBeNull();
      }),
    );
  });

  it('finds a bare ampersand on its own line, wherever the text is cut', () => {
    const text = wellFormed.replace(
      '</company>',
      '<accDesc>Advies & training</accDesc>\n  </company>',
    );
    const line = text.split('\n').findIndex((row) => row.includes('<accDesc>')) + 1;
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
        expect(check(text, cuts)).toMatchObject({
          kind: 'not-well-formed',
          line,
          message: "an '&' that begins no entity reference (write it as &amp;)",
        });
      }),
    );
    expect(check(text)?.at).toBe(text.indexOf('& training</accDesc>'));
  });

  it('finds an ampersand left open at the end of the file', () => {
    expect(check('<a>&amp</a')?.message).toMatch(/an '&' that begins no entity reference/);
    expect(check('<a>&am')?.line).toBe(1);
  });

  it('refuses an entity declaration where it starts', () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE a [\n<!ENTITY x "y">\n]>\n<a/>';
    expect(check(text, [30])).toMatchObject({ kind: 'entity-declaration', line: 3 });
  });

  it('stops a comment, CDATA section or text that never ends', () => {
    const long = 'x'.repeat(600_000);
    expect(check(`<a><!-- ${long}${long}`, [100, 700_000])?.message).toBe(
      'a comment that does not end',
    );
    expect(check(`<a><![CDATA[ ${long}`)?.message).toBe('a CDATA section that does not end');
    expect(check(`<a>${long}${long}</a>`, [300_000])?.message).toBe('text that never meets markup');
    expect(check(`<a>${long}</a><b>${long}</b>`, [300_000])).toBeNull();
  });
});
