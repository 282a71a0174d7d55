// addCountedMentions: "the two juntas", "both countries", "the three countries" stand for that many actors named before.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { findMentions } from '../../src/extract/mentions.ts';
import { segment } from '../../src/nlp/segment.ts';
import { addCountedMentions } from '../../src/resolve/counted.ts';
import { resolveEntities } from '../../src/resolve/entities.ts';
import { loadGazetteer } from '../../src/resolve/gazetteer.ts';
import { indexGazetteer } from '../../src/resolve/index-gazetteer.ts';

const GAZ = indexGazetteer(loadGazetteer());
const extract = (text: string) => extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2023-08-01' }, GAZ);
/** The entities each sentence's mentions with this text stand for, once counted mentions are added. */
const counted = (text: string, surface: string) => {
  const seg = segment({ id: 'fx', text, source: 'fx.txt' });
  const { bySentence } = resolveEntities(seg, seg.sentences.map((s) => findMentions(s, GAZ)), GAZ);
  addCountedMentions(seg.sentences, bySentence);
  return bySentence.flat().filter((m) => m.text === surface).map((m) => m.entity);
};
const claimants = (text: string) => extract(text).claims.map((c) => c.claimant);

describe('addCountedMentions', () => {
  it('makes a count that opens a sentence stand for the states listed before, each a claimant', () => {
    expect(claimants('Mali and Niger quit the G5 Sahel in 2022. The two juntas said the force had failed.')).toEqual(['mali', 'niger']);
    const x = extract('Chad and Niger signed a defence pact in May. Both countries accused France of arming rebels.');
    expect(x.claims.map((c) => c.claimant)).toEqual(['chad', 'niger']);
    expect(x.relations.filter((r) => r.predicate === 'opposes').map((r) => [r.subject, r.object].sort().join(' '))).toEqual(['chad france', 'france niger']);
  });

  it('takes the group counted before, not the last actors named, for a second count of the same size', () => {
    const text = 'Mali and Niger quit the G5 Sahel. Both countries accused France of arming rebels. The two governments said the bloc had failed them.';
    expect(counted(text, 'The two governments')).toEqual(['mali', 'niger']);
  });

  it('makes the states a count stands for the doers of what it does', () => {
    const x = extract('Burkina Faso, Mali and Niger formed the Alliance of Sahel States in 2023. The three countries left ECOWAS in January.');
    expect(x.relations.filter((r) => r.predicate === 'withdrewFrom').map((r) => r.subject).sort()).toEqual(['burkina-faso', 'mali', 'niger']);
  });

  it('makes a plural pronoun after a count that opens its sentence, there or opening the next, stand for the same actors', () => {
    const x = extract('Niger and Burkina Faso left ECOWAS in January. The two governments said the bloc had failed them. They accused France of backing jihadists.');
    expect(x.claims.filter((c) => c.cue === 'accused').map((c) => c.claimant)).toEqual(['niger', 'burkina-faso']);
    const allies = extract('ISGS attacked the MSA and GATIA. Both movements signed the peace deal, and in 2018 they had fought ISGS alongside French troops of Operation Barkhane.')
      .relations.filter((r) => r.predicate === 'alliedWith' && r.object === 'operation-barkhane').map((r) => r.subject);
    expect([...new Set(allies)].sort()).toEqual(['gatia', 'msa']);
  });

  it('counts only as many as it says, of its kind, and only as a subject', () => {
    // (one state named: no "two countries")
    expect(counted('Mali quit the G5 Sahel. The two countries said the force had failed.', 'The two countries')).toEqual([]);
    // (armed groups are no "juntas")
    expect(counted('JNIM and the ISGS fought near Menaka. The two juntas said nothing.', 'The two juntas')).toEqual([]);
    // (an object's count names no one: "to fight both groups"; "both sides of the border" is a place)
    expect(counted('JNIM and the ISGS grew. Niger and Chad set up a force to fight both groups.', 'both groups')).toEqual([]);
    expect(counted('Mali and Niger patrol the area. Both sides of the border are unsafe.', 'Both sides')).toEqual([]);
  });
});
