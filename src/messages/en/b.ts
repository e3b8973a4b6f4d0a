/** English messages of the work experience, CV and motivation rules (toetsingskader B1, B2). */
export const b = {
  'B1/jaren': {
    title: 'Two years active in the field',
    explain: 'Checks that on your submission date you have been active as a career professional for at least two years: the date under werkervaring: actief_sinds is on or before the same day two years earlier. With submission date 2026-12-01, actief_sinds 2024-12-01 still counts.',
    fix: "Put 'actief_sinds: YYYY-MM-DD' under werkervaring:, the day you started as a career professional. If you have not been active for two years yet, choose a later submission date; 'rlp check --datum YYYY-MM-DD' shows from when it holds.",
    messages: {
      missing: 'Fill in since when you have been active as a career professional (werkervaring: actief_sinds: YYYY-MM-DD). The framework (B1) asks for at least {jaren} years.',
      tooShort: 'You have been active since {sinds}; on your submission date ({indiendatum}) that is less than {jaren} years. The framework (B1) asks that you have been active since {grens} or earlier. Submit later, or check the date.',
    },
  },
  'B1/uren': {
    title: '{min_werkervaring_uren} hours of experience',
    explain: 'Checks that you have at least {min_werkervaring_uren} hours of professional experience as a practising career professional. Without an hours log the number under werkervaring: uren counts. With an hours log (werkervaring: urenlog) the hours in that file count, except the categories the framework excludes: administration, PR and acquisition, and your own development such as training, education, intervision and supervision. Hours after your submission date do not count. When the number under uren differs more than 10% from the log, you get a warning.',
    fix: 'Fill in your professional hours under werkervaring: uren, or keep them in an hours log (uren.csv) with the columns datum, uren and categorie. Only count hours in which you guide people or organisations with career questions.',
    messages: {
      missing: 'Fill in how many hours of professional experience you have (werkervaring: uren). The framework (B1) asks for at least {minimum} hours.',
      tooFew: 'You state {uren} hours of experience. The framework (B1) asks for at least {minimum} hours as a practising career professional.',
      tooFewLog: 'According to {bestand} you have {tellend} hours of professional experience. The framework (B1) asks for at least {minimum} hours. Of the {totaal} hours in your log, {uitgesloten} hours are administration, PR or your own development; those do not count.',
      afterDate: 'Part of your hours log is after your submission date ({indiendatum}): {aantal} {aantal|row|rows}, together {uren} {uren|hour|hours}, from this row on. Those hours do not count.',
      beforeActive: "Your hours log has {aantal} {aantal|row|rows} ({uren} hours together) from before {sinds}, the date you became active in the field according to portfolio.yaml, starting at this row. Is 'actief_sinds' right? An assessor wants the two to agree.",
      mismatch: 'You state {uren} hours of experience, but according to {bestand} {tellend} count. Make your declaration and your hours log say the same.',
    },
  },
  'B1/verklaringen': {
    title: 'Work experience declarations',
    explain: "Checks that you add both declarations of B1: that you have been active in the field for at least {min_jaren_actief} years with {min_werkervaring_uren} hours of professional experience (verklaring_werkervaring), and that you work as a practising career professional (verklaring_actief). Each is signed, dated not after your submission date (the submission date itself is fine) and added as a file.",
    fix: "Fill in the declarations with the format of your digital portfolio, sign them and put them in the folder bewijs/. Name them under werkervaring:, e.g. 'verklaring_actief: { ondertekend: yes, datum: 2026-11-15, bestand: bewijs/verklaring-actief.pdf }'.",
    messages: {
      missing: '{verklaring} is missing (werkervaring: {sleutel}). The framework (B1) asks for this declaration, completely filled in and signed.',
      notSigned: "{verklaring} is not signed according to portfolio.yaml. The framework (B1) asks for a signed declaration; put 'ondertekend: yes' once you have signed it.",
      noDate: "{verklaring} has no date. Fill in the date it was signed: 'datum: YYYY-MM-DD'.",
      afterDate: '{verklaring} is dated {datum}, after your submission date ({indiendatum}). A declaration cannot be dated after submitting; check the date or your submission date.',
      beforeTwoYears: "{verklaring} is dated {datum}, but according to portfolio.yaml you have been active since {sinds}. On {datum} you had not yet been active for {jaren} years: the declaration states something that was not yet true. Have a new declaration signed, dated on or after {vanaf}.",
      notCurrent: "{verklaring} is dated {datum}, more than {maanden} months before your submission date ({indiendatum}). This declaration must show that you are guiding clients now; an assessor will ask for a recent one. Have a new one signed.",
      noFile: "{verklaring} is not added as a file. Put the signed declaration in the folder bewijs/ and name it with 'bestand: bewijs/…'.",
      verklaring_werkervaring: 'The declaration of at least {min_jaren_actief} years in the field and {min_werkervaring_uren} hours of professional experience (verklaring_werkervaring)',
      verklaring_actief: 'The declaration that you work as a practising career professional (verklaring_actief)',
    },
  },
  'B2/cv': {
    title: 'Curriculum vitae',
    explain: 'Checks that you add a curriculum vitae (cv: in portfolio.yaml) as a pdf, docx or md file in your portfolio folder. The framework (B2) asks for a CV with at least an overview of your career, education and other field-specific information; rlp does not judge its content.',
    fix: "Put your CV in the folder bewijs/, e.g. as bewijs/cv.pdf, and name it in portfolio.yaml: 'cv: bewijs/cv.pdf'.",
    messages: {
      missing: "Your CV is missing. The framework (B2) asks for a curriculum vitae; put it in the folder bewijs/ and name it in portfolio.yaml with 'cv: bewijs/cv.pdf'.",
      type: "Your CV '{path}' must be a file of type {types}. Save it as pdf (in Word: Save as, PDF).",
      notThere: "Your CV '{path}' is not in your portfolio folder, or the file is empty. The framework (B2) asks for a curriculum vitae.",
    },
  },
  'B2/motivatie': {
    title: 'Motivation',
    explain: 'Checks that your motivation is there (motivatie.md, or the file under motivatie: in portfolio.yaml) and holds your own text: a look back at your development so far and why you chose this profession (framework B2). Comments and unchanged template text do not count. The framework sets no length.',
    fix: "Write in motivatie.md how you have developed so far and what drives you in this profession. If the file is missing, 'rlp init' creates it.",
    messages: {
      missing: "Your motivation is missing: the file {path} does not exist. The framework (B2) asks for a look back at your development so far. Create the file with 'rlp init' and write your motivation.",
      empty: 'Your motivation ({path}) holds no text of your own yet. Write a look back at your development so far and why you chose this profession (framework B2).',
      short: "Your motivation ({path}) has {woorden} {woorden|word|words}. The framework (B2) asks you to introduce yourself, say what moves you in this profession and where you stand now; that rarely fits in fewer than {minimum} words.",
    },
  },
};
