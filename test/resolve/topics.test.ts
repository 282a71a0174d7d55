// lineTopics: the actor a briefing's heading names is the subject its line's sentences leave out.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.ts';
import { segment } from '../../src/nlp/segment.ts';
import { resolveEntities } from '../../src/resolve/entities.ts';
import { loadGazetteer } from '../../src/resolve/gazetteer.ts';
import { indexGazetteer } from '../../src/resolve/index-gazetteer.ts';
import { entryHeadings, lineTopics } from '../../src/resolve/topics.ts';

const GAZ = indexGazetteer(loadGazetteer());
const topicsOf = (text: string) => {
  const seg = segment({ id: 'fx', text, source: 'fx.txt' });
  const { bySentence } = resolveEntities(seg, seg.sentences.map((s) => findMentions(s, GAZ)), GAZ);
  return lineTopics(text, seg.sentences, bySentence).map((m) => m?.entity);
};

describe('lineTopics', () => {
  it('gives the sentences after a bulleted name, on its line, that name as topic', () => {
    expect(topicsOf('- MUJAO. Led by Hamada Ould Mohamed Kheirou. It held Gao.\n- Ansar Dine. Founded by Iyad Ag Ghaly.'))
      .toEqual([undefined, 'mujao', 'mujao', undefined, 'ansar-dine']);
  });

  it('takes a name with its bracketed acronym and small words, but not a sentence that says something', () => {
    expect(topicsOf('- The Movement for Oneness and Jihad in West Africa (MUJAO). Led by Hamada Ould Mohamed Kheirou.')[1]).toBe('mujao');
    expect(topicsOf('- MUJAO held Gao. Then it left.')).toEqual([undefined, undefined]);
  });

  it('ends the topic at the end of its line', () => {
    expect(topicsOf('- MUJAO.\nLed by Hamada Ould Mohamed Kheirou, the group grew.')).toEqual([undefined, undefined]);
  });
});

describe('entryHeadings', () => {
  it('gives each sentence of a paragraph that opens with a day and a dash that paragraph\'s first sentence, and nothing elsewhere', () => {
    const text = 'Tracker.\n\n1 March – Dikwa (Nigeria). ISWAP stormed it. The army held.\n\n15 March - Tessit. Militants attacked.\n\nAnalysis. It was bad.';
    const seg = segment({ id: 'fx', text, source: 'fx.txt' });
    expect(entryHeadings(text, seg.sentences)).toEqual([undefined, 1, 1, 1, 4, 4, undefined, undefined]);
  });

  it('also opens an entry at a heading in capitals and a full stop ("NIGER. …"), not at a dateline or a plain sentence', () => {
    const text = 'NIAMEY, May 2 (Reuters) - Roundup.\n\nNIGER. The junta met. It decided.\n\nBURKINA FASO: Troops left.\n\nThe week was calm.';
    const seg = segment({ id: 'fx', text, source: 'fx.txt' });
    const heads = entryHeadings(text, seg.sentences);
    expect(heads[0]).toBeUndefined();
    expect(heads.at(-1)).toBeUndefined();
    expect(heads.filter((h) => h !== undefined).length).toBeGreaterThanOrEqual(4);
  });

  it('opens an entry at a timeline\'s date standing alone, not at a sentence that only starts with a date', () => {
    const text = 'Timeline.\n\nSunday 12 May. Gunmen raided Bira. Troops came.\n\n3 June 2012: The army withdrew.\n\n4 June was calm in Bira.';
    const seg = segment({ id: 'fx', text, source: 'fx.txt' });
    const heads = entryHeadings(text, seg.sentences);
    expect(heads.slice(1, 4)).toEqual([1, 1, 1]);
    expect(heads.at(-1)).toBeUndefined();
  });
});
