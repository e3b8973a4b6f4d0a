/** English messages of the case rules (toetsingskader C, C.1–C.4). */
export const c = {
  'C/aantal': {
    title: 'Two cases',
    explain: 'Checks that your portfolio holds exactly two case descriptions: the Markdown files in casussen/, or the files portfolio.yaml lists under casussen:.',
    fix: 'Put exactly two case files in casussen/ (e.g. casus-1.md and casus-2.md), or list the two that count under casussen: in portfolio.yaml.',
    messages: {
      none: 'There are no cases in the folder casussen/. The framework asks for exactly {wanted} case descriptions.',
      tooFew: 'Found {count} case {count|description|descriptions} ({files}); the framework asks for exactly {wanted}.',
      tooMany: "Found {count} case descriptions ({files}); the framework asks for exactly {wanted}. Move the others out of casussen/ or list the two that count under 'casussen:' in portfolio.yaml.",
    },
  },
  'C/periode': {
    title: 'Case from the past two years',
    explain: 'Checks that each trajectory ended within the two years before your submission date (indiendatum) and not after it. A trajectory that started earlier gets a warning. Two years are counted in calendar days: with submission date 2026-12-01 an end date from 2024-12-01 on counts.',
    fix: "Fill in 'periode: { start: YYYY-MM-DD, eind: YYYY-MM-DD }' at the top of the case and choose a trajectory that ended within the two years before your submission date. 'rlp check --datum YYYY-MM-DD' uses another submission date.",
    messages: {
      missing: 'The period of this case is missing. Add at the top: periode: { start: 2025-02-03, eind: 2025-07-15 } (with your dates).',
      noEnd: 'The end date of this trajectory is missing (periode: eind). Without it nobody can see that the trajectory ended in the past two years.',
      noStart: 'The start date of this trajectory is missing (periode: start). The end date decides whether the trajectory falls within the two years, but an assessor also wants to see how long it ran. Fill in the start date.',
      order: 'The start date ({start}) is after the end date ({eind}). Check both dates.',
      future: 'This trajectory ends on {eind}, after your submission date ({indiendatum}). Only describe trajectories that have ended when you submit.',
      tooOld: 'This trajectory ended on {eind}, more than {jaren} years before your submission date ({indiendatum}). The framework asks for trajectories from the past {jaren} years: the end date must be on or after {grens}.',
      startedBefore: 'This trajectory started on {start}, before {grens}. It did end within the past {jaren} years, but an assessor may ask whether you really carried it out in that period.',
    },
  },
  'C/afgerond': {
    title: 'Completed trajectory',
    explain: 'Checks that each case describes a complete, finished trajectory (afgerond: yes at the top).',
    fix: "Choose a trajectory that has fully ended and put 'afgerond: yes' at the top of the case.",
    messages: {
      notFinished: 'According to its data this trajectory has not ended (afgerond: no). The framework asks for two complete trajectories; choose a finished one.',
      missing: "The case does not say whether the trajectory has ended. Put 'afgerond: yes' at the top when it has fully ended.",
      closingSkipped: "This trajectory is marked as finished, but according to the case {naam} was not relevant. A complete trajectory normally has an intake, a guidance proposal and a closing; an assessor will ask whether the trajectory really was complete. Describe what happened in this step, or choose a trajectory that went through every step.",
    },
  },
  'C/keuze': {
    title: 'Choice of case explained',
    explain: 'Checks that each case starts by explaining why you chose this particular trajectory.',
    fix: "Start the case with a section '## Keuze voor deze casus' explaining why you chose this trajectory.",
    messages: {
      missing: "This case does not explain why you chose this trajectory. Add a section '## {kop}' at the top.",
      late: "The explanation of your choice ('## {kop}') only comes after '{taak}'. The framework says a case starts with why you chose this trajectory; move this section to the top.",
    },
  },
  'C/diversiteit': {
    title: 'Different cases',
    explain: 'Checks that your two cases differ in question, type of client or the challenge for you as a coach. rlp compares the fields vraagstelling, clienttype and uitdaging at the top of both cases.',
    fix: 'Fill in vraagstelling, clienttype and uitdaging in both cases. If they are too alike, choose a trajectory with another question, another kind of client or another challenge.',
    messages: {
      unverifiable: 'Fill in {fields} at the top of both cases, so that it shows that your cases differ, as the framework asks.',
      unverifiableOne: 'Fill in {fields} at the top of this case too, as in {other}, so that it shows that your cases differ, as the framework asks.',
      same: 'Your two cases are alike: {fields} are the same as in {other}. The framework asks for diversity, e.g. another question, another type of client or another challenge for you as a coach.',
      similar: 'Your two cases are very alike: {fields} differ from {other} by only a word or so. The framework asks for diversity, for example another question, another type of client or another challenge for you as a practitioner. Show how the trajectories really differ, or choose another one.',
    },
  },
  'C/tags': {
    title: 'Data and sections agree',
    explain: "Checks that what you list at the top of a case ('taken', 'kennisgebieden', 'competenties') has its own section, and the other way round. A listed item without a section is an error; a section that is not listed, or a heading rlp does not recognise, is a warning.",
    fix: "Write a section for each listed item: '## Taak N – …' for a task, '### name' under '## Kennisgebieden' or '## Competenties'. Or remove the item from the list if this case does not work it out.",
    messages: {
      unknownHeading: "The heading '{kop}' under '{onderdeel}' matches no part of the framework.",
      unknownHeadingTip: "rlp does not recognise the heading '{kop}' under '{onderdeel}'. Did you mean '{tip}'?",
      unknownTopHeadingTip: "rlp does not recognise the heading '{kop}' as part of a case. Did you mean '{tip}'?",
      unknownTopHeadingTasks: "The heading '{kop}' belongs to no part of a case, so what is under it counts for nothing. This case still lacks {opties}; if the text is about one of them, start the heading that way (for example '## Taak 0 – …'). If it belongs to a knowledge area, competence or attitude question, make it a heading with three hashes under that part.",
      unknownTopHeading: "The heading '{kop}' belongs to no part of a case, so what is under it counts for nothing. Does the text belong to a task, knowledge area, competence or attitude question? Then give it that heading, for example '## Taak 3' or '### Arbeidsmarkt' under '## Kennisgebieden'.",
      unknownHeadingOptions: "rlp does not recognise the heading '{kop}' under '{onderdeel}', so what is under it does not count. Did you mean one of these: {opties}? Then use that name as the heading.",
      misplacedItem: "The heading '{kop}' is about {naam} but stands on its own in the case. Make it a heading '### {sectie}' under '## {ouder}'. rlp counts it for now.",
      misplacedTask: "The heading '{kop}' under '{onderdeel}' is about {naam}. Tasks belong in the process part of the case, with a heading of their own '## {sectie} – …'. rlp counts it for now.",
      misplacedOther: "The heading '{kop}' stands under '{onderdeel}' but is about {naam}. Move it under '## {ouder}'. rlp counts it for now.",
      taskWithoutSection: "You list {naam} under 'taken', but the case has no section for it. Write a section starting with '## {kop}', or remove the task from the list.",
      tagWithoutSection: "You list {naam} at the top, but there is no section for it under '## {kop}'. Write a section '### {sectie}' or remove the tag.",
      sectionWithoutTag: "There is a section on {naam}, but '{id}' is not listed under '{key}' at the top. Add it, so it shows what this case demonstrates.",
    },
  },
  'C/inhoud': {
    title: 'Sections written',
    explain: 'Checks that every section of a case holds your own text. An empty section, or one with only the template text, is an error. A section with fewer words than the minimum (50 by default, set with instellingen: min_woorden in portfolio.yaml) is a warning; the framework itself sets no word count.',
    fix: 'Write what you did, which considerations you weighed and what the effect was. The framework’s guidance is in the template as comments; comments do not count.',
    messages: {
      empty: 'The section on {naam} is still empty.',
      template: "The section on {naam} only holds the template's sample text. Replace it with your own description.",
      short: "The section on {naam} has {woorden} {woorden|word|words}. That is short to show what you did and why; rlp notes this below {minimum} words (a choice of rlp, not a requirement of the framework).",
      standInNvt: "The section '{naam}' only says '{tekst}'. That way {naam} does not count as demonstrated. Work it out with what you did in this case, or remove the section and its mention at the top.",
      standInRef: "The section '{naam}' only points elsewhere ('{tekst}'). A reference does not count as demonstrated: show here how {naam} comes back in this case, or remove the section.",
    },
  },
  'C1/taken': {
    title: 'All tasks demonstrated',
    explain: 'Checks that all tasks 0 to 7 are covered in your cases. If a case skips a task, you explain why under niet_relevant; the other case must then cover that task.',
    fix: "Write a section '## Taak N – …' for each task. If a task did not arise in a trajectory, add 'niet_relevant:' at the top with the task number and your reason, and describe the task in your other case.",
    messages: {
      emptyMotivation: 'You mark {naam} as not relevant but give no reason. Explain why this task did not arise in this trajectory.',
      weakMotivation: "The reason given for {naam} is only '{tekst}'. That is no motivation: the framework asks you to explain why the task did not arise in this trajectory. Write in a full sentence what was different in this trajectory.",
      standInNvt: "The section on {naam} only says '{tekst}'. That way the task does not count as worked out. Describe what you did in this step, or explain why the task did not arise in this trajectory (in a full sentence, here or under 'niet_relevant' at number {id} at the top); then work the task out in your other case.",
      standInRef: "The section on {naam} only points elsewhere ('{tekst}'). A reference does not count as a worked-out task: an assessor wants to read, per task, what you did in this step and why. Describe the task here.",
      skipped: "{naam} is not covered in this case. Describe it in its own section, or explain at the top under 'niet_relevant', number {id}, why it did not arise in this trajectory.",
      notInOther: '{naam} is not worked out in {casus} (not relevant, only "n.v.t." or a reference); your other case must then cover this task, but it does not.',
      nowhere: '{naam} is not covered in any of your cases. The framework asks you to demonstrate every task.',
    },
  },
  'C2/kennisgebieden': {
    title: 'Knowledge areas',
    explain: "Checks that across your two cases you demonstrate at least four of the five knowledge areas, always including career theories and methods, and human development. A knowledge area counts when it has its own section with text under '## Kennisgebieden'.",
    fix: "Under '## Kennisgebieden' write a section '### name of the knowledge area' linking your knowledge to what you did in the case. The finding names the tasks the framework suggests for it.",
    messages: {
      mandatory: 'The knowledge area {naam} is required, but none of your cases covers it. The framework suggests it for {taken|task|tasks} {taken}.',
      tooFew: 'You demonstrate {aantal} of the {totaal} knowledge areas; at least {minimum} are needed. Not yet demonstrated: {ontbreekt}.',
    },
  },
  'C3/competenties': {
    title: 'Competences',
    explain: "Checks that across your two cases you demonstrate all five competences. A competence counts when it has its own section with text under '## Competenties'.",
    fix: "Under '## Competenties' write a section '### name of the competence' showing how you used it in the trajectory and how you reflect on your actions.",
    messages: {
      missing: 'The competence {naam} is not covered in any of your cases; the framework asks for all five. It suggests it for {taken|task|tasks} {taken}.',
    },
  },
  'C4/attitude': {
    title: 'Professional attitude',
    explain: 'Checks that each case answers the four questions on your professional attitude: ethics, self-reflection, professional and personal development, and diversity and inclusion.',
    fix: "End each case with '## Professionele attitude' and four sections '### …' below it, one per question.",
    messages: {
      missing: "The question on {naam} is not answered in this case: '{vraag}' Add a section '### {sectie}' under '## {kop}'.",
      standIn: "Your answer on {naam} only says '{tekst}'. That does not answer the question: '{vraag}' Each case answers all questions on your professional attitude; write what you did and thought in this case.",
      noSection: "This case has no section '## {kop}'. Answer the question on {naam} there too: '{vraag}'",
    },
  },
};
