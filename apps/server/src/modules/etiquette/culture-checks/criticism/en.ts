import { B, E, W, anyOf } from '../../../coaching/coaching-patterns/regex';
import type { CriticismLanguage } from './rule';

const YOU_HAVE = String.raw`${B}you(?:'ve|’ve|\s+have)?\s+(?:clearly\s+|simply\s+|just\s+|obviously\s+)?`;
const ENTERED = String.raw`(?:entered|typed|input|inputted|put|wrote|filled\s+in|filled\s+out|provided|gave\s+us|chose|selected|picked|used|ordered|booked|bought|scanned|clicked|spelled|spelt|set)`;
const WRONG = String.raw`(?:wrong|wrongly|incorrect|incorrectly|invalid|mistaken|by\s+mistake)`;
/** What a customer can fail to do; never "receive" or "get": "you didn't receive the code" is our failure. */
const DUTY = String.raw`(?:read|follow|check|enter|fill|provide|attach|include|select|choose|confirm|update|verify|look|notice|mention|specify|give|add|use|save|activate|register|measure)`;

export const enCriticism: CriticismLanguage = {
  rules: [
    // "You ordered the wrong size? No problem…" echoes the customer.
    { pattern: anyOf(String.raw`${YOU_HAVE}${ENTERED}\s+(?:${W}){0,3}?${WRONG}${E}`), notInQuestion: true },
    {
      pattern: anyOf(
        String.raw`${YOU_HAVE}(?:made|make)\s+(?:a|an|the)\s+(?:mistake|error)${E}`,
        String.raw`${B}you(?:'re|’re|\s+are|\s+were)\s+(?:mistaken|wrong)${E}`,
        // Not "your error message" or "your error code".
        String.raw`${B}your\s+(?:own\s+)?(?:mistake|error|fault)${E}(?!\s+(?:message|code|screen|log|page|report|text|number))`,
        String.raw`${B}(?:mistake|error|fault)\s+(?:is|was)\s+yours${E}`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`${B}you\s+(?:clearly\s+|simply\s+|obviously\s+)?(?:didn't|didn’t|did\s+not|failed\s+to|forgot\s+to|neglected\s+to|never)\s+${DUTY}${E}`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`${B}you\s+(?:should|ought\s+to)(?:'ve|’ve|\s+have)\s+(?:${W})?(?:read|checked|followed|entered|looked|called|contacted|asked|chosen|selected|ordered|noticed|paid|cancell?ed|updated|confirmed|verified|measured|told|written|informed)${E}`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`${B}you\s+(?:clearly\s+|obviously\s+)?(?:misread|misunderstood|misspelled|misspelt|mistyped|ignored|overlooked)${E}`,
      ),
    },
    // A reproach in the shape of a conditional.
    {
      pattern: anyOf(
        String.raw`${B}if\s+you\s+had\s+(?:(?:just|only)\s+)?(?:read|checked|followed|looked|listened)${E}`,
      ),
      unguarded: true,
    },
  ],
  guards: [
    anyOf(
      String.raw`${B}(?:if|in\s+case|whether|when|once)\s+you${E}`,
      String.raw`${B}(?:it\s+)?(?:seems|looks\s+like|appears|may\s+have|might\s+have|perhaps|maybe|possibly|probably)${E}`,
      String.raw`(?:not|n't|n’t|no)\s+(?:\S+\s+)?(?:your\s+(?:own\s+)?(?:fault|mistake|error)|fault\s+of\s+yours)`,
      // A tip for next time: "please make sure you didn't select the wrong size".
      String.raw`${B}(?:make\s+sure|ensure|double-check|check\s+that|check\s+whether)${E}`,
    ),
  ],
  suggestion: 'It looks like the details didn’t come through correctly — could you check them with me?',
};
