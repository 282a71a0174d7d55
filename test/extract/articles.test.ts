// Whole articles written for the tests in the style of wire copy and encyclopedia entries about other
// years, groups and places than the seed (test/fixtures/articles/invented-*.txt; invented text, not
// quotes of real articles). Each test pins facts a reader of that article would expect in the graph.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFromTexts } from '../../src/index.ts';
import type { Extraction } from '../../src/types.ts';

const article = (name: string, date?: string): Extraction => {
  const text = readFileSync(`test/fixtures/articles/invented-${name}.txt`, 'utf8');
  return buildFromTexts([{ id: name, text, ...(date ? { date } : {}) }]).extraction;
};
const triples = (x: Extraction) => x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
const events = (x: Extraction) => x.events.map((e) => `${e.cls} ${e.participants.map((p) => `${p.entity}:${p.role}`).join(',')}`);
const claimants = (x: Extraction) => x.claims.map((c) => c.claimant);

describe('invented articles', () => {
  it('Tinzaouaten 2024: the rebels ambushed the army and Wagner; Wagner fights alongside the junta', () => {
    const x = article('tinzaouaten-2024-07-29', '2024-07-29');
    expect(triples(x)).toEqual(expect.arrayContaining(['csp-dpa opposes fama', 'csp-dpa opposes wagner-group', 'government-of-mali alliedWith wagner-group']));
    expect(events(x)).toContain('Ambush csp-dpa:agent,fama:target,wagner-group:target');
    expect(x.events.find((e) => e.cls === 'Ambush')!.date).toBe('2024-07-27');
    expect(claimants(x)).toEqual(expect.arrayContaining(['csp-dpa', 'fama', 'jnim']));
  });

  it('Niger 2023: the presidential guard detained Bazoum; ECOWAS and the junta speak as claims', () => {
    const x = article('niger-coup-2023-07-28', '2023-07-28');
    expect(triples(x).some((t) => t.endsWith('captured mohamed-bazoum'))).toBe(true);
    expect(claimants(x)).toEqual(expect.arrayContaining(['abdourahamane-tiani', 'ecowas', 'cnsp-niger']));
    expect(triples(x).filter((t) => t.startsWith('cnsp-niger captured'))).toEqual([]);
  });

  it('Konna 2013: three groups attacked the army together; the army retook the town', () => {
    const x = article('konna-2013');
    expect(triples(x)).toEqual(expect.arrayContaining(['ansar-dine opposes fama', 'aqim opposes fama', 'fama opposes mujao', 'ansar-dine alliedWith aqim', 'fama controls konna', 'konna locatedIn mopti-region']));
    expect(x.events.find((e) => e.cls === 'Attack' && e.trigger === 'attacked')!.date).toBe('2013-01-10');
  });

  it('Barkhane 2022: leaving Mali is a withdrawal; "alongside" partners the subject', () => {
    const x = article('barkhane-2022-08-15', '2022-08-15');
    // (the French troops of an article that named them "French soldiers of Operation Barkhane" are Barkhane's)
    expect(triples(x)).toEqual(expect.arrayContaining(['operation-barkhane withdrewFrom mali', 'g5-sahel alliedWith operation-barkhane', 'jnim opposes operation-barkhane']));
    expect(triples(x)).not.toContain('g5-sahel alliedWith jnim');
  });

  it('Solhan 2021: killing civilians is a massacre, and unnamed gunmen are no known group', () => {
    const x = article('solhan-2021', '2021-06-05');
    expect(x.events.map((e) => e.cls)).toContain('Massacre');
    expect(x.entities.find((e) => e.id === 'vdp')!.altLabels).not.toContain('Gunmen');
  });

  it('AP 2023: the junta speaks through the capital and its forces are backed by the Russian company', () => {
    const x = article('ap-2023-08', '2023-08-15');
    expect(triples(x)).toEqual(expect.arrayContaining(['fama alliedWith wagner-group', 'fama opposes jnim']));
    expect(claimants(x)).toEqual(expect.arrayContaining(['government-of-mali', 'fama', 'jnim']));
  });

  it('Kidal 2014: repelled by three rebel groups; a ceasefire mediated by the Mauritanian president', () => {
    const x = article('kidal-2014');
    expect(triples(x)).toEqual(expect.arrayContaining(['fama opposes mnla', 'fama opposes hcua', 'fama opposes maa', 'mohamed-ould-abdel-aziz mediates mnla']));
    expect(events(x)).toContain('Ceasefire mnla:agent,government-of-mali:agent');
  });

  it('Coup 2012: the ECOWAS and AU suspensions name Mali only; the MNLA seized the northern towns', () => {
    const x = article('coup-2012');
    expect(triples(x)).toEqual(expect.arrayContaining(['african-union suspended mali', 'ecowas suspended mali']));
    expect(triples(x)).not.toContain('african-union suspended ecowas');
    expect(x.events.find((e) => e.cls === 'Capture')!.participants.map((p) => p.entity)).toEqual(['mnla']);
  });

  it('Burkina 2022: "the army" is Burkina Faso\'s own; the supporters of a leader are not the leader', () => {
    const x = article('burkina-coup-2022-10-01', '2022-10-01');
    expect(triples(x)).toContain('ibrahim-traore leads burkina-faso-armed-forces');
    // ("Burkina Faso's military leader": the possessive country says whose leader, it is no party)
    expect(events(x)).toContain('Coup burkina-faso-armed-forces:agent,paul-henri-sandaogo-damiba:target');
    expect(triples(x)).toContain('burkina-faso-armed-forces overthrew paul-henri-sandaogo-damiba');
    expect(x.events.filter((e) => e.cls === 'Attack').flatMap((e) => e.participants.map((p) => p.entity))).not.toContain('ibrahim-traore');
  });

  it('AES 2024: leaving an organisation is a withdrawal', () => {
    const x = article('aes-2024-01-28', '2024-01-28');
    expect(x.events.map((e) => e.cls)).toContain('Withdrawal');
    expect(claimants(x)).toContain('ecowas');
  });

  it('reads "constructor", "toString" and "valueOf" as words, not as lexicon keys', () => {
    const x = buildFromTexts([{ id: 'proto', date: '2023-11-12', text: 'The constructor of the toString valueOf hasOwnProperty attacked the town of Kelbo.' }]).extraction;
    expect(x.events.map((e) => e.cls)).toEqual(['Attack']);
  });

  it('Takoubat 2024: "the Battle of X" is an event between two sides, not a person; a minister serves a country', () => {
    const x = article('takoubat-2024');
    expect(x.entities.map((e) => e.id)).not.toContain('battle-of-takoubat');
    expect(events(x)).toContain('ArmedClash niger-armed-forces:agent,islamic-state-sahel:agent');
    expect(x.events.find((e) => e.cls === 'ArmedClash')).toMatchObject({ place: 'takoubat', date: '2024-02-14' });
    expect(triples(x)).toEqual(expect.arrayContaining(['islamic-state-sahel opposes niger-armed-forces', 'salifou-mody memberOf niger']));
  });

  it('MINUSMA 2021: "United Nations peacekeepers" are the mission; a clause after "before" has its own actors', () => {
    const x = article('minusma-2021', '2021-04-04');
    expect(x.entities.map((e) => e.id)).not.toContain('united-nations');
    expect(x.events.find((e) => e.trigger === 'killed')!.participants.map((p) => p.entity)).toEqual(['minusma']);
    expect(x.events.filter((e) => e.trigger === 'fired').flatMap((e) => e.participants.map((p) => p.entity))).not.toContain('minusma');
  });
});
