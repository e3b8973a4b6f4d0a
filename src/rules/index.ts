/**
 * Every rule of rlp, in report order. A rule id `X/y` lives in `X-y.ts` beside this file;
 * its messages and explanation are under the same id in the catalogues src/messages/nl/ and en/.
 */
import type { Rule } from './rule.js';
import { rule as bestandSyntax } from './bestand-syntax.js';
import { rule as bestandSchema } from './bestand-schema.js';
import { rule as bestandBewijs } from './bestand-bewijs.js';
import { rule as aRoute } from './A-route.js';
import { rule as aDiploma } from './A-diploma.js';
import { rule as aUren } from './A-uren.js';
import { rule as aCursus } from './A-cursus.js';
import { rule as aRapport } from './A-rapport.js';
import { rule as b1Jaren } from './B1-jaren.js';
import { rule as b1Uren } from './B1-uren.js';
import { rule as b1Verklaringen } from './B1-verklaringen.js';
import { rule as b2Cv } from './B2-cv.js';
import { rule as b2Motivatie } from './B2-motivatie.js';
import { rule as cAantal } from './C-aantal.js';
import { rule as cPeriode } from './C-periode.js';
import { rule as cAfgerond } from './C-afgerond.js';
import { rule as cKeuze } from './C-keuze.js';
import { rule as cDiversiteit } from './C-diversiteit.js';
import { rule as cTags } from './C-tags.js';
import { rule as cInhoud } from './C-inhoud.js';
import { rule as c1Taken } from './C1-taken.js';
import { rule as c2Kennisgebieden } from './C2-kennisgebieden.js';
import { rule as c3Competenties } from './C3-competenties.js';
import { rule as c4Attitude } from './C4-attitude.js';
import { rule as dOntwikkelplan } from './D-ontwikkelplan.js';
import { rule as eVerklaringen } from './E-verklaringen.js';
import { rule as privacyPersoonsgegevens } from './privacy-persoonsgegevens.js';
import { rule as inhoudTheorie } from './inhoud-theorie.js';
import { rule as inhoudConcreet } from './inhoud-concreet.js';
import { rule as inhoudAfwegingen } from './inhoud-afwegingen.js';
import { rule as inhoudEffect } from './inhoud-effect.js';
import { rule as inhoudAttitude } from './inhoud-attitude.js';
import { rule as inhoudOpdrachtgever } from './inhoud-opdrachtgever.js';
import { rule as inhoudPerspectief } from './inhoud-perspectief.js';

export type { Rule } from './rule.js';

/** All rules, in the order of contract §6. */
export const rules: readonly Rule[] = [
  bestandSyntax,
  bestandSchema,
  bestandBewijs,
  aRoute,
  aDiploma,
  aUren,
  aCursus,
  aRapport,
  b1Jaren,
  b1Uren,
  b1Verklaringen,
  b2Cv,
  b2Motivatie,
  cAantal,
  cPeriode,
  cAfgerond,
  cKeuze,
  cDiversiteit,
  cTags,
  cInhoud,
  c1Taken,
  c2Kennisgebieden,
  c3Competenties,
  c4Attitude,
  dOntwikkelplan,
  eVerklaringen,
  privacyPersoonsgegevens,
  inhoudTheorie,
  inhoudConcreet,
  inhoudAfwegingen,
  inhoudEffect,
  inhoudAttitude,
  inhoudOpdrachtgever,
  inhoudPerspectief,
];

/** The rule with this id (any case), or undefined. */
export function findRule(id: string): Rule | undefined {
  const wanted = id.trim().toLowerCase();
  return rules.find((r) => r.id.toLowerCase() === wanted);
}
