// extractClaims: reported speech with its claimant, cue, claimed text and the token span facts inherit.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/claims.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { findMentions } from '../../src/extract/mentions.ts';
import { segment } from '../../src/nlp/segment.ts';
import { resolveEntities } from '../../src/resolve/entities.ts';
import { loadGazetteer } from '../../src/resolve/gazetteer.ts';
import { indexGazetteer } from '../../src/resolve/index-gazetteer.ts';

const GAZ = indexGazetteer(loadGazetteer());
/** Claims of the first sentence of a one-sentence article. */
const claimsOf = (text: string) => {
  const seg = segment({ id: 'fx', text, source: 'fx.txt' });
  const { bySentence } = resolveEntities(seg, seg.sentences.map((s) => findMentions(s, GAZ)), GAZ);
  return extractClaims('fx', seg.sentences[0]!, bySentence[0]!);
};
const summary = (text: string) => claimsOf(text).map(({ claim: c }) => ({ claimant: c.claimant, cue: c.cue, text: c.text }));

describe('extractClaims', () => {
  it('attributes "X said that …" to X, with what follows the verb', () => {
    expect(summary('The MNLA said that it had seized Menaka.')).toEqual([{ claimant: 'mnla', cue: 'said', text: 'it had seized Menaka.' }]);
  });

  it('gives a passive accusation to the one its by-phrase names, the whole clause claimed ("was accused by X of …")', () => {
    expect(summary('The Malian army was accused by Human Rights Watch of killing 223 villagers in Nondin.')).toEqual([
      { claimant: 'human-rights-watch', cue: 'accused', text: 'The Malian army was accused by Human Rights Watch of killing 223 villagers in Nondin.' },
    ]);
    // (a passive without a speaker, or negated, claims nothing)
    expect(summary('The Malian army was accused of killing 223 villagers in Nondin.')).toEqual([]);
    expect(summary('The killings were not confirmed by Human Rights Watch.')).toEqual([]);
  });

  it('gives what a list of states says to each, past an apposition to one and an Oxford comma ("France, the European countries …, and Canada")', () => {
    expect(summary('France, the European countries serving in Barkhane and Takuba, and Canada announced a coordinated withdrawal from Mali.').map((c) => c.claimant))
      .toEqual(['france', 'canada-government']);
    // (not a name an apposition holds, nor one set beside the item before: "JNIM, the Sahel branch of al-Qaeda, and the ISSP")
    expect(summary('JNIM, the Sahel branch of al-Qaeda, and the Islamic State Sahel Province said they would fight on.').map((c) => c.claimant))
      .toEqual(['jnim', 'islamic-state-sahel']);
  });

  it('gives what a body and speakers no mention names say to the body ("the Chadian authorities and local officials blamed …")', () => {
    expect(summary('The Chadian authorities and local officials blamed Boko Haram, whose fighters controlled several islands.').map((c) => c.claimant)).toEqual(['government-of-chad']);
  });

  it('reads "repeated that" as a claim, and a participle\'s speaker past a date put before the subject', () => {
    expect(summary('Defence Minister Florence Parly repeated that there had been no wedding.')).toEqual([{ claimant: 'florence-parly', cue: 'repeated', text: 'there had been no wedding.' }]);
    expect(claimsOf('JNIM repeated the attack the next day.')).toEqual([]);
    expect(claimsOf('On 7 January the Malian army backed the French version, saying that the operation had targeted terrorists.').map((c) => c.claim.claimant)).toEqual(['fama']);
    // (the subject of the clause right before the comma, past "but": not that of a clause before it)
    expect(claimsOf("When ECOWAS lifted the sanctions in February 2024, Benin reopened its border, but Niger's junta kept it shut, accusing Cotonou of hosting French troops.")
      .map((c) => c.claim.claimant)).toEqual(['government-of-niger']);
    // (nor the subject of a verb inside the object: "accused soldiers of executing villagers, saying …")
    expect(claimsOf('Human Rights Watch accused soldiers of executing villagers, saying that the army must investigate.').map((c) => c.claim.claimant)).toContain('human-rights-watch');
  });

  it('gives what states named together say to each of them, past an aside between them and the verb, not to states listed in an aside', () => {
    const claimants = (text: string) => claimsOf(text).map((c) => c.claim.claimant);
    expect(claimants('Chad and Mauritania, the last two members of the G5 Sahel, said on Wednesday they would dissolve it.')).toEqual(['chad', 'mauritania']);
    expect(claimants('Burkina Faso and Niger, both ruled by military juntas, said they were leaving the G5 Sahel.')).toEqual(['burkina-faso', 'niger']);
    expect(claimants('Mali and Burkina Faso said they would regard any such intervention as a declaration of war.')).toEqual(['mali', 'government-of-burkina-faso']);
    expect(claimants('The confederation, which brings together Mali, Burkina Faso and Niger, said the drone had been destroyed.')).toEqual([]);
  });

  it('reads a question raised ("questioned why …") and an appeal ("appealed to …", "appealed for …") as claims, not a questioning or an appeal in court', () => {
    expect(summary('Babagana Umara Zulum questioned in public why travellers had been kept outside the town.')).toEqual([
      { claimant: 'babagana-umara-zulum', cue: 'questioned', text: 'in public why travellers had been kept outside the town.' }]);
    expect(claimsOf('Ibrahim Boubacar Keïta appealed to Malians not to seek revenge.').map((c) => c.claim.claimant)).toEqual(['ibrahim-boubacar-keita']);
    expect(claimsOf('The Malian army questioned the suspects.')).toEqual([]);
    expect(claimsOf('The Malian government appealed the verdict.')).toEqual([]);
  });

  it('gives what a body\'s statement says to the body, past a participle phrase after it ("issued on Thursday evening")', () => {
    expect(claimsOf('A Malian government statement issued on Thursday evening described it as a terrorist attack.').map((c) => c.claim.claimant)).toEqual(['government-of-mali']);
  });

  it("gives what a body's spokesman says, or a statement from him, to that body", () => {
    expect(claimsOf("The Burkinabe government's spokesman said the suspension had been ordered for 96 hours.").map((c) => c.claim.claimant)).toEqual(['government-of-burkina-faso']);
    expect(claimsOf("A statement from the Malian army's spokesman said that ten soldiers had been killed.").map((c) => c.claim.claimant)).toEqual(['fama']);
  });

  it("gives what a military's general staff says to that military", () => {
    expect(summary('The French general staff says that the convoy is carrying supplies.')).toEqual([{ claimant: 'french-armed-forces', cue: 'says', text: 'the convoy is carrying supplies.' }]);
    expect(claimsOf('The Malian army general staff said that 20 soldiers had been killed.').map((c) => c.claim.claimant)).toEqual(['fama']);
  });

  it('gives a second reporting verb the subject of the first, past an aside', () => {
    expect(claimsOf('President Roch Marc Christian Kaboré, who was sworn in weeks ago, visited the scene and said in an address that the country would stand firm.')
      .map((c) => c.claim.claimant)).toEqual(['roch-marc-christian-kabore']);
    expect(claimsOf('MINUSMA sent troops to Ogossagou to evacuate the wounded and said it would open an investigation.').map((c) => c.claim.claimant)).toEqual(['minusma']);
    // (an object before "and" is no second speaker)
    expect(claimsOf('The army attacked JNIM and the CSP said it would respond.').map((c) => c.claim.claimant)).toEqual(['csp']);
  });

  it('reads a verdict ("called the decision “hasty”"), a ministry located by a place, and a country that speaks', () => {
    expect(summary("Ukraine's foreign ministry called the decision \u201cshort-sighted and hasty\u201d.").map((c) => c.claimant)).toEqual(['ukraine-ministry-of-foreign-affairs']);
    expect(claimsOf('A French paratrooper was killed on Saturday, the defence ministry in Paris said.').map((c) => c.claim.claimant)).toEqual(['france-ministry-of-defence']);
    expect(claimsOf('France also said it would close its embassy in Niamey.').map((c) => c.claim.claimant)).toEqual(['government-of-france']);
    expect(claimsOf('A group called Jama\'at Nusrat al-Islam was formed.')).toEqual([]);
  });

  it('attributes "according to X, …" to X, with what follows the comma', () => {
    expect(summary('According to the CSP, soldiers executed 30 villagers near Mopti.'))
      .toEqual([{ claimant: 'csp', cue: 'according to', text: 'soldiers executed 30 villagers near Mopti.' }]);
  });

  it('attributes "…, according to X." to X, with what comes before', () => {
    expect(summary('Soldiers withdrew from Boni, according to the CSP.')[0]).toMatchObject({ claimant: 'csp', text: 'Soldiers withdrew from Boni,' });
  });

  it('takes the quotation as the claimed text when the speaker follows it', () => {
    expect(summary('“We did not withdraw from Ber,” said the army.')).toEqual([{ claimant: 'fama', cue: 'said', text: 'We did not withdraw from Ber,' }]);
  });

  it('makes no claim when the speaker is not an entity ("both camps said")', () => {
    expect(claimsOf('Both camps said they had won the battle of Tessalit.')).toEqual([]);
  });

  it('reads a capital that speaks as its government ("Bamako insists")', () => {
    expect(summary('Bamako insists that the Russians are only military instructors.').map((c) => c.claimant)).toEqual(['government-of-mali']);
  });

  it('takes the source right after "according to", not a later speaker', () => {
    expect(summary('Wagner fighters were deployed in Mali, according to Western governments, though Bamako denies it.').map((c) => c.cue)).not.toContain('according to');
  });

  it('makes no claim for a place as speaker', () => {
    expect(claimsOf('Menaka said nothing.')).toEqual([]);
  });

  it('keeps the whole sentence as evidence, with a rule id and the sentence offsets', () => {
    const text = 'Fighting resumed. The MNLA announced that it had seized Menaka.';
    const seg = segment({ id: 'fx', text, source: 'fx.txt' });
    const { bySentence } = resolveEntities(seg, seg.sentences.map((s) => findMentions(s, GAZ)), GAZ);
    const [c] = extractClaims('fx', seg.sentences[1]!, bySentence[1]!);
    expect(c!.claim.evidence).toMatchObject({ doc: 'fx', sentence: 1, rule: 'claim.reporting-verb.announce', text: 'The MNLA announced that it had seized Menaka.' });
    expect(text.slice(c!.claim.evidence.start, c!.claim.evidence.end)).toBe(c!.claim.evidence.text);
  });

  it('is less confident when the claimant is only described', () => {
    const named = claimsOf('The MNLA said it had seized Menaka.')[0]!.claim.evidence.confidence;
    const described = claimsOf('Malian soldiers said they had retaken Ber.')[0]!.claim.evidence.confidence;
    expect(described).toBeLessThan(named);
  });

  it('mints the same claim id for the same sentence', () => {
    expect(claimsOf('The MNLA said it had seized Menaka.')[0]!.claim.id).toBe(claimsOf('The MNLA said it had seized Menaka.')[0]!.claim.id);
  });

  it('attributes "Human Rights Watch said …" to Human Rights Watch', () => {
    expect(summary('Human Rights Watch said soldiers executed 30 villagers in Moura in March 2022.')[0]?.claimant).toBe('human-rights-watch');
  });

  it('takes the quotation right before the speaker\'s title and name as what was told ("“…,” Prime Minister X told parliament")', () => {
    expect(summary('"We will not negotiate with terrorists," Prime Minister Choguel Maïga told parliament.')).toEqual([
      { claimant: 'choguel-maiga', cue: 'told', text: 'We will not negotiate with terrorists,' }]);
  });

  it('takes the statement before "…, said X." as the claimed text', () => {
    expect(summary('Fighters withdrew from Boni overnight, said the CSP.')[0]?.text).toBe('Fighters withdrew from Boni overnight,');
    // (and "…, a charge X denies": the charge summed up is what is denied; Cotonou, Benin's seat of government, speaks for it)
    expect(summary("Niger's junta accused Benin of hosting French troops, a charge Cotonou denies.").filter((c) => c.cue === 'denies'))
      .toEqual([{ claimant: 'benin-government', cue: 'denies', text: "Niger's junta accused Benin of hosting French troops," }]);
    // (past a dateline: "NIAMEY, Niger (AP) — …, the defence ministry said Wednesday.")
    expect(summary("NIAMEY, Niger (AP) — Suspected jihadists killed at least 20 soldiers in western Niger, Niger's defence ministry said Wednesday.")[0]?.text)
      .toBe('Suspected jihadists killed at least 20 soldiers in western Niger,');
    // (not when only a name set beside the subject comes before the comma: the subject speaks, and what follows is said)
    expect(summary("Issa Tchiroma Bakary, Cameroon's communication minister, said the attackers had fled.")).toEqual([
      { claimant: 'issa-tchiroma-bakary', cue: 'said', text: 'the attackers had fled.' }]);
  });

  it('gives each of two coordinated speakers a claim', () => {
    expect(summary('The CSP and the MNLA said the army had withdrawn from Ber.').map((c) => c.claimant).sort()).toEqual(['csp', 'mnla']);
  });

  it('links "the ministry" to the ministry named before it', () => {
    const text = 'The Nigerien Ministry of Defence reported heavy losses. The ministry said that dozens of terrorists had been neutralized.';
    const seg = segment({ id: 'fx', text, source: 'fx.txt' });
    const { bySentence } = resolveEntities(seg, seg.sentences.map((s) => findMentions(s, GAZ)), GAZ);
    expect(extractClaims('fx', seg.sentences[1]!, bySentence[1]!).map((c) => c.claim.claimant)).toEqual(['niger-ministry-of-defence']);
  });

  it('takes "the defence ministry" for the ministry of the article\'s state, or of the state named with it', () => {
    const text = 'Gunmen killed 39 civilians in Niger\'s Tillabéri region, the defence ministry said. Niger\'s interior ministry said on Monday that a curfew was imposed.';
    const seg = segment({ id: 'fx', text, source: 'fx.txt' });
    const { bySentence } = resolveEntities(seg, seg.sentences.map((s) => findMentions(s, GAZ)), GAZ);
    expect(extractClaims('fx', seg.sentences[0]!, bySentence[0]!).map((c) => c.claim.claimant)).toEqual(['niger-ministry-of-defence']);
    expect(extractClaims('fx', seg.sentences[1]!, bySentence[1]!).map((c) => c.claim.claimant)).toEqual(['niger-ministry-of-the-interior']);
  });

  it('takes the that-clause, not the speaker, as the claimed text when an aside precedes the verb', () => {
    const [c] = summary('The MNLA, an alliance of separatist groups, announced on its website that it had seized Menaka.');
    expect(c).toMatchObject({ claimant: 'mnla', text: 'it had seized Menaka.' });
  });

  it('reads a stance as a claim: rejecting, hailing, welcoming', () => {
    expect(summary('Damiba rejected the accusation as an attempt to manipulate public opinion.')).toEqual([
      { claimant: 'paul-henri-sandaogo-damiba', cue: 'rejected', text: 'the accusation as an attempt to manipulate public opinion.' }]);
    expect(summary('Amnesty International hailed the verdict.')[0]).toMatchObject({ claimant: 'amnesty-international', cue: 'hailed' });
  });

  it('gives a claim to the person named in apposition after an organisation\'s title, past his own title', () => {
    expect(summary('In a statement, the government spokesman, Colonel Abdoulaye Maïga, announced the measures.')[0]).toMatchObject({ claimant: 'abdoulaye-maiga', cue: 'announced' });
  });
  it('keeps a clause after the verb as what was said, even after a fronted "In a statement, …"', () => {
    const text = 'The case went to Yacouba Sawadogo, the public prosecutor in Djibo. In a statement released on Sunday, the prosecutor said he had opened an inquiry.';
    const c = extractDocument({ id: 'fx', text, source: 'fx.txt' }, GAZ).claims.find((x) => x.cue === 'said');
    expect(c).toMatchObject({ claimant: 'yacouba-sawadogo', text: 'he had opened an inquiry.' });
  });

  it('gives a purpose\'s claim to the subject of the verb before ("X went on television to announce that …")', () => {
    expect(summary('Ibrahim Traoré went on state television to announce that Burkina Faso would leave ECOWAS.'))
      .toEqual([expect.objectContaining({ claimant: 'ibrahim-traore', cue: 'announce', text: 'Burkina Faso would leave ECOWAS.' })]);
  });
  it('gives "according to his office" to the person the sentence is about', () => {
    expect(summary('Mohamed Bazoum condemned the killings, according to his office.').map((c) => c.claimant)).toEqual(['mohamed-bazoum']);
  });
});

describe('extractClaims: a civil body named again by what it is', () => {
  it('gives "The rights group also said …" to the rights group named before, not to a body its name is preceded by', () => {
    const x = extractDocument({ id: 'fx', source: 'fx.txt', text: 'Amnesty International said the army had been warned. The rights group also said troops had been withdrawn from a checkpoint in January.' }, GAZ);
    expect(x.claims.map((c) => c.claimant)).toEqual(['amnesty-international', 'amnesty-international']);
    const y = extractDocument({ id: 'fx', source: 'fx.txt', text: 'Dubois wrote for the French daily Libération. Woodke worked for the Christian aid organisation JEMED.' }, GAZ);
    expect(y.entities.find((e) => e.altLabels.includes('aid organisation'))).toBeUndefined();
  });
});

describe('extractClaims: speakers behind appositions and clause openers', () => {
  const who = (text: string) => claimsOf(text).map((c) => c.claim.claimant);
  it('gives the claim to the person, not to the body named in his title', () => {
    expect(who('Bilal Ag Acherif, secretary general of the MNLA, a member of the CSP, affirmed that his men would stay.')).toEqual(['bilal-ag-acherif']);
    expect(who('The head of ECOWAS, the Nigerian Omar Touray, condemned in a statement "a cowardly act".')).toEqual(['omar-touray']);
    expect(who('The army was silent, while Iyad Ag Ghaly, the leader of JNIM, declared that the fight would go on.')).toEqual(['iyad-ag-ghaly']);
  });

  it('reads "speaks of", "assured" and "recognised that" as reports, not "recognised the junta"', () => {
    expect(summary('The MNLA, in a communiqué, speaks of 12 dead.')).toEqual([{ claimant: 'mnla', cue: 'speaks', text: 'of 12 dead.' }]);
    expect(who('The MNLA spoke to reporters.')).toEqual([]);
    expect(who('Assimi Goïta assured, in a message to the Nation, that Mali would not bow.')).toEqual(['assimi-goita']);
    expect(who('ECOWAS recognised that the sanctions had failed.')).toEqual(['ecowas']);
    expect(who('ECOWAS recognised the new government.')).toEqual([]);
  });
});

describe('extractClaims: demands, and the head of state', () => {
  it('reads "demanded that …" as what its subject says', () => {
    expect(summary('The CSP demanded that the army leave Kidal.')).toEqual([{ claimant: 'csp', cue: 'demanded', text: 'the army leave Kidal.' }]);
  });

  it('gives what "the head of state" says to the president the article named before, with his title set off by a comma', () => {
    const x = extractDocument({ id: 'fx', text: 'On Sunday, the President of the Republic, Mohamed Bazoum, went to Diffa. There, the head of state promised that the killers would be punished.', source: 'fx.txt' }, GAZ);
    expect(x.claims.map((c) => c.claimant)).toEqual(['mohamed-bazoum']);
  });
});

describe('extractClaims: figures, headquarters and one quotation among several', () => {
  const who = (text: string) => claimsOf(text).map((c) => c.claim.claimant);
  it('reads "puts the toll at 40" as a claim of its subject', () => {
    expect(summary('The ICRC puts the death toll at 40.')).toEqual([{ claimant: 'icrc', cue: 'puts', text: 'the death toll at 40.' }]);
    expect(who('The ICRC put the trucks at the gate.')).toEqual([]);
  });

  it('reads "the Defence Headquarters" as a body that speaks, not a title', () => {
    expect(who('The Defence Headquarters says troops have freed the hostages.')).toEqual(['defence-headquarters']);
  });

  it('takes the quotation next to the verb when the sentence has two', () => {
    expect(summary('"We will hold Gao," the MNLA says, before warning of "a long war".')[0]?.text).toBe('We will hold Gao,');
  });
});

describe('extractClaims: complaints and laments', () => {
  it('reads "X complained that …" as X\'s claim', () => {
    expect(summary('Mahamat Deby has complained that the army was slow to hold the towns.')).toEqual([
      expect.objectContaining({ claimant: 'mahamat-idriss-deby', cue: 'complained' }),
    ]);
  });
});

describe('extractClaims: boasts, conclusions, and speakers described before their name', () => {
  const who = (text: string) => claimsOf(text).map((c) => c.claim.claimant);
  it('reads "boasted that" and "concluded that" as reports, but not "concluded its operation" or "recalled its ambassador"', () => {
    expect(summary('JNIM boasted that its fighters had downed a helicopter.')).toEqual([expect.objectContaining({ claimant: 'jnim', cue: 'boasted' })]);
    expect(summary('Human Rights Watch concluded that soldiers had executed 30 men.')).toEqual([expect.objectContaining({ claimant: 'human-rights-watch', cue: 'concluded' })]);
    expect(who('The MNJTF concluded its operation near Baga.')).toEqual([]);
    expect(who('Niger recalled its ambassador from Paris.')).toEqual([]);
  });

  it('gives the claim to a name a description opens ("His rival, the opposition leader X, accused …")', () => {
    expect(who('His main rival, the opposition leader Soumaila Cisse, accused the government of hiding the losses.')).toEqual(['soumaila-cisse']);
  });
});

describe('extractClaims: a document named again', () => {
  it('gives "The statement said …" to the speaker of the sentence before, and to no one with none', () => {
    const claimants = (text: string) => extractDocument({ id: 'fx', text, source: 'fx.txt' }, GAZ).claims.map((c) => `${c.claimant} ${c.cue}`);
    expect(claimants('ECOWAS announced new sanctions in a communique on Sunday. The communique said the borders would close.')).toEqual(['ecowas announced', 'ecowas said']);
    expect(claimants('The borders closed on Sunday. The communique said the measures would last.')).toEqual([]);
  });

  it('reads thanks given as a public statement of the one who gives them', () => {
    expect(summary('President Emmanuel Macron thanked Burkina Faso and the United States for their support.').map((c) => `${c.claimant} ${c.cue}`))
      .toEqual(['emmanuel-macron thanked']);
  });
});


describe('extractClaims: speakers named in less usual ways', () => {
  it('reads the speaker past "Air" before a title in an aside', () => {
    const got = summary('On Friday the Chief of Defence Staff, Air Chief Marshal Alex Badeh, told a gathering in Abuja that the government had agreed a ceasefire.');
    expect(got.map((c) => c.claimant)).toEqual(['alex-badeh']);
  });
  it('gives what "a statement from X which said" says to X, and nothing to an antecedent a preposition governs', () => {
    expect(summary('The paper quoted a statement from the Defence Headquarters which said that troops were conducting operations.').map((c) => c.claimant))
      .toEqual(['defence-headquarters']);
    expect(summary('Residents fled towards the army which said that the town was safe.')).toEqual([]);
  });
});

describe('extractClaims: a speaker named among others, or only in the sentence before', () => {
  it('gives what "Rights groups, the CISC among them, have accused" to the CISC', () => {
    const text = 'Rights groups, the Collective against Impunity and the Stigmatisation of Communities among them, have accused some units of abuses.';
    expect(summary(text).map((c) => [c.claimant, c.cue])).toEqual([['collective-against-impunity-and-the-stigmatisation-of-communities', 'accused']]);
  });
});

describe('extractClaims: tags, offices and figures', () => {
  const claimants = (text: string) => extractDocument({ id: 'fx', text, source: 'fx.txt' }, GAZ).claims.map((c) => `${c.claimant} ${c.cue}: ${c.text}`);

  it('reads "has since said" as a report of the subject before it', () => {
    expect(summary('The Nigerien army has since said the operation killed scores of insurgents.').map((c) => c.claimant)).toEqual(['niger-armed-forces']);
  });

  it('gives what a closing ", his spokesman said" tags to the person the sentence is about, ", its spokesman said" to the body', () => {
    expect(summary('UN Secretary-General Antonio Guterres was outraged by the killings, his spokesman said.'))
      .toEqual([{ claimant: 'antonio-guterres', cue: 'said', text: 'UN Secretary-General Antonio Guterres was outraged by the killings' }]);
    expect(summary('The Malian army, backed by Wagner, retook the town, its spokesman said.').map((c) => c.claimant)).toEqual(['fama']);
    // (no person to speak for: "his" has no one to stand for)
    expect(summary('The Malian army retook the town, his spokesman said.')).toEqual([]);
  });

  it("gives what a person's office says to that person, not what his kin says", () => {
    expect(claimants('Borno governor Babagana Zulum visited Kukawa. On Wednesday, Zulum\'s office said the governor was in contact with the military.'))
      .toEqual(['babagana-zulum said: the governor was in contact with the military.']);
    expect(claimants('Babagana Zulum visited Kukawa. Zulum\'s brother said the governor was tired.')).toEqual([]);
  });

  it('reads a toll given ("gave a toll of 24 soldiers killed") as a claim, and no figure given as none', () => {
    expect(claimants('The Burkinabe army reported an attack on its post at Koutougou. The next day, it gave a toll of 24 soldiers killed and seven wounded.'))
      .toContain('burkina-faso-armed-forces gave: a toll of 24 soldiers killed and seven wounded.');
    expect(claimants('The MNLA has given no figure of its own.')).toEqual([]);
  });

  it('reads "the statement also said" as the previous speaker\'s statement', () => {
    expect(claimants('The Nigerien government said 22 soldiers died at Fambita. The statement also said that security forces had been sent to the area.'))
      .toContain('government-of-niger said: security forces had been sent to the area.');
  });

  it('reads "the presidency" as the government of the state the article is about, not a term of office', () => {
    expect(claimants("Chad's army lost a base on Barkaram island. Militants stormed the base, killing 40 soldiers, according to the presidency."))
      .toEqual(['government-of-chad according to: Militants stormed the base, killing 40 soldiers,']);
    const entities = (text: string) => extractDocument({ id: 'fx', text, source: 'fx.txt' }, GAZ).entities.map((e) => e.id);
    expect(entities('During his presidency, the Malian army grew. Mali handed over the rotating presidency of the G5 Sahel.')).not.toContain('government-of-mali');
    expect(claimants('Mali handed over the rotating presidency of the G5 Sahel. During his presidency, Idriss Deby said the army was ready.'))
      .toEqual(['idriss-deby said: the army was ready.']);
  });
});

describe('extractClaims: speakers with partners, and acts put down to someone', () => {
  const claimants = (text: string) => extractDocument({ id: 'fx', text, source: 'fx.txt' }, GAZ).claims.map((c) => `${c.claimant} ${c.cue}`);

  it('gives an accusation to each of two bodies, the second a long name with its short name in brackets', () => {
    expect(summary('Human Rights Watch and the International Federation for Human Rights (FIDH) accused Malian soldiers of executing civilians.')
      .map((c) => c.claimant)).toEqual(['human-rights-watch', 'international-federation-for-human-rights']);
  });

  it('gives what "Paris and its European partners accuse" to the French government', () => {
    expect(claimants('Paris and its European partners accuse the Malian junta of bringing in mercenaries from Wagner.')).toEqual(['government-of-france accuse']);
  });

  it('reads "attributed the killings to X" as a claim, and only with whom it is put down to', () => {
    expect(claimants('The Malian government attributed the killings to the Katiba Macina of Amadou Koufa.')).toEqual(['government-of-mali attributed']);
    expect(claimants('The Malian government attributed a new number to each unit.')).toEqual(['government-of-mali attributed']);
    expect(claimants('The Malian government attributed the land.')).toEqual([]);
  });
});

describe('extractClaims: the body a person leads, and a tag before the next clause', () => {
  it('gives what "the colonels led by X, who …, have promised" to the colonels, not to X', () => {
    expect(extractDocument({ id: 'fx', text: 'In Bamako, the colonels led by Assimi Goita, who seized power in August, have promised to restore security.', source: 'fx' }, GAZ)
      .claims.map((c) => c.claimant)).toEqual(['government-of-mali']);
  });
  it('reads ", his spokesman said, and urged …" as a tag too', () => {
    expect(summary('Antonio Guterres was outraged by the killings, his spokesman said, and urged donors to step up support.').map((c) => [c.claimant, c.text]))
      .toEqual([['antonio-guterres', 'Antonio Guterres was outraged by the killings']]);
  });
});

describe('extractClaims: a relative clause holding a list, a confederation, a ministry of foreign affairs', () => {
  const claimants = (text: string) => extractDocument({ id: 'fx', text, source: 'fx.txt' }, GAZ).claims.map((c) => `${c.claimant} ${c.cue}`);
  it('gives what "The confederation, which brings together Mali, Burkina Faso and Niger, said" to the bloc named before', () => {
    expect(claimants('The Alliance of Sahel States met in Niamey. The confederation, which brings together Mali, Burkina Faso and Niger, said the drone had been destroyed.'))
      .toEqual(['aes said']);
  });
  it('reads "Algeria\'s Ministry of Foreign Affairs" whole, as the body that speaks', () => {
    const e = extractDocument({ id: 'fx', text: "Algeria's Ministry of Foreign Affairs said the accusations were baseless.", source: 'fx' }, GAZ);
    expect(e.claims.map((c) => c.claimant)).toHaveLength(1);
    expect(e.entities.find((x) => x.id === e.claims[0]!.claimant)?.altLabels).toContain('Ministry of Foreign Affairs');
  });
});

describe('extractClaims: a speaker\'s parenthesis, a source a descriptor leads to', () => {
  const claims = (text: string) => extractDocument({ id: 'fx', text, source: 'fx.txt' }, GAZ).claims.map((c) => `${c.claimant}: ${c.text}`);
  it('gives "Chadian units, he said, had pursued …" to the person "he" stands for, with the whole sentence', () => {
    expect(claims('President Idriss Deby spoke on Thursday. Chadian units, he said, had pursued the insurgents into Nigerien territory.'))
      .toEqual(['idriss-deby: Chadian units, he said, had pursued the insurgents into Nigerien territory.']);
  });
  it('gives "according to the U.N. refugee agency UNHCR" to the UNHCR, not the UN', () => {
    expect(claims('Chad hosts more than 600,000 refugees, according to the U.N. refugee agency UNHCR, most of them in the east.').map((c) => c.split(':')[0]))
      .toEqual(['unhcr']);
  });
});

describe('extractClaims: a government named after its head', () => {
  it('gives what "the Yobe state government of Governor Ibrahim Gaidam said" to that government', () => {
    expect(summary('The Yobe state government of Governor Ibrahim Gaidam initially said troops had rescued some of the students.').map((c) => c.claimant))
      .toEqual(['government-of-yobe-state']);
  });
});

describe('extractClaims: sources quoted without a name', () => {
  const documentOf = (text: string) => extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2023-10-03' }, GAZ);

  it('keeps a claim of a source the article does not name, as a source of its own, one per kind', () => {
    const x = documentOf('Gunmen attacked Tabatol on Monday. Residents said two civilians had been killed. "They came on motorbikes," a security source in Tahoua said. '
      + 'According to local officials, 30 people died. The same security source said reinforcements had been sent.');
    const by = (id: string) => x.claims.filter((c) => c.claimant === id).map((c) => c.text);
    expect(by('fx-source-residents')).toEqual(['two civilians had been killed.']);
    expect(by('fx-source-security-source')).toHaveLength(2);
    expect(by('fx-source-local-officials')).toHaveLength(1);
    expect(x.entities.find((e) => e.id === 'fx-source-security-source')).toMatchObject({ cls: 'Person', label: 'security source' });
  });

  it('makes rights groups quoted without a name the accusers of those they accuse of something, and of no one else', () => {
    const x = documentOf('Gunmen attacked Djibo in Burkina Faso. Human rights organisations accused the Burkinabe army and the VDP of summary executions. Residents accused the army of abuses.');
    const said = x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
    expect(said).toContain('fx-source-human-rights-organisations opposes burkina-faso-armed-forces');
    expect(said).toContain('fx-source-human-rights-organisations opposes vdp');
    // (people quoted without a name accuse no one: only organisations)
    expect(said.filter((r) => r.includes('residents'))).toEqual([]);
  });

  it('keeps the word of conservation and advocacy groups as that of rights groups', () => {
    const x = documentOf('Gunmen attacked a patrol near Pama. Many forest guards withdrew from their posts in the reserves, according to conservation groups. '
      + 'Advocacy groups said two journalists had been killed. Armed groups said they would fight on.');
    expect(x.claims.map((c) => c.claimant)).toEqual(['fx-source-conservation-groups', 'fx-source-advocacy-groups']);
    expect(x.entities.find((e) => e.id === 'fx-source-conservation-groups')).toMatchObject({ cls: 'Organization' });
  });

  it('keeps the word of rights groups and aid agencies the article does not name, as an organisation of its own, in no fact', () => {
    const x = documentOf('Gunmen attacked Djibo. Human rights groups accuse both the army and the volunteers of killing Fulani civilians suspected of backing the insurgents, '
      + 'a charge the authorities deny. Aid agencies warned that 2 million people faced hunger. Armed groups said they would fight on.');
    expect(x.claims.map((c) => c.claimant)).toEqual(['fx-source-human-rights-groups', 'government-of-burkina-faso', 'fx-source-aid-agencies']);
    expect(x.entities.find((e) => e.id === 'fx-source-human-rights-groups')).toMatchObject({ cls: 'Organization', label: 'human rights groups' });
    // (who the groups accuse killed civilians; not the insurgents the civilians were suspected of backing, nor the authorities that deny it)
    expect(x.events.flatMap((e) => e.participants).filter((p) => p.entity.includes('source'))).toEqual([]);
    expect(x.relations.filter((r) => r.predicate === 'opposes').map((r) => `${r.subject} ${r.object}`)).toEqual([]);
  });

  it('reads a speaker put after what is said, negated words and all, past the speaker\'s own apposition', () => {
    const x = documentOf('Gunmen attacked Tazalit. The refugees themselves were not harmed, said a local official in Tassara, the nearest administrative town. '
      + 'The camp was not hit, said the Malian army. President Mohamed Bazoum, who visited the site, blamed Boko Haram for the blast.');
    expect(x.claims.map((c) => [c.claimant, c.text])).toEqual([
      ['fx-source-local-official', 'The refugees themselves were not harmed,'],
      ['fama', 'The camp was not hit,'],
      ['mohamed-bazoum', 'Boko Haram for the blast.'],
    ]);
  });

  it('gives what "the source" said to the source quoted before, and nothing to "the source" of an article that quoted none', () => {
    const x = documentOf('Gunmen attacked Tazalit. They opened fire on the post, a security source in Tahoua said. '
      + '"They knew exactly where the soldiers were posted," said the source, who asked not to be named.');
    expect(x.claims.map((c) => c.claimant)).toEqual(['fx-source-security-source', 'fx-source-security-source']);
    expect(documentOf('"They knew exactly where the soldiers were posted," said the source.').claims).toEqual([]);
  });

  it('reads a source past a relative clause set off by commas, and keeps the demonym that says where it is from', () => {
    const x = documentOf('A military source in Damaturu, who asked not to be named because he was not authorised to speak, said troops were pursuing the attackers. '
      + 'A Nigerien security source in Tera said a convoy left the town on Thursday.');
    expect(x.claims.map((c) => c.claimant)).toEqual(['fx-source-military-source', 'fx-source-nigerien-security-source']);
    expect(x.entities.find((e) => e.id === 'fx-source-nigerien-security-source')?.label).toBe('Nigerien security source');
  });

  it('lets a force\'s officers speak for it, but not officers of another body', () => {
    const x = documentOf('Gunmen attacked Gao. Malian officers said soldiers had arrested two young men. French officers claimed the air strikes had destroyed most vehicles. '
      + 'MINUSMA said it had sent human rights officers to the area.');
    expect(x.claims.map((c) => c.claimant)).toEqual(['fama', 'french-armed-forces', 'minusma']);
    expect(x.entities.find((e) => e.id === 'fama')?.altLabels).not.toContain('officers');
  });

  it('lets a body named in the phrase speak, leaves bare "officials" to no one, and gives a source no part in what it reports', () => {
    const x = documentOf('UN officials said the convoy left Kidal. Officials said the town was calm. Residents said the attackers overran a post held by the VDP.');
    expect(x.claims.map((c) => c.claimant)).toContain('un');
    expect(x.entities.filter((e) => e.id.includes('-source-')).map((e) => e.id)).toEqual(['fx-source-residents']);
    expect(x.relations.filter((r) => r.subject.includes('-source-') || r.object.includes('-source-'))).toEqual([]);
  });
});

describe('extractClaims: a state that calls for or urges something', () => {
  it('makes the state\'s government the claimant of what it calls for or urges', () => {
    const x = extractDocument({ id: 'fx', text: 'Soldiers were filmed killing civilians. The United States called for a transparent investigation after the video appeared. Cameroon urged calm.', source: 'fx.txt', date: '2018-08-01' }, GAZ);
    const by = x.claims.map((c) => `${c.claimant}: ${c.text}`);
    expect(by).toContain('government-of-the-united-states: for a transparent investigation after the video appeared.');
    expect(by).toContain('cameroon-government: calm.');
  });
});

describe('extractClaims: what is told to someone', () => {
  it('starts the claim after the addressee\'s "that", whatever follows; keeps a relative "that" after a noun', () => {
    const text = (t: string) => extractDocument({ id: 'fx', text: t, source: 'fx.txt', date: '2022-06-10' }, GAZ).claims.map((c) => c.text);
    expect(text('The minister, Rauf Aregbesola, told reporters that the council had concluded that ISWAP was responsible.'))
      .toEqual(['the council had concluded that ISWAP was responsible.']);
    expect(text('Abubakar Shekau said in an audio recording that circulated on Sunday that ISWAP was responsible.')[0]).not.toMatch(/^circulated/);
  });
});

describe('extractClaims: a speaker past "but", and a state\'s agency named again', () => {
  it('gives what a clause after "but" reports to the subject of the clause before', () => {
    expect(summary('The Malian authorities did not comment on the identity of the commander but described the assailants as members of "armed terrorist groups".'))
      .toEqual([expect.objectContaining({ claimant: 'government-of-mali', cue: 'described' })]);
  });

  it('reads "Nigeria\'s State Security Service" as one name, and "the agency" after it as that body, not a name that only modifies another', () => {
    const text = "Nigeria's State Security Service, the SSS, says the bombing of UN House was masterminded by Mamman Nur. In a statement, the agency declared Nur wanted. It also said it was holding several suspects.";
    const x = extractDocument({ id: 'fx', text, source: 'fx.txt', date: '2011-08-31' }, GAZ);
    expect(x.entities.find((e) => e.label === 'State Security Service')?.altLabels).toContain('SSS');
    expect(new Set(x.claims.map((c) => c.claimant))).toEqual(new Set(['state-security-service']));
  });
});

describe('extractClaims: a source named by whose people it is', () => {
  it('keeps "Residents of the town said" as the residents\' claim', () => {
    expect(summary('Residents of the town said the militants stole cattle.')).toEqual([{ claimant: 'fx-source-residents', cue: 'said', text: 'the militants stole cattle.' }]);
  });
});

describe('extractClaims: replies, quotes and verdicts on a fronted object', () => {
  it('reads "replied that", "was quoted as saying" and "which X called the worst atrocity" as claims of their speakers', () => {
    expect(summary('JNIM replied that any talks required the departure of French forces.')).toEqual([{ claimant: 'jnim', cue: 'replied', text: 'any talks required the departure of French forces.' }]);
    expect(summary('Tiani was quoted as saying that the withdrawal was irreversible.').map((c) => c.claimant)).toEqual(['abdourahamane-tiani']);
    expect(summary('Soldiers killed hundreds of people in Moura, an operation which Human Rights Watch called the worst atrocity of the conflict.'))
      .toContainEqual({ claimant: 'human-rights-watch', cue: 'called', text: 'the worst atrocity of the conflict.' });
  });
  it('reads no claim from a response in deeds', () => {
    expect(summary('Chad responded to the attack by sending troops.')).toEqual([]);
  });
});
