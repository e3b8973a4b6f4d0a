/** English messages of the education rules (toetsingskader A). */
export const a = {
  'A/route': {
    title: 'One education route with its documents',
    explain: 'Checks that portfolio.yaml chooses exactly one of the framework’s four routes under opleiding (route: 1, 2, 3 or 4) and names the documents that route needs: for routes 1 and 2 a higher education (hbo or wo) diploma, for route 3 an EVC report, for route 4 an assessment report, each with its file. Routes 2, 3 and 4 also need the certificates of your courses, together at least {min_cursusuren} hours.',
    fix: "Put 'route: 1', 2, 3 or 4 under opleiding:. Below it fill in the block of your route (diploma:, evc: or assessment:) with 'bestand:' pointing to the document in the folder bewijs/. For routes 2, 3 and 4 list your courses under 'cursussen:'.",
    messages: {
      missing: "You have not chosen an education route yet. The framework (A) asks you to meet one of four routes: put 'route: 1', 2, 3 or 4 under opleiding:.",
      missingTip: "You have not chosen an education route yet. The documents you list fit route {route}: put 'route: {route}' under opleiding:.",
      noDocument: "Route {route} needs {document}, but there is no '{sleutel}:' under opleiding:. Add it with its details and 'bestand:' pointing to the document.",
      noFile: "The file of {document} is missing. Put the document in the folder bewijs/ and name it under '{sleutel}:' with 'bestand: bewijs/…'.",
      noCourses: "Route {route} needs certificates of programmes, courses or trainings in career guidance of together at least {minimum} hours (framework A). List them under 'cursussen:'.",
      'doc-diploma': 'your hbo or wo diploma',
      'doc-evc': 'your EVC report',
      'doc-assessment': 'your assessment report',
    },
  },
  'A/diploma': {
    title: 'Diploma meets the requirements',
    explain: 'Checks for routes 1 and 2 that your diploma is at hbo or wo level, signed by the institution and awarded by an NVAO-accredited institution. For route 1 it must also be a CROHO programme in the field of people and organisation (mens en organisatie).',
    fix: 'Fill in niveau (hbo or wo), ondertekend and nvao under opleiding: diploma:, and for route 1 also croho_mens_en_organisatie. Only set a field to yes when it is so: the assessors look at your diploma. If your programme is not a CROHO programme in people and organisation, choose route 2 and add at least {min_cursusuren} hours of courses.',
    messages: {
      noLevel: "Fill in the level of your diploma: 'niveau: hbo' or 'niveau: wo'. The framework (A) asks for an hbo (NLQF 6) or wo (NLQF 7) programme.",
      notSigned: "portfolio.yaml does not show that your diploma is signed by the institution. The framework (A) asks for a signed diploma; put 'ondertekend: yes' if it is.",
      notNvao: "portfolio.yaml does not show that the institution that awarded your diploma is NVAO-accredited. The framework (A) asks for that; put 'nvao: yes' if it is.",
      notCroho: "For route {route} your diploma must belong to a CROHO programme in the field of people and organisation (framework A). If it does, put 'croho_mens_en_organisatie: yes'. If not, choose route 2 and add at least {minimum} hours of courses.",
    },
  },
  'A/uren': {
    title: 'Enough course hours',
    explain: 'Checks for routes 2, 3 and 4 that your programmes, courses and trainings in career guidance add up to at least {min_cursusuren} hours of study load ({min_ects} ECTS; 1 ECTS is {uren_per_ects} hours). Only a course with a quality mark, a certificate signed by the provider and its hours or ECTS stated counts (see "Course counts"). When a course states both uren and ects, the hours count.',
    fix: "List all relevant courses under opleiding: cursussen:, each with uren (or ects), keurmerk, 'ondertekend: yes' and 'bestand:' pointing to the certificate. If you do not reach {min_cursusuren} hours, take another accredited course first.",
    messages: {
      tooFew: 'Your courses add up to {uren} hours. The framework (A) asks for at least {minimum} hours ({ects} ECTS) of programmes, courses or trainings in career guidance; you are {tekort} {tekort|hour|hours} short.',
      tooFewSkipped: 'The courses that count add up to {uren} hours. The framework (A) asks for at least {minimum} hours ({ects} ECTS); you are {tekort} {tekort|hour|hours} short. {overgeslagen} {overgeslagen|course does|courses do} not count; the findings at those courses say why.',
      onlyWithDoubtful: "You only reach {minimum} hours if courses whose names say nothing about career guidance count too (the findings at those courses say which). Without them you have {uren} hours. The framework (A) asks for {minimum} hours ({ects} ECTS) of training aimed at career advice, coaching or guidance.",
    },
  },
  'A/cursus': {
    title: 'Course counts',
    explain: 'Checks, for routes 2, 3 and 4, each course under opleiding: cursussen. A course only counts towards the {min_cursusuren} hours when it has a quality mark (e.g. CRKBO or NRTO), its certificate is signed by the provider, the study load in hours or ECTS is stated and you add the certificate. This is a warning; whether you have enough hours in total is the finding of "Enough course hours". A course whose uren and ects do not match also gets a warning.',
    fix: "Add what the course lacks: keurmerk, 'ondertekend: yes', uren (or ects) and 'bestand:' pointing to the certificate. If your certificate really lacks it, ask the provider for a signed certificate with quality mark and hours.",
    messages: {
      notCounted: "The course '{naam}' does not count towards the {minimum} hours: {redenen}.",
      mismatch: "The course '{naam}' states {uren} hours and {ects} ECTS, but {ects} ECTS is {omgerekend} hours. rlp counts the hours; check which number is on the certificate.",
      notCareer: "The name of the course '{naam}' says nothing about career guidance. The framework (A) only counts education, courses and training aimed at career advice, coaching or guidance. If this course is about that, make it clear in the name (as on the certificate); if not, leave it out.",
      reasonKeurmerk: "no quality mark is given (after keurmerk: put e.g. CRKBO or NRTO; 'geen' or 'n.v.t.' does not count)",
      reasonSigned: 'it does not say the certificate is signed by the provider (ondertekend: yes)',
      reasonHours: 'the study load is missing (put the hours after uren:, or the credits after ects:)',
      reasonFile: 'the certificate is missing (put where it is after bestand:, e.g. bewijs/certificaat.pdf)',
    },
  },
  'A/rapport': {
    title: 'EVC or assessment report meets the requirements',
    explain: 'Checks your EVC report for route 3 and your assessment report for route 4. On your submission date the report is at most two years old (a report from exactly two years earlier still counts) and not dated after it. An EVC report is aimed at BOC level 6 and comes from a recognised EVC provider. An assessment was carried out by an accredited bureau or an independent NIP work and organisational psychologist and shows at least hbo level of work and thinking.',
    fix: 'Fill in the date of the report (YYYY-MM-DD) and the other details under opleiding: evc: (route 3) or assessment: (route 4). If the report is more than two years old on your submission date, you need a new report, or submit earlier.',
    messages: {
      noDate: 'Fill in the date of {document} (datum: YYYY-MM-DD). The framework (A) asks for a report at most {jaren} years old.',
      future: 'The date of {document} ({datum}) is after your submission date ({indiendatum}). Check the date.',
      tooOld: 'The date of {document} ({datum}) is more than {jaren} years before your submission date ({indiendatum}). The framework (A) asks for a report at most {jaren} years old: dated on or after {grens}.',
      evcLevel: "portfolio.yaml does not show that your EVC report is aimed at BOC level {niveau}. The framework (A) asks for that; put 'boc_niveau: {niveau}' if it is.",
      evcProvider: "portfolio.yaml does not show that your EVC report comes from a recognised EVC provider. The framework (A) asks for that; put 'erkende_aanbieder: yes' if it does.",
      assessor: "Fill in who took the assessment: 'afgenomen_door: geaccrediteerd-bureau' (an accredited bureau) or 'afgenomen_door: nip-ao-psycholoog' (an independent NIP work and organisational psychologist). The framework (A) accepts only these two.",
      hboLevel: "portfolio.yaml does not show that your assessment demonstrates at least hbo level of work and thinking (NLQF 6). The framework (A) asks for that; put 'hbo_niveau: yes' if the report shows it.",
    },
  },
};
