// extractEvents and mergeEvents: typed events with participants, place, xsd date and evidence.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/claims.ts';
import { extractEvents, mergeEvents } from '../../src/extract/events.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { findMentions } from '../../src/extract/mentions.ts';
import { findTriggers } from '../../src/extract/triggers.ts';
import { findDates } from '../../src/nlp/dates.ts';
import { segment } from '../../src/nlp/segment.ts';
import { resolveEntities } from '../../src/resolve/entities.ts';
import { loadGazetteer } from '../../src/resolve/gazetteer.ts';
import { indexGazetteer } from '../../src/resolve/index-gazetteer.ts';
import type { EventFact } from '../../src/types.ts';

const GAZ = indexGazetteer(loadGazetteer());
/** Events of a one-sentence article, with its claims. */
const eventsOf = (text: string, docDate?: string) => {
  const seg = segment({ id: 'fx', text, source: 'fx.txt' });
  const { bySentence } = resolveEntities(seg, seg.sentences.map((s) => findMentions(s, GAZ)), GAZ);
  const s = seg.sentences[0]!;
  const mentions = bySentence[0]!;
  const claims = extractClaims('fx', s, mentions);
  const dates = findDates(s.text, docDate ? { docDate } : {}).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }));
  return { events: extractEvents('fx', s, mentions, findTriggers(s, mentions, claims), dates, claims), claims };
};
const agents = (e: EventFact) => e.participants.filter((p) => p.role === 'agent').map((p) => p.entity);

const CLASH = 'Burkinabe soldiers clashed with JNIM fighters near Djibo on Tuesday.';

describe('extractEvents', () => {
  it('reads a split that forms a group as its formation, with the group formed, and no event of a split with none', () => {
    const [e] = eventsOf('In 2016 a faction broke away and became the Islamic State West Africa Province (ISWAP).', '2024-07-01').events;
    expect(e).toMatchObject({ cls: 'Formation', date: '2016' });
    expect(agents(e!)).toEqual(['iswap']);
    expect(eventsOf('ISWAP split from Boko Haram in 2016.').events.map((x) => [x.cls, agents(x)])).toEqual([['Formation', ['iswap']]]);
    expect(eventsOf('In 2016 the convoy broke away from the column.').events).toEqual([]);
  });

  it('gives an act told by "who" after an apposition to the person it describes, past the body the role is of', () => {
    const text = 'Officials blamed Adnan Abu Walid al-Sahrawi, a former spokesman of the Movement for Oneness and Jihad in West Africa (MUJAO) who pledged allegiance to the Islamic State in 2015.';
    const pledge = eventsOf(text).events.find((e) => e.cls === 'Pledge');
    expect(agents(pledge!)).toEqual(['adnan-abu-walid-al-sahrawi']);
    // ("which" stands for the body)
    const which = eventsOf('Officials blamed the Movement for Oneness and Jihad in West Africa (MUJAO), which pledged allegiance to the Islamic State in 2015.').events;
    expect(agents(which.find((e) => e.cls === 'Pledge')!)).toEqual(['mujao']);
  });

  it('keeps a participle after a place phrase with the clause of time it ends ("since June, when X overran …, in …, killing …")', () => {
    const text = 'The raid was the deadliest since June, when Boko Haram fighters overran a military position at Bosso, in the southeastern region of Diffa, killing more than two dozen Nigerien soldiers.';
    const killing = eventsOf(text, '2016-10-07').events.find((e) => e.trigger === 'killing');
    expect(agents(killing!)).toEqual(['boko-haram']);
  });

  it('gives claimed attacks to the claimer past a fronted phrase of time, with every target listed, past an apposition', () => {
    const text = 'In the following months JNIM claimed attacks on the Malian army, on MINUSMA, the United Nations mission in Mali, and on French forces.';
    const e = eventsOf(text, '2017-06-20').events.find((x) => x.cls === 'Attack')!;
    expect(agents(e)).toEqual(['jnim']);
    expect(e.participants.filter((p) => p.role === 'target').map((p) => p.entity).sort()).toEqual(['fama', 'french-armed-forces', 'minusma']);
  });

  it('ends an act\'s objects at a participle after its object\'s noun and at ", a charge …"', () => {
    const targets = (text: string) => eventsOf(text).events.flatMap((e) => e.participants.filter((p) => p.role === 'target').map((p) => p.entity));
    expect(targets('Burkinabe soldiers killed Fulani civilians suspected of backing JNIM.')).toEqual([]);
    expect(targets('Burkinabe soldiers killed Fulani civilians near Djibo, a charge the Malian government denies.')).not.toContain('government-of-mali');
    expect(targets('Burkinabe soldiers killed JNIM fighters near Djibo.')).toEqual(['jnim']);
  });

  it('reads an embargo as a sanction of who imposes it', () => {
    const [e] = eventsOf('ECOWAS imposed a full diplomatic and financial embargo on Mali on 2 April 2012.', '2012-05-01').events;
    expect(e).toMatchObject({ cls: 'Sanction', date: '2012-04-02' });
    expect(agents(e!)).toEqual(['ecowas']);
  });

  it('reads a pledge of allegiance as an event of who pledges, to whom, and when', () => {
    const [e] = eventsOf('On 7 March 2015 Boko Haram pledged allegiance to the Islamic State.', '2015-11-09').events;
    expect(e).toMatchObject({ cls: 'Pledge', date: '2015-03-07' });
    expect(agents(e!)).toEqual(['boko-haram']);
    expect(e!.participants.filter((p) => p.role === 'target').map((p) => p.entity)).toEqual(['islamic-state']);
    expect(eventsOf('In 2015 ISGS swore allegiance to the Islamic State.').events.map((x) => x.cls)).toEqual(['Pledge']);
  });

  it('puts an attack at the place its verb acts on before a place named after it with "of"', () => {
    const { events } = eventsOf('On Saturday 13 June, armed men attacked Monguno town and, almost simultaneously, the village of Goni Usmanti.', '2020-06-16');
    expect(events.find((e) => e.cls === 'Attack')?.place).toBe('monguno');
  });

  it('gives a verb after a closing aside the name before the aside, not one named in a clause of it, nor an alias of it', () => {
    const text = 'On 4 June 2005, fighters of the Salafist Group for Preaching and Combat, the Algerian movement that later rebranded itself as al-Qaeda in the Islamic Maghreb (AQIM), overran a remote army post in Mauritania and killed fifteen soldiers.';
    const { events } = eventsOf(text);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(agents(e)).toEqual(['gspc']);
    const { events: plea } = eventsOf('Al-Mahdi, a Malian in his early forties who is also known as Abu Turab, is the first person to plead guilty before the ICC.');
    expect(plea.map(agents)).toEqual([['al-mahdi']]);
  });

  it('types a clash with its two sides, its place and its date', () => {
    const [e] = eventsOf(CLASH, '2022-03-10').events;
    expect(e).toMatchObject({
      cls: 'ArmedClash', trigger: 'clashed', place: 'djibo', date: '2022-03-08',
      participants: [{ entity: 'burkina-faso-armed-forces', role: 'agent' }, { entity: 'jnim', role: 'target' }],
    });
  });

  it('keeps the sentence verbatim as evidence with an event rule', () => {
    const [e] = eventsOf(CLASH).events;
    expect(e!.evidence).toEqual([expect.objectContaining({ doc: 'fx', sentence: 0, start: 0, end: CLASH.length, text: CLASH, rule: 'event.clash' })]);
  });

  it('dates an event with a month and year as xsd:gYearMonth', () => {
    expect(eventsOf('Ansar Dine and AQIM attacked Konna in January 2013.').events[0]).toMatchObject({ cls: 'Attack', place: 'konna', date: '2013-01' });
  });

  it('dates an act by its own clause, not by a relative clause set between commas beside it', () => {
    const dated = (text: string) => eventsOf(text, '2022-09-01').events.filter((e) => e.cls === 'Withdrawal').map((e) => e.date);
    expect(dated('France, whose soldiers had been stationed in Mali since 2013, withdrew its last troops from Mali in August 2022.')).toEqual(['2022-08']);
    expect(dated('The army, which had retaken the town in 2013, withdrew from Kidal on Monday.')).toEqual(['2022-08-29']);
    // (the act inside the aside keeps the aside's date)
    expect(dated('The army, which withdrew from Kidal in 2014, has since returned.')).toEqual(['2014']);
  });

  it('takes neither actors nor place from a list a relative clause between commas holds ("which groups troops from …")', () => {
    const [op] = eventsOf('The Multinational Joint Task Force, which groups troops from Nigeria, Niger, Chad and Cameroon, launched Operation Lake Sanity in 2022.').events;
    expect(op).toMatchObject({ cls: 'Operation', date: '2022', participants: [{ entity: 'mnjtf', role: 'agent' }] });
    expect(op!.place).toBeUndefined();
    // (a place the clause locates something at still locates the act)
    expect(eventsOf('Soldiers, who were patrolling near Djibo, were attacked on Monday.', '2022-09-01').events[0]).toMatchObject({ cls: 'Attack', place: 'djibo' });
  });

  it('gives an act a support verb names to every actor listed as its subject, past an apposition ("France, the European countries …, and Canada announced a withdrawal")', () => {
    const [w] = eventsOf('France, the European countries serving in Barkhane and Takuba, and Canada announced a coordinated withdrawal from Mali.').events.filter((e) => e.cls === 'Withdrawal');
    expect(agents(w!)).toEqual(['france', 'canada-government']);
    // (the states whose armies act are those armies: "the armies of Côte d'Ivoire and Burkina Faso")
    const [op] = eventsOf("In May, the armies of Côte d'Ivoire and Burkina Faso carried out their first joint operation.").events.filter((e) => e.cls === 'Operation');
    expect(agents(op!)).toEqual(['cote-divoire-armed-forces', 'burkina-faso-armed-forces']);
  });

  it('puts an attack at the town it is against, an offensive where it goes into, and takes no target from "at the request of"', () => {
    expect(eventsOf('The raid was carried out against Ngouboua, a fishing village in the Lac region of Chad.').events[0]).toMatchObject({ cls: 'Attack', place: 'ngouboua' });
    const [offensive] = eventsOf('In March 2015 Chadian and Nigerien forces opened a joint ground offensive into Nigeria from the Diffa region of Niger.', '2015-06-01').events;
    expect(offensive).toMatchObject({ place: 'nigeria' });
    expect(agents(offensive!)).toEqual(['chad-armed-forces', 'niger-armed-forces']);
    const [entry] = eventsOf('A Chadian column entered Cameroon at the request of President Paul Biya.').events;
    expect(entry!.participants).toEqual([{ entity: 'chad-armed-forces', role: 'agent' }]);
  });

  it('reads a plural act noun "of" two dates as two acts ("the coups of August 2020 and May 2021")', () => {
    const coups = eventsOf('The coups of August 2020 and May 2021 in Mali strained the partnership.').events.filter((e) => e.cls === 'Coup');
    expect(coups.map((e) => e.date)).toEqual(['2020-08', '2021-05']);
    // (one act with one date stays one)
    expect(eventsOf('The coup of August 2020 in Mali strained the partnership.').events.filter((e) => e.cls === 'Coup')).toHaveLength(1);
  });

  it('takes no target from a speech tag whose name the tagger reads as a verb ("…, the Red Cross said"), nor from a participle after the object', () => {
    const [killing] = eventsOf('Gunmen attacked the village, killing more than 100 civilians, the Red Cross said.').events.filter((e) => e.trigger === 'killing');
    expect(killing!.participants.filter((p) => p.role === 'target')).toEqual([]);
    const [visit] = eventsOf('Idriss Deby was killed in April 2021 while visiting troops fighting FACT rebels.').events.filter((e) => e.cls === 'Visit');
    expect(visit!.participants.map((p) => p.entity)).not.toContain('fact');
  });

  it('reads no act that an order asks of its object ("ordered the ambassador to leave"), unless the sentence tells it obeyed', () => {
    const leaving = (text: string) => eventsOf(text).events.filter((e) => e.cls === 'Withdrawal' || e.cls === 'Deployment');
    expect(leaving("Niger's junta ordered the French ambassador, Sylvain Itté, to leave the country within 48 hours.")).toEqual([]);
    expect(leaving('The junta ordered French special forces to leave the country, and they withdrew in February 2023.').length).toBeGreaterThan(0);
  });

  it('reads a noun that ranks the act just told as that act, not another, and takes no place from it', () => {
    const events = eventsOf('Gunmen attacked the village of Solhan overnight, killing at least 160 people, the deadliest attack in Burkina Faso since 2015.').events;
    expect(events.map((e) => [e.trigger, e.place])).toEqual([['attacked', 'solhan'], ['killing', 'solhan']]);
  });

  it('leaves the date out when the sentence has none', () => {
    expect(eventsOf('The MNLA attacked Aguelhok.').events[0]!.date).toBeUndefined();
  });

  it('reads protests and summits (not a month called March, not "rallied to")', () => {
    expect(eventsOf('Thousands of people joined protests in Bamako on Friday.').events.map((e) => e.cls)).toEqual(['Protest']);
    expect(eventsOf('The leaders met at a summit in Pau in January 2020.').events.map((e) => e.cls)).toEqual(['Meeting']);
    expect(eventsOf('In March, fighters rallied to JNIM.').events.map((e) => e.cls)).toEqual([]);
  });

  it('gives a noun the agent of the by-phrase after its participle ("an attack claimed by X")', () => {
    expect(eventsOf('Militants overran the post, an attack claimed by the Islamic State.').events.filter((e) => e.cls === 'Attack').map(agents)).toEqual([['islamic-state']]);
  });

  it('leaves to a reported event no date of the speech that reports it ("said on Wednesday … after X stormed")', () => {
    const { events } = eventsOf('The authorities said on Wednesday they held the city after JNIM fighters stormed a school in Bamako.', '2024-09-18');
    expect(events.filter((e) => e.cls === 'Attack').map((e) => e.date)).toEqual([undefined]);
    expect(eventsOf('JNIM fighters stormed a school in Bamako on Tuesday, the army said.', '2024-09-18').events.map((e) => e.date)).toEqual(['2024-09-17']);
  });

  it('gives no event for a negated action', () => {
    expect(eventsOf('The army did not attack Ber.').events).toEqual([]);
  });

  it('gives no event for a hedged action', () => {
    expect(eventsOf('The army allegedly killed civilians in Moura.').events).toEqual([]);
    expect(eventsOf('The CSP may have withdrawn from Ber.').events).toEqual([]);
  });

  it('gives no event for a threatened action', () => {
    expect(eventsOf('JNIM threatened to attack Djibo.').events).toEqual([]);
  });

  it('points an event reported by a party to that party\'s claim', () => {
    const { events, claims } = eventsOf('The army said it had killed 40 terrorists near Boni.');
    expect(events).toHaveLength(1);
    expect(events[0]!.evidence[0]!.claim).toBe(claims[0]!.claim.id);
  });

  it('mints the same id for the same sentence and trigger', () => {
    expect(eventsOf(CLASH).events[0]!.id).toBe(eventsOf(CLASH).events[0]!.id);
  });

  it('reads no Agreement in "According to X, …"', () => {
    expect(eventsOf('According to the CSP, soldiers executed 30 villagers near Mopti.').events.map((e) => e.cls)).toEqual(['Massacre']);
  });

  it('does not make the speaker an agent of the event it reports', () => {
    const [e] = eventsOf('Amnesty International said soldiers executed 30 villagers in Moura in March 2022.').events;
    expect(agents(e!)).toEqual(['fama']);
  });

  it('reads a recapture as a Capture event', () => {
    expect(eventsOf('The army said it had recaptured Ber.').events.map((e) => e.cls)).toEqual(['Capture']);
  });
});

const ev = (id: string, sentence: number, over: Partial<EventFact> = {}): EventFact => ({
  id, cls: 'Attack', trigger: 'attacked', participants: [{ entity: 'jnim', role: 'agent' }],
  evidence: [{ doc: 'fx', sentence, start: 0, end: 1, text: 'x', rule: 'event.attack', confidence: 0.8 }], ...over,
});

describe('extractEvents: who claims an attack', () => {
  it('takes the group that claims responsibility for an attack as its agent', () => {
    const [e] = eventsOf('Ansarul Islam claimed responsibility for the attack against the Burkinabe military.').events;
    expect(e).toMatchObject({ cls: 'Attack' });
    expect(agents(e!)).toEqual(['ansarul-islam']);
  });

  it('does not make a place where the attack happened its target', () => {
    const { events } = eventsOf('JNIM ambushed Malian soldiers near Boni on Monday.');
    expect(events[0]!.participants.map((p) => p.entity)).not.toContain('boni');
    expect(events[0]!.place).toBe('boni');
  });
});

describe('extractEvents: verbs and nouns the tagger or the lexicon could miss', () => {
  it('reads "overthrew", which the tagger takes for a noun, as a coup by its subject', () => {
    const [e] = eventsOf('On Sept. 30, army officers led by Captain Ibrahim Traoré overthrew Lieutenant Colonel Paul-Henri Sandaogo Damiba.').events;
    expect(e).toMatchObject({ cls: 'Coup' });
    expect(agents(e!)).toEqual(['ibrahim-traore']);
  });

  it('gives "staged" and "waged", which the lemmatiser cuts to "stag" and "wag", their subject as the agent', () => {
    const [raid] = eventsOf('Ansarul Islam staged a raid on the gendarmerie post at Djibo.').events;
    expect(raid).toMatchObject({ cls: 'Attack' });
    expect(agents(raid!)).toEqual(['ansarul-islam']);
    const [offensive] = eventsOf('The MNLA waged an offensive against Gao in 2012.').events;
    expect(agents(offensive!)).toEqual(['mnla']);
  });

  it('reads people driven from their homes as a displacement with its place and no actor, but fighters that flee as none', () => {
    const [fled] = eventsOf('Hundreds of families fled to Kaya after the attack on Dablo.').events.filter((e) => e.cls === 'Displacement');
    expect(fled).toMatchObject({ cls: 'Displacement', trigger: 'fled', place: 'kaya', participants: [] });
    expect(eventsOf('By Friday some 30,000 residents had abandoned Djibo.', '2022-03-11').events).toMatchObject([{ cls: 'Displacement', place: 'djibo' }]);
    expect(eventsOf('Villagers sought refuge in Dori.').events.map((e) => e.cls)).toEqual(['Displacement']);
    expect(eventsOf('The jihadists fled towards Menaka on Sunday.', '2022-03-11').events.map((e) => e.cls)).not.toContain('Displacement');
    expect(eventsOf('The MNLA abandoned Anefis on Sunday.', '2022-03-11').events.map((e) => e.cls)).not.toContain('Displacement');
  });

  it('makes a state that acts in an event act through its government, when the article names that government', () => {
    const agentsOf = (text: string) => extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2022-05-20' }, GAZ).events.filter((e) => e.cls === 'Withdrawal').map((e) => agents(e));
    expect(agentsOf('The Nigerien government has turned to Russia. Niger left the G5 Sahel in December.')).toEqual([['government-of-niger']]);
    // (without it, the country itself)
    expect(agentsOf('Niger left the G5 Sahel in December.')).toEqual([['niger']]);
  });

  it('gives a meeting those who host or attend it, and the subject of the clause it is the setting of', () => {
    const meeting = (text: string) => eventsOf(text, '2020-02-01').events.filter((e) => e.cls === 'Meeting').map((e) => agents(e));
    expect(meeting('Emmanuel Macron hosted a summit in Pau in January.')).toEqual([['emmanuel-macron']]);
    expect(meeting('At a summit in Niamey on Sunday, ECOWAS leaders demanded the release of Bazoum.')).toEqual([['ecowas']]);
    expect(meeting('Mali and Niger agreed at a meeting in Bamako to pool their forces.')).toEqual([['mali', 'niger']]);
  });

  it('makes a public statement an event of its speaker: an announcement, or words said through a medium, not plain speech', () => {
    const { events, claims } = eventsOf('In a televised speech on Friday, President Mahamadou Issoufou declared that Niger would not negotiate with Boko Haram.', '2015-02-09');
    expect(events.filter((e) => e.cls === 'Statement')).toMatchObject([{ date: '2015-02-06', participants: [{ entity: 'mahamadou-issoufou', role: 'agent' }] }]);
    expect(claims).toHaveLength(1);
    expect(eventsOf('JNIM said in a video that it had shot down a helicopter.').events.filter((e) => e.cls === 'Statement').map((e) => agents(e))).toEqual([['jnim']]);
    expect(eventsOf('The army said the attackers had been repelled near Boni.').events.map((e) => e.cls)).not.toContain('Statement');
  });

  it('reads groups that merge as the forming of one, with the groups as its parties', () => {
    const [merged] = eventsOf('In August 2013 MUJAO and Al-Mulathameen merged as Al-Mourabitoun.', '2013-09-01').events;
    expect(merged).toMatchObject({ cls: 'Formation', date: '2013-08' });
    expect(merged!.participants).toContainEqual({ entity: 'al-mourabitoun', role: 'target' });
    expect(eventsOf('Ansarul Islam was born in 2016 from a merger of local cells.').events.flatMap((e) => e.participants.map((p) => p.entity))).toContain('ansarul-islam');
    expect(eventsOf('The two mining companies merged in 2010.').events).toEqual([]);
  });

  it('takes the subject of "responded with sanctions" as the one who imposes them', () => {
    const [e] = eventsOf('ECOWAS responded on July 30 with sweeping economic sanctions.').events;
    expect(e).toMatchObject({ cls: 'Sanction' });
    expect(agents(e!)).toEqual(['ecowas']);
  });

  it('reads sending troops as a deployment, and sending a letter as nothing', () => {
    const [e] = eventsOf('MINUSMA sent troops and helicopters to Ogossagou on Sunday.').events;
    expect(e).toMatchObject({ cls: 'Deployment', participants: [{ entity: 'minusma', role: 'agent' }] });
    expect(eventsOf('MINUSMA sent a letter to Bamako on Sunday.').events).toEqual([]);
  });
});

describe('extractEvents: restrictive relative clauses', () => {
  it('gives the verb after "X who had ruled the city" the names of X as agents', () => {
    const { events } = eventsOf('In 2013 the Ansar Dine and AQIM militants who had ruled Timbuktu for ten months pulled out.');
    const pull = events.find((e) => e.trigger === 'pulled out');
    expect(pull && agents(pull)).toEqual(['ansar-dine', 'aqim']);
  });
});

describe('extractEvents: formations', () => {
  it('reads a group founded, formed, set up or emerging as a Formation', () => {
    expect(eventsOf('Ansarul Islam emerged in late 2016 in Soum Province.').events.map((e) => e.cls)).toEqual(['Formation']);
    expect(eventsOf('Ansarul Islam was founded by Ibrahim Malam Dicko in 2016.').events.map((e) => e.cls)).toEqual(['Formation']);
    expect(eventsOf('The G5 Sahel set up a joint counter-terrorism force in 2017.').events.map((e) => e.cls)).toEqual(['Formation']);
  });

  it('reads hosting a delegation or a leader as meeting them, not hosting forces', () => {
    const { events } = eventsOf('The junta revoked the deal, after hosting a Russian delegation led by Deputy Defence Minister Yunus-Bek Yevkurov in Niamey.');
    // (the junta, the subject of the clause the gerund hangs on, hosted them)
    expect(events.filter((e) => e.cls === 'Meeting').map((e) => e.participants.map((p) => p.entity))).toEqual([['government-of-niger', 'yunus-bek-yevkurov']]);
    expect(eventsOf('Niger hosts French forces in Niamey.').events.map((e) => e.cls)).not.toContain('Meeting');
  });

  it('reads revoking or terminating an agreement as suspending it, not cancelling anything else', () => {
    const { events } = eventsOf("Niger's military government on Monday revoked two security and defence agreements with the European Union.");
    expect(events.filter((e) => e.cls === 'Suspension').map((e) => e.participants.map((p) => p.entity))).toEqual([['government-of-niger', 'european-union']]);
    expect(eventsOf('The government cancelled the elections in Mali.').events.map((e) => e.cls)).not.toContain('Suspension');
  });

  it('reads leaving a bloc named by its head noun as a withdrawal, and the claimant of a bombing past a tie to a parent', () => {
    expect(eventsOf('Mali, also led by a junta, left the group in May 2022.').events.map((e) => e.cls)).toEqual(['Withdrawal']);
    const { events } = eventsOf('In June 2018 its headquarters in Sévaré was destroyed by a suicide car bomb claimed by the al Qaeda-linked group JNIM.');
    expect(events.map((e) => [e.cls, agents(e)])).toEqual([['Bombing', ['jnim']]]);
  });

  it('gives an event named by a noun the doer of the "in which" clause that tells it', () => {
    const { events } = eventsOf("After a second coup in May 2021, in which Colonel Assimi Goïta removed Bah N'Daw, Macron spoke.");
    expect(events.filter((e) => e.cls === 'Coup').map(agents)).toEqual([['assimi-goita']]);
    expect(eventsOf('The attack in which 12 soldiers were killed took place in Boni.').events.flatMap(agents)).toEqual([]);
  });

  it('reads the arrival of a force as its deployment, and of a person alone as a visit', () => {
    const arrival = (text: string) => eventsOf(text).events.map((e) => [e.cls, e.participants.map((p) => p.entity)]);
    expect(arrival('The arrival of the Wagner Group in Mali at the end of 2021 widened the rift.')).toEqual([['Deployment', ['wagner-group']]]);
    expect(arrival('After the arrival of President Bazoum in Diffa, the governor spoke.')[0]![0]).toBe('Visit');
  });

  it('reads the name given to what was created as the body that came into being', () => {
    const { events } = eventsOf('In January 2020 the governors created a regional security network, known as Amotekun, to work alongside the police.');
    expect(events.map((e) => [e.cls, e.participants.map((p) => p.entity)])).toEqual([['Formation', ['amotekun']]]);
  });

  it('does not read forming a line or creating panic as a Formation', () => {
    expect(eventsOf('The Malian army formed a defensive line near Gao in 2017.').events.map((e) => e.cls)).not.toContain('Formation');
    expect(eventsOf('JNIM created panic in Gao in 2017.').events.map((e) => e.cls)).not.toContain('Formation');
  });
});

describe('mergeEvents', () => {
  it('merges events of one class told in nearby sentences with a shared participant', () => {
    const merged = mergeEvents([ev('a', 0, { place: 'djibo' }), ev('b', 1, { date: '2022-03-08' })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ id: 'a', place: 'djibo', date: '2022-03-08' });
    expect(merged[0]!.evidence.map((e) => e.sentence)).toEqual([0, 1]);
  });

  it('keeps apart events with different dates', () => {
    expect(mergeEvents([ev('a', 0, { date: '2022-03-08' }), ev('b', 1, { date: '2022-03-09' })])).toHaveLength(2);
  });

  it('keeps apart events far apart in the text', () => {
    expect(mergeEvents([ev('a', 0), ev('b', 5)])).toHaveLength(2);
  });

  it('keeps apart events of different classes', () => {
    expect(mergeEvents([ev('a', 0), ev('b', 0, { cls: 'Withdrawal' })])).toHaveLength(2);
  });

  it('does not change its input', () => {
    const a = ev('a', 0);
    mergeEvents([a, ev('b', 1, { participants: [{ entity: 'jnim', role: 'agent' }, { entity: 'fama', role: 'target' }] })]);
    expect(a.participants).toHaveLength(1);
    expect(a.evidence).toHaveLength(1);
  });

  it('reads the killing of civilians as a massacre (violence against civilians)', () => {
    expect(eventsOf('Gunmen killed at least 132 civilians in Solhan on Friday.', '2021-06-05').events.map((e) => e.cls)).toEqual(['Massacre']);
  });

  it('reads leaving a country as a withdrawal, leaving a town as a movement', () => {
    expect(eventsOf('The last French soldiers of Operation Barkhane left Mali on Monday.', '2022-08-15').events.map((e) => e.cls)).toEqual(['Withdrawal']);
    expect(eventsOf('Soldiers left Anefis with heavy weapons on Sunday.', '2023-11-12').events.map((e) => e.cls)).toEqual(['Deployment']);
  });

  it('reads no departure in "clashes left eight civilians dead"', () => {
    expect(eventsOf('Clashes between the army and the MNLA left eight civilians dead in Kidal.').events.map((e) => e.cls)).toEqual(['ArmedClash']);
  });

  it('gives a relative clause the head of the apposition chain as its subject', () => {
    const [e] = eventsOf('Power went to Dioncounda Traoré, the speaker of the National Assembly, who was sworn in as interim president on 12 April 2012.').events;
    expect(e!.participants.map((p) => p.entity)).toContain('dioncounda-traore');
  });

  it('reads a meeting ("met X") and a replacement ("replaced A with B") as events with their actors', () => {
    const met = eventsOf('Sahel leaders met French President Emmanuel Macron on Monday in Pau.', '2020-01-15').events.find((e) => e.cls === 'Meeting');
    expect(met?.participants.map((p) => p.entity)).toContain('emmanuel-macron');
    const replaced = eventsOf('President Mahamadou Issoufou replaced the army chief of staff with General Salifou Mody.').events.find((e) => e.cls === 'Appointment');
    expect(replaced?.participants.map((p) => p.entity)).toEqual(expect.arrayContaining(['mahamadou-issoufou', 'salifou-mody']));
  });
  it('keeps an act whose doers are only "suspected", and hedges one the sentence only suspects', () => {
    expect(eventsOf('Suspected jihadists attacked a post near Djibo on Friday.', '2023-04-24').events.map((e) => e.cls)).toContain('Attack');
    expect(eventsOf('The army suspected jihadists had attacked a post near Djibo.', '2023-04-24').events.filter((e) => e.cls === 'Attack')).toEqual([]);
  });

  it('merges an attack told by its doers, then by its victims, on the same day', () => {
    const text = 'Suspected jihadists attacked a post near Djibo on Saturday. That assault, on Saturday, killed nine Burkinabe soldiers.';
    const attacks = extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2023-04-24' }, GAZ).events.filter((e) => e.cls === 'Attack');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.participants.map((p) => p.role).sort()).toEqual(['agent', 'target']);
  });
  it('reads captives "brought back" as released', () => {
    expect(eventsOf('Boko Haram fighters brought back most of the kidnapped schoolgirls on Wednesday.', '2018-03-21').events.map((e) => e.cls)).toContain('Release');
  });
  it('dates a noun by the date that follows it, not by the day the act reporting it took place', () => {
    const [e] = eventsOf('The Islamic State group on Thursday claimed responsibility for the killing of six aid workers in the Koure reserve last month.', '2020-09-17').events
      .filter((x) => x.trigger === 'killing');
    expect(e?.date).toBe('2020-08');
  });

  it('places no event at a landmark it is measured from, but keeps "the south of" a country', () => {
    const [e] = eventsOf('Gunmen attacked a convoy about 60 km southeast of the capital Niamey on Sunday.', '2020-08-10').events;
    expect(e?.place).toBeUndefined();
    expect(eventsOf('Jihadists attacked villages in the south of Mali on Sunday.', '2020-08-10').events[0]?.place).toBe('mali');
  });
});

describe('extractEvents: bombings, declarations and acts told twice', () => {
  it('reads a suicide bomber blowing himself up, a roadside bomb and a blast as bombings', () => {
    expect(eventsOf('A suicide bomber blew himself up at a market in Maiduguri on Sunday.', '2019-06-18').events.map((e) => e.cls)).toContain('Bombing');
    expect(eventsOf('A roadside bomb went off near Boni.').events.map((e) => e.cls)).toContain('Bombing');
    expect(eventsOf('The blast tore through the great mosque of Gao.').events.map((e) => e.cls)).toContain('Bombing');
    // (jets that bomb strike from the air; a minister who "blasted" a decision bombs nothing)
    expect(eventsOf('French jets bombed JNIM positions near Tessit.').events.map((e) => e.cls)).toEqual(['Airstrike']);
    expect(eventsOf('The minister blasted the decision of ECOWAS.').events).toEqual([]);
  });

  it('takes who is blamed for a definite act as its doer', () => {
    const [e] = eventsOf('Boko Haram was blamed for the Maiduguri bombing.').events;
    expect(e && agents(e)).toEqual(['boko-haram']);
  });

  it('reads a decreed national mourning as a declaration by its subject, hitting no one', () => {
    const [e] = eventsOf('Mohamed Bazoum, who decreed three days of national mourning, said the terrorists wanted to kill the peace.').events;
    expect(e).toMatchObject({ cls: 'Declaration', participants: [{ entity: 'mohamed-bazoum', role: 'agent' }] });
    // (what the terrorists "wanted" to do they did not do)
    expect(eventsOf('The terrorists wanted to kill the peace.').events).toEqual([]);
  });

  it('makes one event of an act told, then named again with its doer some sentences later', () => {
    const x = extractDocument({ id: 'fx', text: 'On Monday a car packed with explosives blew itself up at the gate of the camp in Gao. '
      + 'Dozens died. Many more were hurt. The toll is the heaviest in years. Officials met. The attack was claimed the next day by JNIM.', source: 'fx.txt', date: '2019-03-06' }, GAZ);
    const bombings = x.events.filter((e) => e.cls === 'Bombing' || e.cls === 'Attack');
    expect(bombings).toHaveLength(1);
    expect(bombings[0]).toMatchObject({ cls: 'Bombing', date: '2019-03-04' });
    expect(agents(bombings[0]!)).toEqual(['jnim']);
    expect(bombings[0]!.evidence.map((e) => e.sentence)).toEqual([0, 5]);
  });
});

describe('extractEvents: killings of named persons, sieges, courts, towns that fall', () => {
  const classes = (text: string, date?: string) => eventsOf(text, date).events.map((e) => `${e.cls} ${e.participants.map((p) => `${p.entity}:${p.role}`).join(',')}`);
  it('reads a named person killed, assassinated or dead as a Killing of him, and other deaths as nothing of the kind', () => {
    expect(classes('Amadou Koufa was killed near Mopti.')).toEqual(['Killing amadou-koufa:target']);
    expect(classes("Mahamat Déby's death shocked N'Djamena.")).toEqual(['Killing mahamat-idriss-deby:target']);
    expect(classes('Twenty soldiers died near Mopti.')).toEqual([]);
    // (civilians killed are still a massacre, and soldiers killed an attack)
    expect(classes('JNIM killed 20 civilians near Mopti.').map((c) => c.split(' ')[0])).toEqual(['Massacre']);
    expect(classes('JNIM killed 20 Malian soldiers near Mopti.').map((c) => c.split(' ')[0])).toEqual(['Attack']);
  });

  it('reads an organisation dissolved, disbanded or outlawed as a Dissolution of it, and a crowd that dissolves as none', () => {
    expect(classes("Mali's government on Sunday ordered the dissolution of Dan Na Ambassagou.")).toEqual(['Dissolution government-of-mali:agent,dan-na-ambassagou:target']);
    expect(classes('The council dissolved the National Assembly.').map((c) => c.split(' ')[0])).toEqual(['Dissolution']);
    expect(classes("Mali's government ordered the MNLA disbanded.")).toEqual(['Dissolution government-of-mali:agent,mnla:target']);
    expect(classes('The protest dissolved into chaos near Bamako.')).toEqual(['Protest ']);
  });

  it('reads an act done "in August last year and again in May" as two events, each with its date', () => {
    const { events } = eventsOf('The colonels led by Assimi Goïta, who seized power in August last year and again in May, have promised elections.', '2021-08-11');
    expect(events.filter((e) => e.cls === 'Coup').map((e) => e.date)).toEqual(['2020-08', '2021-05']);
  });

  it('reads a state of emergency or a curfew declared as a Declaration by who declared it', () => {
    expect(classes("Burkina Faso's government declared a state of emergency in the Soum.").filter((c) => c.startsWith('Declaration'))).toEqual(['Declaration government-of-burkina-faso:agent']);
  });

  it('reads fighters that exchanged fire with soldiers as a clash between them', () => {
    expect(classes('Boko Haram fighters exchanged fire with Nigerian soldiers near Chibok.')).toEqual(['ArmedClash boko-haram:agent,nigeria-armed-forces:target']);
  });

  it('gives an ambush "that was blamed on X" X as its doer', () => {
    expect(classes('Dozens of Nigerian soldiers were killed in an ambush in Borno state that was blamed on ISWAP.').filter((c) => c.startsWith('Ambush'))).toEqual(['Ambush iswap:agent']);
  });

  it('gives "carried out their first joint operation" the subject of the support verb, past the ordinal', () => {
    expect(classes('The armies of Ghana and Togo carried out their first joint operation.')).toEqual(['Operation ghana-armed-forces:agent,togo-armed-forces:agent']);
  });

  it('reads troops that fell or pulled back as a Withdrawal, and prices that fell back as none', () => {
    expect(classes('Malian soldiers fell back from Konna on Thursday.', '2013-01-12')).toEqual(['Withdrawal fama:agent']);
    expect(classes('Prices fell back in Gao.')).toEqual([]);
  });

  it('reads a siege or a blockade as a Blockade', () => {
    expect(classes('JNIM has besieged Djibo since February.', '2023-05-01').map((c) => c.split(' ')[0])).toEqual(['Blockade']);
    expect(eventsOf('Djibo has been under a blockade declared by JNIM.').events[0]).toMatchObject({ cls: 'Blockade', place: 'djibo' });
  });

  it('reads trials, sentences and arrest warrants as legal proceedings, not arrests', () => {
    expect(classes('Iyad Ag Ghaly was sentenced to death in absentia.').map((c) => c.split(' ')[0])).toEqual(['Trial']);
    expect(classes('The ICC unsealed an arrest warrant against Iyad Ag Ghaly.')).toEqual(['LegalProceeding icc:agent,iyad-ag-ghaly:target']);
    expect(classes('The tribunal carried out its sentences.')).toEqual([]);
  });

  it('reads a town that falls, or whose occupiers are driven out, as captured', () => {
    expect(eventsOf('Kidal fell to the MNLA on 30 March 2012.').events[0]).toMatchObject({ cls: 'Capture', place: 'kidal', participants: [{ entity: 'mnla', role: 'agent' }] });
    expect(eventsOf('The fall of Gao shocked Bamako.').events[0]).toMatchObject({ cls: 'Capture', place: 'gao' });
    expect(eventsOf('Prices fell in Gao.').events).toEqual([]);
    const [e] = eventsOf('MUJAO drove the MNLA out of Gao in June 2012.').events;
    expect(e).toMatchObject({ cls: 'Capture', place: 'gao', date: '2012-06' });
    expect(agents(e!)).toEqual(['mujao']);
  });
});

describe('extractEvents: visits', () => {
  it('reads a leader travelling to, visiting or touring a place as a Visit there', () => {
    expect(eventsOf('Yesterday, Emmanuel Macron travelled to Gao.', '2019-01-03').events[0]).toMatchObject({ cls: 'Visit', place: 'gao', date: '2019-01-02', participants: [{ entity: 'emmanuel-macron', role: 'agent' }] });
    expect(eventsOf('Assimi Goïta visited Timbuktu on Sunday.', '2022-05-03').events[0]).toMatchObject({ cls: 'Visit', place: 'timbuktu', date: '2022-05-01' });
  });

  it('places and dates a bare act of violence at the scene a sentence shortly before set with a day and a town', () => {
    const text = 'On the night of Sunday 9 February, gunmen came out of the bush at the edge of Djibo and found a line of vehicles. '
      + 'Their passengers had arrived too late. According to the army, 30 of them were killed.';
    const killed = extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2020-02-23' }, GAZ).events.filter((e) => e.trigger === 'killed');
    expect(killed).toMatchObject([{ place: 'djibo', date: '2020-02-09' }]);
    // (no scene, no event: an act with no one, nowhere and at no time says nothing)
    expect(extractDocument({ id: 'fx', text: 'Their passengers had arrived too late. According to the army, 30 of them were killed.', source: 'fx.txt', date: '2020-02-23' }, GAZ)
      .events.filter((e) => e.trigger === 'killed')).toEqual([]);
  });

  it('reads people alone who fly, drive or arrive somewhere as visiting it, and a force that does so as deployed', () => {
    expect(eventsOf('President Muhammadu Buhari flew into Maiduguri on Wednesday.', '2020-02-14').events[0]).toMatchObject({ cls: 'Visit', place: 'maiduguri', participants: [{ entity: 'muhammadu-buhari', role: 'agent' }] });
    expect(eventsOf('Emmanuel Macron arrived in Gao on Sunday.', '2019-01-03').events[0]).toMatchObject({ cls: 'Visit', place: 'gao' });
    expect(eventsOf('Chadian troops flew to Gao on Sunday.', '2019-01-03').events[0]?.cls).toBe('Deployment');
    // (one who sends troops does not travel)
    expect(eventsOf('President Idriss Deby sent troops into Cameroon in January.', '2015-06-15').events.map((e) => e.cls)).not.toContain('Visit');
  });

  it('gives a visit that is the purpose of a journey to the one who travels', () => {
    const visit = eventsOf('On Wednesday, President Muhammadu Buhari flew into Maiduguri for a brief visit.', '2020-02-14').events.find((e) => e.cls === 'Visit');
    expect(visit).toMatchObject({ place: 'maiduguri', participants: [{ entity: 'muhammadu-buhari', role: 'agent' }] });
    expect(eventsOf('Emmanuel Macron arrived in Gao on a two-day tour.', '2019-01-03').events.find((e) => e.cls === 'Visit')?.participants).toEqual([{ entity: 'emmanuel-macron', role: 'agent' }]);
  });
});

describe('extractEvents: inquiries, evacuations, aid, verdicts', () => {
  const classes = (text: string, date?: string) => eventsOf(text, date).events.map((e) => e.cls);
  it('reads a board of inquiry set up, not one asked for, as an Investigation by its subject', () => {
    const [e] = eventsOf('On Monday, Assimi Goïta set up a board of inquiry into the killings.', '2022-04-06').events;
    expect(e).toMatchObject({ cls: 'Investigation', participants: [{ entity: 'assimi-goita', role: 'agent' }] });
    expect(classes('On Monday, Dan Na Ambassagou asked for an independent investigation.', '2022-04-06')).toEqual([]);
  });

  it('reads the wounded flown or evacuated as an Evacuation, and a force evacuating its camp as a Withdrawal', () => {
    expect(classes('Helicopters flew the wounded to Mopti on Monday.', '2022-04-06')).toEqual(['Evacuation']);
    expect(classes('MINUSMA evacuated its camp in Tessalit.')).toEqual(['Withdrawal']);
  });

  it('reads a food distribution as humanitarian aid, not "the distribution of power"', () => {
    expect(classes('The ICRC was handing out food rations in Gao on Monday.', '2022-04-06')).toEqual(['HumanitarianAid']);
    expect(classes('A food distribution in Gao was under way on Monday.', '2022-04-06')).toEqual(['HumanitarianAid']);
    expect(classes('The distribution of power in Gao changed on Monday.', '2022-04-06')).toEqual([]);
  });

  it('reads judges finding someone guilty as a Trial of him', () => {
    const [e] = eventsOf('Judges of the ICC on Wednesday found Dominic Ongwen guilty of war crimes.', '2016-09-29').events;
    expect(e).toMatchObject({ cls: 'Trial', date: '2016-09-28' });
    expect(e!.participants).toContainEqual({ entity: 'dominic-ongwen', role: 'target' });
  });
});

describe('extractEvents: the doer of a noun after a subordinate clause', () => {
  it('gives "launched its own offensive" the subject after the "while" clause, not the actors inside it', () => {
    const events = eventsOf('In early 2015, while troops from Chad crossed the border to push the militants back, the Malian army launched its own offensive.').events;
    const e = events.find((x) => x.cls !== 'ArmedClash');
    expect(e && agents(e)).toEqual(['fama']);
    // (pushing the militants back is Chad's own fight)
    expect(events.filter((x) => x.cls === 'ArmedClash').flatMap(agents)).toEqual(['chad-armed-forces']);
  });
});

describe('extractEvents: a tracker\'s dated entries', () => {
  it('dates the events of an entry by its day, and counts its weekdays from it, until the paragraph ends', () => {
    const text = 'Conflict Tracker: March 2021\nPublished Tuesday 6 April 2021\n\n'
      + '1 March – Dikwa, Borno State (Nigeria). ISWAP fighters stormed Dikwa on Monday evening. The army repelled the militants.\n\n'
      + '15 March – near Tessit (Mali). Militants attacked a unit of the FAMa near Tessit.\n\n'
      + 'Analysis. JNIM attacked Boni.';
    const x = extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2021-04-06' }, GAZ);
    const dated = (place: string) => x.events.filter((e) => e.place === place).map((e) => e.date);
    expect(new Set(dated('dikwa'))).toEqual(new Set(['2021-03-01']));
    expect(dated('tessit')).toEqual(['2021-03-15']);
    // (after the entries, no entry's day)
    expect(dated('boni')).toEqual([undefined]);
  });
});

describe('extractEvents: driven out, in the passive', () => {
  it('reads no capture in "were forced out of", only in "drove X out of"', () => {
    expect(eventsOf('French troops were forced out of Mali in 2022.').events.map((e) => e.cls)).not.toContain('Capture');
    expect(eventsOf('MUJAO drove the MNLA out of Gao in June 2012.').events.map((e) => e.cls)).toContain('Capture');
  });
});

describe('extractEvents: a second verb past a subordinate clause', () => {
  it('gives "…, as he travelled, and killed him" the first verb\'s subject, and makes it a killing of the person', () => {
    const { events } = eventsOf('In May 2014 Boko Haram gunmen ambushed the convoy of the Emir of Gwoza, Idrissa Timta, as he travelled to a funeral, and killed him.');
    const killing = events.find((e) => e.trigger === 'killed');
    expect(killing).toMatchObject({ cls: 'Killing' });
    expect(agents(killing!)).toEqual(['boko-haram']);
    expect(killing!.participants).toContainEqual({ entity: 'idrissa-timta', role: 'target' });
  });
});

describe('extractEvents: clauses that lend no subject', () => {
  it('gives a passive in its own coordinate clause no subject from the clause before, and a verb after "before" the subject that follows it', () => {
    const { events } = eventsOf('On Friday gunmen took hostages at the Byblos hotel in Sévaré, and some 12 people were killed before Malian troops, backed by UN forces, stormed the hotel.');
    // (the hostage-takers are nobody's target here)
    expect(events.flatMap((e) => e.participants).filter((p) => p.role === 'target').map((p) => p.entity)).not.toContain('fx-unidentified-gunmen');
    const storm = events.find((e) => agents(e).includes('fama'));
    expect(storm && agents(storm)).toContain('fama');
    expect(storm && agents(storm)).not.toContain('fx-unidentified-gunmen');
  });

  it('keeps a by-phrase after "the following month" as the passive\'s agent', () => {
    const [e] = eventsOf('General Dacko was replaced the following month by General Hanena Ould Sidi.').events;
    expect(e && agents(e)).toEqual(['hanena-ould-sidi']);
  });

  it('does not join a group\'s claim to the act of the defenders who killed the attackers', () => {
    const x = extractDocument({ id: 'fx', text: 'Gunmen attacked the army camp at Boulkessi on Friday. The army said that seven assailants had been killed. '
      + 'JNIM claimed the attack on Saturday.', source: 'fx.txt', date: '2022-07-25' }, GAZ);
    const claimed = x.relations.filter((r) => r.predicate === 'opposes' && r.evidence[0]!.rule === 'relation.claimed-act').map((r) => `${r.subject} ${r.object}`);
    expect(claimed).toEqual(['fama jnim']);
  });
});

describe('extractEvents: strikes named by their doer, forces flown in, marches, named meetings', () => {
  it('takes the doer of an act named inside a by-phrase, and the passive subject as its target', () => {
    const x = extractDocument({ id: 'fx', text: 'The MNLA advanced. In 2013 an MNLA convoy was hit by French air strikes near Tessalit.', source: 'fx.txt', date: '2014-01-01' }, GAZ);
    const strike = x.events.find((e) => e.cls === 'Airstrike');
    expect(strike?.participants).toEqual(expect.arrayContaining([{ entity: 'french-armed-forces', role: 'agent' }, { entity: 'mnla', role: 'target' }]));
  });

  it('reads forces flown in as deployed, a march of civilians as a protest, and a named dialogue or summit as a meeting', () => {
    const [flown] = eventsOf('About 60 Chadian soldiers flown in from Abéché are guarding the airport.').events;
    expect(flown).toMatchObject({ cls: 'Deployment' });
    expect(flown && agents(flown)).toEqual(['chad-armed-forces']);
    expect(eventsOf('On Thursday students marched in Niamey.').events.map((e) => e.cls)).toEqual(['Protest']);
    expect(eventsOf('Wagner fighters marched on Bamako.').events.map((e) => e.cls)).not.toContain('Protest');
    expect(eventsOf('The Inclusive National Dialogue opened in Bamako on 11 September.', '2023-10-01').events.map((e) => e.cls)).toEqual(['Meeting']);
    expect(eventsOf('The opposition called for a dialogue.').events).toEqual([]);
  });
});

describe('extractEvents: withdrawals told through their base or their share', () => {
  it('reads a force leaving its own base as a withdrawal, and the subject of "completing the bulk of a withdrawal" as its doer', () => {
    expect(eventsOf('French troops left their air base in Niamey in December.', '2024-01-10').events.map((e) => e.cls)).toEqual(['Withdrawal']);
    const [e] = eventsOf('French forces on Friday handed over the Gossi base to the Malian army, completing the first phase of a withdrawal demanded by Bamako.', '2022-04-20').events
      .filter((x) => x.cls === 'Withdrawal');
    expect(e && agents(e)).toContain('french-armed-forces');
    // (a force leaving a town moves; it withdraws from no base)
    expect(eventsOf('The rebels left the town at dawn.').events.map((x) => x.cls)).not.toContain('Withdrawal');
  });

  it('reads quitting a bloc or a country as a withdrawal from it, and a person quitting (his post) as a resignation', () => {
    const quit = (text: string) => extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2022-09-01' }, GAZ);
    const bloc = quit('Mali quit the G5 Sahel in May 2022.');
    expect(bloc.events.map((e) => [e.cls, agents(e)])).toEqual([['Withdrawal', ['mali']]]);
    expect(bloc.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toEqual(['mali withdrewFrom g5-sahel']);
    expect(quit('French troops quit Mali in August.').relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toEqual(['french-armed-forces withdrewFrom mali']);
    expect(quit('The prime minister quit his post on Tuesday.').events.map((e) => e.cls)).toEqual(['Resignation']);
    expect(quit('President Keita quit on Tuesday.').events.map((e) => e.cls)).toEqual(['Resignation']);
  });

  it('gives an act told before to a group that claims it and goes on to speak, past the apposition after its name', () => {
    const text = "Gunmen attacked a camp of the Malian army at Dioura on 17 March 2019. Jama'at Nusrat al-Islam wal-Muslimin (JNIM), the Sahelian branch of al-Qaeda, claimed the raid and said it had been commanded by Ba Ag Moussa.";
    const x = extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2019-03-20' }, GAZ);
    expect(x.events.filter((e) => e.cls === 'Attack').map(agents)).toEqual([expect.arrayContaining(['jnim'])]);
  });

  it('tells an act again for a second number, place and date whose verb is left out', () => {
    const x = extractDocument({ id: 'fx', text: 'Jihadists of the Islamic State killed 71 soldiers at Inates in December 2019 and 89 at Chinegodar in January 2020.', source: 'fx.txt', date: '2021-03-22' }, GAZ);
    expect(x.events.filter((e) => e.cls === 'Attack' || e.cls === 'ArmedClash').map((e) => `${e.place} ${e.date}`).sort()).toEqual(['chinagodrar 2020-01', 'inates 2019-12']);
  });

  it('does not make the capital that demanded a withdrawal the place left', () => {
    const x = extractDocument({ id: 'fx', text: 'French forces completed the bulk of a withdrawal demanded by Bamako.', source: 'fx.txt', date: '2022-08-15' }, GAZ);
    expect(x.relations.filter((r) => r.predicate === 'withdrewFrom').map((r) => r.object)).not.toContain('bamako');
  });
});

describe('extractEvents: a plural pronoun for a list', () => {
  it('makes every item of the list "they" refers back to a doer, not its last item alone', () => {
    const [e] = eventsOf('In January, Mali, Burkina Faso and Niger said that they were leaving the G5 Sahel.', '2024-02-01').events;
    expect(e && new Set(agents(e))).toEqual(new Set(['mali', 'burkina-faso', 'government-of-niger']));
    expect(eventsOf('The MNLA and the HCUA said they had attacked the army near Kidal.').events.flatMap(agents)).toEqual(['mnla', 'hcua']);
  });
});

describe('extractEvents: doers blamed with no act named, strikes on the ground', () => {
  it('makes the group a sentence blames (or says was behind "what he called attacks") the doer of the act told before', () => {
    const x = extractDocument({ id: 'fx', text: 'Two blasts hit the market of Maroua on Sunday, killing 13 people. '
      + 'The governor blamed the Nigerian Islamist group Boko Haram.', source: 'fx.txt', date: '2015-07-27' }, GAZ);
    const blast = x.events.find((e) => e.cls === 'Bombing');
    expect(blast && agents(blast)).toEqual(['boko-haram']);
    const y = extractDocument({ id: 'fx', text: 'Two explosions shook a mosque in Maiduguri on Friday. '
      + 'Officials said ISWAP was behind what they called "barbaric" attacks.', source: 'fx.txt', date: '2019-06-18' }, GAZ);
    expect(y.events.filter((e) => e.cls === 'Bombing').flatMap(agents)).toEqual(['iswap']);
    // ("terrorists" blamed are no one in particular)
    const z = extractDocument({ id: 'fx', text: 'Two blasts hit the market of Maroua on Sunday. The governor blamed terrorists.', source: 'fx.txt', date: '2015-07-27' }, GAZ);
    expect(z.events.flatMap(agents)).toEqual([]);
  });

  it('reads bombers or gunmen that "struck" as an attack on the ground, and aircraft that struck as an airstrike', () => {
    expect(eventsOf('Two suicide bombers struck a police station in Maroua on Monday.').events.map((e) => e.cls)).toEqual(['Bombing']);
    expect(eventsOf('Gunmen struck a village near Djibo.').events.map((e) => e.cls)).toEqual(['Attack']);
    expect(eventsOf('French drones struck JNIM positions near Boni.').events.map((e) => e.cls)).toEqual(['Airstrike']);
  });

  it('reads a passive with an adverb or a reflexive before its participle as a passive ("was later ousted by")', () => {
    const coup = eventsOf('Damiba was later ousted by Captain Ibrahim Traoré.').events[0]!;
    expect(coup.participants).toEqual([{ entity: 'ibrahim-traore', role: 'agent' }, { entity: 'paul-henri-sandaogo-damiba', role: 'target' }]);
    expect(eventsOf('Nampala was briefly overrun by JNIM in January.', '2016-07-20').events[0]?.participants).toEqual([{ entity: 'jnim', role: 'agent' }]);
    expect(eventsOf('Damiba was himself pushed aside on 30 September.', '2022-10-02').events.map((e) => [e.cls, e.participants])).toEqual([['Coup', [{ entity: 'paul-henri-sandaogo-damiba', role: 'target' }]]]);
  });

  it('reads leaving a town in retreat as a withdrawal, leaving it for somewhere as a movement', () => {
    // (two triggers, "left" and "retreating": both a withdrawal from Diabaly, which the document pass merges)
    expect(new Set(eventsOf('Most of the fighters had left Diabaly, retreating northwards.', '2013-01-20').events.map((e) => `${e.cls} ${e.place}`))).toEqual(new Set(['Withdrawal diabaly']));
    expect(eventsOf('The convoy left Bamako and drove north to Niono.', '2013-01-20').events.some((e) => e.cls === 'Withdrawal')).toBe(false);
  });

  it('reads two sides "at war with" each other as fighting, the subject no target of a passive', () => {
    expect(eventsOf('The ISGS is also at war with its rival, JNIM.').events.map((e) => [e.cls, e.participants])).toEqual([['ArmedClash', [
      { entity: 'islamic-state-sahel', role: 'agent' }, { entity: 'jnim', role: 'target' }]]]);
    expect(eventsOf('The war in Mali began in 2012.').events).toEqual([]);
  });

  it('makes whose coup it was its agent ("since his coup of September 2022")', () => {
    const coup = eventsOf('Captain Ibrahim Traoré has led the government since his coup of September 2022.', '2024-03-01').events.find((e) => e.cls === 'Coup');
    expect(coup && [agents(coup), coup.date]).toEqual([['ibrahim-traore'], '2022-09']);
  });

  it('makes no event of the writer\'s own meetings ("relatives we met in Ouallam said")', () => {
    expect(eventsOf('Relatives we met in Ouallam said gunmen had stolen cattle.').events.filter((e) => e.cls === 'Meeting')).toEqual([]);
    expect(eventsOf('President Bazoum met Emmanuel Macron in Paris.').events.map((e) => e.cls)).toEqual(['Meeting']);
  });

  it('does not date an act by a year that qualifies another noun ("the 2015 Algiers agreement"), but dates that noun by it', () => {
    const x = eventsOf('The CMA, which signed the 2015 Algiers agreement, said soldiers had attacked its positions around Ber.', '2023-08-14').events;
    expect(x.find((e) => e.cls === 'Attack')?.date).toBeUndefined();
    expect(eventsOf('Troops withdrew from Kidal after the 2012 rebellion.', '2023-08-14').events.find((e) => e.cls === 'Withdrawal')?.date).toBeUndefined();
    expect(eventsOf('The MNLA attacked Aguelhok in 2012.', '2023-08-14').events[0]?.date).toBe('2012');
    expect(eventsOf('Mali and the CMA announced the 2015 ceasefire in Algiers.', '2023-08-14').events.find((e) => e.cls === 'Ceasefire')?.date).toBe('2015');
  });

  it('reads a force pulled out, a camp handed over as a withdrawal, and who came under fire as the target', () => {
    const pulled = eventsOf('MINUSMA pulled its last troops out of its camp at Ber on Sunday.', '2023-08-14').events;
    expect(pulled.map((e) => [e.cls, e.place, e.date, agents(e)])).toEqual([['Withdrawal', 'ber', '2023-08-13', ['minusma']]]);
    expect(eventsOf('Rescuers pulled bodies out of the rubble in Gao.').events).toEqual([]);
    const handed = eventsOf('MINUSMA handed over its camp at Ogossagou to the army.').events.find((e) => e.cls === 'Withdrawal');
    expect(handed && [handed.place, agents(handed)]).toEqual(['ogossagou', ['minusma']]);
    const fired = eventsOf('A Malian army patrol came under attack from JNIM fighters near Boni.').events;
    expect(fired.map((e) => [e.cls, e.participants])).toEqual([['Attack', [{ entity: 'jnim', role: 'agent' }, { entity: 'fama', role: 'target' }]]]);
  });

  it('reads pushing, driving or beating an actor back as fighting it, not pushing back a date', () => {
    const fight = (text: string) => eventsOf(text).events.filter((e) => e.cls === 'ArmedClash');
    expect(fight('Nigerien troops pushed Boko Haram back towards the lake.').map((e) => e.participants)).toEqual([[
      { entity: 'niger-armed-forces', role: 'agent' }, { entity: 'boko-haram', role: 'target' }]]);
    expect(fight('French troops drove back Ansar Dine fighters near Konna.').flatMap(agents)).toEqual(['french-armed-forces']);
    expect(fight('The electoral commission of Niger pushed back the elections by six weeks.')).toEqual([]);
  });

  it('makes the forces of the state whose demonym or short name qualifies a strike or raid its agent', () => {
    const strike = (text: string) => eventsOf(text).events.find((e) => e.cls === 'Airstrike' || e.cls === 'Attack');
    expect(agents(strike('A French airstrike killed three JNIM commanders near Gossi.')!)).toEqual(['french-armed-forces']);
    expect(agents(strike('A US drone strike near Ajdabiya killed Mokhtar Belmokhtar.')!)).toEqual(['us-armed-forces']);
    expect(agents(strike('A Chadian raid hit Boko Haram camps near Bosso.')!)).toEqual(['chad-armed-forces']);
    // (a demonym before another noun stays out: "a US-made drone", "the Malian locality of X")
    expect(agents(strike('A US-made drone struck JNIM positions near Boni.')!)).toEqual([]);
  });
});

describe('extractEvents: responsibility claimed, bodies found, forces sent', () => {
  it('makes who "claimed responsibility" with no act named the doer of the act told before', () => {
    const x = extractDocument({ id: 'fx', text: 'Gunmen stormed a gendarmerie post at Dori on Sunday. Responsibility was claimed within hours by the ISGS.', source: 'fx.txt', date: '2019-01-22' }, GAZ);
    expect(x.events.filter((e) => e.cls === 'Attack').flatMap(agents)).toContain('islamic-state-sahel');
  });

  it('reads a person\'s body found as a killing of that person', () => {
    const x = extractDocument({ id: 'fx', text: 'Gunmen seized the Spanish priest Antonio Cesar on Friday near Djibo. His body was found two days later.', source: 'fx.txt', date: '2019-02-20' }, GAZ);
    const killing = x.events.find((e) => e.cls === 'Killing');
    expect(killing?.participants).toEqual([{ entity: 'antonio-cesar', role: 'target' }]);
  });

  it('makes the army of the leader or state that sent troops a party of the deployment, when the article names it', () => {
    const x = extractDocument({ id: 'fx', text: 'Nigerien soldiers fought Boko Haram near Diffa. In February, President Mahamadou Issoufou sent troops into north-eastern Nigeria.', source: 'fx.txt', date: '2015-06-01' }, GAZ);
    expect(x.events.filter((e) => e.cls === 'Deployment').flatMap(agents)).toEqual(expect.arrayContaining(['mahamadou-issoufou', 'niger-armed-forces']));
  });
});

describe('extractEvents: timelines and transcripts', () => {
  it('dates the events of a paragraph that opens with a date standing alone, in the year its weekday names', () => {
    const text = 'Ten years on: the Kanem uprising, step by step\nPublished Tuesday 30 July 2019\n\n'
      + '12 June 2009. Police fired on a march in Mao.\n\n'
      + 'Sunday 26 July. Armed members of the sect attacked the police station in Mao. The army drove them back.\n\n'
      + 'The anniversary passed quietly.';
    const x = extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2019-07-30' }, GAZ);
    const attack = x.events.find((e) => e.trigger === 'attacked');
    expect(attack?.date).toBe('2009-07-26');
  });

  it('dates an answer by the day its question names alone', () => {
    const text = 'Evening news, Tuesday 27 May 2014\n\n'
      + 'PRESENTER: Which brings us to Wednesday 21 May.\n\n'
      + 'CORRESPONDENT: Yes. The Malian army attacked the rebels in Kidal and lost.\n\n'
      + 'PRESENTER: And after that?\n\n'
      + 'CORRESPONDENT: Talks opened in Kidal.';
    const x = extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2014-05-27' }, GAZ);
    expect(x.events.find((e) => e.trigger === 'attacked')?.date).toBe('2014-05-21');
    // (a question with no day dates nothing)
    expect(x.events.find((e) => e.trigger === 'talks')?.date).toBeUndefined();
  });
});

describe('extractEvents: a verb the tagger reads as a noun', () => {
  it('reads "Sect fighters strike police posts" as an attack by the sect, not an airstrike', () => {
    const x = extractDocument({ id: 'fx', text: 'Boko Haram rose in Maiduguri. Sect fighters strike police posts in Maiduguri.', source: 'fx.txt', date: '2009-07-27' }, GAZ);
    const strike = x.events.find((e) => e.trigger === 'strike');
    expect(strike?.cls).toBe('Attack');
    expect(strike && agents(strike)).toEqual(['boko-haram']);
  });

  it('reads a jailbreak or an escape as an Escape, and no press release or tour operator as an act', () => {
    const classes = (text: string, date?: string) => eventsOf(text, date).events.map((e) => e.cls);
    expect(classes('PRESS RELEASE: After the jailbreak in Maiduguri, the families want answers.', '2022-07-08')).toEqual(['Escape']);
    expect(classes('Hundreds of inmates escaped from the prison in Bauchi on Tuesday.', '2022-07-08')).toEqual(['Escape']);
    expect(classes('Tour operators in Natitingou report that all bookings have been cancelled.')).toEqual([]);
  });

  it('reads people seized by armed men as abducted, a town seized as captured, and a man the army seizes as no abduction', () => {
    const classes = (text: string) => eventsOf(text, '2019-10-07').events.map((e) => e.cls);
    expect(classes('Gunmen seized a French Catholic priest, Georges Vandenbeusch, at his parish in Nguetchewe on Thursday.')).toEqual(['Abduction']);
    expect(classes('JNIM seized the town of Boni on Thursday.')).toEqual(['Capture']);
    expect(classes('The Malian army seized Abu Zaid near Tessalit on Thursday.')).not.toContain('Abduction');
    expect(classes('Boko Haram claimed the abduction.')).toEqual(['Abduction']);
  });

  it('joins a group that claims "that abduction" to the abduction told before, and reads no attack on its town', () => {
    const text = 'Gunmen seized a French priest, Georges Vandenbeusch, at his parish in Nguetchewe on 14 November 2013. Boko Haram claimed that abduction as well.';
    const x = extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2019-10-07' }, GAZ);
    expect(x.events.filter((e) => e.cls === 'Abduction').flatMap((e) => e.participants.map((p) => `${p.entity}:${p.role}`))).toContain('boko-haram:agent');
    expect(x.relations.filter((r) => r.predicate === 'attacked')).toEqual([]);
  });

  it('reads a leader who welcomes or receives people as meeting them, and no welcome of a decision', () => {
    const classes = (text: string) => eventsOf(text, '2013-04-21').events.map((e) => e.cls);
    expect(classes('On Saturday Hollande welcomed the family at Villacoublay air base outside Paris.')).toEqual(['Meeting']);
    expect(classes('On Tuesday President Tinubu received Mohamed Bazoum in Abuja.')).toEqual(['Meeting']);
    expect(classes('On Monday ECOWAS welcomed the decision.')).toEqual([]);
  });

  it('sets no scene with a dateline: it dates the article, not the act told after it', () => {
    const x = extractDocument({ id: 'fx', text: 'NIAMEY, 25 May 2013. JNIM said its fighters had attacked the camp.', source: 'fx.txt', date: '2013-05-25' }, GAZ);
    expect(x.events.filter((e) => e.cls === 'Attack').map((e) => e.date)).toEqual([undefined]);
  });

  it('dates an undated act at the place the sentence before set with its day', () => {
    const text = 'Suicide bombers drove cars into the army camp in Agadez before dawn on Thursday. Officials called it the first such act. '
      + 'At Agadez, a car exploded at the entrance of the camp.';
    const x = extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2013-05-25' }, GAZ);
    expect(x.events.filter((e) => e.trigger === 'exploded').map((e) => `${e.place} ${e.date}`)).toEqual(['agadez 2013-05-23']);
  });
});


describe('extractEvents: an attack on the towns a colon lists', () => {
  it('puts the attack in the first town listed, not in a region an apposition of its doer names', () => {
    const { events } = eventsOf("Fighters of JNIM, al-Qaeda's affiliate in the Sahel, attacked army positions in seven towns: Kayes, Nioro du Sahel and Niono.");
    expect(events.map((e) => [e.cls, e.place])).toEqual([['Attack', 'kayes']]);
  });
});

describe('extractEvents: losses inflicted, and states acting together', () => {
  it('reads "inflicted heavy losses on X" as a clash between the doers and X', () => {
    const { events } = eventsOf('Tuareg rebels and JNIM fighters inflicted heavy losses on Malian troops at Tinzaouaten in July 2024.');
    expect(events.map((e) => [e.cls, agents(e), e.participants.filter((p) => p.role === 'target').map((p) => p.entity), e.place]))
      .toContainEqual(['ArmedClash', expect.arrayContaining(['jnim']), ['fama'], 'tinzaouaten']);
  });
  it('has the states a state left a bloc "together with" leave it too, and no place from them', () => {
    const { events } = eventsOf('Mali left the Economic Community of West African States in January together with Niger and Burkina Faso.', '2025-07-04');
    expect(events.map((e) => [e.cls, agents(e).sort(), e.place])).toEqual([['Withdrawal', ['burkina-faso', 'mali', 'niger'], undefined]]);
  });
});

describe('extractEvents: the date a noun subject takes from its verb of happening', () => {
  it('dates "The attack …, near …, began on Tuesday" by that verb, and not by another act after "after" or "since"', () => {
    const dated = (text: string) => eventsOf(text, '2019-12-11').events.filter((e) => e.trigger === 'attack').map((e) => e.date);
    expect(dated('The attack on the camp at Inates, near the border with Mali, began on Tuesday evening and lasted three hours.')).toEqual(['2019-12-10']);
    expect(dated('The attack on Inates came a week after fighters overran an army post on 17 March.')).toEqual([undefined]);
  });
});

describe('extractEvents: steps down in relations, listings and joint bodies', () => {
  const targets = (e: EventFact) => e.participants.filter((p) => p.role === 'target').map((p) => p.entity);

  it('reads a recall of ambassadors as a DiplomaticRecall with no place, and "recalled that" as none', () => {
    const [e] = eventsOf('Burkina Faso, Mali and Niger were recalling their ambassadors from Algiers for consultations.').events;
    expect(e).toMatchObject({ cls: 'DiplomaticRecall' });
    expect(agents(e!)).toEqual(['burkina-faso', 'mali', 'niger']);
    expect(e!.place).toBeUndefined();
    expect(eventsOf('The minister recalled that the army had been deployed in Gao.').events.map((x) => x.cls)).not.toContain('DiplomaticRecall');
  });

  it('reads closing airspace or borders to a state as a sanction on it, not in it', () => {
    const [e] = eventsOf('Algeria closed its airspace to all flights to and from Mali.').events;
    expect(e).toMatchObject({ cls: 'Sanction' });
    expect(agents(e!)).toEqual(['algeria']);
    expect(targets(e!)).toEqual(['mali']);
    expect(e!.place).toBeUndefined();
    expect(eventsOf('The Malian army closed the meeting in Gao.').events.map((x) => x.cls)).not.toContain('Sanction');
  });

  it('reads designating a group as terrorist, or proscribing it, as a sanction; designating a president is none', () => {
    expect(eventsOf('The United States designated Boko Haram and Ansaru as Foreign Terrorist Organizations.').events.map((x) => x.cls)).toContain('Sanction');
    expect(eventsOf('A national conference designated Ibrahim Traore as interim president.').events.map((x) => x.cls)).not.toContain('Sanction');
  });

  it('reads a formation told by a participle after a plural group noun ("a coalition of ex-rebel movements founded in November 2024")', () => {
    const e = eventsOf('The FLA is a coalition of mainly Tuareg ex-rebel movements founded in November 2024 out of the CSP.', '2025-04-08').events.find((x) => x.cls === 'Formation');
    expect(e).toBeDefined();
    expect(e!.date).toBe('2024-11');
  });
});

describe('extractEvents: a group that rose up', () => {
  it('reads "rose up" as an uprising', () => {
    expect(eventsOf('In July 2009 Boko Haram rose up and was crushed by the army and the police.', '2013-11-14').events.map((e) => e.cls)).toContain('Uprising');
  });
});

describe('extractEvents: a state\'s units, a bloc named again', () => {
  it('reads "many units have been pulled out" as the state\'s forces withdrawing; "guard units" are no state\'s units', () => {
    const e = extractDocument({ id: 'fx', text: 'The Nigerian army has redrawn its map. Many units have been pulled out of small outlying bases.', source: 'fx', date: '2020-03-01' }, GAZ)
      .events.find((x) => x.cls === 'Withdrawal');
    expect(e?.participants.map((p) => p.entity)).toEqual(['nigeria-armed-forces']);
    const detained = extractDocument({ id: 'fx', text: 'Guard units detained President Mohamed Bazoum of Niger in his residence.', source: 'fx' }, GAZ);
    expect(detained.entities.map((x) => x.id)).not.toContain('niger-armed-forces');
  });
  it('reads leaving "the organisation" named before as a withdrawal from it', () => {
    const x = extractDocument({ id: 'fx', text: 'Mauritania was a founding member of the G5 Sahel in 2014. Mali left the organisation in 2022.', source: 'fx' }, GAZ);
    expect(x.events.map((e) => e.cls)).toContain('Withdrawal');
    expect(x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toContain('mali withdrewFrom g5-sahel');
  });
});

describe('extractEvents: an aircraft shot down', () => {
  it('reads "shot down" and "shot the drone down" (which the tagger reads as a noun "shot") as an attack, not "a shot at"', () => {
    expect(eventsOf('Algerian air defences shot down a Malian army drone near Tinzaouaten on Tuesday.', '2025-04-08').events.map((e) => e.cls)).toContain('Attack');
    expect(eventsOf('Algerian air defences shot the drone down near Tinzaouaten on Tuesday.', '2025-04-08').events.map((e) => e.cls)).toContain('Attack');
    expect(eventsOf('A soldier fired a shot at the car near Tinzaouaten on Tuesday.', '2025-04-08').events.map((e) => e.cls)).not.toContain('Attack');
  });
  it('reads "soldiers shot dead 20 villagers" and "gunmen shot at a patrol" (the tagger\'s noun "shot") as attacks by them', () => {
    const [dead] = eventsOf('Malian soldiers shot dead 20 villagers near Djibo on Tuesday.', '2025-04-08').events;
    expect(dead).toMatchObject({ cls: 'Attack', place: 'djibo' });
    expect(agents(dead!)).toEqual(['fama']);
    expect(agents(eventsOf('JNIM gunmen shot at a patrol near Boni on Tuesday.', '2025-04-08').events[0]!)).toEqual(['jnim']);
  });
});

describe('extractEvents: who overthrew, who left, and what was only demanded', () => {
  const eventsOfDocument = (text: string, date: string) => extractDocument({ id: 'fx', text, source: 'fx.txt', date }, GAZ).events;

  it('gives a coup to the generals a relative clause follows, whatever preposition governs them', () => {
    const text = 'The National Council for the Safeguard of the Homeland (CNSP) declared three days of mourning. The attack is a blow to the generals who overthrew President Mohamed Bazoum on July 26.';
    const coup = eventsOfDocument(text, '2023-10-03').find((e) => e.cls === 'Coup');
    expect(coup && agents(coup)).toEqual(['cnsp-niger']);
  });

  it('reads a force leaving a town for nowhere named as a withdrawal, and fighters leaving one town for another as a movement', () => {
    expect(eventsOfDocument('The French army left Timbuktu in December 2021.', '2022-03-09').map((e) => e.cls)).toEqual(['Withdrawal']);
    expect(eventsOfDocument('Wagner fighters left Bamako for Kidal on Monday.', '2022-03-09').map((e) => e.cls)).toEqual(['Deployment']);
  });

  it('reads an ambassador leaving the capital as a withdrawal, and a departure only demanded as none', () => {
    const events = eventsOfDocument('The ambassador, Sylvain Itte, left Niamey last Wednesday.', '2023-10-03');
    expect(events.map((e) => e.cls)).toEqual(['Withdrawal']);
    const text = 'The junta in Niger demanded the departure of about 1,500 French soldiers stationed in Niamey.';
    expect(extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2023-09-01' }, GAZ).relations.filter((r) => r.predicate === 'withdrewFrom')).toEqual([]);
  });
});

describe('extractEvents: aid cut, and arrests an authority announces', () => {
  const doc = (text: string) => extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2019-03-01' }, GAZ);
  it('reads a state cutting its aid as a suspension by its government, "Washington" standing for the United States', () => {
    const x = doc('In February 2019 Washington cut part of its military assistance to Cameroon, citing abuses.');
    const cut = x.events.find((e) => e.cls === 'Suspension');
    expect(cut).toMatchObject({ date: '2019-02', place: 'cameroon' });
    expect(cut!.participants).toEqual([{ entity: 'government-of-the-united-states', role: 'agent' }]);
    expect(doc('The EU cut its budget support to Mali.').events.map((e) => e.cls)).toEqual(['Suspension']);
    // (cutting a road or a town off is no suspension of help)
    expect(doc('The rebels cut the road to Kidal on Monday.').events.filter((e) => e.cls === 'Suspension')).toEqual([]);
  });

  it('makes the government or force that announces arrests, in the passive, their agent; not a witness', () => {
    const agents = (text: string) => doc(text).events.filter((e) => e.cls === 'Arrest').flatMap((e) => e.participants.filter((p) => p.role === 'agent').map((p) => p.entity));
    expect(agents('On 10 August 2018 the Cameroonian government announced that seven soldiers had been arrested.')).toEqual(['cameroon-government']);
    expect(agents('On 10 August 2018 residents said that seven soldiers had been arrested in Maroua.')).toEqual([]);
  });
});

describe('extractEvents: "the two groups … each other"', () => {
  const doc = (text: string) => extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2021-04-27' }, GAZ);
  it('gives a reciprocal fight the last two armed groups named, not a group named only as whose another is', () => {
    const x = doc('Both JNIM and the rival Islamic State in the Greater Sahara (ISGS) operate in Burkina Faso. The two groups cooperated for several years but have fought each other since early last year.');
    expect(x.events.find((e) => e.cls === 'ArmedClash')?.participants.map((p) => p.entity).sort()).toEqual(['islamic-state-sahel', 'jnim']);
    expect(x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toContain('islamic-state-sahel opposes jnim');
    // ("Al-Qaeda's Sahel affiliate, JNIM": al-Qaeda only says whose JNIM is; one group named is no pair)
    const y = doc('Al-Qaeda\'s Sahel affiliate, JNIM, is active in the same borderlands, and the two groups fight each other as well as the state.');
    expect(y.relations.filter((r) => r.predicate === 'opposes' && r.subject === 'al-qaeda')).toEqual([]);
    // ("the two sides": any two armed bodies, a state's force among them)
    const z = doc('The Malian army patrolled near Anefis while the CSP held Kidal. The two sides have fought each other since August.');
    expect(z.events.find((e) => e.cls === 'ArmedClash')?.participants.map((p) => p.entity).sort()).toEqual(['csp', 'fama']);
  });
});

describe('extractEvents: an arraignment', () => {
  it('reads arraigning suspects before a court as a legal proceeding by who arraigns them, where the court sits', () => {
    const x = extractDocument({ id: 'fx', text: 'In 2023 the Department of State Services (DSS) arraigned the suspects before the Federal High Court in Abuja on terrorism charges.', source: 'fx.txt', date: '2024-01-01' }, GAZ);
    const e = x.events.find((v) => v.cls === 'LegalProceeding');
    expect(e).toMatchObject({ date: '2023', place: 'abuja' });
    const dss = x.entities.find((v) => v.label === 'Department of State Services');
    expect(dss).toBeDefined();
    expect(e!.participants.find((p) => p.role === 'agent')?.entity).toBe(dss!.id);
  });
});

describe('extractEvents: a word to the press', () => {
  it('makes "X told reporters that …" a public statement by X, dated; not "told residents to leave"', () => {
    const x = extractDocument({ id: 'fx', text: 'On 9 June the Minister of the Interior, Rauf Aregbesola, told reporters that ISWAP was responsible. The army told residents to leave.', source: 'fx.txt', date: '2022-06-10' }, GAZ);
    const said = x.events.filter((e) => e.cls === 'Statement');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ date: '2022-06-09', participants: [{ entity: 'rauf-aregbesola', role: 'agent' }] });
  });
});

describe('extractEvents: hostages a colon lists', () => {
  it('makes those a colon lists after a release\'s object the ones released', () => {
    const x = extractDocument({ id: 'fx', text: 'AQIM releases three of the Arlit captives: Françoise Larribe, the Togolese Alex Kodjo Ahonado and Jean Dupont.', source: 'fx.txt', date: '2011-02-24' }, GAZ);
    expect(x.events.filter((e) => e.cls === 'Release').map((e) => e.participants.map((p) => p.entity))).toEqual([['aqim', 'francoise-larribe', 'alex-kodjo-ahonado', 'jean-dupont']]);
  });
});

describe('extractEvents: the dead named after "among those killed"', () => {
  it('makes the person named after "Among those killed … was" the one killed', () => {
    const x = extractDocument({ id: 'fx', text: 'Among those killed in the capital was Narcisse Oredje, a journalist with Radio CEFOD.', source: 'fx.txt', date: '2022-10-20' }, GAZ);
    expect(x.events.map((e) => [e.cls, e.participants.map((p) => p.entity)])).toEqual([['Killing', ['narcisse-oredje']]]);
  });
});

describe('extractEvents: elections and votes', () => {
  const doc = (text: string, date = '2023-07-01') => extractDocument({ id: 'fx', text, source: 'fx.txt', date }, GAZ);
  it('reads a council\'s vote, a resolution adopted and a deployment authorised as votes by those who cast them', () => {
    const x = doc('The UN Security Council voted unanimously to end the mandate of MINUSMA on June 30. The National Assembly authorised the deployment on January 16.');
    expect(x.events.filter((e) => e.cls === 'Vote').map((e) => `${agents(e).join()} ${e.date}`)).toEqual(['un-security-council 2023-06-30', 'national-assembly 2023-01-16']);
    expect(doc('The council adopted Resolution 2100 in April 2013.').events.map((e) => e.cls)).toEqual(['Vote']);
    // ("conflict resolution" is no vote)
    expect(doc('Conflict resolution takes time, the envoy said in Bamako on Monday.').events.map((e) => e.cls)).not.toContain('Vote');
  });

  it('reads an election with who was elected or won it', () => {
    expect(doc('Mohamed Bazoum was elected president in February 2021.', '2021-03-22').events.map((e) => [e.cls, e.participants.map((p) => p.entity)])).toEqual([['Election', ['mohamed-bazoum']]]);
    const x = doc('The Constitutional Court confirmed Mohamed Bazoum as the winner of the February 21 presidential run-off.', '2021-03-22');
    expect(x.events.filter((e) => e.cls === 'Election').map((e) => [agents(e), e.date])).toEqual([[['mohamed-bazoum'], '2021-02-21']]);
  });
});

describe('extractEvents: a killing that ends a sentence', () => {
  const doc = (text: string, date: string) => extractDocument({ id: 'fx', text, source: 'fx.txt', date }, GAZ);
  it('gives ", killing dozens" after a relative clause on an unnamed noun the main clause\'s subject', () => {
    const x = doc('The transition was stretched, and on October 20, 2022, security forces in Chad fired on protesters who rejected it, killing dozens of people in Moundou.', '2025-01-14');
    const killing = x.events.find((e) => e.trigger === 'killing');
    expect(killing && agents(killing)).toEqual(['chad-armed-forces']);
  });

  it('keeps the relative clause\'s own subject when it names an actor', () => {
    const x = doc('The army fought the ISGS, which attacked Inates, killing 71 soldiers.', '2020-01-14');
    const killing = x.events.find((e) => e.trigger === 'killing');
    expect(killing && agents(killing)).not.toEqual(['fama']);
  });
});

describe('extractEvents: a counter-offensive', () => {
  it('reads a counter-offensive launched as an operation of the one who launched it', () => {
    const x = extractDocument({ id: 'fx', text: 'President Mahamat Idriss Deby went to the Lac province, launched a counter-offensive named Haskanite and left.', source: 'fx.txt', date: '2024-11-01' }, GAZ);
    expect(x.events.filter((e) => e.cls === 'Operation').map((e) => [agents(e), e.place])).toEqual([[['mahamat-idriss-deby'], 'lac-province']]);
  });
});

describe('extractEvents: men a collective noun counts', () => {
  it('makes the men of "a group of armed men" the doers of what the group did', () => {
    const x = extractDocument({ id: 'fx', text: 'A group of armed men attacked an army post near Boni on Sunday.', source: 'fx.txt', date: '2024-11-01' }, GAZ);
    expect(x.events.filter((e) => e.cls === 'Attack').map((e) => agents(e))).toEqual([['fx-unidentified-gunmen']]);
  });
});

describe('extractEvents: a hedge word inside a name', () => {
  it('takes "Without" in "the Socialist Party Without Borders" for no hedge on the killing after it', () => {
    const x = extractDocument({ id: 'fx', text: 'In February 2024, Yaya Dillo Djerou, leader of the Socialist Party Without Borders, was killed when the army stormed its headquarters.', source: 'fx.txt', date: '2024-03-01' }, GAZ);
    expect(x.events.filter((e) => e.cls === 'Killing').map((e) => e.participants.map((p) => p.entity))).toEqual([['yaya-dillo-djerou']]);
  });
});

describe('extractEvents: a killing told with the act it happened in', () => {
  it('gives a passive killing the doer of the violent act its "when" clause tells', () => {
    const x = extractDocument({ id: 'fx', text: 'Yaya Dillo Djerou was killed when the Chadian army stormed the headquarters of his party.', source: 'fx.txt', date: '2024-03-01' }, GAZ);
    expect(x.events.filter((e) => e.cls === 'Killing').map((e) => [agents(e), e.participants.filter((p) => p.role === 'target').map((p) => p.entity)]))
      .toEqual([[['chad-armed-forces'], ['yaya-dillo-djerou']]]);
  });
});

describe('extractEvents: a participle before the noun of an act', () => {
  it('reads "carried out repeated operations" with its doer, the participle being the noun\'s adjective', () => {
    const x = extractDocument({ id: 'fx', text: 'Nigerien troops have carried out repeated operations against the ISGS.', source: 'fx.txt', date: '2021-03-16' }, GAZ);
    expect(x.events.map((e) => [e.cls, agents(e)])).toEqual([['ArmedClash', ['niger-armed-forces']]]);
  });
});

describe('extractEvents: an act a that-clause asks for', () => {
  it('reads no talks that a body only recommended, but the talks that were held', () => {
    const doc = (text: string) => extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2024-07-01' }, GAZ);
    expect(doc('A national dialogue recommended in May that the Malian authorities open talks with JNIM.').events.filter((e) => e.cls === 'Mediation')).toEqual([]);
    expect(doc('In May the Malian authorities opened talks with JNIM.').events.filter((e) => e.cls === 'Mediation').length).toBe(1);
  });
});

describe('extractEvents: the backers of the doers', () => {
  it('makes those a subject is "backed by" doers of its operations too, not of what others did', () => {
    const x = extractDocument({ id: 'fx', text: 'Nigerien troops, backed by French forces, have carried out repeated operations against the ISGS.', source: 'fx.txt', date: '2021-03-16' }, GAZ);
    expect(x.events.map((e) => agents(e).sort())).toEqual([['french-armed-forces', 'niger-armed-forces']]);
    const y = extractDocument({ id: 'fx', text: 'The ISGS attacked Nigerien troops backed by French forces near Inates.', source: 'fx.txt', date: '2021-03-16' }, GAZ);
    expect(y.events.map((e) => agents(e))).toEqual([['islamic-state-sahel']]);
  });
});

describe('extractEvents: who met at a summit a where-clause tells', () => {
  it('gives the summit the subject of the where-clause after it, not the passive subject of the clause it sets', () => {
    const x = extractDocument({ id: 'fx', text: 'The ISGS was named the priority enemy at a summit in Pau in January 2020, where Emmanuel Macron and the G5 Sahel leaders agreed to concentrate their forces.', source: 'fx.txt', date: '2021-03-16' }, GAZ);
    expect(x.events.filter((e) => e.cls === 'Meeting').map((e) => agents(e))).toEqual([['emmanuel-macron', 'g5-sahel']]);
  });
});

describe('extractEvents: members of a force', () => {
  it('makes the force whose members acted the doer, after a fronted date', () => {
    const x = extractDocument({ id: 'fx', text: 'On July 26, 2023, members of the presidential guard detained President Mohamed Bazoum in Niamey and seized power.', source: 'fx.txt', date: '2023-08-01' }, GAZ);
    expect(x.events.map((e) => [e.cls, agents(e)])).toEqual([['Arrest', ['presidential-guard-niger']], ['Coup', ['presidential-guard-niger']]]);
  });
});

describe('extractEvents: partners, objects and the attackers', () => {
  const doc = (text: string) => extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2015-01-20' }, GAZ);
  const targets = (e: EventFact) => e.participants.filter((p) => p.role === 'target').map((p) => p.entity);
  it('makes no target of a group the act was done alongside', () => {
    const x = doc('Ansar Dine took control of Timbuktu in April 2012 alongside AQIM.');
    expect(x.events.filter((e) => e.cls === 'Capture').map(targets)).toEqual([[]]);
  });
  it('reads the destruction of a base as an attack on its owner', () => {
    const x = doc('The Nigerian Air Force destroyed a Boko Haram logistics base in the Sambisa Forest.');
    expect(x.events.map((e) => [e.cls, agents(e), targets(e)])).toEqual([['Attack', ['nigeria-armed-forces'], ['boko-haram']]]);
  });
  it('makes no target of the one who names the object ("what he called")', () => {
    for (const verb of ['destroyed', 'attacked']) {
      const x = doc(`The army spokesman, Major General Chris Olukolade, said that soldiers had ${verb} what he called the headquarters of the terrorists.`);
      const hit = x.events.filter((e) => e.cls === 'Attack').flatMap(targets);
      expect(hit.length).toBe(1);
      expect(hit).not.toContain('chris-olukolade');
    }
  });
  it('gives a participle after a comma the subject of its clause past a hedge ("Suspected jihadists ambushed …, killing …")', () => {
    const x = doc('Suspected jihadists ambushed a Nigerien army convoy near Tillia on Tuesday, killing at least 17 soldiers.');
    expect(x.events.map((e) => [e.cls, agents(e).map((a) => a.replace(/^fx-/, ''))])).toEqual([['Ambush', ['unidentified-jihadists']], ['Attack', ['unidentified-jihadists']]]);
  });
  it('gives the subject of a support verb to acts it counts ("carried out hundreds of attacks", "a series of attacks")', () => {
    expect(doc('Boko Haram has carried out hundreds of attacks in the Far North region since 2014.').events.map(agents)).toEqual([['boko-haram']]);
    expect(doc('ISWAP launched a wave of attacks on Nigerian army bases.').events.map((e) => [agents(e), targets(e)])).toEqual([[['iswap'], ['nigeria-armed-forces']]]);
  });
  it('reads who "had shot down" an aircraft as the doer, and its owner as the target', () => {
    const x = doc('The CSP said it had shot down a Malian army helicopter near Intahaka.');
    expect(x.events.filter((e) => e.cls === 'Attack').map((e) => [agents(e), targets(e)])).toEqual([[['csp'], ['fama']]]);
  });
  it('gives a coup told in a relative aside no place from the clause around it', () => {
    const x = doc("Niger's military government, which seized power in July 2023, has ordered French troops out of the country and turned to Russia for help.");
    expect(x.events.filter((e) => e.cls === 'Coup').map((e) => e.place)).toEqual([undefined]);
  });
  it('makes the men a count of them stands for the doers ("when hundreds of jihadists attacked")', () => {
    const x = extractDocument({ id: 'fx', text: 'At least 23 Nigerien soldiers were killed on Wednesday when hundreds of jihadists attacked their positions near Teguey.', source: 'fx.txt', date: '2024-03-22' }, GAZ);
    expect(x.events.map((e) => [e.cls, agents(e).map((a) => a.replace(/^fx-/, '')), targets(e)])).toEqual([['Attack', ['unidentified-jihadists'], ['niger-armed-forces']]]);
  });
  it('gives an act a relative clause claims or carries out the name the clause hangs on ("al-Mourabitoun, which claimed the bombings")', () => {
    const x = doc('Later that year it merged with the brigade of Algerian commander Mokhtar Belmokhtar to form al-Mourabitoun, which claimed the twin suicide bombings against a military camp in Agadez and a French-run uranium site at Arlit in May 2013.');
    expect(x.events.filter((e) => e.cls === 'Bombing').map(agents)).toEqual([['al-mourabitoun']]);
  });
  it('reads a device that strikes as a bombing, and what a bomb hits as its target', () => {
    const cls = (e: EventFact) => [e.cls, targets(e)];
    expect(doc('An improvised explosive device struck a Malian army vehicle near Boni.').events.map(cls)).toEqual([['Bombing', ['fama']]]);
    expect(doc('A roadside bomb hit a MINUSMA vehicle near Tessalit.').events.map(cls)).toEqual([['Bombing', ['minusma']]]);
  });
  it('makes no target of one named in a phrase of time around another act ("after the visit of Prime Minister X")', () => {
    const x = doc('The MNLA took Kidal from the army in May 2014 after the visit of Prime Minister Moussa Mara.');
    expect(x.events.filter((e) => e.cls === 'Capture').map(targets)).toEqual([['fama']]);
  });
  it('makes those who repel an attack its targets', () => {
    const x = doc('The Nigerien army, supported by French aircraft, repelled an attack by ISGS fighters in Inates.');
    expect(x.events.filter((e) => e.cls === 'Attack').map((e) => [agents(e), targets(e)])).toEqual([[['islamic-state-sahel'], ['niger-armed-forces', 'french-armed-forces']]]);
  });
  it('gives an act a killing happened in the killing\'s doers and victims ("killed at least 20 soldiers in an ambush")', () => {
    const x = doc('Suspected jihadists killed at least 20 Nigerien soldiers in an ambush near Tassia on Monday.');
    expect(x.events.filter((e) => e.cls === 'Ambush').map((e) => [agents(e), targets(e)])).toEqual([[['fx-unidentified-jihadists'], ['niger-armed-forces']]]);
  });
  it('makes a force that lost men in an attack its target ("lost eight soldiers in an attack claimed by JNIM")', () => {
    const x = doc("Benin's army lost eight soldiers in an attack in the W National Park claimed by JNIM.");
    expect(x.events.filter((e) => e.cls === 'Attack').map((e) => [agents(e), targets(e)])).toEqual([[['jnim'], ['benin-armed-forces']]]);
    expect(doc('Malian forces suffered heavy losses in an ambush by JNIM near Boulkessi.').events.filter((e) => e.cls === 'Ambush').map(targets)).toEqual([['fama']]);
    // (not one that lost something else there: "lost ground")
    expect(doc('ISWAP lost ground in an offensive by Nigerian troops near Marte.').events.map(targets)).not.toContainEqual(['iswap']);
  });
  it('reads a series of verb phrases ("expelled …, withdrew from … and left …") as acts of the first one\'s subject, each on its own date', () => {
    const x = doc('Mali expelled the French ambassador in January 2022, withdrew from the G5 Sahel in May 2022 and left ECOWAS in January 2024.');
    expect(x.events.map((e) => [e.cls, agents(e), e.date])).toEqual([['Sanction', ['mali'], '2022-01'], ['Withdrawal', ['mali'], '2022-05'], ['Withdrawal', ['mali'], '2024-01']]);
    // (nor a place a state named in another phrase of the series gives: "formed the AES with Mali …")
    const junta = doc('The junta expelled French forces, formed the Alliance of Sahel States with Mali and Burkina Faso, and quit ECOWAS.');
    expect(junta.events.filter((e) => e.trigger !== 'formed').map((e) => e.place)).toEqual([undefined, undefined]);
    // (not a comma that closes a name set beside the subject: "A delegation led by its mediator, X, met Y … and came away …")
    const met = doc('A delegation led by its mediator, Mahamadou Issoufou, met Ibrahim Traoré in Ouagadougou on October 4 and came away saying he had committed to the timetable.');
    expect(met.events.filter((e) => e.trigger === 'met').map(agents)).toEqual([['mahamadou-issoufou']]);
  });
  it('gives an act of a "whose" clause to whose men act, not to the name "whose" follows ("Chad, whose troops fought …")', () => {
    const x = doc('Chad, whose troops fought alongside French forces in northern Mali in 2013, is regarded as the strongest military in the region.');
    expect(x.events.filter((e) => e.trigger === 'fought').map(agents)).toEqual([['chad-armed-forces']]);
  });
  it('reads people abducted, seized or taken as an abduction, by bandits too ("Gunmen attacked Kankara and abducted 300 boys")', () => {
    const kinds = (text: string) => doc(text).events.map((e) => [e.cls, agents(e)]);
    // (the tagger reads "abducted" after its subject as a noun)
    expect(kinds('Gunmen attacked Kankara and abducted 300 boys.')).toEqual([['Attack', ['fx-unidentified-gunmen']], ['Abduction', ['fx-unidentified-gunmen']]]);
    expect(kinds('Bandits stormed the Government Girls Secondary School and seized 279 schoolgirls.')).toEqual([['Attack', ['fx-unidentified-bandits']], ['Abduction', ['fx-unidentified-bandits']]]);
    expect(kinds('Armed men raided the college and took 39 students.').map(([c]) => c)).toEqual(['Attack', 'Abduction']);
    // (not a town seized, nor a time taken; and where the captives were taken from is none of them)
    expect(kinds('Jihadists seized Kidal.').map(([c]) => c)).toEqual(['Capture']);
    expect(doc('The operation took 39 days.').events).toEqual([]);
    expect(doc('Gunmen abducted about 80 pupils from the Federal Government College.').events.map(targets)).toEqual([[]]);
  });
  it('dates a day without its year after a chronology entry\'s day in that entry\'s year, places its acts at its heading\'s town, and sets no scene across entries', () => {
    const text = '11 December 2020 – Kankara, Katsina State. Gunmen abducted more than 300 boys. The boys were freed on 17 December.\n\n'
      + '26 February 2021 – Jangebe, Zamfara State. Bandits seized 279 schoolgirls. The girls were freed on 2 March.\n\n'
      + '11 March 2021 – Afaka, Kaduna State. Armed men raided the college and took 39 students.';
    const x = extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2021-12-01' }, GAZ);
    expect(x.events.filter((e) => e.cls === 'Release').map((e) => e.date)).toEqual(['2020-12-17', '2021-03-02']);
    expect(x.events.filter((e) => e.cls === 'Attack').map((e) => e.date)).toEqual(['2021-03-11']);
    // (and the heading's town, a place the gazetteer does not know, is where the entry's acts that name no place happened)
    expect(x.events.filter((e) => e.cls === 'Abduction').map((e) => e.place)).toEqual(['kankara', 'jangebe', 'afaka']);
    expect(x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toContain('kankara locatedIn katsina-state');
  });
  it('gives air strikes a force reports to that force, and reads a group designated "a terrorist organisation" as sanctioned', () => {
    const x = doc("Nigeria's defence headquarters said on Monday that air strikes had killed dozens of Lakurawa fighters in Sokoto State.");
    expect(x.claims.map((c) => c.claimant)).toEqual(['nigeria-armed-forces']);
    expect(x.events.filter((e) => e.cls === 'Airstrike').map((e) => [agents(e), targets(e)])).toEqual([[['nigeria-armed-forces'], ['lakurawa']]]);
    // (not strikes a rights group reports)
    expect(doc('Amnesty International said air strikes had killed 10 civilians in Silame.').events.filter((e) => e.cls === 'Airstrike').map(agents)).toEqual([[]]);
    expect(doc('A court in Abuja designated Lakurawa a terrorist organisation in January.').events.map((e) => [e.cls, targets(e)])).toEqual([['Sanction', ['lakurawa']]]);
  });
  it('reads no fight in "combat" modifying another noun ("combat helicopters")', () => {
    expect(doc('Russia has supplied Mali with combat helicopters and drones.').events).toEqual([]);
  });
  it('reads no one set free in a video or a statement released', () => {
    expect(doc('In a video released on Sunday, Boko Haram leader Abubakar Shekau threatened to attack Cameroon.').events.map((e) => e.cls)).not.toContain('Release');
    expect(doc('JNIM released a video showing the hostages.').events.map((e) => e.cls)).not.toContain('Release');
    expect(doc('JNIM released two Italian hostages in Mali.').events.map((e) => e.cls)).toContain('Release');
  });
  it('gives a release to who secured it and takes the one released from its of-phrase, not the owner named there', () => {
    expect(doc("Gnassingbé secured the release of Bazoum's son in January 2024.").events.map((e) => [e.cls, agents(e), targets(e)])).toEqual([['Release', ['faure-gnassingbe'], []]]);
    expect(doc('Gnassingbé secured the release of Salem Bazoum in January 2024.').events.map((e) => [agents(e), targets(e)])).toEqual([[['faure-gnassingbe'], ['salem-bazoum']]]);
  });
  it('gives the act after a relative clause set between commas to the name before it ("Togo, which has kept … with the junta, mediated")', () => {
    expect(doc('Togo, which has kept good relations with the junta, mediated between the two neighbours.').events.map(agents)).toEqual([['togo']]);
  });
  it('reads a road blocked as a blockade, dated by "since" when no clause follows it, and not an export blocked', () => {
    const x = doc('The jihadists have blocked the main road to Djibo since February 2023.');
    expect(x.events.map((e) => [e.cls, e.place, e.date])).toEqual([['Blockade', 'djibo', '2023-02']]);
    expect(doc('Jihadists have besieged Djibo since February 2022.').events.map((e) => e.date)).toEqual(['2022-02']);
    expect(doc('Niger blocked the export of oil through the pipeline.').events).toEqual([]);
  });
  it('gives the participle after a passive to the doer its by-phrase names, or to no one ("were ambushed near X, killing 37 people")', () => {
    const x = doc('Soldiers escorting a supply convoy were ambushed near Gaskindé, killing 37 people.');
    expect(x.events.filter((e) => e.trigger === 'killing').map(agents)).toEqual([[]]);
    expect(doc('Soldiers were ambushed by JNIM fighters near Boni, killing 12.').events.filter((e) => e.trigger === 'killing').map(agents)).toEqual([['jnim']]);
  });
  it('reads a state that brings its soldiers home, or repatriates its contingent, as withdrawing them', () => {
    const x = doc('In January 2020, Chad brought home some 1,200 soldiers it had deployed to Borno state.');
    expect(x.events.filter((e) => e.cls === 'Withdrawal').map((e) => [agents(e), e.date])).toEqual([[['chad'], '2020-01']]);
    expect(doc('Benin repatriated its contingent from Mali.').events.map((e) => [e.cls, agents(e), e.place])).toEqual([['Withdrawal', ['benin'], 'mali']]);
    // (not bodies brought back)
    expect(doc('Malian soldiers brought back the bodies of the victims.').events.map((e) => e.cls)).not.toContain('Withdrawal');
  });
  it('gives an act claimed by "X\'s group" to the group, not to the one who leads it', () => {
    expect(doc("The attack was later claimed by Adnan Abu Walid al-Sahrawi's Islamic State in the Greater Sahara.").events.map(agents)).toEqual([['islamic-state-sahel']]);
    expect(doc("An attack by Iyad Ag Ghaly's JNIM killed 20 soldiers near Boni.").events.filter((e) => e.cls === 'Attack').map(agents)).toEqual([['jnim']]);
  });
  it('reads the aircraft of the one who speaks as that body ("the Nigerian Air Force said its jets struck ISWAP")', () => {
    const x = doc('The Nigerian Air Force said its jets struck ISWAP positions near Marte on Friday.');
    expect(x.events.filter((e) => e.cls === 'Airstrike').map((e) => [agents(e), targets(e)])).toEqual([[['nigeria-armed-forces'], ['iswap']]]);
  });
  it('places a coup told with no place in the state its target led, when the article names it', () => {
    const x = doc('Burkina Faso has been ruled by soldiers. On 24 January 2022, Lieutenant-Colonel Paul-Henri Sandaogo Damiba ousted President Roch Marc Christian Kabore.');
    expect(x.events.filter((e) => e.cls === 'Coup').map((e) => e.place)).toEqual(['burkina-faso']);
    // (not a state the article does not name)
    expect(doc('On 24 January 2022, Lieutenant-Colonel Paul-Henri Sandaogo Damiba ousted President Roch Marc Christian Kabore.').events.map((e) => e.place)).toEqual([undefined]);
  });
  it('makes the state whose diplomats are expelled the target, and an agreement ended a suspension', () => {
    expect(doc('Burkina Faso expelled three French diplomats in April 2024.').events.map((e) => [e.cls, agents(e), targets(e)])).toEqual([['Sanction', ['burkina-faso'], ['france']]]);
    expect(doc('Chad ended its defence cooperation agreement with France in November 2024.').events.map((e) => e.cls)).toContain('Suspension');
  });
  it('makes no target of the subject of a clause of time after the act ("left Niger after the junta demanded their departure")', () => {
    const x = doc('The last French troops leave Niger after the junta demands their departure.');
    expect(x.events.filter((e) => e.cls === 'Withdrawal').map((e) => [agents(e), targets(e)])).toEqual([[['french-armed-forces'], []]]);
  });
  it('reads a named operation launched as an operation of its launcher, and one that replaces another as deployed', () => {
    const x = doc('January 11, 2013 - France launches Operation Serval in Mali to halt an advance by jihadist groups on Bamako.');
    expect(x.events.filter((e) => e.cls === 'Operation').map((e) => [agents(e).sort(), e.date])).toEqual([[['france', 'operation-serval'], '2013-01-11']]);
    const y = doc('August 1, 2014 - Operation Barkhane replaces Serval, with 3,000 troops across five Sahel countries.');
    expect(y.events.map((e) => [e.cls, agents(e)])).toEqual([['Deployment', ['operation-barkhane']]]);
    expect(doc('General Diarra replaced General Dacko as commander of the force.').events.map((e) => e.cls)).toEqual(['Appointment']);
  });
  it('gives an operation the subject took part in ("were killed during an operation") to that force', () => {
    const x = doc('Two Malian soldiers were killed during an operation near Boni.');
    expect(x.events.filter((e) => e.cls === 'Operation').map(agents)).toEqual([['fama']]);
  });
  it('reads a slaughter as a massacre, and the by-phrase of a passive joined by "and" to one before as its doer', () => {
    const x = doc('Governor Babagana Zulum said the farmers were tied up and slaughtered by Boko Haram fighters in Zabarmari.');
    expect(x.events.filter((e) => e.cls === 'Massacre').map((e) => [agents(e), targets(e)])).toEqual([[['boko-haram'], []]]);
  });
  it('reads a suicide bomber\'s killing as a bombing', () => {
    expect(doc('A suicide bomber killed 12 people at a mosque in Konduga, Borno State, on Monday.').events.map((e) => [e.cls, e.place])).toEqual([['Bombing', 'konduga']]);
  });
  it('reads "the attackers" as the named group that just attacked, and those who hit back as its targets', () => {
    const x = doc('Boko Haram attacked Kolofata, but soldiers repelled the attackers, killing 27 of them.');
    expect(x.events.map((e) => [e.cls, agents(e), targets(e)])).toEqual([
      ['Attack', ['boko-haram'], ['cameroon-armed-forces']],
      ['ArmedClash', ['cameroon-armed-forces'], ['boko-haram']],
    ]);
  });
});
