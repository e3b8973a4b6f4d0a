/** English messages of the development plan rule (toetsingskader D). */
export const d = {
  'D/ontwikkelplan': {
    title: 'Development plan for four years',
    explain: "Checks that your development plan is there, covers four calendar years ('periode: { van: 2027, tot: 2030 }' at the top, both years included) and answers each of the four questions of the framework (D) in its own section: '## Inzichten', '## Verbeteren en verdiepen', '## Doelen en acties' and '## Belemmeringen'. A plan that starts in a year before your submission date gets a warning.",
    fix: "Put 'periode: { van: YYYY, tot: YYYY }' at the top of ontwikkelplan.md for the four years after your submission date, and under each of the four headings write your answer to the question the template gives as a comment.",
    messages: {
      missing: "Your development plan is missing: the file {path} does not exist. The framework (D) asks you to close your portfolio with a development plan for the coming {jaren} years. Create the file with 'rlp init'.",
      noPeriod: "State at the top of your development plan which {jaren} years it covers, e.g. 'periode: { van: {van}, tot: {tot} }'.",
      years: 'Your development plan runs from {van} up to and including {tot}: that is {geteld} {geteld|year|years}. The framework (D) asks for a plan for {jaren} years, e.g. from {van} up to and including {voorbeeld}.',
      order: 'The last year of your development plan ({tot}) is before its first year ({van}). Check the period.',
      pastStart: 'Your development plan starts in {van}, before the year of your submission date ({jaar}). The plan is about the coming years; let it start in {jaar} or later.',
      lateStart: "Your development plan only starts in {van}. The framework (D) asks for a plan for the coming four years, from your certification ({jaar}); let it start in {uiterlijk} at the latest.",
      shortSection: "The section '{kop}' of your development plan has {woorden} {woorden|word|words}. An assessor expects an answer here that takes in your work context and the development of the profession; rlp notes this below {minimum} words (a choice of rlp, not a requirement of the framework).",
      unknownHeading: "The heading '{kop}' in your development plan belongs to none of the four questions of the framework (D): {koppen}. What is under it counts for none of them.",
      unknownHeadingTip: "rlp does not recognise the heading '{kop}' in your development plan as one of the four questions. Did you mean '{tip}'?",
      missingSection: "Your development plan has no section '## {kop}'. The framework (D) asks for an answer to each of the four questions; add the section.",
      emptySection: "The section '{kop}' of your development plan holds no text of your own yet. Answer the question the framework (D) asks here; the template gives it as a comment.",
    },
  },
};
