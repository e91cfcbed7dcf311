// The sentences of `caprural completion` (issue 15, item 7).

export const completionEn = {
  completionUnknownShell: (p: { value: string; shells: string }) => `No completion for the shell "${p.value}". Shells: ${p.shells}.\nExample: caprural completion bash`,
};

export const completionFr: typeof completionEn = {
  completionUnknownShell: (p) => `Pas de complétion pour le shell « ${p.value} ». Shells : ${p.shells}.\nExemple : caprural completion bash`,
};
