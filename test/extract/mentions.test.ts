// findMentions: the spans of a sentence that name or describe an actor or a place, before resolution.
import { describe, expect, it } from 'vitest';
import { findMentions, type MentionCandidate } from '../../src/extract/mentions.ts';
import { segment } from '../../src/nlp/segment.ts';
import { loadGazetteer } from '../../src/resolve/gazetteer.ts';
import { indexGazetteer } from '../../src/resolve/index-gazetteer.ts';

const GAZ = indexGazetteer(loadGazetteer());
const mentionsOf = (text: string): MentionCandidate[] => {
  const [s] = segment({ id: 'fx', text, source: 'fx.txt' }).sentences;
  return findMentions(s!, GAZ);
};
const find = (ms: MentionCandidate[], text: string) => ms.find((m) => m.text === text);

describe('findMentions', () => {
  it('finds gazetteer acronyms and names with their entry', () => {
    const ms = mentionsOf('Burkinabe soldiers clashed with JNIM fighters near Djibo on Tuesday.');
    expect(find(ms, 'JNIM')).toMatchObject({ kind: 'acronym', ref: { type: 'known', id: 'jnim' } });
    expect(find(ms, 'Djibo')).toMatchObject({ kind: 'name', ref: { type: 'known', id: 'djibo' } });
  });

  it('finds an acronym written with hyphens, which the tokenizer splits ("CSP-PSD", "FC-G5S")', () => {
    expect(find(mentionsOf('The CSP-PSD said its fighters held Ber.'), 'CSP-PSD')).toMatchObject({ kind: 'acronym', ref: { type: 'known', id: 'csp' } });
    expect(find(mentionsOf('Troops of the FC-G5S patrolled the border.'), 'FC-G5S')).toMatchObject({ kind: 'acronym' });
  });

  it('takes no deity for a place a preposition sets ("trust in God" is no town)', () => {
    const ms = mentionsOf('The villagers said they put their trust in God after the attack near Dori.');
    expect(find(ms, 'God')).toBeUndefined();
    expect(find(ms, 'Dori')).toBeDefined();
  });

  it('types a name an apposition calls an organisation, its demonym kept ("African Parks, a … conservation group")', () => {
    expect(find(mentionsOf('The park is run by African Parks, a South African-based conservation group.'), 'African Parks'))
      .toMatchObject({ kind: 'name', ref: { type: 'name', cls: 'Organization' } });
    expect(find(mentionsOf('The claim came through the Amaq news agency on Friday.'), 'Amaq')).toMatchObject({ ref: { cls: 'Organization' } });
    // (an armed kind before "group" is no civil body)
    expect(find(mentionsOf('The raid was led by Ansaroul Djihad, a jihadist group active in the south.'), 'Ansaroul Djihad')?.ref).not.toMatchObject({ cls: 'Organization' });
  });

  it('takes no label of a document written in capitals for a name ("CABLE SUMMARY", "PRESS RELEASE", "RESTRICTED")', () => {
    const ms = mentionsOf('CABLE SUMMARY - BENIN: Classification: RESTRICTED | CORRECTED - tourists were abducted near Tanguiéta on Wednesday.');
    expect(ms.map((m) => m.text)).not.toEqual(expect.arrayContaining(['CABLE SUMMARY']));
    expect(find(ms, 'RESTRICTED')).toBeUndefined();
    expect(find(ms, 'CORRECTED')).toBeUndefined();
    expect(find(ms, 'BENIN')).toBeDefined();
  });

  it('types a federation and a league as organisations ("the International Federation for Human Rights")', () => {
    expect(find(mentionsOf('The International Federation for Human Rights accused soldiers of abuses.'), 'International Federation for Human Rights'))
      .toMatchObject({ kind: 'name', ref: { type: 'name', cls: 'Organization' } });
    expect(find(mentionsOf('The Malian League for Human Rights said 12 herders were killed.'), 'Malian League for Human Rights'))
      .toMatchObject({ ref: { cls: 'Organization' } });
  });

  it('types a centre as a site, one "for" something as a body, and a territory as a region', () => {
    expect(find(mentionsOf('Gunmen attacked the Kuje Medium Security Custodial Centre on Tuesday.'), 'Kuje Medium Security Custodial Centre'))
      .toMatchObject({ ref: { cls: 'Site' } });
    expect(find(mentionsOf('A report by the Centre for Democracy and Development said so.'), 'Centre for Democracy and Development'))
      .toMatchObject({ ref: { cls: 'Organization' } });
    expect(find(mentionsOf('Kuje is a town of the Federal Capital Territory.'), 'Federal Capital Territory')).toMatchObject({ ref: { cls: 'Region' } });
  });

  it('reads a known town before a capitalised district noun as that district, and a name an apposition calls an island as a site', () => {
    const ms = mentionsOf('Talataye is a commune in the Ansongo Cercle of the Gao Region.');
    expect(find(ms, 'Ansongo Cercle')).toMatchObject({ ref: { type: 'name', cls: 'Region' } });
    expect(find(ms, 'Ansongo')).toBeUndefined();
    expect(find(mentionsOf('Boko Haram raided Karamga, an island in Lake Chad.'), 'Karamga')).toMatchObject({ ref: { cls: 'Site' } });
  });

  it('types a name before "air base" as the base itself', () => {
    expect(find(mentionsOf('Macron met the four freed hostages at Villacoublay air base on Saturday.'), 'Villacoublay')).toMatchObject({ ref: { cls: 'Site' } });
  });

  it('gives offsets that index the document text', () => {
    const text = 'The MNLA said it had seized Menaka.';
    for (const m of mentionsOf(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads a demonym and a force noun as a description of that country\'s forces', () => {
    const m = find(mentionsOf('Burkinabe soldiers clashed with JNIM fighters near Djibo.'), 'Burkinabe soldiers');
    expect(m).toMatchObject({ kind: 'description', ref: { type: 'description', sense: { cls: 'StateForce' }, country: 'burkina-faso' } });
  });

  it('reads a country\'s possessive institution as a description of it', () => {
    const m = find(mentionsOf("Mali's military attacked Ber."), "Mali's military");
    expect(m?.ref).toMatchObject({ type: 'description', sense: { cls: 'StateForce' }, country: 'mali' });
  });

  it('keeps a person named after a title with its complement ("Army Chief of Staff General X")', () => {
    const m = find(mentionsOf('Army Chief of Staff General Oumar Diarra told state broadcaster ORTM that students had been killed.'), 'Oumar Diarra');
    expect(m?.ref).toMatchObject({ type: 'name', cls: 'Person', title: 'Army Chief of Staff General' });
  });

  it('types an unknown organisation name by its head word', () => {
    const m = find(mentionsOf('The Front for the Defence of Gourma attacked a convoy.'), 'Front for the Defence of Gourma');
    expect(m?.ref).toMatchObject({ type: 'name', cls: 'ArmedGroup' });
  });

  it('types an unknown name after "the town of" as a settlement', () => {
    expect(find(mentionsOf('Fighters attacked the town of Kelbo.'), 'Kelbo')?.ref).toMatchObject({ type: 'name', cls: 'Settlement' });
  });

  it('types an unknown name after a military title as a person, keeping the title apart', () => {
    const m = find(mentionsOf('Colonel Ousmane Diarra commands the garrison.'), 'Ousmane Diarra');
    expect(m?.ref).toMatchObject({ type: 'name', cls: 'Person', title: 'Colonel' });
  });

  it('finds generic descriptions', () => {
    expect(find(mentionsOf('The junta expelled the envoy.'), 'junta')?.kind).toBe('description');
  });

  it('does not read an ethnic adjective as a mention of the ethnic group', () => {
    expect(mentionsOf('Tuareg rebels attacked Ber.').some((m) => m.ref.type === 'known' && m.ref.id === 'tuareg')).toBe(false);
  });

  it('marks "the latter" and subject pronouns for later resolution', () => {
    const ms = mentionsOf('The latter said it would withdraw.');
    expect(find(ms, 'The latter')?.ref).toEqual({ type: 'pronoun', latter: true });
    expect(find(ms, 'it')?.ref).toEqual({ type: 'pronoun' });
  });

  it('returns spans that never overlap, in text order', () => {
    const ms = mentionsOf('Malian and Burkinabe soldiers, backed by the Wagner Group, fought the Islamic State in the Sahel near Menaka.');
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });
  it('reads French organisation names, head first, with their connectors', () => {
    const m = find(mentionsOf('The Collectif Justice pour Dourtenga said at least 40 people had been killed.'), 'Collectif Justice pour Dourtenga');
    expect(m?.ref).toMatchObject({ type: 'name', cls: 'Organization' });
  });

  it('reads "the defence ministry" as a ministry of a state, with the state when the text gives it', () => {
    const ms = mentionsOf("Niger's interior ministry and the Malian defence ministry said so.");
    expect(find(ms, 'interior ministry')?.ref).toMatchObject({ type: 'description', sense: { ministry: 'the Interior' }, country: 'niger' });
    expect(find(ms, 'Malian defence ministry')?.ref).toMatchObject({ type: 'description', sense: { ministry: 'Defence' }, country: 'mali' });
  });

  it('types an unknown name by the common noun that introduces it, and names no actor after "Operation"', () => {
    const ms = mentionsOf('The conservation group African Parks, the French daily Le Soir and the armed group Dan Tagaza met during Operation Mirador.');
    expect(find(ms, 'African Parks')).toMatchObject({ ref: { type: 'name', cls: 'Organization' } });
    expect(find(ms, 'Le Soir')).toMatchObject({ ref: { type: 'name', cls: 'Organization' } });
    expect(find(ms, 'Dan Tagaza')).toMatchObject({ ref: { type: 'name', cls: 'ArmedGroup' } });
    expect(ms.some((m) => m.text.includes('Mirador'))).toBe(false);
  });

  it('reads a country name before a force noun as that country\'s force, and a landform after a name as a site', () => {
    expect(find(mentionsOf('It was the worst attack on the Benin Armed Forces.'), 'Benin Armed Forces'))
      .toMatchObject({ kind: 'description', ref: { type: 'description', sense: { cls: 'StateForce' }, country: 'benin' } });
    // (the landform's own noun is part of its name, as every writer annotates it: "the Tamou waterfall")
    expect(find(mentionsOf('Fighters crossed near the Tamou waterfall.'), 'Tamou waterfall')).toMatchObject({ ref: { type: 'name', cls: 'Site' } });
    // (not the adjective of a part of a continent before a region noun: "its West African province")
    expect(mentionsOf('The Islamic State named Abu Musab al-Barnawi as head of its West African province.').map((m) => m.text)).not.toContain('African');
    // ("Niger's Air Base 201": "air" before another noun than "force" names no force)
    const base = mentionsOf("The last US troops left Niger's Air Base 201 in Agadez in August 2024.");
    expect(find(base, 'Air Base 201')).toMatchObject({ ref: { type: 'name', cls: 'Site' } });
    expect(base.some((m) => m.text.includes("Niger's Air"))).toBe(false);
    // (a school or a college is a site: "the Federal Government College in Birnin Yauri")
    expect(find(mentionsOf('Gunmen raided the Federal Government College in Birnin Yauri.'), 'Federal Government College')).toMatchObject({ ref: { type: 'name', cls: 'Site' } });
    expect(find(mentionsOf('Gunmen raided the Government Science Secondary School in Kankara.'), 'Government Science Secondary School')).toMatchObject({ ref: { type: 'name', cls: 'Site' } });
    // (and a name after "the island of", "the forest of")
    expect(find(mentionsOf('Boko Haram overran an army base on the island of Tangorko.'), 'Tangorko')).toMatchObject({ ref: { type: 'name', cls: 'Site' } });
  });

  it('takes "Secretary of State" as a title before the name', () => {
    expect(find(mentionsOf('Secretary of State Antony Blinken welcomed the release.'), 'Antony Blinken'))
      .toMatchObject({ ref: { type: 'name', cls: 'Person', title: 'Secretary of State' } });
  });

  it('keeps the descriptive words of an organisation\'s name, its "and" and the country of its acronym', () => {
    expect(find(mentionsOf('A Transitional Military Council led by the president\'s son will govern.'), 'Transitional Military Council'))
      .toMatchObject({ ref: { type: 'name', cls: 'Government' } });
    expect(find(mentionsOf('Troops fought the Union for Peace and Progress in Niger (UPPN) near Agadez.'), 'Union for Peace and Progress in Niger')).toBeDefined();
  });

  it('names no actor for the agency credited in a dateline, nor a force for "Ukraine\'s military intelligence agency"', () => {
    expect(mentionsOf('BAMAKO, July 29, 2024 (Reuters) - The army said it had retaken Ber.').some((m) => m.text === 'Reuters')).toBe(false);
    expect(mentionsOf("Andriy Yusov, a spokesman for Ukraine's military intelligence agency, spoke.").some((m) => m.text === 'military')).toBe(false);
    expect(mentionsOf("Burkina Faso's military leader was ousted.").some((m) => m.text === "Burkina Faso's military")).toBe(true);
  });

  it('names a state\'s force with its country ("Cameroon\'s army"), a federal state as a region, a neighbouring name as a place', () => {
    expect(find(mentionsOf("Cameroon's army said it had repelled the attack."), "Cameroon's army")).toMatchObject({ ref: { type: 'description', country: 'cameroon' } });
    expect(find(mentionsOf('They fled to Zamfara state.'), 'Zamfara')).toMatchObject({ ref: { type: 'name', cls: 'Region' } });
    expect(find(mentionsOf('They burned Baga and neighbouring Doron Baga.'), 'Doron Baga')).toMatchObject({ ref: { type: 'name', cls: 'Settlement' } });
  });
  it('reads a force description completed by a named force or group as that actor', () => {
    expect(find(mentionsOf("The last troops of France's Barkhane force left Gao."), 'troops')).toMatchObject({ ref: { type: 'known', id: 'operation-barkhane' } });
    expect(find(mentionsOf('Fighters of JNIM attacked Boni.'), 'Fighters')).toMatchObject({ ref: { type: 'known', id: 'jnim' } });
    expect(find(mentionsOf('Wagner mercenaries attacked Moura.'), 'mercenaries')).toMatchObject({ ref: { type: 'known', id: 'wagner-group' } });
    // (not "the spokesman of the army", a person; not "the army of Mali", Mali's own army; not "UN peacekeepers", the UN's mission)
    expect(find(mentionsOf('The army of Mali attacked Ber.'), 'army')?.ref.type).toBe('description');
    expect(find(mentionsOf('UN peacekeepers left Kidal.'), 'UN peacekeepers')?.ref.type).toBe('description');
  });
  it('reads "the army of Niger" as Niger\'s army, and "the armies of A and B" as the army of each', () => {
    expect(find(mentionsOf('The army of Niger launched an offensive.'), 'army')).toMatchObject({ ref: { type: 'description', sense: { cls: 'StateForce' }, country: 'niger' } });
    const pair = mentionsOf("The armies of Côte d'Ivoire and Burkina Faso carried out a joint operation.");
    expect(find(pair, 'armies')).toMatchObject({ ref: { country: 'cote-divoire' } });
    expect(find(pair, 'Burkina Faso')).toMatchObject({ ref: { type: 'description', sense: { cls: 'StateForce' }, country: 'burkina-faso' } });
    expect(find(mentionsOf('The government of Mali protested.'), 'government')).toMatchObject({ ref: { sense: { cls: 'Government' }, country: 'mali' } });
  });

  it('reads an unknown word of four capitals or more as an organisation, not a weapon', () => {
    expect(find(mentionsOf('IAMGOLD said the Essakane mine was secure.'), 'IAMGOLD')).toMatchObject({ ref: { type: 'name', cls: 'Organization' } });
    expect(find(mentionsOf('A VBIED exploded near the camp.'), 'VBIED')).toBeUndefined();
    // (nor an English word in capitals that labels something, but one that acts)
    expect(find(mentionsOf('Risk level: EXTREME (Bama, Konduga); HIGH (Maiduguri).'), 'EXTREME')).toBeUndefined();
    expect(find(mentionsOf('Risk level: EXTREME (Bama, Konduga); HIGH (Maiduguri).'), 'HIGH')).toBeUndefined();
    expect(find(mentionsOf('ACTED said its staff had been in Niger.'), 'ACTED')).toMatchObject({ ref: { type: 'name', cls: 'Organization' } });
  });
  it('reads English names built on "against", with "and the" inside, and an employer after "working for", as organisations', () => {
    expect(find(mentionsOf('The Movement Against Hunger and the Displacement of Herders said the camps were full.'), 'Movement Against Hunger and the Displacement of Herders'))
      .toMatchObject({ ref: { type: 'name', cls: 'Organization' } });
    expect(find(mentionsOf('A geologist working for Kestrel Gold Partners was freed.'), 'Kestrel Gold Partners')).toMatchObject({ ref: { type: 'name', cls: 'Organization' } });
  });
  it('reads "X\'s armed forces" as one mention, and a description tied to a group by its allegiance', () => {
    expect(find(mentionsOf("Men in the uniforms of Niger's armed forces opened fire."), "Niger's armed forces")).toMatchObject({ ref: { type: 'description', country: 'niger' } });
    expect(find(mentionsOf('Fighters loyal to the Islamic State group attacked Tillia.'), 'Fighters')).toMatchObject({ ref: { type: 'known', id: 'islamic-state' } });
    // ("affiliated with" names an affiliate, not the group itself: the description keeps its leaning only)
    expect(find(mentionsOf('Armed groups affiliated with al Qaeda operate across Mopti.'), 'Armed groups')).toMatchObject({ ref: { type: 'description', sense: { feature: 'jihadist' } } });
  });
  it('keeps a site\'s number in its name ("Air Base 201", "Camp 3")', () => {
    expect(find(mentionsOf('Troops left Camp 3 near Gao.'), 'Camp 3')).toMatchObject({ ref: { type: 'name', cls: 'Site' } });
  });
  it('knows the Lake Chad basin\'s regions and towns, and keeps a known name inside a longer one', () => {
    expect(find(mentionsOf("Gunmen struck Gwoza in Nigeria's Borno State."), 'Borno State')).toMatchObject({ ref: { type: 'known', id: 'borno-state' } });
    expect(find(mentionsOf('Militants burned Kukawa and neighbouring Doron Kukawa.'), 'Doron Kukawa')).toMatchObject({ ref: { type: 'name', cls: 'Settlement' } });
    expect(find(mentionsOf('Troops crossed the Komadugu Yobe river.'), 'Komadugu Yobe river')).toMatchObject({ ref: { type: 'name' } });
    expect(find(mentionsOf('Fighters of the Islamic State\'s West Africa Province attacked Monguno.'), 'Fighters')).toMatchObject({ ref: { type: 'known', id: 'iswap' } });
  });
  it('types an unknown place by its apposition ("X, a fishing village in …") or the site it holds ("the market of X")', () => {
    expect(find(mentionsOf('Gunmen burned Tadmakka, a small fishing village on the river.'), 'Tadmakka')).toMatchObject({ ref: { type: 'name', cls: 'Settlement' } });
    expect(find(mentionsOf('Police closed Wurgo, a district of the state.'), 'Wurgo')).toMatchObject({ ref: { type: 'name', cls: 'Region' } });
    expect(find(mentionsOf('Militants looted the market of Ouindigui.'), 'Ouindigui')).toMatchObject({ ref: { type: 'name', cls: 'Settlement' } });
    // (Nigeria's districts: "local government area" makes the name a region, and no government)
    const lga = mentionsOf('Fighters raided Gajiram in Nganzai local government area.');
    expect(find(lga, 'Nganzai')).toMatchObject({ ref: { type: 'name', cls: 'Region' } });
    expect(lga.some((m) => m.text === 'government')).toBe(false);
    // ("X in Y LGA", "Y LGAs", "X in Y State": a district is a name of its own)
    const names = mentionsOf('Gunmen raided Foduma Kolomdi in Gubio LGA and Kukawa in Yobe State, then Nganzai LGAs.').map((m) => m.text);
    expect(names).toEqual(expect.arrayContaining(['Foduma Kolomdi', 'Gubio', 'Nganzai']));
    expect(names.some((n) => / in |LGA/.test(n))).toBe(false);
    // (a coordinator is a title, not a person's name)
    expect(mentionsOf('The UN Humanitarian Coordinator in Nigeria, Edward Kallon, spoke.').map((m) => m.text)).not.toContain('Humanitarian Coordinator');
  });
  it('reads a town opening an organisation\'s name as part of it, and a live blog\'s "LIVE:" as no organisation', () => {
    expect(find(mentionsOf('Parents joined the Djibo Women Association in protest.'), 'Djibo Women Association')).toMatchObject({ ref: { type: 'name', cls: 'Organization' } });
    expect(find(mentionsOf('Troops reached Djibo on Monday.'), 'Djibo')).toMatchObject({ ref: { type: 'known', id: 'djibo' } });
    expect(mentionsOf('LIVE: Gunmen attack Djibo').map((m) => m.text)).not.toContain('LIVE');
  });
  it('reads "X\'s government" of a head of state the gazetteer knows as his state\'s government', () => {
    expect(find(mentionsOf("Diplomats look to Colonel Assimi Goïta's government."), 'government')).toMatchObject({ ref: { type: 'description', country: 'mali' } });
  });
  it('reads a town\'s name after "the" that modifies no noun as something else (a boat, a hotel), not the town', () => {
    expect(mentionsOf('The ferry, the Gao, sank near Mopti.').map((m) => m.text)).toEqual(['Mopti']);
    expect(find(mentionsOf('The Gao region is vast.'), 'Gao region')).toBeDefined();
  });
  it('names nothing in a heading written in capitals, nor an adverb opening a sentence', () => {
    const text = 'ACCESS CONSTRAINTS\nConvoys to Djibo stopped.\n\nLocally, Tadmakka residents fled.';
    const all = segment({ id: 'fx', text, source: 'fx.txt' }).sentences.flatMap((s) => findMentions(s, GAZ)).map((m) => m.text);
    expect(all).toContain('Djibo');
    expect(all.some((m) => /ACCESS|CONSTRAINTS|Locally/.test(m))).toBe(false);
    // (a word in capitals inside a sentence is still an organisation's short name)
    expect(find(mentionsOf('SEMAFO said the mine was shut.'), 'SEMAFO')).toMatchObject({ ref: { type: 'name', cls: 'Organization' } });
  });
});

describe('findMentions: named facilities', () => {
  it('reads a name before a lower-case "hotel", "cafe" or "gas plant" as one site, head included', () => {
    const sites = (text: string) => mentionsOf(text).filter((m) => m.ref.type === 'name' && m.ref.cls === 'Site').map((m) => m.text);
    expect(sites('Gunmen stormed the Radisson Blu hotel in Bamako.')).toEqual(['Radisson Blu hotel']);
    expect(sites('They fired on the Cappuccino cafe and the Tiguentourine gas plant.')).toEqual(['Cappuccino cafe', 'Tiguentourine gas plant']);
    // (a town's name before a camp is the town)
    expect(sites('Gunmen attacked the Inates camp.')).toEqual([]);
  });

  it('reads a known town or a name before a lower-case "airport" or "bridge" as a site of its own', () => {
    const sites = (text: string) => mentionsOf(text).filter((m) => m.ref.type === 'name' && m.ref.cls === 'Site').map((m) => m.text);
    expect(sites('French special forces seized Gao airport and the Wabaria bridge over the Niger River.')).toEqual(['Gao airport', 'Wabaria bridge']);
  });
});

describe('findMentions: landforms keep their noun', () => {
  it('reads "the Alagarno forest", "the Mandara mountains" as sites named with their landform, not an operation "in" one', () => {
    const sites = (text: string) => mentionsOf(text).filter((m) => m.ref.type === 'name' && m.ref.cls === 'Site').map((m) => m.text);
    expect(sites('Fighters hid in the Alagarno forest and the Mandara mountains.')).toEqual(['Alagarno forest', 'Mandara mountains']);
    expect(sites('Operation Panga in the Foulsaré forest began.')).not.toContain('Operation Panga in the Foulsaré forest');
  });
});

describe('findMentions: demonyms', () => {
  it('gives a demonym listed before a force the gazetteer names its own state\'s force ("Chadian and Nigerien forces")', () => {
    const chadian = find(mentionsOf('In March 2015 Chadian and Nigerien forces opened a joint offensive.'), 'Chadian');
    expect(chadian?.ref).toMatchObject({ type: 'description', country: 'chad', sense: { cls: 'StateForce' } });
    // (a column is a force too)
    expect(find(mentionsOf('A Chadian column entered Cameroon.'), 'Chadian column')?.ref).toMatchObject({ country: 'chad', sense: { cls: 'StateForce' } });
  });

  it('reads "Nigerian security forces" and "Burkinabe defence and security forces" as the state\'s forces', () => {
    expect(find(mentionsOf('Nigerian security forces arrested him.'), 'Nigerian security forces')?.ref).toMatchObject({ country: 'nigeria', sense: { cls: 'StateForce' } });
    expect(find(mentionsOf('Burkinabe defence and security forces repelled the attack.'), 'Burkinabe defence and security forces')?.ref)
      .toMatchObject({ country: 'burkina-faso', sense: { cls: 'StateForce' } });
  });

  it('types a name no head word typed as the armed group whose fighters it names ("UFDD rebels")', () => {
    const ms = mentionsOf('Troops fought UFDD rebels in the north.');
    expect(find(ms, 'UFDD')?.ref).toMatchObject({ cls: 'ArmedGroup' });
    expect(find(ms, 'rebels')?.owned).toBeDefined();
  });

  it('reads the state of a town set in apposition ("Baga, a Nigerian fishing town") and of a mission ("the French counter-terrorism mission")', () => {
    expect(find(mentionsOf('Fighters overran Baga, a Nigerian fishing town on the lake.'), 'Nigerian')?.ref).toMatchObject({ type: 'country', id: 'nigeria' });
    expect(find(mentionsOf('Operation Barkhane, the French counter-terrorism mission in the Sahel, ended.'), 'French')?.ref).toMatchObject({ type: 'country', id: 'france' });
  });
});

describe('findMentions: the place a dateline puts before its day', () => {
  it('reads "X | Arusha, Wednesday 24 August 2016" and "KANO, March 3, 2015 -" as places, not a name before a date elsewhere', () => {
    expect(find(mentionsOf('COURT REPORT | Arusha, Wednesday 24 August 2016'), 'Arusha')?.ref).toMatchObject({ type: 'name', cls: 'Settlement' });
    // (one the gazetteer knows is its entry)
    expect(find(mentionsOf('COURT REPORT | The Hague, Wednesday 24 August 2016'), 'The Hague')?.ref).toMatchObject({ type: 'known', id: 'the-hague' });
    expect(find(mentionsOf('KARU, March 3, 2015 - Gunmen attacked the town.'), 'KARU')?.ref).toMatchObject({ type: 'name', cls: 'Settlement' });
    expect(find(mentionsOf('The president met Doundou Karimba, March 3, 2015, in Niamey.'), 'Doundou Karimba')?.ref).toMatchObject({ type: 'name', cls: 'Person' });
  });
});

describe('findMentions: a title after a demonym the gazetteer does not know', () => {
  it('reads the person after "Mongolian Prime Minister", not the whole run as one name', () => {
    const ms = mentionsOf('Mongolian Prime Minister Oyun-Erdene Luvsannamsrai met Idriss Deby.');
    expect(find(ms, 'Oyun-Erdene Luvsannamsrai')).toBeDefined();
    expect(ms.some((m) => m.text.startsWith('Mongolian'))).toBe(false);
  });

  it('knows the states the region\'s news names beyond it, with their demonyms (gazetteer 0.5.0)', () => {
    const ms = mentionsOf('Israeli Prime Minister Benjamin Netanyahu met Idriss Deby.');
    expect(find(ms, 'Benjamin Netanyahu')).toBeDefined();
    expect(ms.some((m) => m.text === 'Israeli')).toBe(true);
  });
});

describe('findMentions: transcripts, federal states, areas and lists of places', () => {
  it('reads no organisation in a transcript\'s speaker labels', () => {
    const ms = mentionsOf('CORRESPONDENT: The MNLA held Kidal.');
    expect(find(ms, 'CORRESPONDENT')).toBeUndefined();
    expect(find(ms, 'MNLA')).toBeDefined();
  });

  it('reads a federal state\'s government as one name of its own, whatever its head word', () => {
    const ms = mentionsOf('The Borno State government imposed a curfew, and the Gombe State authorities closed schools.');
    expect(find(ms, 'Borno State government')?.ref).toMatchObject({ type: 'name', cls: 'Government', label: 'Government of Borno State' });
    expect(find(ms, 'Gombe State authorities')?.ref).toMatchObject({ type: 'name', cls: 'Government', label: 'Government of Gombe State' });
  });

  it('types "X State" as a region, "the X area of Y" and the names a plural place noun lists as places', () => {
    const ms = mentionsOf('Attacks hit the Dala area of Gombe, the towns of Kaltungo, Billiri and Nafada, and Wudil in Jigawa State.');
    expect(find(ms, 'Dala')?.ref).toMatchObject({ type: 'name', cls: 'Region' });
    for (const town of ['Kaltungo', 'Billiri', 'Nafada']) expect(find(ms, town)?.ref).toMatchObject({ type: 'name', cls: 'Settlement' });
    expect(find(ms, 'Jigawa State')?.ref).toMatchObject({ cls: 'Region' });
  });
});

describe('findMentions: towns a colon lists', () => {
  it('types the unknown names listed after "seven towns:" as settlements', () => {
    const ms = mentionsOf('Fighters attacked army positions in seven towns: Kayes, Nioro du Sahel, Diboli, Sandaré and Molodo.');
    for (const name of ['Diboli', 'Sandaré', 'Molodo']) expect(find(ms, name)).toMatchObject({ ref: { type: 'name', cls: 'Settlement' } });
  });
});

describe('findMentions: a French name its acronym defines', () => {
  it('finds "the Conseil supérieur de la communication (CSC)" whole, by the initials of its words', () => {
    const ms = mentionsOf('The media regulator, the Conseil supérieur de la communication (CSC), suspended the BBC.');
    expect(find(ms, 'Conseil supérieur de la communication')).toMatchObject({ kind: 'name', ref: { type: 'name', cls: 'Government' } });
    // (initials that do not fit define nothing)
    expect(find(mentionsOf('The Conseil supérieur de la communication (HRW) met.'), 'Conseil supérieur de la communication')).toBeUndefined();
  });
});

describe('findMentions: a facility in a town, forces counted', () => {
  it('ends a school\'s or a college\'s name before "in <town>"', () => {
    expect(mentionsOf('Gunmen attacked the Government Secondary School in Mamudo, Yobe State.').map((m) => m.text)).toContain('Mamudo');
    expect(mentionsOf('Gunmen raided the College of Agriculture in Gujba, Yobe State.').map((m) => m.text)).toContain('Gujba');
  });
  it('reads "two forces" as forces counted, no state\'s forces', () => {
    expect(mentionsOf('Two forces are active around Tinzaouaten.').map((m) => m.text)).not.toContain('forces');
  });
});

describe('findMentions: a heading\'s name before a dash and a day', () => {
  it('ends "Algeria\'s Ministry of National Defence - Tuesday 1 April" before the dash', () => {
    const ms = mentionsOf("Algeria's Ministry of National Defence - Tuesday 1 April");
    expect(ms.map((m) => m.text)).toContain('Ministry of National Defence');
  });
});

describe('findMentions: a bloc\'s commission', () => {
  it('reads "the African Union Commission" and "the ECOWAS Commission" as the bloc, not a body called "Commission"', () => {
    const ms = mentionsOf('African Union Commission chairman Moussa Faki Mahamat condemned the attack.');
    expect(ms.map((m) => m.text)).toEqual(['African Union Commission', 'Moussa Faki Mahamat']);
    expect(ms[0]!.ref).toMatchObject({ type: 'known', id: 'african-union' });
    expect(mentionsOf('The ECOWAS Commission said the sanctions would stay.').map((m) => m.text)).toEqual(['ECOWAS Commission']);
  });
});

describe('findMentions: towns in lists and hyphenated names, persons met', () => {
  const cls = (ms: MentionCandidate[], text: string) => { const m = find(ms, text); return m?.ref.type === 'name' ? m.ref.cls : undefined; };
  it('types a name listed after a town that follows a place preposition as a town', () => {
    expect(cls(mentionsOf('About 100 civilians were killed in Tchoma Bangou and Zaroumdareye, in Ouallam department.'), 'Zaroumdareye')).toBe('Settlement');
    expect(cls(mentionsOf('Gunmen killed 30 people in Gao and Zaroumdareye on Sunday.'), 'Zaroumdareye')).toBe('Settlement');
  });

  it('types a hyphenated name "near" something as a town, and a name met "in" a town as no town', () => {
    expect(cls(mentionsOf('The patrol was ambushed near Adab-Dab, in the commune of Banibangou.'), 'Adab-Dab')).toBe('Settlement');
    expect(cls(mentionsOf('The president met Koulibaly in Paris on Monday.'), 'Koulibaly')).not.toBe('Settlement');
  });
});

describe('findMentions: a community set in a place', () => {
  const cls = (ms: MentionCandidate[], text: string) => { const m = find(ms, text); return m?.ref.type === 'name' ? m.ref.cls : undefined; };
  it('types a name in apposition with "a … community in/near <place>" as a locality, not one of "a herding community"', () => {
    expect(cls(mentionsOf('The gunmen stormed Mafa, a farming and trading community in Tarmuwa local government area.'), 'Mafa')).toBe('Settlement');
    expect(cls(mentionsOf('Officials met the Bororo, a herding community.'), 'Bororo')).not.toBe('Settlement');
  });
});


describe('findMentions: a body\'s name that ends in its state', () => {
  it('keeps "of Nigeria" in "the Christian Association of Nigeria", not in "the army of Mali" nor a title', () => {
    const ms = mentionsOf('The Christian Association of Nigeria accused the federal government.');
    expect(find(ms, 'Christian Association of Nigeria')).toBeDefined();
    expect(find(ms, 'Nigeria')).toBeUndefined();
    expect(find(mentionsOf('The High Islamic Council of Mali said it.'), 'High Islamic Council of Mali')).toBeDefined();
    const army = mentionsOf('The army of Mali attacked Kidal.');
    expect(find(army, 'Mali')).toBeDefined();
  });
});

describe('findMentions: chambers of a court, numbered', () => {
  it('types a chamber as a body, past the roman numeral that numbers it', () => {
    expect(find(mentionsOf('On 26 June 2024 Trial Chamber X convicted Al Hassan.'), 'Trial Chamber X')).toMatchObject({ kind: 'name', ref: { type: 'name', cls: 'Organization' } });
    expect(find(mentionsOf('Pre-Trial Chamber I of the court ordered the unsealing.'), 'Pre-Trial Chamber I')).toMatchObject({ ref: { cls: 'Organization' } });
  });
});

describe('findMentions: people of a place opening a sentence', () => {
  it('reads no name in "Residents of Teguey", "Officials of Tiani\'s CNSP", but the source and the names after "of"', () => {
    const a = mentionsOf('Residents of Teguey said the militants stole cattle.');
    expect(a.some((m) => /^Residents of/.test(m.text))).toBe(false);
    expect(find(a, 'Residents')).toBeDefined();
    const b = mentionsOf("Officials of Tiani's National Council for the Safeguard of the Homeland welcomed the end of the measures.");
    expect(b.some((m) => /^Officials/.test(m.text))).toBe(false);
    expect(find(b, 'National Council for the Safeguard of the Homeland')).toBeDefined();
  });
});
