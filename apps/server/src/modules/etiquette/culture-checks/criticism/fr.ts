import { B, E, W, anyOf } from '../../../coaching/coaching-patterns/regex';
import type { CriticismLanguage } from './rule';

export const frCriticism: CriticismLanguage = {
  rules: [
    { pattern: anyOf(String.raw`${B}vous\s+(?:vous\s+)?(?:êtes|etes)\s+tromp[ée]e?s?${E}`) },
    {
      pattern: anyOf(
        String.raw`${B}vous\s+avez\s+(?:saisi|entré|indiqué|choisi|sélectionné|renseigné|commandé|tapé|donné|fourni|mis|écrit)\s+(?:${W}){0,3}?(?:mauvais|mauvaise|mauvaises|erron[ée]e?s?|incorrecte?s?|fausses?|faux)${E}`,
        String.raw`${B}vous\s+avez\s+mal\s+(?:saisi|renseigné|compris|lu|rempli|indiqué|tapé|orthographié|écrit)${E}`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`${B}(?:votre|ta)\s+(?:propre\s+)?(?:faute|erreur)${E}`,
        String.raw`${B}par\s+votre\s+faute${E}`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`${B}vous\s+n['’]avez\s+pas\s+(?:lu|respecté|vérifié|indiqué|rempli|suivi|renseigné|joint|consulté|fait\s+attention)${E}`,
        String.raw`${B}vous\s+auriez\s+dû${E}`,
        String.raw`${B}vous\s+avez\s+oublié\s+de${E}`,
      ),
    },
  ],
  guards: [
    anyOf(
      String.raw`${B}(?:si\s+vous|peut-être|il\s+semble|semble|apparemment|visiblement|probablement|sans\s+doute)${E}`,
      String.raw`${B}pas\s+(?:de\s+)?votre\s+(?:faute|erreur)${E}`,
    ),
  ],
  suggestion:
    'Il semble que les informations n’aient pas été enregistrées correctement : pouvons-nous les vérifier ensemble ?',
};
