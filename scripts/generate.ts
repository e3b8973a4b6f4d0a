/**
 * Generates, from the single sources (the ruleset `rlp-initieel`: src/schema.ts and schemas/kader.yaml):
 * - schemas/{portfolio,casus,ontwikkelplan}.schema.json: JSON Schema for editors (zod 4);
 * - schemas/report.schema.json: JSON Schema of the report of `rlp check --format json`;
 * - templates/: the files `rlp init` lays out, with the framework's guidance as comments;
 * - docs/regels.md: the rule reference SARIF's `helpUri` points to.
 * `npm run generate` writes them; test/generate.test.ts fails when the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { rlpInitieel } from '../src/rulesets/index.js';
import { frameworkText } from '../src/messages/index.js';
import { reportSchema } from '../src/report-schema.js';
import { defaults, jsonSchemaOverride } from '../src/schema.js';
import { ruleAnchor } from '../src/docs.js';
import { ruleText } from '../src/messages/index.js';

const { kader } = rlpInitieel;
const { portfolio: portfolioSchema, case: caseSchema, ontwikkelplan: ontwikkelplanSchema } = rlpInitieel.schemas;

const PLACEHOLDER = '*Nog te schrijven.*';

function jsonSchema(schema: z.ZodType, id: string): string {
  const out = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', override: jsonSchemaOverride }) as Record<string, unknown>;
  return `${JSON.stringify({ ...out, $id: `rlp:${id}` }, null, 2)}\n`;
}

/** A guidance comment: `<!-- … -->`, with `--` made safe. */
function comment(lines: string[]): string {
  return `<!--\n${lines.map((l) => l.replace(/--/g, '‐‐')).join('\n')}\n-->`;
}

function bullets(items: string[]): string[] {
  return items.map((i) => `- ${i}`);
}

function names(kind: 'kennisgebieden' | 'competenties' | 'attitude', ids: string[]): string {
  return ids.map((id) => kader[kind].find((i) => i.id === id)?.naam ?? id).join(', ');
}

function caseTemplate(): string {
  const out: string[] = [
    '---',
    'titel: ""',
    '# periode: { start: JJJJ-MM-DD, eind: JJJJ-MM-DD }   # het traject eindigde in de twee jaar vóór je indiendatum',
    '# afgerond: ja                                       # alleen een compleet, afgerond traject telt',
    'opdrachtgever: client   # client | werkgever | uwv | gemeente | anders',
    'vraagstelling: ""       # soort vraag, bijvoorbeeld outplacement of heroriëntatie',
    'clienttype: ""          # bijvoorbeeld werknemer 50+, starter, zzp\'er',
    'uitdaging: ""           # de uitdaging voor jou als begeleider',
    `taken: [${kader.taken.map((t) => t.id).join(', ')}]`,
    '# niet_relevant:        # een taak die in dit traject niet aan de orde was, met je motivatie',
    '#   6: Waarom deze taak in dit traject niet aan de orde was.',
    `kennisgebieden: []      # ${kader.kennisgebieden.map((k) => k.id).join(', ')}`,
    `competenties: []        # ${kader.competenties.map((c) => c.id).join(', ')}`,
    '---',
    '',
    '# Titel van je casus',
    '',
    comment([
      'Casusbeschrijving (toetsingskader C). Schrijf in de ik-vorm, vanuit jouw perspectief als begeleider.',
      ...bullets(kader.casus.eisen),
      '',
      'Procesbeschrijving (toetsingskader C.1):',
      ...kader.casus.procesbeschrijving,
      ...bullets(kader.casus.toelichting_taken),
      '',
      `rlp meldt een aandachtspunt bij een onderdeel van minder dan ${defaults.min_woorden} woorden; dat is een keuze van rlp, geen eis van het toetsingskader. Commentaar zoals dit telt niet mee en mag blijven staan.`,
    ]),
    '',
    `## ${kader.casus.secties.keuze.kop}`,
    '',
    comment(['Licht toe waarom je juist voor dit begeleidingstraject hebt gekozen.']),
    '',
    PLACEHOLDER,
    '',
  ];
  for (const task of kader.taken) {
    out.push(
      `## ${task.kop} – ${frameworkText(task.naam)}`,
      '',
      comment([
        'Indicatoren:',
        ...bullets(task.indicatoren.map((i) => frameworkText(i, true))),
        '',
        'Handreiking voor casusbeschrijving:',
        task.handreiking,
        '',
        `Koppeling: kennisgebieden ${names('kennisgebieden', task.koppeling.kennisgebieden)}; competenties ${names('competenties', task.koppeling.competenties)}.`,
      ]),
      '',
      PLACEHOLDER,
      '',
    );
  }
  out.push(
    `## ${kader.casus.secties.kennisgebieden.kop}`,
    '',
    comment([...kader.kennisgebieden_regels, 'Houd de kennisgebieden die je in deze casus uitwerkt, zet hun id bovenaan bij kennisgebieden, en verwijder de andere.']),
    '',
  );
  for (const k of kader.kennisgebieden) {
    out.push(`### ${k.naam}`, '', comment(['Indicatoren:', ...bullets(k.indicatoren), '', 'Enkele voorbeelden als handreiking:', ...bullets(k.voorbeelden), '', `id: ${k.id}`]), '', PLACEHOLDER, '');
  }
  out.push(
    `## ${kader.casus.secties.competenties.kop}`,
    '',
    comment([...kader.competenties_regels, 'Houd de competenties die je in deze casus uitwerkt, zet hun id bovenaan bij competenties, en verwijder de andere.']),
    '',
  );
  for (const c of kader.competenties) {
    out.push(`### ${c.naam}`, '', comment([c.omschrijving, '', 'Indicatoren:', ...bullets(c.indicatoren), '', `id: ${c.id}`]), '', PLACEHOLDER, '');
  }
  out.push(`## ${kader.casus.secties.attitude.kop}`, '', comment([...kader.casus.attitude_regels, 'Beantwoord elk deel van elke vraag (toetsingskader C.4).']), '');
  for (const a of kader.attitude) {
    out.push(`### ${a.naam}`, '', comment([a.criterium, '', `Vraag: ${frameworkText(a.vraag, true)}`]), '', PLACEHOLDER, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function portfolioTemplate(): string {
  const route = kader.routes.map((r) => `#   ${r.id}: ${frameworkText(r.criterium.split('.')[0]!, true)}`);
  return `# yaml-language-server: $schema=.rlp/portfolio.schema.json
# Portfolio Register Loopbaanprofessional. Vul dit bestand in en controleer met: rlp check
# Paden zijn vanaf deze map, met /. Datums als JJJJ-MM-DD.
kader: ${kader.id}
# indiendatum: 2026-12-01        # wanneer je wilt indienen; alle termijnen van twee jaar tellen vanaf deze datum
kandidaat: ""                    # je eigen naam

opleiding:                       # A. Opleiding: kies één route
${route.join('\n')}
  route: 2
  diploma:                       # routes 1 en 2
    niveau: hbo                  # hbo | wo
    naam: ""
    instelling: ""
    ondertekend: nee
    nvao: nee                    # de instelling is NVAO-geaccrediteerd
    croho_mens_en_organisatie: nee   # route 1: een CROHO-opleiding gericht op mens en organisatie
    # bestand: bewijs/diploma.pdf
  # evc:                         # route 3
  #   datum: JJJJ-MM-DD
  #   boc_niveau: 6
  #   erkende_aanbieder: ja
  #   bestand: bewijs/evc-rapport.pdf
  # assessment:                  # route 4
  #   datum: JJJJ-MM-DD
  #   afgenomen_door: geaccrediteerd-bureau   # of: nip-ao-psycholoog
  #   hbo_niveau: ja
  #   bestand: bewijs/assessment.pdf
  cursussen: []                  # routes 2, 3 en 4: samen minstens ${kader.getallen.min_cursusuren} uur (${kader.getallen.min_ects} ECTS)
  # - naam: ""
  #   aanbieder: ""
  #   uren: 0                    # studiebelasting in uren, of: ects: 1 (1 ECTS = ${kader.getallen.uren_per_ects} uur)
  #   keurmerk: ""               # een cursus zonder keurmerk telt niet mee
  #   ondertekend: ja
  #   bestand: bewijs/certificaat.pdf

werkervaring:                    # B1. Werkervaring
  # actief_sinds: JJJJ-MM-DD     # minstens ${kader.getallen.min_jaren_actief} jaar vóór je indiendatum
  uren: 0                        # beroepsgerichte uren als uitvoerend loopbaanprofessional; minstens ${kader.getallen.min_werkervaring_uren}
  # urenlog: uren.csv            # optioneel: kolommen datum;uren;categorie;omschrijving
  verklaring_werkervaring: { ondertekend: nee }     # datum: JJJJ-MM-DD, bestand: bewijs/verklaring-werkervaring.pdf
  verklaring_actief: { ondertekend: nee }           # datum: JJJJ-MM-DD, bestand: bewijs/verklaring-actief.pdf

# cv: bewijs/cv.pdf              # B2. Curriculum vitae (pdf, docx of md)
motivatie: motivatie.md          # B2. Motivatie
ontwikkelplan: ontwikkelplan.md  # D. Ontwikkelplan

verklaringen:                    # E. Verklaringen: zet op ja als je ze afgeeft
${kader.verklaringen.map((v) => `  ${v.id}: nee`.padEnd(33) + `# ${v.tekst}`).join('\n')}

# instellingen:
#   min_woorden: ${defaults.min_woorden}              # minimum aantal woorden per onderdeel van een casus
#   regels:                      # een aandachtspunt anders instellen: uit | info | aandachtspunt | fout
#     C/diversiteit: info        # harde eisen van het toetsingskader (fouten) staan altijd aan
`;
}

function motivatieTemplate(): string {
  const m = kader.cv_motivatie.find((x) => x.id === 'motivatie')!;
  return `# Motivatie\n\n${comment([`B2. ${m.criterium}`, m.handreiking])}\n\n${PLACEHOLDER}\n`;
}

function ontwikkelplanTemplate(): string {
  const out = [
    '---',
    `# periode: { van: JJJJ, tot: JJJJ }   # ${kader.getallen.ontwikkelplan_jaren} jaar, bijvoorbeeld van 2027 tot 2030`,
    '---',
    '',
    '# Ontwikkelplan',
    '',
    comment([kader.ontwikkelplan.omschrijving]),
    '',
  ];
  for (const q of kader.ontwikkelplan.vragen) out.push(`## ${q.kop}`, '', comment([q.vraag]), '', PLACEHOLDER, '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** docs/regels.md: every rule of the ruleset with its source, default severity, explanation and fix (Dutch); SARIF links here. */
function rulesDoc(): string {
  const level = { error: 'fout', warning: 'aandachtspunt', info: 'info' } as const;
  const out = [
    '# Regels van rlp',
    '',
    '<!-- Geschreven door npm run generate uit de regels en de berichtencatalogus; niet met de hand bewerken. -->',
    '',
    `Elke regel van de regelset \`${rlpInitieel.id}\`, met het deel van het toetsingskader waar hij vandaan komt. \`rlp explain <regel>\` toont hetzelfde.`,
    '',
  ];
  for (const rule of rlpInitieel.rules) {
    const text = ruleText('nl', rule.id, rlpInitieel);
    out.push(`<a id="${ruleAnchor(rule.id)}"></a>`, '', `## ${rule.id}${text ? `: ${text.title}` : ''}`, '', `Toetsingskader ${rule.source} · standaard: ${level[rule.severity]}`, '');
    if (text) out.push(text.explain, '', `**Zo los je het op:** ${text.fix}`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Every generated file, by path relative to the project root. */
export function generatedFiles(): Record<string, string> {
  const casus = caseTemplate();
  return {
    'schemas/portfolio.schema.json': jsonSchema(portfolioSchema, 'portfolio'),
    'schemas/casus.schema.json': jsonSchema(caseSchema, 'casus'),
    'schemas/ontwikkelplan.schema.json': jsonSchema(ontwikkelplanSchema, 'ontwikkelplan'),
    'schemas/report.schema.json': jsonSchema(reportSchema, 'report'),
    'templates/portfolio.yaml': portfolioTemplate(),
    'templates/motivatie.md': motivatieTemplate(),
    'templates/ontwikkelplan.md': ontwikkelplanTemplate(),
    'templates/casussen/casus-1.md': casus,
    'templates/casussen/casus-2.md': casus,
    'docs/regels.md': rulesDoc(),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (const [path, content] of Object.entries(generatedFiles())) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
    console.log(`geschreven: ${path}`);
  }
}
