import { B, E, W, anyOf } from '../../../coaching/coaching-patterns/regex';
import type { CriticismLanguage } from './rule';

const DONE = String.raw`(?:eingegeben|angegeben|gewählt|ausgewählt|bestellt|eingetragen|geschrieben|ausgefüllt|verwendet|getippt|übermittelt)`;

export const deCriticism: CriticismLanguage = {
  rules: [
    {
      pattern: anyOf(
        String.raw`${B}sie\s+haben\s+(?:${W}){0,3}?(?:falsch|falsche[nmrs]?|fehlerhaft(?:e[nmrs]?)?|ungültige[nmrs]?)\s+(?:${W}){0,3}?${DONE}${E}`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`${B}sie\s+haben\s+sich\s+(?:${W})?(?:geirrt|vertan|verschrieben|vertippt|verlesen)${E}`,
      ),
    },
    { pattern: anyOf(String.raw`${B}(?:ihr|ihre)\s+(?:eigene[rn]?\s+)?(?:fehler|schuld|versehen)${E}`) },
    {
      pattern: anyOf(
        String.raw`${B}sie\s+haben\s+(?:${W}){0,3}?nicht\s+(?:gelesen|beachtet|angegeben|ausgefüllt|geprüft|überprüft|angehängt|bestätigt)${E}`,
        String.raw`${B}sie\s+hätten\s+(?:${W}){0,4}?(?:lesen|prüfen|überprüfen|beachten|angeben|wählen|achten)\s+(?:sollen|müssen)${E}`,
        String.raw`${B}sie\s+haben\s+(?:${W}){0,3}?vergessen${E}`,
      ),
    },
  ],
  guards: [
    anyOf(
      String.raw`${B}(?:falls|wenn|sofern|vielleicht|möglicherweise|offenbar|anscheinend|scheint|eventuell)${E}`,
      String.raw`${B}nicht\s+ihre?\s+(?:fehler|schuld)${E}`,
      String.raw`${B}kein(?:en)?\s+fehler\s+ihrerseits${E}`,
    ),
  ],
  suggestion: 'Offenbar sind die Angaben nicht richtig angekommen – wollen wir sie gemeinsam prüfen?',
};
