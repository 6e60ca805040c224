import { describe, expect, it } from 'vitest';
import { blocks, sections, toMarkdown } from '../src/index.js';

/** Reverses CommonMark backslash escapes of ASCII punctuation. */
const unescapeMarkdown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('toMarkdown', () => {
  const markdown = toMarkdown();
  const chunks = markdown.trimEnd().split('\n\n');

  it('renders one chunk per block, in order, each reading exactly as printed', () => {
    expect(chunks).toHaveLength(blocks.length);
    chunks.forEach((chunk, i) => {
      const plain = unescapeMarkdown(chunk.replace(/^(#{1,4} |> )/, '').replace(/^\*(.*)\*$/, '$1'));
      expect(plain).toBe(blocks[i]!.text);
    });
  });

  it('sets the title as # and headings one level below their outline level', () => {
    expect(chunks[1]).toBe('# De-Stalinisation: A Fatal Blow for International Socialism?');
    for (const section of sections) {
      const heading = `${'#'.repeat(section.level + 1)} ${section.title}`;
      expect(markdown).toContain(`\n\n${heading}\n\n`);
    }
    expect(markdown).toContain('\n\n#### Gomulka’s Notes on the Belweder Conference\n\n');
  });

  it('sets the dateline and date in italics and the pull quote as a block quote', () => {
    expect(chunks[0]).toBe('*Sunday, June 15, 2014*');
    expect(chunks[2]).toBe('*May 2014*');
    expect(markdown).toContain("\n\n> 'In order to understand why de-Stalinisation");
  });

  it('escapes markup characters so they stay text', () => {
    expect(markdown).toContain('\\[Minister of Trade\\]');
  });

  it('numbers paragraphs on request', () => {
    const numbered = toMarkdown({ paragraphNumbers: true });
    expect(numbered).toContain('\n\n**[1]** Nikita Khrushchev’s');
    expect(numbered).toContain('\n\n**[29]** The official onset');
    expect(markdown).not.toContain('**[1]**');
  });

  it('rejects malformed options with a TypeError', () => {
    expect(() => toMarkdown(null as never)).toThrow(TypeError);
    expect(() => toMarkdown({ footnotes: true } as never)).toThrow(/unknown option 'footnotes'; expected paragraphNumbers, notes/);
    expect(() => toMarkdown({ paragraphNumbers: 'yes' } as never)).toThrow(TypeError);
  });
});
