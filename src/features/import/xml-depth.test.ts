import { describe, expect, it } from 'vitest';
import { XmlDepthGauge } from './xml-depth.ts';

/** Whether the XML stays within `max`, read in pieces of `size` bytes. */
function within(xml: string, max: number, size: number): boolean {
  const gauge = new XmlDepthGauge(max);
  const bytes = Buffer.from(xml);
  for (let at = 0; at < bytes.length; at += size)
    if (!gauge.check(bytes.subarray(at, at + size))) return false;
  return true;
}

describe('XmlDepthGauge', () => {
  it('counts open elements, not closed or self-closing ones, in pieces of any size', () => {
    for (const size of [1, 2, 3, 7, 1000]) {
      expect(within('<a><b><c/><c></c><c x="1"/></b></a>', 2, size)).toBe(false);
      expect(within('<a><b><c/><c></c><c x="1"/></b></a>', 3, size)).toBe(true);
      expect(within('<a><b><c><d/></c></b></a>', 3, size)).toBe(false);
    }
  });

  it('is not misled by quoted attributes, comments, CDATA, declarations or UTF-8 text', () => {
    for (const size of [1, 2, 5, 1000]) {
      expect(
        within('<?xml version="1.0"?><!DOCTYPE a><a><b x="1>2/" y=\'/>\'/></a>', 2, size),
      ).toBe(true);
      expect(within('<a><!-- <b><c><d> ---><b/></a>', 2, size)).toBe(true);
      expect(within('<a><![CDATA[<b><c><d>]]]></a>', 1, size)).toBe(true);
      expect(within('<a><b>één → <c>twee</c></b></a>', 3, size)).toBe(true);
    }
  });

  it('refuses at the first element past the bound, whatever follows', () => {
    expect(within('<a>'.repeat(65) + 'never closed', 64, 4096)).toBe(false);
    expect(within('<a>'.repeat(64) + '</a>'.repeat(64), 64, 4096)).toBe(true);
  });
});
