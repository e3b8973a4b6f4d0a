/** Default file names of the contract's layout (§1). */
export const layout = {
  config: 'portfolio.yaml',
  cases: 'casussen',
  motivatie: 'motivatie.md',
  ontwikkelplan: 'ontwikkelplan.md',
} as const;
