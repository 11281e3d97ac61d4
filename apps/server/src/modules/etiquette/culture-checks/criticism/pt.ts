import { B, E, W, anyOf } from '../../../coaching/coaching-patterns/regex';
import type { CriticismLanguage } from './rule';

const YOU = String.raw`(?:você|voce|vc|o\s+senhor|a\s+senhora|tu)`;
const ENTERED = String.raw`(?:digitou|informou|inseriu|preencheu|colocou|escolheu|selecionou|cadastrou|escreveu|marcou|digitaste|informaste|preencheste|colocaste|escolheste|inseriste|selecionaste)`;
const WRONG = String.raw`(?:errad[oa]s?|incorret[oa]s?|incorretamente|equivocad[oa]s?|inválid[oa]s?|mal)`;
/** Portuguese may drop the subject too: "preencheu errado" may be the seller's doing. */
const SOMEONE_ELSE = anyOf(
  String.raw`${B}(?:nós|nosso|nossa|nossos|nossas|a\s+transportadora|o\s+sistema|o\s+entregador|o\s+vendedor|a\s+loja|o\s+banco|o\s+atendente)${E}`,
);

export const ptCriticism: CriticismLanguage = {
  rules: [
    {
      pattern: anyOf(
        String.raw`${B}${YOU}\s+(?:se\s+)?(?:errou|enganou|confundiu|equivocou)${E}`,
        String.raw`${B}${YOU}\s+enganou-se${E}`,
      ),
    },
    {
      pattern: anyOf(String.raw`${B}${ENTERED}\s+(?:${W}){0,3}?${WRONG}${E}`),
      unless: [SOMEONE_ELSE],
      notInQuestion: true,
    },
    {
      pattern: anyOf(
        String.raw`${B}(?:${YOU}\s+)?não\s+(?:leu|seguiu|verificou|conferiu|preencheu|informou|anexou|incluiu|confirmou|leste|verificaste|conferiste|preencheste)${E}`,
      ),
      unless: [SOMEONE_ELSE],
    },
    {
      // Only what the customer should have done: "deveria ter recebido o código" is our promise.
      pattern: anyOf(
        String.raw`${B}(?:deveria|devia|teria\s+que|tinha\s+que|deverias|devias)\s+ter\s+(?:lido|verificado|conferido|seguido|escolhido|selecionado|preenchido|informado|digitado|confirmado|consultado|medido|checado|prestado|avisado)${E}`,
      ),
      unless: [SOMEONE_ELSE],
    },
    {
      pattern: anyOf(
        String.raw`${B}(?:a\s+)?culpa\s+(?:é|foi)\s+(?:sua|tua|do\s+senhor|da\s+senhora)${E}`,
        String.raw`${B}(?:por\s+)?(?:sua|tua)\s+culpa${E}`,
        String.raw`${B}culpa\s+(?:sua|tua)${E}`,
        String.raw`${B}erro\s+(?:seu|teu|do\s+senhor|da\s+senhora)${E}`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`${B}${YOU}\s+(?:se\s+)?esqueceu(?:-se)?\s+de${E}`,
        String.raw`${B}esqueceste-te\s+de${E}`,
      ),
    },
  ],
  guards: [
    anyOf(
      String.raw`${B}(?:se\s+${YOU}|caso|talvez|parece|pode\s+ser\s+que|possivelmente|provavelmente)${E}`,
      String.raw`${B}não\s+(?:é|foi)\s+(?:(?:sua|tua)\s+culpa|culpa\s+(?:sua|tua)|erro\s+(?:seu|teu))${E}`,
    ),
  ],
  suggestion: 'Parece que os dados não foram registrados corretamente; podemos conferir juntos?',
};
