// parseGazetteer on small fixtures, then loadGazetteer on the shipped files: links, names, coverage.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Parser } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { NS } from '../../src/iris.ts';
import { DEFAULT_GAZETTEER_DIR, UNVERSIONED, loadGazetteer, parseGazetteer } from '../../src/resolve/gazetteer.ts';
import { ENTITY_CLASSES, PLACE_CLASSES, type EntityClass, type GazetteerEntry } from '../../src/types.ts';

const PREFIXES = `@prefix ent: <${NS.ent}> . @prefix kg: <${NS.kg}> . @prefix skos: <${NS.skos}> .
@prefix owl: <${NS.owl}> . @prefix rdfs: <${NS.rdfs}> .\n`;

const SMALL = `${PREFIXES}
<https://example.org/g> a owl:Ontology ; owl:versionInfo "9.9" .
ent:mali a kg:Country ; skos:prefLabel "Mali" ; skos:prefLabel "Mali"@fr ; kg:demonym "Malian" .
ent:kidal a kg:Settlement ; skos:prefLabel "Kidal" ; kg:locatedIn ent:mali ; kg:country ent:mali .
ent:fama a kg:StateForce ; skos:prefLabel "Malian Armed Forces" ;
  skos:altLabel "Forces Armées Maliennes", "Armed Forces of Mali", "Forces Armées Maliennes", "Malian Armed Forces" ;
  kg:acronym "FAMa" ; kg:country ent:mali .
`;

describe('parseGazetteer', () => {
  it('reads entries with their class, names and links, sorted by id', () => {
    const g = parseGazetteer(SMALL);
    expect(g.entries.map((e) => e.id)).toEqual(['fama', 'kidal', 'mali']);
    expect(g.entries[0]).toEqual({
      id: 'fama',
      cls: 'StateForce',
      label: 'Malian Armed Forces',
      aliases: ['Armed Forces of Mali', 'Forces Armées Maliennes'],
      acronyms: ['FAMa'],
      demonyms: [],
      memberOf: [],
      country: 'mali',
    });
    expect(g.entries[1]).toMatchObject({ cls: 'Settlement', locatedIn: 'mali', country: 'mali' });
  });

  it('deduplicates aliases and drops the ones equal to the label', () => {
    const fama = parseGazetteer(SMALL).entries.find((e) => e.id === 'fama')!;
    expect(fama.aliases.filter((a) => a === 'Forces Armées Maliennes')).toHaveLength(1);
    expect(fama.aliases).not.toContain('Malian Armed Forces');
  });

  it('takes the version from owl:versionInfo, unless one is given', () => {
    expect(parseGazetteer(SMALL).version).toBe('9.9');
    expect(parseGazetteer(SMALL, '1.2.3').version).toBe('1.2.3');
    expect(parseGazetteer(`${PREFIXES} ent:mali a kg:Country ; skos:prefLabel "Mali" .`).version).toBe(UNVERSIONED);
  });

  it('merges what several texts say about one entry', () => {
    const extra = `${PREFIXES} ent:kidal skos:altLabel "Kidal town" .`;
    const kidal = parseGazetteer([SMALL, extra]).entries.find((e) => e.id === 'kidal')!;
    expect(kidal.aliases).toEqual(['Kidal town']);
  });

  it('accepts rdfs:label when skos:prefLabel is missing', () => {
    const g = parseGazetteer(`${PREFIXES} ent:gao a kg:Settlement ; rdfs:label "Gao" .`);
    expect(g.entries[0]!.label).toBe('Gao');
  });

  it('throws InputError naming the source on malformed Turtle', () => {
    expect(() => parseGazetteer(`${PREFIXES} ent:x a kg:Country ; skos:prefLabel "X" `, undefined, ['extra.ttl'])).toThrow(InputError);
    expect(() => parseGazetteer(`${PREFIXES} ent:x a kg:Country ; skos:prefLabel "X" `, undefined, ['extra.ttl'])).toThrow(/extra\.ttl/);
  });

  it('throws InputError on an unknown class', () => {
    expect(() => parseGazetteer(`${PREFIXES} ent:x a kg:Militia ; skos:prefLabel "X" .`)).toThrow(InputError);
    expect(() => parseGazetteer(`${PREFIXES} ent:x a kg:ArmedClash ; skos:prefLabel "X" .`)).toThrow(InputError);
  });

  it('throws InputError on an entry without class or label', () => {
    expect(() => parseGazetteer(`${PREFIXES} ent:x skos:prefLabel "X" .`)).toThrow(InputError);
    expect(() => parseGazetteer(`${PREFIXES} ent:x a kg:Country .`)).toThrow(InputError);
  });

  it('reads the dates a body existed, and refuses one that is no date', () => {
    const S = `${PREFIXES} @prefix schema: <https://schema.org/> .`;
    const j = parseGazetteer(`${S} ent:j a kg:Government ; skos:prefLabel "J" ; schema:foundingDate "2012-03-22" ; schema:dissolutionDate "2013" .`).entries[0]!;
    expect([j.from, j.until]).toEqual(['2012-03-22', '2013']);
    expect(() => parseGazetteer(`${S} ent:j a kg:Government ; skos:prefLabel "J" ; schema:foundingDate "March 2012" .`)).toThrow(/foundingDate/);
  });

  it('throws InputError on a link to an unknown entry', () => {
    expect(() => parseGazetteer(`${PREFIXES} ent:x a kg:Settlement ; skos:prefLabel "X" ; kg:locatedIn ent:nowhere .`)).toThrow(/ent:nowhere/);
    expect(() => parseGazetteer(`${PREFIXES} ent:p a kg:Person ; skos:prefLabel "P" ; kg:leads ent:nobody .`)).toThrow(/kg:leads links to unknown entry ent:nobody/);
  });

  it('reads the bodies a person led (kg:leads), and none when it says nothing', () => {
    const { entries } = parseGazetteer(`${PREFIXES} ent:g a kg:ArmedGroup ; skos:prefLabel "G" . ent:h a kg:ArmedGroup ; skos:prefLabel "H" .
      ent:p a kg:Person ; skos:prefLabel "P" ; kg:leads ent:h, ent:g .`);
    expect(entries.find((e) => e.id === 'p')!.leads).toEqual(['g', 'h']);
    expect(entries.find((e) => e.id === 'g')!.leads).toBeUndefined();
  });

  it('reads lasting partners in arms (kg:alliedWith), and refuses one that is no entry', () => {
    const { entries } = parseGazetteer(`${PREFIXES} ent:g a kg:ArmedGroup ; skos:prefLabel "G" ; kg:alliedWith ent:h . ent:h a kg:ArmedGroup ; skos:prefLabel "H" .`);
    expect(entries.find((e) => e.id === 'g')!.alliedWith).toEqual(['h']);
    expect(() => parseGazetteer(`${PREFIXES} ent:g a kg:ArmedGroup ; skos:prefLabel "G" ; kg:alliedWith ent:nobody .`)).toThrow(/kg:alliedWith links to unknown entry/);
  });
});

describe('loadGazetteer', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'kg-gazetteer-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('finds the project gazetteer from the module, whatever the cwd', () => {
    expect(path.isAbsolute(DEFAULT_GAZETTEER_DIR)).toBe(true);
    expect(readdirSync(DEFAULT_GAZETTEER_DIR).some((f) => f.endsWith('.ttl'))).toBe(true);
  });

  it('throws InputError naming the file when one does not parse', () => {
    writeFileSync(path.join(tmp, 'bad.ttl'), `${PREFIXES} ent:x a kg:Country ; skos:prefLabel "X"`);
    expect(() => loadGazetteer(tmp)).toThrow(InputError);
    expect(() => loadGazetteer(tmp)).toThrow(/bad\.ttl/);
  });

  it('throws InputError on a missing folder', () => {
    expect(() => loadGazetteer(path.join(tmp, 'missing'))).toThrow(InputError);
  });
});

/* ------------------------------------------------------------------ the shipped gazetteer */

const g = loadGazetteer();
const byId = new Map(g.entries.map((e) => [e.id, e]));
const names = (e: GazetteerEntry): string[] => [e.label, ...e.aliases];
const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
/** The evaluation's label normalisation: accents, case, punctuation and a leading "the" do not count. */
const norm = (s: string): string => fold(s).toLowerCase().replace(/['’]s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
const isPlace = (c: EntityClass): boolean => PLACE_CLASSES.includes(c);

/** Names deliberately shared by two entries. */
const SHARED_ACRONYMS: Record<string, string[]> = {
  // Mali's 2020 junta and Niger's 2023 junta are both "CNSP"; the pipeline picks by country or date.
  CNSP: ['cnsp-mali', 'cnsp-niger'],
};

const SHARED_NAMES: Record<string, string[]> = {
  // Burkina Faso's Est Region and Cameroon's East Region: the pipeline picks by the article's country.
  'east region': ['east-region-cameroon', 'est-region-burkina-faso'],
  // The wider Sahel, or Burkina Faso's Sahel Region in an article about Burkina Faso: the same.
  'sahel region': ['sahel', 'sahel-region-burkina-faso'],
};

/** Words that are descriptions, never names: the pipeline resolves them in context. */
const GENERIC = ['army', 'military', 'forces', 'soldiers', 'troops', 'rebels', 'rebellion', 'separatists', 'jihadists',
  'government', 'authorities', 'junta', 'mercenaries', 'state', 'platform', 'coalition', 'mission', 'un mission', 'capital',
  'north', 'region', 'militants', 'terrorists', 'insurgents'];

describe('the shipped gazetteer', () => {
  it('has a version and a few hundred entries', () => {
    expect(g.version).toBe('0.9.9');
    expect(g.entries.length).toBeGreaterThan(300);
  });

  it('knows the capitals of the states that take part, each of its own state, in that state', () => {
    for (const [capital, state] of [['copenhagen', 'denmark'], ['berlin', 'germany'], ['kyiv', 'ukraine'], ['brussels', 'belgium'], ['khartoum', 'sudan']]) {
      expect(byId.get(capital!), capital).toMatchObject({ cls: 'Settlement', capitalOf: state, country: state });
    }
    // (one capital a state)
    const capitals = g.entries.filter((e) => e.capitalOf).map((e) => e.capitalOf);
    expect(capitals.length).toBe(new Set(capitals).size);
  });

  it('knows the towns and camps of Chad\'s Lac province, by the names the news gives them', () => {
    expect(byId.get('lac-province')?.aliases).toContain('Lac region');
    expect(byId.get('baga-sola')).toMatchObject({ cls: 'Settlement', locatedIn: 'lac-province', country: 'chad' });
    expect(byId.get('dar-es-salam-camp')).toMatchObject({ cls: 'Site', country: 'chad' });
  });

  it('knows the Islamic Movement in Nigeria, the Shi\'ite movement led by Ibrahim Zakzaky', () => {
    expect(byId.get('islamic-movement-in-nigeria')).toMatchObject({ cls: 'Organization', acronyms: ['IMN'] });
  });

  it('uses lower-case hyphenated ids', () => {
    expect(g.entries.map((e) => e.id).filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('gives every entry a known class and a label', () => {
    for (const e of g.entries) {
      expect(ENTITY_CLASSES).toContain(e.cls);
      expect(e.label.trim()).toBe(e.label);
      expect(e.label.length).toBeGreaterThan(0);
    }
  });

  it('links kg:country to countries, kg:locatedIn to places and kg:memberOf to actors', () => {
    for (const e of g.entries) {
      if (e.country) expect(byId.get(e.country)?.cls, `${e.id} country`).toBe('Country');
      if (e.locatedIn) expect(isPlace(byId.get(e.locatedIn)!.cls), `${e.id} locatedIn`).toBe(true);
      for (const m of e.memberOf) expect(isPlace(byId.get(m)!.cls), `${e.id} memberOf ${m}`).toBe(false);
      // (a leader is a person, what he leads an actor)
      for (const l of e.leads ?? []) expect([e.cls, isPlace(byId.get(l)!.cls)], `${e.id} leads ${l}`).toEqual(['Person', false]);
      for (const a of e.alliedWith ?? []) expect([isPlace(e.cls), isPlace(byId.get(a)!.cls)], `${e.id} alliedWith ${a}`).toEqual([false, false]);
    }
  });

  it('places every settlement, site and national region in its country', () => {
    for (const e of g.entries.filter((x) => ['Settlement', 'Site'].includes(x.cls))) {
      expect(e.locatedIn, e.id).toBeDefined();
      expect(e.country, e.id).toBeDefined();
    }
    // The country reached through kg:locatedIn is the one stated by kg:country.
    const countryOf = (e: GazetteerEntry, seen = new Set<string>()): string | undefined => {
      if (e.cls === 'Country') return e.id;
      if (!e.locatedIn || seen.has(e.id)) return undefined;
      seen.add(e.id);
      return countryOf(byId.get(e.locatedIn)!, seen);
    };
    for (const e of g.entries.filter((x) => isPlace(x.cls) && x.country)) expect(countryOf(e), e.id).toBe(e.country);
  });

  it('gives demonyms to places only', () => {
    expect(g.entries.filter((e) => e.demonyms.length && !isPlace(e.cls)).map((e) => e.id)).toEqual([]);
  });

  it('shares no name, acronym or demonym between two entries, except the documented ones', () => {
    const owners = new Map<string, Set<string>>();
    const add = (key: string, id: string) => owners.set(key, (owners.get(key) ?? new Set()).add(id));
    for (const e of g.entries) {
      for (const n of names(e)) add(`name:${norm(n)}`, e.id);
      for (const a of e.acronyms) add(`acronym:${a}`, e.id);
      for (const d of e.demonyms) add(`demonym:${norm(d)}`, e.id);
    }
    // An acronym must not be another entry's name either (matching is case-sensitive, so compare exactly).
    for (const e of g.entries) for (const n of names(e)) if (owners.has(`acronym:${n}`)) add(`acronym:${n}`, e.id);
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([k, ids]) => [k, [...ids].sort()] as const);
    const allowed = [...Object.entries(SHARED_ACRONYMS).map(([a, ids]) => [`acronym:${a}`, ids] as const),
      ...Object.entries(SHARED_NAMES).map(([n, ids]) => [`name:${n}`, ids] as const)];
    expect(shared).toEqual(allowed);
  });

  it('lists no name twice within an entry', () => {
    const twice = g.entries.flatMap((e) => names(e).filter((n, i, all) => all.findIndex((m) => m.toLowerCase() === n.toLowerCase()) !== i).map((n) => `${e.id}: ${n}`));
    expect(twice).toEqual([]);
  });

  it('gives every accented name its accent-less spelling', () => {
    // Except where the bare spelling is an English word that would match ordinary text.
    const exceptions = new Set(['dire: Diré']);
    const missing = g.entries.flatMap((e) => {
      const lower = names(e).map((n) => n.toLowerCase());
      return names(e).filter((n) => fold(n) !== n && !lower.includes(fold(n).toLowerCase())).map((n) => `${e.id}: ${n}`);
    });
    expect(missing.filter((m) => !exceptions.has(m))).toEqual([]);
  });

  it('uses no generic description as a name', () => {
    for (const e of g.entries) for (const n of names(e)) expect(GENERIC, `${e.id}: ${n}`).not.toContain(norm(n));
  });

  it('names persons by at least two words, never a bare surname', () => {
    for (const e of g.entries.filter((x) => x.cls === 'Person')) {
      for (const n of names(e)) expect(n.split(/\s+/).length, `${e.id}: ${n}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('uses only kg: terms the ontology declares', () => {
    const kgTtl = readFileSync(new URL('../../ontology/kg.ttl', import.meta.url), 'utf8');
    const declared = new Set(new Parser().parse(kgTtl).filter((q) => q.predicate.value === `${NS.rdf}type`).map((q) => q.subject.value));
    for (const f of readdirSync(DEFAULT_GAZETTEER_DIR).filter((x) => x.endsWith('.ttl'))) {
      const quads = new Parser().parse(readFileSync(path.join(DEFAULT_GAZETTEER_DIR, f), 'utf8'));
      const used = quads.flatMap((q) => [q.predicate, q.object]).filter((t) => t.termType === 'NamedNode' && t.value.startsWith(NS.kg));
      expect(used.map((t) => t.value).filter((v) => !declared.has(v)), f).toEqual([]);
    }
  });

  const COVERAGE: [string, EntityClass, string[]][] = [
    ['fama', 'StateForce', ['FAMa', 'Malian Armed Forces', 'Armed Forces of Mali', 'Forces Armées Maliennes']],
    ['burkina-faso-armed-forces', 'StateForce', []],
    ['niger-armed-forces', 'StateForce', []],
    ['chad-armed-forces', 'StateForce', []],
    ['french-armed-forces', 'StateForce', ['French army', 'French forces']],
    ['operation-barkhane', 'StateForce', ['Operation Barkhane']],
    ['operation-serval', 'StateForce', ['Operation Serval']],
    ['task-force-takuba', 'StateForce', []],
    ['operation-sabre', 'StateForce', []],
    ['us-armed-forces', 'StateForce', []],
    ['africom', 'StateForce', ['AFRICOM', 'US Africa Command']],
    ['africa-corps', 'StateForce', ['Africa Corps']],
    ['government-of-mali', 'Government', ['Malian government', 'Malian authorities', 'Malian transitional government']],
    ['cnsp-mali', 'Government', ['National Committee for the Salvation of the People', 'Comité national pour le salut du peuple']],
    ['cnrdre', 'Government', ['CNRDRE']],
    ['mpsr', 'Government', ['MPSR']],
    ['cnsp-niger', 'Government', ['National Council for the Safeguard of the Homeland']],
    ['csp', 'ArmedGroup', ['CSP', 'CSP-PSD', 'Permanent Strategic Framework', 'Cadre stratégique permanent',
      'Permanent Strategic Framework for Peace, Security and Development']],
    ['csp-dpa', 'ArmedGroup', ['CSP-DPA']],
    ['cma', 'ArmedGroup', ['CMA', 'Coordination of Azawad Movements']],
    ['mnla', 'ArmedGroup', ['MNLA', 'NMLA', 'National Movement for the Liberation of Azawad']],
    ['hcua', 'ArmedGroup', ['HCUA']], ['maa', 'ArmedGroup', ['MAA']], ['gatia', 'ArmedGroup', ['GATIA']],
    ['platform', 'ArmedGroup', ['Plateforme']], ['msa', 'ArmedGroup', ['MSA']], ['fla', 'ArmedGroup', ['FLA', 'Azawad Liberation Front']],
    ['ansar-dine', 'ArmedGroup', ['Ansar Dine', 'Ansar Eddine', 'Ansar al-Din']],
    ['aqim', 'ArmedGroup', ['AQIM', 'Al-Qaeda in the Islamic Maghreb', 'al-Qaida in the Islamic Maghreb']],
    ['mujao', 'ArmedGroup', ['MUJAO']], ['al-mourabitoun', 'ArmedGroup', ['Al-Mourabitoun']],
    ['jnim', 'ArmedGroup', ['JNIM', 'GSIM', "Jama'at Nasr al-Islam wal Muslimin", 'Jama\'at Nusrat al-Islam wal-Muslimin',
      'Group for the Support of Islam and Muslims']],
    ['katiba-macina', 'ArmedGroup', ['Macina Liberation Front', 'Massina Liberation Front', 'FLM']],
    ['ansarul-islam', 'ArmedGroup', ['Ansarul Islam']],
    ['islamic-state-sahel', 'ArmedGroup', ['ISGS', 'EIGS', 'Islamic State in the Greater Sahara', 'Islamic State Sahel Province']],
    ['iswap', 'ArmedGroup', ['ISWAP']], ['boko-haram', 'ArmedGroup', ['Boko Haram']],
    ['wagner-group', 'PrivateMilitaryCompany', ['Wagner', 'Wagner Group', 'PMC Wagner']],
    ['minusma', 'InternationalOrganization', ['MINUSMA', 'Minusma', 'United Nations Multidimensional Integrated Stabilization Mission in Mali']],
    ['un', 'InternationalOrganization', ['UN', 'United Nations']],
    ['eutm-mali', 'InternationalOrganization', []],
    ['ecowas', 'InternationalOrganization', ['ECOWAS', 'CEDEAO', 'Economic Community of West African States']],
    ['aes', 'InternationalOrganization', ['AES', 'Alliance of Sahel States']],
    ['g5-sahel', 'InternationalOrganization', ['G5 Sahel']], ['african-union', 'InternationalOrganization', ['African Union']],
    ['european-union', 'InternationalOrganization', ['EU']], ['icc', 'InternationalOrganization', ['International Criminal Court']],
    ['human-rights-watch', 'Organization', ['Human Rights Watch']], ['amnesty-international', 'Organization', []],
    ['afp', 'Organization', ['AFP', 'Agence France-Presse']], ['reuters', 'Organization', []], ['voa', 'Organization', []], ['rfi', 'Organization', []],
    ['assimi-goita', 'Person', ['Assimi Goïta', 'Assimi Goita']], ['bah-ndaw', 'Person', []], ['moctar-ouane', 'Person', []],
    ['choguel-maiga', 'Person', []], ['ibrahim-boubacar-keita', 'Person', []], ['amadou-toumani-toure', 'Person', []],
    ['amadou-haya-sanogo', 'Person', []], ['ibrahim-traore', 'Person', []], ['paul-henri-sandaogo-damiba', 'Person', []],
    ['abdourahamane-tiani', 'Person', []], ['mohamed-bazoum', 'Person', []], ['mahamadou-issoufou', 'Person', []],
    ['iyad-ag-ghaly', 'Person', ['Iyad Ag Ghaly']], ['amadou-koufa', 'Person', ['Amadou Kufa', 'Amadou Koufa']],
    ['adnan-abu-walid-al-sahrawi', 'Person', []], ['mokhtar-belmokhtar', 'Person', []], ['yevgeny-prigozhin', 'Person', []],
    ['bilal-ag-acherif', 'Person', []], ['alghabass-ag-intalla', 'Person', []], ['emmanuel-macron', 'Person', []],
    ['antonio-guterres', 'Person', []],
    ['mali', 'Country', ['Mali']], ['niger', 'Country', []], ['burkina-faso', 'Country', []], ['algeria', 'Country', ['Algeria']],
    ['france', 'Country', []], ['russia', 'Country', []], ['united-states', 'Country', ['US']],
    ['kidal-region', 'Region', ['Kidal Region', 'region of Kidal']], ['gao-region', 'Region', []], ['timbuktu-region', 'Region', []],
    ['menaka-region', 'Region', []], ['taoudenit-region', 'Region', []], ['bamako-district', 'Region', []],
    ['tillaberi-region', 'Region', []], ['sahel', 'Region', ['Sahel']], ['azawad', 'Region', ['Azawad']],
    ['liptako-gourma', 'Region', []], ['sahara', 'Region', []],
    ['kidal', 'Settlement', ['Kidal']], ['anefis', 'Settlement', ['Anéfis', 'Anefis']], ['bamako', 'Settlement', ['Bamako']],
    ['gao', 'Settlement', []], ['timbuktu', 'Settlement', ['Tombouctou']], ['menaka', 'Settlement', ['Ménaka', 'Menaka']],
    ['aguelhok', 'Settlement', ['Aguelhoc', "Aguel'hoc"]], ['tinzaouaten', 'Settlement', []], ['boulkessi', 'Settlement', ['Boulikessi']],
    ['ouagadougou', 'Settlement', []], ['djibo', 'Settlement', []], ['niamey', 'Settlement', []], ['inates', 'Settlement', []],
    ['chinagodrar', 'Settlement', []], ['tongo-tongo', 'Settlement', []], ['agadez', 'Settlement', []], ['nouakchott', 'Settlement', []],
    ['algiers', 'Settlement', []], ['tamanrasset', 'Settlement', []],
  ];

  it.each(COVERAGE)('covers ent:%s as a %s with its names', (id, cls, expected) => {
    const e = byId.get(id);
    expect(e, id).toBeDefined();
    expect(e!.cls).toBe(cls);
    for (const n of expected) expect([...names(e!), ...e!.acronyms]).toContain(n);
  });

  it('links the coalitions and the places as documented', () => {
    expect(byId.get('mnla')!.memberOf).toContain('cma');
    expect(byId.get('hcua')!.memberOf).toContain('cma');
    expect(byId.get('cma')!.memberOf).toContain('csp');
    expect(byId.get('ansar-dine')!.memberOf).toContain('jnim');
    expect(byId.get('katiba-macina')!.memberOf).toContain('jnim');
    expect(byId.get('minusma')!.memberOf).toContain('un');
    expect(byId.get('operation-barkhane')!.memberOf).toContain('french-armed-forces');
    expect(byId.get('kidal')!.locatedIn).toBe('kidal-region');
    expect(byId.get('kidal-region')!.locatedIn).toBe('mali');
    expect(byId.get('fama')!.country).toBe('mali');
    expect(byId.get('mali')!.demonyms).toContain('Malian');
    expect(byId.get('niger')!.demonyms).toContain('Nigerien');
  });
});
