// resolveEntities and slug: one entity per real-world actor or place, with every name the text uses.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.ts';
import { segment } from '../../src/nlp/segment.ts';
import { resolveEntities, slug } from '../../src/resolve/entities.ts';
import { loadGazetteer } from '../../src/resolve/gazetteer.ts';
import { indexGazetteer } from '../../src/resolve/index-gazetteer.ts';

const GAZ = indexGazetteer(loadGazetteer());
const resolve = (text: string, date?: string) => {
  const seg = segment({ id: 'fx', text, source: 'fx.txt', ...(date ? { date } : {}) });
  return resolveEntities(seg, seg.sentences.map((s) => findMentions(s, GAZ)), GAZ);
};
const entity = (text: string, id: string) => resolve(text).entities.find((e) => e.id === id);
/** Entity id each mention with this text resolved to. */
const resolvedAs = (text: string, surface: string, date?: string) => resolve(text, date).bySentence.flat().filter((m) => m.text === surface).map((m) => m.entity);

const ARMY = 'The Malian army attacked Ber. FAMa units then entered Lere. The army said it held both towns.';
const GROUPS = 'The CSP and JNIM both operate near Ber. The separatists attacked Ber while the jihadists attacked Lere.';

describe('slug', () => {
it('reads "the force" as the force named in its sentence or the one before, else as the one the article names most', () => {
    expect(resolvedAs('Nigeria and Chad are members of the Multinational Joint Task Force. The force has its headquarters in N\'Djamena.', 'force')).toEqual(['mnjtf']);
    expect(resolvedAs('Task Force Takuba was set up in 2020. Takuba fought the ISGS. It worked with the G5 Sahel Joint Force. '
      + 'Its adversaries were jihadists. The force operated near Menaka.', 'force')).toEqual(['task-force-takuba']);
    // (not a force one of whose other names holds the word: "Barkhane force" names Operation Barkhane)
    expect(resolvedAs('The G5 Sahel set up a joint force, with support from Barkhane. The force\'s first commander was General Didier Dacko.', 'force')).toEqual([]);
  });

  it('reads volunteers, militiamen or vigilantes as the militia the article names, not a body\'s own volunteers', () => {
    const text = 'The Volunteers for the Defence of the Homeland (VDP) fight alongside the army in Burkina Faso. The volunteers have suffered heavy losses.';
    expect(resolvedAs(text, 'volunteers')).toEqual(['vdp']);
    expect(resolvedAs(text + " The Kossi Community Mediators' Network said that its volunteers had stopped work.", 'volunteers')).toEqual(['vdp']);
  });

  it('reads "whose troops" after a state as that state\'s forces', () => {
    const text = 'Cameroon\'s army said its soldiers had chased the raiders. Cameroon has sent thousands of soldiers to the Far North. '
      + 'Chad, whose troops fought alongside French forces in northern Mali in 2013, is regarded as the strongest military in the region.';
    expect(resolvedAs(text, 'troops')).toEqual(['chad-armed-forces']);
  });

  it('reads unowned soldiers and a junta in a paragraph that opens on another state ("In Mali, …") as that state\'s', () => {
    const text = 'Burkina Faso\'s army said it had killed 40 jihadists near Djibo. The Burkinabe government praised the troops.\n\n'
      + 'In Mali, witnesses said soldiers rounded up dozens of men in Moura. The junta denied it.\n\n'
      + 'Meanwhile in neighbouring Niger, the army said it had repelled an attack near Tillia.\n\nThe army later took Djibo.';
    expect(resolvedAs(text, 'soldiers')).toEqual(['fama']);
    expect(resolvedAs(text, 'junta')).toEqual(['government-of-mali']);
    // (each paragraph its own: the last, on no state, is the article's)
    expect(resolvedAs(text, 'army')).toEqual(['niger-armed-forces', 'burkina-faso-armed-forces']);
  });

  it('reads a capital that speaks as its state\'s government, the one its state\'s name would give ("Copenhagen insisted")', () => {
    expect(resolvedAs('Copenhagen insisted that its troops had been invited.', 'Copenhagen')).toEqual(['denmark-government']);
    expect(resolvedAs('Denmark insisted that its troops had been invited.', 'Denmark')).toEqual(['denmark-government']);
  });

  it('reads a group\'s fighters or men as the speaker when a that-clause after a verb of speech opens on them', () => {
    expect(resolvedAs('In a message relayed through Islamic State outlets, ISWAP boasted that its fighters had seized the base in Damasak.', 'fighters')).toEqual(['iswap']);
    expect(resolvedAs('In a message relayed through Islamic State outlets, ISWAP boasted that its men had seized the base in Damasak.', 'men')).toEqual(['iswap']);
  });

  it('reads a pronoun after a fronted comparison as the subject, not the one it is likened to ("Like Barkhane, it …")', () => {
    expect(resolvedAs('Task Force Takuba fought the ISGS. Like Barkhane, it worked alongside the Malian army.', 'it')).toEqual(['task-force-takuba']);
    // (nor any state a fronted "besides" lists in the sentence before, first or not)
    expect(resolvedAs('Task Force Takuba was set up in 2020. Besides France, Estonia, the Czech Republic and Denmark, the force received officers from Belgium, '
      + 'and Hungary had promised a contingent. Like Barkhane, it worked alongside the Malian army.', 'it')).toEqual(['task-force-takuba']);
  });

    it('folds accents and punctuation into a lower-case ASCII slug', () => {
    expect(slug('Assimi Goïta')).toBe('assimi-goita');
    expect(slug("Front de libération du Macina (FLM)")).toBe('front-de-liberation-du-macina-flm');
  });

  it('never returns an empty slug', () => {
    expect(slug('—')).toBe('unnamed');
  });
});

describe('resolveEntities', () => {
  it('reads a first name a person\'s noun describes as a person, and a surname so described as the person named before', () => {
    const text = '"We waited," says Sidi, a retired warrant officer. Brahim, a herder near the border, remembers. '
      + 'Captain Ibrahim Traoré took power. Traoré, an artillery officer, spoke.';
    const { entities } = resolve(text);
    expect(entities.filter((e) => e.cls === 'Person').map((e) => e.id).sort()).toEqual(['brahim', 'ibrahim-traore', 'sidi']);
  });

  it('reads "the putschists" and "the coup leaders" as the junta of the state at the article\'s date', () => {
    const seg = segment({ id: 'fx', date: '2022-10-02', source: 'fx.txt', text: "Burkina Faso's army took power. The putschists said Damiba had failed. The coup leaders closed the borders." });
    const { bySentence } = resolveEntities(seg, seg.sentences.map((s) => findMentions(s, GAZ)), GAZ);
    const ids = bySentence.flat().filter((m) => /putschists|coup leaders/i.test(m.text)).map((m) => m.entity);
    expect(ids).toEqual(['mpsr', 'mpsr']);
  });

  it('keeps a second name given with "also known as" on the same person, and reads Arabic names with particles', () => {
    const text = 'The defendant, Ahmad al-Faqi al-Mahdi, pleaded guilty. Al-Mahdi, a Malian in his forties who is also known as Abu Turab, wept. '
      + 'Presiding Judge Raul Cano Pangalangan adjourned. Abu Turab was led out.';
    const { entities } = resolve(text);
    const mahdi = entities.find((e) => e.id === 'ahmad-al-faqi-al-mahdi');
    expect(mahdi?.cls).toBe('Person');
    expect(mahdi?.altLabels).toEqual(expect.arrayContaining(['Al-Mahdi', 'Abu Turab']));
    expect(entities.map((e) => e.id)).not.toContain('abu-turab');
    expect(entities.find((e) => e.id === 'raul-cano-pangalangan')?.cls).toBe('Person');
  });

  it('makes one entity of a name, its acronym and a description, with each surface as an altLabel', () => {
    const fama = entity(ARMY, 'fama')!;
    expect(fama).toMatchObject({ cls: 'StateForce', label: 'Malian Armed Forces', known: true });
    expect(fama.altLabels).toEqual(expect.arrayContaining(['Malian army', 'FAMa', 'army']));
    expect(resolve(ARMY).entities.filter((e) => e.cls === 'StateForce')).toHaveLength(1);
  });

  it('keeps pronoun mentions on the entity but not as labels', () => {
    const fama = entity(ARMY, 'fama')!;
    expect(fama.mentions.some((m) => m.kind === 'pronoun' && m.text === 'it')).toBe(true);
    expect(fama.altLabels).not.toContain('it');
  });

  it('resolves a demonym description to the country\'s forces', () => {
    expect(resolvedAs('Burkinabe soldiers clashed with JNIM fighters near Djibo.', 'Burkinabe soldiers')).toEqual(['burkina-faso-armed-forces']);
  });

  it('resolves "the separatists" and "the jihadists" by the orientation of the groups named', () => {
    expect(resolvedAs(GROUPS, 'separatists')).toEqual(['csp']);
    expect(resolvedAs(GROUPS, 'jihadists')).toEqual(['jnim']);
  });

  it('resolves "rebels from X" to X', () => {
    expect(resolvedAs('Rebels from the MNLA attacked Tessalit.', 'Rebels')).toEqual(['mnla']);
  });

  it('leaves a description unresolved when no entity fits', () => {
    expect(resolvedAs('Tuareg rebels attacked Ber.', 'rebels')).toEqual([]);
  });

  it('mints a slug id for an unknown name and keeps its defined acronym as the same entity', () => {
    const text = 'The Front for the Defence of Gourma (FDG) attacked the town of Kelbo. The FDG later withdrew.';
    const fdg = entity(text, 'front-for-the-defence-of-gourma')!;
    expect(fdg).toMatchObject({ cls: 'ArmedGroup', known: false, label: 'Front for the Defence of Gourma' });
    expect(fdg.altLabels).toContain('FDG');
    expect(fdg.mentions.filter((m) => m.text === 'FDG')).toHaveLength(2);
  });

  it('links an acronym defined after a gazetteer name', () => {
    expect(resolvedAs('The Macina Liberation Front (MLF) attacked Sevare. The MLF later withdrew.', 'MLF')).toEqual(['katiba-macina', 'katiba-macina']);
  });

  it('joins a bare surname to the person named in full before', () => {
    const text = 'Colonel Ousmane Diarra commands the garrison. Diarra said the town was calm.';
    const p = entity(text, 'ousmane-diarra')!;
    expect(p.cls).toBe('Person');
    expect(p.altLabels).toEqual(expect.arrayContaining(['Diarra', 'Colonel Ousmane Diarra']));
    expect(resolve(text).entities.filter((e) => e.cls === 'Person')).toHaveLength(1);
  });

  it('resolves a gazetteer person\'s bare surname', () => {
    expect(resolvedAs('Amadou Koufa was wounded. Koufa later appeared in a video.', 'Koufa')).toEqual(['amadou-koufa']);
  });

  it('resolves "the latter" to the last actor named before it', () => {
    expect(resolvedAs('JNIM and the Islamic State in the Sahel fought near Menaka. The latter withdrew.', 'The latter')).toEqual(['islamic-state-sahel']);
  });

  it('reads a state that speaks or acts in arms as its government or its force, made for the article when the gazetteer has none', () => {
    expect(resolvedAs('Niger said the soldiers had been deployed under an old arrangement.', 'Niger')).toEqual(['government-of-niger']);
    expect(resolvedAs("Côte d'Ivoire said the soldiers had been deployed under an old arrangement.", "Côte d'Ivoire")).toEqual(['cote-divoire-government']);
    expect(entity("Côte d'Ivoire said the soldiers had been deployed under an old arrangement.", 'cote-divoire-government'))
      .toMatchObject({ cls: 'Government', label: "Government of Côte d'Ivoire" });
    expect(resolvedAs('Benin deployed troops to the northern border.', 'Benin')).toEqual(['benin-armed-forces']);
    expect(resolvedAs('Benin is a coastal state north of the Gulf of Guinea.', 'Benin')).toEqual(['benin']);
  });

  it('makes a name the gazetteer lacks, with one of its short names in brackets, that entry\'s other name (one node)', () => {
    const text = 'The mutineers formed the National Committee for the Restoration of Democracy and the State (CNRDRE), led by Captain Amadou Haya Sanogo.';
    expect(resolvedAs(text, 'National Committee for the Restoration of Democracy and the State')).toEqual(['cnrdre']);
    expect(resolve(text).entities.filter((e) => e.cls === 'Government').map((e) => e.id)).toEqual(['cnrdre']);
    expect(entity(text, 'cnrdre')?.altLabels).toContain('National Committee for the Restoration of Democracy and the State');
  });

  it('resolves "the new group" to the group last told to be formed, not the last one named', () => {
    const text = 'In March 2017 Ansar Dine and al-Mourabitoun merged to form JNIM under the leadership of Iyad Ag Ghaly, the founder of Ansar Dine. '
      + 'The new group pledged allegiance to Abdelmalek Droukdel.';
    expect(resolvedAs(text, 'group')).toEqual(['jnim']);
    expect(resolvedAs('Ansar Dine attacked Konna in January. The group withdrew a week later.', 'group')).toEqual(['ansar-dine']);
  });

  it('resolves "it" to the name apposed to a phrase, not to a name that only modifies the phrase\'s noun', () => {
    const text = "The U.N. refugee agency, UNHCR, condemned the attack and said it was working with Niger's authorities.";
    expect(resolvedAs(text, 'it')).toEqual(['unhcr']);
    expect(resolvedAs('The UN said it was working with the authorities.', 'it')).toEqual(['un']);
  });

  it('resolves "United Nations peacekeepers" to the UN\'s mission, not to another body\'s mission named more often', () => {
    const text = 'A soldier of the European Union Training Mission in Mali (EUTM Mali) was killed. EUTM Mali said so. '
      + 'Malian forces, supported by United Nations peacekeepers, ended the attack. MINUSMA confirmed it.';
    expect(resolvedAs(text, 'United Nations peacekeepers')).toEqual(['minusma']);
    expect(resolvedAs('EUTM Mali trains the army. The mission said so.', 'mission')).toEqual(['eutm-mali']);
  });

  it('resolves a subject pronoun to the subject of the sentence', () => {
    expect(resolvedAs('The MNLA said it had seized Menaka.', 'it')).toEqual(['mnla']);
  });

  it('recognises an unknown place again when it is repeated without its cue', () => {
    const k = entity('Fighters attacked the town of Kelbo. The FDG later withdrew from Kelbo.', 'kelbo')!;
    expect(k.mentions).toHaveLength(2);
  });

  it('returns entities sorted by id, each derived from the document', () => {
    const { entities } = resolve(GROUPS);
    expect(entities.map((e) => e.id)).toEqual([...entities.map((e) => e.id)].sort());
    for (const e of entities) expect(e.docs).toEqual(['fx']);
  });

  it('keeps the name a description was given ("jihadists, particularly JNIM") for its later bare uses', () => {
    const text = 'AQIM leaders met in Mopti. AQIM was blamed. The town is held by jihadists, particularly JNIM. Soldiers later fought a group of jihadists there.';
    expect(resolvedAs(text, 'jihadists')).toEqual(['jnim', 'jnim']);
  });
  it('takes the end of a person\'s full name for that person, even in a headline before the full name', () => {
    const text = 'Chad says its troops killed Abou Zeid\n\nChad said its soldiers had killed Abdelhamid Abou Zeid in the mountains. Abou Zeid led a brigade.';
    expect(resolvedAs(text, 'Abou Zeid')).toEqual(['abdelhamid-abou-zeid', 'abdelhamid-abou-zeid']);
    expect(resolve(text).entities.filter((e) => e.cls === 'Person').map((e) => e.id)).toEqual(['abdelhamid-abou-zeid']);
  });

  it('gives possessed forces to the state named before the possessive, not to the article\'s country', () => {
    const text = "Fighting went on in Mali. Chad's President Idriss Deby said his soldiers had killed dozens of fighters in Mali.";
    expect(resolvedAs(text, 'soldiers')).toEqual(['chad-armed-forces']);
  });

  it('reads "al Qaeda" with a lower-case article as the organisation', () => {
    expect(resolvedAs('He was a commander of al Qaeda in the Islamic Maghreb (AQIM).', 'al Qaeda in the Islamic Maghreb')).toEqual(['aqim']);
  });
  it('gives possessed fighters to the group that speaks, not to a possessive modifier before it', () => {
    const text = "JNIM, al-Qaeda's branch in the Sahel, said its fighters had ambushed the column.";
    expect(resolvedAs(text, 'fighters')).toEqual(['jnim']);
    expect(resolvedAs("Mali's military junta said that its forces had repelled an attack.", 'forces')).toEqual(['fama']);
  });
  it('gives "Its fighters" opening a sentence to the last actor of the sentence before', () => {
    const text = 'The area is a stronghold of Islamic State Sahel Province. Its fighters killed 71 soldiers at Inates.';
    expect(resolvedAs(text, 'fighters')).toEqual(['islamic-state-sahel']);
  });
  it('takes a titled surname for the one person of the article whose name ends so', () => {
    const text = 'Army officers led by Captain Ibrahim Traoré seized power. The junta of Captain Traoré expelled the French.';
    expect(resolvedAs(text, 'Traoré')).toEqual(['ibrahim-traore']);
    expect(resolve(text).entities.filter((e) => e.cls === 'Person').map((e) => e.id)).toEqual(['ibrahim-traore']);
  });
  it('lets "he" or "she" stand for an organisation, as news translated from French does, but never "it" for a person', () => {
    const text = 'The army moved towards Kidal at the end of the week. She claimed to have dispersed the opposing forces.';
    expect(resolvedAs(text, 'She')).toEqual(['fama']);
    expect(resolvedAs('Amadou Koufa launched the Katiba Macina, which killed officials it accused of treason.', 'it')).not.toContain('amadou-koufa');
  });
  it('takes "he" for the person last named as a subject, past a sentence whose only actor is in a clause put first', () => {
    const text = 'Mokhtar Belmokhtar was born in Ghardaia in 1972. When the army cancelled the elections, Algeria slid into war, and the young man left for Afghanistan. He joined AQIM as a commander.';
    expect(resolvedAs(text, 'He')).toEqual(['mokhtar-belmokhtar']);
    // (a possessive before is no subject: "no figure did more to plant AQIM's flag. He was slain …")
    expect(resolvedAs('Mokhtar Belmokhtar was born in Ghardaia. No single figure did more to spread AQIM\'s influence. He was killed in 2016.', 'He')).toEqual(['mokhtar-belmokhtar']);
    // (without a person before, "he" may still stand for a group, as in news translated from French)
    expect(resolvedAs('The army moved towards Kidal at the end of the week. He claimed to have dispersed the rebels.', 'He')).toEqual(['fama']);
  });
  it('gives "its troops" to the mission, company or group that owns them, and a state\'s to its army', () => {
    const text = 'JNIM fighters attacked the MINUSMA camp at Aguelhok; the mission said its troops had killed ten of the attackers.';
    expect(resolvedAs(text, 'troops')).toEqual(['minusma']);
    expect(resolvedAs('Chad sends a large contingent to the mission, and its troops hold the most exposed posts.', 'troops')).not.toContain('minusma');
  });
  it('takes "the town" for the last town named, without making it a name of the town', () => {
    const text = 'JNIM fighters attacked Djibo on Sunday. The army and the VDP still hold the town.';
    expect(resolvedAs(text, 'town')).toEqual(['djibo']);
    expect(entity(text, 'djibo')!.altLabels).not.toContain('town');
    expect(resolvedAs('The army said the town was calm.', 'town')).toEqual([]);
  });
  it('takes "they" for the subject of the sentence before, not for a second conjunct after a preposition', () => {
    const text = 'After days of French air strikes on Ansar Dine and MUJAO positions, French and Malian troops advanced. On January 26 they seized Gao.';
    expect(resolvedAs(text, 'they')).toEqual(['french-armed-forces']);
  });
  it('takes "the area" for the last region named', () => {
    const text = "The French left western Niger's Tillabéri region. The area is a stronghold of Islamic State Sahel Province.";
    expect(resolvedAs(text, 'area')).toEqual(['tillaberi-region']);
  });
  it('takes "the junta" of an article for the junta of its country in power at its date, when none is named', () => {
    const text = 'Islamists took Gao in northern Mali. In Bamako, the military junta remains a powerful force.';
    const junta = (date: string) => resolve(text, date).bySentence.flat().filter((m) => m.text === 'military junta').map((m) => m.entity);
    expect(junta('2012-06-28')).toEqual(['cnrdre']);
    expect(junta('2020-09-01')).toEqual(['cnsp-mali']);
    // (no junta of Mali dated in 2024: the government)
    expect(junta('2024-03-01')).toEqual(['government-of-mali']);
  });
  it('takes "the gendarmes" for the gendarmerie of the article\'s country, and "soldiers" beside them for its army', () => {
    const text = 'Militants attacked the gendarmerie post in Seytenga, in Burkina Faso. Residents said the gendarmes withdrew. Burkinabe gendarmes and soldiers returned.';
    expect(resolvedAs(text, 'gendarmes')).toEqual(['gendarmerie-burkina-faso']);
    expect(resolvedAs(text, 'soldiers')).toEqual(['burkina-faso-armed-forces']);
  });
  it('takes a country that acts in arms for its armed forces, one that speaks for its government, one spoken of for the country', () => {
    const text = 'France opened a military intervention in Mali. Chad deployed troops to Kidal. France said it would stay. Mali welcomed France. '
      + 'The president of neighbouring Niger also rejected the plan.';
    const ids = resolve(text).bySentence.flat().filter((m) => ['France', 'Chad', 'Niger'].includes(m.text)).map((m) => m.entity);
    expect(ids).toEqual(['french-armed-forces', 'chad-armed-forces', 'government-of-france', 'france', 'niger']);
  });
  it('takes a capital that acts as a state ("Ouagadougou expelled …", "Niamey\'s rapprochement") for its government, not one that is a place', () => {
    const text = 'Ouagadougou expelled the French envoy. Diplomats in Ouagadougou worried about Niamey\'s rapprochement with Russia. Ouagadougou\'s streets were calm.';
    expect(resolvedAs(text, 'Ouagadougou')).toEqual(['government-of-burkina-faso', 'ouagadougou', 'ouagadougou']);
    expect(resolvedAs(text, 'Niamey')).toEqual(['government-of-niger']);
  });
  it('drops a gazetteer alias of an entity that the article writes for something else', () => {
    const text = 'The ferry, the Tombouctou, sank near Timbuktu. The Tombouctou carried traders.';
    expect(entity(text, 'timbuktu')!.altLabels).not.toContain('Tombouctou');
    expect(entity('Fighting reached Timbuktu.', 'timbuktu')!.altLabels).toContain('Tombouctou');
  });
  it('takes a short name given with "known as" for the organisation named before it', () => {
    const text = 'The boat is run by the state-owned River Transport Company, known as SNTN. SNTN said it would resume service.';
    expect(resolve(text).entities.filter((e) => e.cls === 'Organization').map((e) => [e.label, e.altLabels])).toEqual([['River Transport Company', ['SNTN']]]);
  });
  it('types a name by the noun it is given to, unless "named" or "called" is the verb of that noun', () => {
    const text = 'The militia, known as the Yan Sa Kai, attacked a village called Tunga. The governors set up a security network, known as Amotekun. '
      + 'Its first operation, named Haw Bi, began in October. The court named Goita president. A JNIM commander in the region known as Talha Abu Hind spoke.';
    const cls = Object.fromEntries(resolve(text).entities.map((e) => [e.label, e.cls]));
    expect(cls).toMatchObject({ 'Yan Sa Kai': 'ArmedGroup', Tunga: 'Settlement', Amotekun: 'Organization', 'Talha Abu Hind': 'Person' });
    expect([cls['Haw Bi'], cls.Goita]).toEqual([undefined, undefined]);
  });
  it('keeps a second name given to a gazetteer person, and a body\'s name then the name with its head noun, on one entity', () => {
    expect(entity('Abubakar Shekau, also known as Darul Tawheed, spoke.', 'abubakar-shekau')!.altLabels).toContain('Darul Tawheed');
    const bodies = (text: string) => resolve(text).entities.filter((e) => e.cls !== 'Person' && !/nigeria/.test(e.id)).map((e) => [e.label, e.altLabels]);
    expect(bodies('A network, known as Amotekun, was set up. The Amotekun Corps joined the search.')).toEqual([['Amotekun', ['Amotekun Corps']]]);
  });
  it('types a name a body\'s own base is apposed to as a site', () => {
    const text = 'The French military said its special forces had completed their withdrawal from Kamboinsin, their base near Ouagadougou.';
    expect(resolve(text).entities.find((e) => e.label === 'Kamboinsin')?.cls).toBe('Site');
  });
  it('gives troops no one owns, in a sentence about one state named as an owner, to that state rather than to the article\'s', () => {
    const text = 'Mali\'s junta expelled the French ambassador. Mali\'s army retook Kidal. Chad\'s transitional president, Mahamat Idriss Deby, took power in April 2021 '
      + 'after his father, Idriss Deby, was killed while visiting troops fighting rebels in the north.';
    expect(resolvedAs(text, 'troops')).toEqual(['chad-armed-forces']);
  });
  it('takes the "it" a relative clause\'s subject fights alongside for the actor named before that subject', () => {
    expect(resolvedAs('Government spokesman Jean-Emmanuel Ouédraogo said the country would not be intimidated and urged citizens to support the army and the Volunteers for the '
      + 'Defence of the Homeland (VDP), the civilian auxiliaries who fight alongside it.', 'it'))
      .toEqual(['burkina-faso-armed-forces']);
  });
  it('takes the "it" a state leaves for the bloc named last before it, not for a state', () => {
    expect(resolvedAs('Chad and Mauritania, the last members of the G5 Sahel, said they would dissolve the alliance, days after Burkina Faso and Niger announced that they were leaving it.', 'it'))
      .toEqual(['g5-sahel']);
  });
  it('reads the country of an article from its wire dateline first', () => {
    const text = 'OUAGADOUGOU, Jan 16, 2016 - French special forces helped the army end the siege.';
    expect(resolve(text).focusCountry).toBe('burkina-faso');
  });

  it('takes "the junta" for a junta the gazetteer marks as one, whatever its name says', () => {
    const text = 'The MPSR seized power in Ouagadougou in January. The junta said Burkinabe soldiers had retaken Djibo.';
    expect(resolvedAs(text, 'junta')).toEqual(['mpsr']);
  });

  it('makes unnamed attackers one actor of the article when it names no group of their kind', () => {
    const text = 'Militants attacked a convoy near Djibo. The jihadists also burned a school, and gunmen killed two herders.';
    expect(resolvedAs(text, 'Militants')).toEqual(['fx-unidentified-jihadists']);
    expect(resolvedAs(text, 'jihadists')).toEqual(['fx-unidentified-jihadists']);
    expect(resolvedAs(text, 'gunmen')).toEqual(['fx-unidentified-gunmen']);
    expect(entity(text, 'fx-unidentified-jihadists')).toMatchObject({ cls: 'ArmedGroup', label: 'unidentified jihadists' });
    // (a jihadist group the article names is what its "militants" are)
    expect(resolvedAs('JNIM claimed the raid. Militants attacked a convoy near Djibo.', 'Militants')).toEqual(['jnim']);
  });

  it('leaves unnamed fighters apart when the article names several groups of their kind about as often', () => {
    // (Ansar Dine named three times, AQIM twice, MUJAO once: which of them "the militants" were, the text does not say)
    const several = 'Militants seized Konna. Ansar Dine, AQIM and MUJAO held the north. Ansar Dine and AQIM imposed sharia. Ansar Dine was led by Iyad Ag Ghaly.';
    expect(resolvedAs(several, 'Militants')).toEqual(['fx-unidentified-jihadists']);
    // (one named at least twice as often as any other is the article's group)
    const one = 'Militants seized Konna. Ansar Dine and AQIM held the north. Ansar Dine was led by Iyad Ag Ghaly. Ansar Dine imposed sharia.';
    expect(resolvedAs(one, 'Militants')).toEqual(['ansar-dine']);
    // (a branch and its parent are no rivals: the branch the article names most is the one)
    const branch = 'Militants attacked Tillia. ISWAP claimed the raid for the Islamic State group. ISWAP also struck Diffa.';
    expect(resolvedAs(branch, 'Militants')).toEqual(['iswap']);
    // (one group in the singular is the article's group all the same)
    expect(resolvedAs(`${several} The jihadist group burned the market.`, 'jihadist group')).toEqual(['ansar-dine']);
  });

  it('reads a surname two persons share as the only one of them named before it, and as no one after both', () => {
    const text = "Chad's president, Idriss Deby, promised troops. Deby was killed in April. His son, General Mahamat Idriss Deby, took power. Deby promised elections.";
    expect(resolvedAs(text, 'Deby')).toEqual(['idriss-deby']);
  });

  it('names a group by its whole phrase, not by the bare noun its name modifies', () => {
    const text = 'Officials said Ansar Dine fighters had taken part in the attack.';
    const e = entity(text, 'ansar-dine')!;
    expect(e.altLabels).toContain('Ansar Dine fighters');
    expect(e.altLabels).not.toContain('fighters');
    expect(resolvedAs(text, 'fighters')).toEqual(['ansar-dine']);
    // (a description "of" or "from" its owner: a bare noun is no name of it, a fuller one is)
    const wagner = entity('Fighters of Wagner and Russian mercenaries of the Wagner Group patrolled Kidal.', 'wagner-group')!;
    expect(wagner.altLabels).toContain('Russian mercenaries');
    expect(wagner.altLabels).not.toContain('Fighters');
  });

  it('gives a pronoun that speaks the speaker of the sentence before', () => {
    const text = 'The attackers struck two villages, the Nigerien defence ministry said in a statement. It said the army had launched an operation.';
    expect(resolvedAs(text, 'It')).toEqual(['niger-ministry-of-defence']);
  });

  it('leaves a "he" standing for no one named when the "he" opening the sentence before stood for no one', () => {
    const text = 'A tea seller by the road, who would give only his first name, Modu, said he had heard the shooting from his house. He did not go out until the Nigerian soldiers came in the morning. "They were sleeping in their cars," he said of the travellers.';
    expect(resolvedAs(text, 'he')).toEqual([]);
  });

  it('takes "he" inside a sentence for the person named before it, not the group that names him', () => {
    const text = "Boko Haram's leader, Abubakar Shekau, appeared in a video in which he declared that Gwoza was now part of a caliphate.";
    expect(resolvedAs(text, 'he')).toEqual(['abubakar-shekau']);
  });

  it('takes "he" after a body that was the subject for the person who was the subject just before', () => {
    const text = 'Paris, 13 February 2019\n\nFrench jets struck a rebel column. Foreign Minister Jean-Yves Le Drian answered for the government. '
      + 'The minister said that the strikes were lawful. The French government would keep the committees informed. He then defended the partner.';
    expect(resolvedAs(text, 'He')).toEqual(['jean-yves-le-drian']);
  });

  it('does not take the object "it" of a verb for that verb\'s own subject', () => {
    const text = 'Dan Na Ambassagou says it protects Dogon villages. The government ordered it dissolved on 24 March.';
    expect(resolvedAs(text, 'it')).toEqual(['dan-na-ambassagou', 'dan-na-ambassagou']);
    // (a subject parted from the verb by a clause still may be: "When the MNLA left Kidal, JNIM said it …")
    expect(resolvedAs('JNIM claimed the attack and said it would strike again.', 'it')).toEqual(['jnim']);
  });

  it('takes a short name set between commas after a name (", the UFR,") for that name, and rebels it is made of for it', () => {
    const text = 'The column belonged to the Union of Resistance Forces, the UFR, a coalition of Chadian rebels led by Timan Erdimi. The UFR said its fighters had come. The rebels are far from the capital.';
    const r = resolve(text);
    const ufr = r.entities.find((e) => e.id === 'union-of-resistance-forces');
    expect(ufr).toMatchObject({ cls: 'ArmedGroup' });
    expect(ufr!.altLabels).toContain('UFR');
    expect(r.bySentence.flat().filter((m) => ['UFR', 'rebels', 'fighters'].includes(m.text)).map((m) => m.entity)).toEqual(Array(5).fill('union-of-resistance-forces'));
    // (a union of states stays one)
    expect(entity('The African Union, a bloc of 55 states, met in Addis Ababa.', 'african-union')).toMatchObject({ cls: 'InternationalOrganization' });
  });

  it('gives "Its soldiers" opening a sentence to the country that was the subject of the one before', () => {
    // (an article from Paris, whose "he" the rules give the French government)
    const text = 'Paris, Wednesday 13 February 2019 - our parliamentary correspondent\n\nFrench jets bombed a rebel column in Chad. '
      + 'Foreign Minister Jean-Yves Le Drian answered for the government. He then defended the partner. Chad, he said, is the ally that pays the highest price. Its soldiers serve in Mali.';
    expect(resolvedAs(text, 'soldiers')).toEqual(['chad-armed-forces']);
  });

  it('reads "the country" as the article\'s country', () => {
    expect(resolvedAs('NIAMEY - The junta in Niger ordered French forces to leave the country.', 'country')).toEqual(['niger']);
  });

  it('reads "the junta in Niger" as Niger\'s junta of the article\'s date, and "Guinea\'s military government" as Guinea\'s', () => {
    const text = 'BAMAKO - The junta in Niger closed the border. Guinea\'s military government said it did not support the sanctions.';
    expect(resolvedAs(text, 'junta', '2023-07-31')).toEqual(['cnsp-niger']);
    expect(resolvedAs(text, "Guinea's military government", '2023-07-31')).toEqual(['guinea-government']);
  });

  it('reads "the group" as the last group named, not one named as a modifier ("an al Qaeda affiliate")', () => {
    const text = 'He hoped to meet a commander of JNIM, the Sahel\'s main al Qaeda affiliate. He said he had been kidnapped by the group.';
    expect(resolvedAs(text, 'group')).toEqual(['jnim']);
  });

  it('reads "the spokesman" as the person named before with that title, and "He said" after him as him', () => {
    const text = 'Fifty soldiers were killed, government spokesman Wilfried Houngbedji said on Thursday. The spokesman said the toll showed the threat was regional. He said more troops would be sent.';
    expect(resolvedAs(text, 'The spokesman')).toEqual(['wilfried-houngbedji']);
    expect(resolvedAs(text, 'He')).toEqual(['wilfried-houngbedji']);
  });
});

describe('resolveEntities: groups in the plural', () => {
  it('does not make "Islamist groups" the one group the article names, unless they say what it is made of', () => {
    const text = 'Gao was ruled by armed Islamist groups in 2012 and 2013.\n\nIn January 2012, the MNLA attacked the Malian army in the north, '
      + 'fighting alongside Islamist groups. Within weeks, MUJAO had pushed the MNLA out of Gao. MUJAO imposed its rules on Gao.';
    expect(resolvedAs(text, 'Islamist groups')).toEqual(['fx-unidentified-jihadists', 'fx-unidentified-jihadists']);
    expect(resolvedAs('MUJAO held Gao. The CMA, an alliance of mainly Tuareg rebel groups, objected.', 'rebel groups')).not.toContain('fx-unidentified-rebels');
  });
});

describe('resolveEntities: compound titles', () => {
  it('takes "Air Marshal" as a title, not as part of the name, and not "Air" of a company', () => {
    const ids = resolve('The Chief of the Air Staff, Air Marshal Sadique Abubakar, spoke.').entities.map((e) => e.id);
    expect(ids).toContain('sadique-abubakar');
  });
});

describe('resolveEntities: acronyms after a name that ends in a place', () => {
  it('gives "the High Islamic Council of Mali (HCIM)" its acronym, not to Mali', () => {
    const entities = resolve('The High Islamic Council of Mali (HCIM) mediated. The HCIM said talks would go on.').entities;
    expect(entities.find((e) => e.id === 'mali')?.altLabels ?? []).not.toContain('HCIM');
    // (the state it is of is a word of its name)
    expect(entities.find((e) => e.altLabels.includes('HCIM'))?.label).toBe('High Islamic Council of Mali');
  });
});

describe('resolveEntities: the police, and "he" after a titled name', () => {
  it('makes "the police" the country\'s police force, never its army, and nothing in "police posts" or a mission\'s strength', () => {
    expect(resolvedAs('Gunmen fought soldiers and police in Maiduguri, Nigeria.', 'police')).toEqual(['police-nigeria']);
    expect(resolvedAs('Gunmen attacked police posts in Maiduguri, Nigeria.', 'police')).toEqual([]);
    expect(resolvedAs('MINUSMA, which has 12,000 troops and police in Mali, left.', 'police')).toEqual([]);
  });

  it('gives "he" the person a group\'s title names, not the group', () => {
    expect(resolvedAs('JNIM leader Iyad Ag Ghaly spoke in a video. He said the war would go on.', 'He')).toEqual(['iyad-ag-ghaly']);
  });
});

describe('resolveEntities: another body\'s police', () => {
  it('does not make "the Islamic police" or "religious police" the state\'s police', () => {
    expect(resolvedAs('In Gao, Mali, the Islamic police flogged a man.', 'police')).toEqual([]);
    expect(resolvedAs('In Gao, Mali, the religious police flogged a man.', 'police')).toEqual([]);
    expect(resolvedAs('In Gao, Mali, the police arrested a man.', 'police')).toEqual(['police-mali']);
  });
});

describe('resolveEntities: pronouns in the order of the text', () => {
  it('makes "he" in "as he travelled" and the object "him" the person named last, not the sentence\'s first one', () => {
    const text = "Falmata's account begins in May 2014, when Boko Haram gunmen ambushed the convoy of the Emir of Gwoza, Idrissa Timta, as he travelled to a funeral, and killed him.";
    expect(resolvedAs(text, 'he')).toEqual(['idrissa-timta']);
    expect(resolvedAs(text, 'him')).toEqual(['idrissa-timta']);
  });
});

describe('resolveEntities: a tracker entry\'s state', () => {
  it('makes "the army" of a dated entry about Nigeria Nigeria\'s, in an article mostly about Mali', () => {
    const text = 'Mali tracker\n\nMali said the FAMa held Gao. Mali and the FAMa. Mali.\n\n'
      + '1 March – Dikwa, Borno State (Nigeria). ISWAP stormed Dikwa. The army repelled the militants.\n\n'
      + '2 March – Gao (Mali). The army patrolled Gao.';
    expect(resolvedAs(text, 'army')).toEqual(['nigeria-armed-forces', 'fama']);
  });
});

describe('resolveEntities: a state\'s troops named as its operation', () => {
  it('resolves the demonym\'s troops named after the operation to that operation, not the state\'s army', () => {
    const text = 'French troops of Operation Barkhane backed the raid. According to the French military, French soldiers killed 20 fighters.';
    const ids = new Set(resolve(text, '2018-05-04').entities.map((e) => e.id));
    expect(ids.has('operation-barkhane')).toBe(true);
    expect(ids.has('french-armed-forces')).toBe(false);
    // (before the operation is named, or with no operation, the French military is France's armed forces)
    expect(resolvedAs('The French military said it had struck. French troops of Operation Barkhane backed the raid.', 'French military')).toEqual(['french-armed-forces']);
  });
});

describe('resolveEntities: names found once by their cue', () => {
  it('finds a name of several words again wherever it is written, though its first word is a demonym', () => {
    const text = 'The park is managed by African Parks, a South African-based conservation group. In a statement, African Parks mourned the guide.';
    expect(resolvedAs(text, 'African Parks')).toEqual(['african-parks', 'african-parks']);
  });
});

describe('resolveEntities: a person read again by his calling', () => {
  it('reads "The priest" as the priest named before, and no one when none was', () => {
    expect(resolvedAs('Gunmen seized a French Catholic priest, Georges Vandenbeusch, at his parish. The priest was freed in December.', 'The priest'))
      .toEqual(['georges-vandenbeusch']);
    expect(resolvedAs('Gunmen attacked the parish. The priest was freed in December.', 'The priest')).toEqual([]);
  });
});


describe('resolveEntities: a demonym before "colonels"', () => {
  it('reads "the Malian colonels" as the government of Mali, though the article names France more', () => {
    expect(resolvedAs('The Malian colonels pushed out French troops. French soldiers left.', 'Malian colonels', '2022-06-01')).toEqual(['government-of-mali']);
  });
});

describe('resolveEntities: soldiers of the force their sentence names', () => {
  const text = 'Fighters ambushed a convoy of the Nigerien army near Tillia, killing 12 soldiers. Chad handed over its base in Faya to French troops.';
  it('reads bare soldiers as the one state force named before them in their sentence, not the state named most', () => {
    expect(resolvedAs(text, 'soldiers')).toEqual(['niger-armed-forces']);
  });
  it('leaves "the army" to the article and soldiers whose owner follows to that owner', () => {
    expect(resolvedAs('Mali has been ruled by a junta since 2020. The Malian colonels pushed out French troops and brought in Wagner mercenaries to fight alongside the army.', 'army')).toEqual(['fama']);
    expect(resolvedAs('Chadian troops stayed, joined by soldiers from Niger. Niger said so.', 'soldiers')).not.toContain('chad-armed-forces');
  });
});

describe('resolveEntities: a fronted phrase of setting', () => {
  it('takes the name after "In the video" for the subject a "he" in the next sentence stands for', () => {
    const text = 'In the video Shekau denies that Boko Haram has negotiated with anyone. He says that the girls have converted.';
    expect(resolvedAs(text, 'He')).toEqual(['abubakar-shekau']);
  });
});

describe('resolveEntities: "he" after a sentence that names one person in a phrase', () => {
  it('stands for that person when the sentence before had no one else', () => {
    const text = "Members discussed the remarks by Ghana's President Nana Akufo-Addo in Washington. He claimed that Burkina Faso had hired Wagner.";
    expect(resolvedAs(text, 'He')).toEqual(['nana-akufo-addo']);
  });
});

describe('resolveEntities: the government "of" a leader', () => {
  it('is the government of the state the gazetteer gives that leader, not the state the article names most', () => {
    const text = "In Abuja, Nigeria's army said so. The transitional government of General Assimi Goïta dissolved the political parties.";
    expect(resolvedAs(text, 'transitional government', '2025-07-04')).toEqual(['government-of-mali']);
  });
});

describe('resolveEntities: a force "including its" unit', () => {
  it('keeps the force itself, not the unit the apposition names as its part', () => {
    expect(resolvedAs("Cameroon's army, including its Rapid Intervention Battalion (BIR), holds positions along the border.", "Cameroon's army")).toEqual(['cameroon-armed-forces']);
  });
});

describe('resolveEntities: "it" and descriptions of civil bodies', () => {
  it('does not let "it" stand for a description in the plural', () => {
    const text = 'The Malian government said the boat was attacked. "Around fifty assailants were neutralized," it added.';
    expect(resolvedAs(text, 'it')).toEqual(['government-of-mali']);
  });

  it('reads "X, a local civil society group," as X, and "the association of giraffe guides" as no body named before', () => {
    const text = 'AFP reported the attack. The Collective Against Impunity and the Stigmatisation of Communities, a local civil society group, said the toll was higher.';
    expect(resolvedAs(text, 'civil society group')).toEqual(['collective-against-impunity-and-the-stigmatisation-of-communities']);
    expect(resolvedAs('Kadri Abdou worked for the humanitarian organisation ACTED. He headed the association of giraffe guides.', 'association')).toEqual([]);
    expect(resolvedAs('Tabital Pulaaku, a Fulani association, met in Bamako. The association denounced the killings.', 'association')).toEqual(['tabital-pulaaku']);
  });

  it('reads "he" after a sentence whose subject is a force as the person that sentence had speak', () => {
    const text = 'The Chadian army cleared the islands. Speaking at Bohoma, where he spent the campaign, Idriss Deby went further. Chadian units, he said, had pursued the insurgents into Niger. '
      + 'He then accused the neighbours of leaving Chad to fight alone.';
    expect(resolvedAs(text, 'He')).toEqual(['idriss-deby']);
  });

  it('reads an army\'s generals as its officers, and "the generals" of a coup as the junta', () => {
    expect(resolvedAs('The riders belong to a unit that the Mauritanian army revived when its generals decided to act.', 'generals')).toEqual([]);
    expect(resolvedAs('The attack is a blow to the generals who overthrew President Mohamed Bazoum in Niger.', 'generals')).toEqual(['government-of-niger']);
  });

  it('never gives "its" to a plural description before it, nor to the actors of a clause that opens the sentence', () => {
    expect(resolvedAs('The Malian army said that several attackers had been killed and that a few of its soldiers had been wounded.', 'soldiers')).toEqual(['fama']);
    const text = 'Two weeks after French and Malian troops had retaken Gao from the group, MUJAO carried out a suicide bombing, and on 10 February its fighters entered the city.';
    expect(resolvedAs(text, 'fighters')).toEqual(['mujao']);
  });

  it('keeps the known place a French name ends in as part of the name ("Collectif Justice pour Barsalogho")', () => {
    expect(entity('The Collectif Justice pour Barsalogho said 400 people had been killed.', 'collectif-justice-pour-barsalogho')?.cls).toBe('Organization');
  });
});

describe('resolveEntities: villages listed with others, hyphenated names, zones and the speaker a quote closes on', () => {
  it('types names listed with other villages as villages, and a name a hyphen joins as a person\'s', () => {
    const ents = resolve('The attackers struck Intazayene, Bakorat, Wistane and a number of smaller hamlets in the Tillia department.').entities;
    expect(['intazayene', 'bakorat', 'wistane'].map((id) => ents.find((e) => e.id === id)?.cls)).toEqual(['Settlement', 'Settlement', 'Settlement']);
    expect(entity('Asha-Rose Migiro visited injured staff in hospital.', 'asha-rose-migiro')?.cls).toBe('Person');
    expect(entity('A car forced its way past the gate of UN House, in the Diplomatic Zone.', 'diplomatic-zone')?.cls).toBe('Region');
  });

  it('knows the groups and people of the wider region the Sahel\'s news names ("Somalia\'s al-Shabaab", "Ban Ki-moon")', () => {
    expect(entity('Boko Haram sought contacts with Somalia\'s al-Shabaab.', 'al-shabaab')?.cls).toBe('ArmedGroup');
    expect(entity('The UN Secretary-General, Ban Ki-moon, condemned the bombing.', 'ban-ki-moon')?.cls).toBe('Person');
  });

  it('makes the "he" a quotation closes on the last person named, not the body the quote spoke of', () => {
    const text = 'A security analyst in Lagos told us the target was a warning. "Hitting the UN tells the world the group wants to be seen," he said.';
    expect(resolvedAs(text, 'he')).toEqual([resolvedAs(text, 'security analyst')[0]]);
    expect(resolvedAs(text, 'he')).not.toEqual(['un']);
  });
});

describe('resolveEntities: civil coalitions and parties named in apposition', () => {
  it('types a coalition of parties and civil groups as a civil body, and a party an owner has, named after it, as one', () => {
    expect(entity('The march was called by Wakit Tama, a coalition of opposition parties and civil society groups.', 'wakit-tama')?.cls).toBe('Organization');
    expect(entity("The government suspended Succès Masra's party, the Transformers, on Thursday.", 'transformers')?.cls).toBe('Organization');
  });
});

describe('resolveEntities: a role qualified by its portfolio', () => {
  it('makes "the prime minister" the person named before with that title', () => {
    const text = 'Prime Minister Saleh Kebzabo spoke on Thursday. The prime minister described the protests as an insurrection.';
    expect(resolvedAs(text, 'The prime minister')).toEqual(['saleh-kebzabo']);
  });
});

describe('resolveEntities: the soldiers of a coup', () => {
  it('makes unowned soldiers who make a coup those of the one state the sentence\'s places lie in, not the article\'s', () => {
    const text = 'France sent troops to Mali. France said its forces would stay. The French government thanked French soldiers. Soldiers overthrow President Mamadou Tandja in Niamey.';
    expect(resolvedAs(text, 'Soldiers')).toEqual(['niger-armed-forces']);
  });
});

describe('resolveEntities: a company set beside what it is', () => {
  it('types a name an apposition calls a subsidiary or a contractor as an organisation', () => {
    expect(entity('They work for Areva and for Satom, a subsidiary of the construction group Vinci.', 'satom')?.cls).toBe('Organization');
  });
});

describe('resolveEntities: regiments', () => {
  it('makes "the regiment" the regiment named before, a state force', () => {
    const text = 'The coup was led by the Regiment of Presidential Security, an elite unit. Soldiers of the regiment detained the interim president.';
    expect(resolvedAs(text, 'regiment')).toEqual(['rsp']);
  });
});

describe('resolveEntities: names with "Without", and a rebellion named in apposition', () => {
  it('reads "Without" inside a name, its head before it', () => {
    expect(entity('Security forces stormed the headquarters of the Socialist Party Without Borders (PSF).', 'socialist-party-without-borders')?.cls).toBe('Organization');
  });

  it('types a name set beside "a rebellion" or "an armed group" as an armed group', () => {
    expect(entity('Dillo led an armed rebellion, the SCUD, in the mid-2000s.', 'scud')?.cls).toBe('ArmedGroup');
  });
});

describe('resolveEntities: a junta a name was set beside', () => {
  it('makes the article\'s later "the junta" and "the new rulers" the junta it named, not the state\'s government', () => {
    const text = 'Soldiers detained President Michel Kafando in Ouagadougou and proclaimed a junta, the National Council for Democracy (CND). '
      + 'The junta closed the borders. The new rulers imposed a curfew.';
    expect(resolvedAs(text, 'junta').slice(-1)).toEqual(['national-council-for-democracy']);
    expect(resolvedAs(text, 'new rulers')).toEqual(['national-council-for-democracy']);
  });
});

describe('resolveEntities: capitals that recall envoys, and the capital they are recalled from', () => {
  it('reads both capitals of a pair that acts, and the one envoys are recalled from, as their states\' governments', () => {
    const text = 'Nouakchott and Algiers recalled their ambassadors from Bamako in protest.';
    expect(resolvedAs(text, 'Nouakchott')).toEqual(['government-of-mauritania']);
    expect(resolvedAs(text, 'Bamako')).toEqual(['government-of-mali']);
  });
});

describe('resolveEntities: a group\'s men after "whose"', () => {
  it('gives the fighters "whose" introduces to the name before the comma, not to the sentence\'s subject', () => {
    expect(resolvedAs('The army fought the MNLA, whose fighters had seized Kidal.', 'fighters')).toEqual(['mnla']);
    expect(resolvedAs('The ISGS, whose fighters operate on both sides of the border with Mali, claimed the attack.', 'fighters')).toEqual(['islamic-state-sahel']);
  });
});

describe('resolveEntities: a capital a state turns to or breaks with', () => {
  it('reads the capital as its state\'s government, and a capital only located by a preposition as a place', () => {
    expect(resolvedAs("Niger's junta drew closer to Moscow after the coup.", 'Moscow')).toEqual(['government-of-russia']);
    expect(resolvedAs('In Mali, the junta broke with Paris in 2022.', 'Paris')).toEqual(['government-of-france']);
    expect(resolvedAs('The minister flew to Paris in 2022.', 'Paris')).toEqual(['paris']);
  });
});

describe('resolveEntities: the presidential guard of the article\'s state', () => {
  it('reads "the presidential guard" of a Malian article as Mali\'s guard, apart from its army', () => {
    const text = 'In Mali, mutinous soldiers exchanged fire with the presidential guard around the Koulouba palace.';
    expect(resolvedAs(text, 'presidential guard')).toEqual(['presidential-guard-mali']);
    expect(resolvedAs(text, 'soldiers')).toEqual(['fama']);
  });
});

describe('resolveEntities: a capital accused', () => {
  it('reads a capital that is accused or warned as its state\'s government', () => {
    expect(resolvedAs("Algeria's government accused Bamako of violating its airspace.", 'Bamako')).toEqual(['government-of-mali']);
  });
});

describe('resolveEntities: a surname two persons of the article share', () => {
  it('gives the bare surname to the one whose name, as the article writes it, ends with it', () => {
    const text = 'Gunmen attacked the palace of President Mahamat Idriss Deby. His father, Idriss Deby Itno, ruled Chad from 1990. In May, Deby won the presidential election.';
    expect(resolvedAs(text, 'Deby').slice(-1)).toEqual(['mahamat-idriss-deby']);
  });
});

describe('resolveEntities: a surname that names a family', () => {
  it('reads "the Deby family" as no one person, so that the "he" after it is the person named after it', () => {
    const text = 'Gunmen attacked the palace of President Mahamat Idriss Deby. The Deby family has ruled Chad since 1990, when Idriss Deby Itno took power. He survived several rebellions.';
    expect(resolvedAs(text, 'Deby')).toEqual([]);
    expect(resolvedAs(text, 'He')).toEqual(['idriss-deby']);
  });
});

describe('resolveEntities: kidnappers', () => {
  it('reads "the kidnappers" and "the abductors" as the unnamed gunmen who seized the hostage', () => {
    const text = 'Gunmen abducted an aid worker in Abalak on Friday. The kidnappers fled north, and the abductors were not found.';
    const ids = [...resolvedAs(text, 'Gunmen'), ...resolvedAs(text, 'kidnappers'), ...resolvedAs(text, 'abductors')];
    expect(ids.length).toBe(3);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/unidentified-gunmen$/);
  });
});

describe('resolveEntities: a junta in an article about a state that never had one', () => {
  it('reads "the junta" as that of the state its sentence names that has had juntas', () => {
    const text = 'France sent troops in 2013. France kept troops in Mali. The last French troops left Niger in December 2023 after the junta demanded their departure.';
    expect(resolvedAs(text, 'junta', '2024-01-15')).toEqual(['cnsp-niger']);
  });
});
