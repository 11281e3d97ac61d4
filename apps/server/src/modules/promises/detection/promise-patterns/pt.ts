import { wordBounds } from '../../../language/reading';
import type { PromiseRules } from '../detect-promises';
import {
  VAGUE,
  businessDaysPiece,
  clockPiece,
  dayPiece,
  daysPiece,
  minutesPiece,
  numberFrom,
  numericDate,
  partPiece,
  weekPiece,
  weekdayPiece,
} from '../time-pieces';

const LETTER = 'a-záàâãéêíóôõúüç';
const { B, E } = wordBounds(LETTER);
const re = (source: string): RegExp => new RegExp(source, 'iu');
const all = (source: string): RegExp => new RegExp(source, 'giu');

const NUMBERS: Record<string, number> = {
  um: 1, uma: 1, dois: 2, duas: 2, três: 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9,
  dez: 10, quinze: 15, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50,
}; // prettier-ignore
const NUMBER = String.raw`(\d{1,3}|${Object.keys(NUMBERS).join('|')})`;
const WITHIN = String.raw`(?:em|dentro\s+de|em\s+até|no\s+prazo\s+de|no\s+máximo\s+em|em\s+no\s+máximo|em\s+menos\s+de|nas\s+próximas|nos\s+próximos|daqui\s+a|daqui)(?:\s+(?:uns|umas|cerca\s+de|aproximadamente))?`;

/** Future tense: "ligarei", "enviaremos", "o técnico passará"; not "poderá", "deverá", "haverá". */
const FUTURE = String.raw`${B}(?!pod|dev|hav|cust|val|ser[aá]${E}|ter[aá]${E})[${LETTER}]+(?:arei|erei|irei|aremos|eremos|iremos|ará|erá|irá|arão|erão|irão|rei|remos)${E}`;
const SOON_VERB = String.raw`(?:lig|retorn|avis|mand|envi|cham|confirm|escrev|respond|atualiz|pass|lev|resolv|troc|process|verific|agend|transfer|devolv|deposit|estorn|reembols|ativ|reativ|instal|consert|entreg|contat|fal)`;

export const ptPromiseRules: PromiseRules = {
  commitments: [
    re(FUTURE),
    re(
      String.raw`${B}(?:vou|vamos|vai|vão|iremos)\s+(?:te\s+|lhe\s+|lhes\s+|o\s+|a\s+|os\s+|as\s+|já\s+|sim\s+)?[${LETTER}]+(?:(?:ar|er|ir|or)(?:-(?:lo|la|los|las|lhe|te))?|(?:á|ê|i)-(?:lo|la|los|las))${E}`,
    ),
    re(String.raw`${B}(?:fica|ficará|vai\s+ficar|estará)\s+(?:pront[oa]s?|resolvid[oa]s?|ativ[oa]|consertad[oa])${E}`),
    re(String.raw`${B}(?:prometo|garanto|garantimos)${E}`),
    // "Verifico e te aviso": the present for what comes next, after the first step.
    re(
      String.raw`(?:${B}(?:e|depois|aí|então)|,)\s+(?:já\s+)?(?:(?:te|lhe)\s+(?:retorno|aviso|digo|falo|mando|envio|ligo|confirmo|respondo|escrevo|retornamos|avisamos|mandamos|enviamos|ligamos|confirmamos)|(?:retorno|aviso|digo|falo|mando|envio|ligo|confirmo|respondo|escrevo)-(?:lhe|te))${E}`,
    ),
    re(
      String.raw`${B}(?:será|serão|vai\s+ser|vão\s+ser)\s+(?:[${LETTER}]+(?:ad|id)[oa]s?|entregue|feit[oa]s?|devolvid[oa]s?)${E}`,
    ),
  ],
  timedCommitments: [
    re(
      String.raw`${B}(?:(?:te|lhe|lhes|a\s+gente|eu|nós)\s+)(?:já\s+|mesmo\s+)?(?:te\s+|lhe\s+)?${SOON_VERB}[${LETTER}]*(?:o|amos|emos|imos)${E}`,
    ),
    re(String.raw`${B}(?:retorno|retornamos|passo|passamos)${E}`),
    // Plans and expectations: "deve chegar na quinta", "a previsão é sexta", "já agendei para amanhã".
    re(
      String.raw`${B}(?:deve|devem|deverá|deverão|tem\s+que|precisa)\s+(?:chegar|estar|ficar|cair|ser\s+(?:entregue|creditad[oa]|enviad[oa])|entrar|aparecer)${E}`,
    ),
    re(String.raw`${B}(?:está|estão|fica|ficou)\s+previst[oa]s?${E}|${B}(?:a\s+)?previsão${E}`),
    re(String.raw`${B}(?:agendei|agendamos|marquei|marcamos|programei|programamos|reservei|reservamos)${E}`),
    re(String.raw`${B}(?:você|vc|o\s+senhor|a\s+senhora)\s+(?:recebe|terá|tem)${E}`),
    re(String.raw`${B}[${LETTER}]+(?:o|a|e|amos|emos)-(?:lhe|te|lo|la|o|a)${E}`),
    re(String.raw`${B}(?:me\s+dá|me\s+dê|dê-me|me\s+dêem|me\s+da)${E}`),
    // "amanhã de manhã trato da troca": a present verb right after the time it is for.
    re(
      String.raw`${B}(?:hoje|amanhã|manhã|tarde|noite|segunda|terça|quarta|quinta|sexta|sábado|domingo|semana|minutos|horas|dias)\s+(?:mesmo\s+)?(?:(?:eu|a\s+gente|nós|te|lhe)\s+)?(?!tenho|estou|estamos|temos|é|são|está|fica)[${LETTER}]{3,}(?:o|amos|emos|imos)${E}`,
    ),
    re(
      String.raw`(?:^|[,:;]\s*|${B}e\s+)(?!informamos|comunicamos|lamentamos|agradecemos|pedimos|recomendamos|sentimos|entendemos|temos|estamos|podemos|precisamos|queremos|processamos|enviamos|recebemos|fizemos|enviámos)[${LETTER}]{4,}(?:amos|emos|imos)${E}`,
    ),
    re(
      String.raw`${B}(?:(?:o|a)\s+)?(?:nosso\s+|nossa\s+)?(?:técnico|tecnico|engenheir[oa]|entregador|motoboy|estafeta|motorista|equipe|equipa|consultor|consultora|atendente|instalador)\s+(?:te\s+|lhe\s+)?[${LETTER}]{3,}(?:a|e)${E}`,
    ),
    re(
      String.raw`${B}(?:o|a|seu|sua)\s+(?:técnico|tecnico|entregador|motoboy|reembolso|estorno|dinheiro|valor|pedido|encomenda|entrega|troca|visita|instalação|crédito)\s+(?:te\s+|lhe\s+)?(?:passa|chega|cai|sai|entra|vai|vem|está\s+agendad[oa]|fica|é\s+creditad[oa])${E}`,
    ),
  ],
  unless: [
    // Prices are facts, not tasks: "o frete vai custar R$ 25".
    re(String.raw`${B}(?:vai|vão|irá|irão)\s+(?:custar|valer|sair\s+por)${E}`),
    re(
      String.raw`${B}(?:(?:você|vc|o\s+senhor|a\s+senhora)\s+(?:escreveu|disse|mencionou|comentou|falou)|(?:te|lhe)\s+(?:prometeram|disseram|falaram|garantiram)|(?:disse|prometeu|falou|garantiu|afirmou|disseram|falaram)\s+que|segundo\s+(?:o|a|seu|sua)|prometemos|foi\s+prometid[oa])${E}`,
    ),
    re(
      String.raw`${B}(?:se\s+(?:você\s+|o\s+senhor\s+|a\s+senhora\s+)?(?:preferir|quiser|desejar|achar\s+melhor|concordar|autorizar|puder)|quer\s+que|gostaria\s+que|prefere\s+que)${E}`,
    ),
    re(
      String.raw`${B}(?:normalmente|geralmente|costuma|costumam|em\s+média|pode\s+levar|podem\s+levar|leva(?:m)?\s+(?:de|entre|cerca)|a\s+(?:promoção|promocao|oferta|campanha)\s+[${LETTER}]+|(?:nossa\s+)?(?:loja|agência|escritório|unidade)\s+(?:abre|fecha|abrirá|fechará|vai\s+abrir|vai\s+fechar|estará))${E}`,
    ),
    re(
      String.raw`${B}(?:estarei|estaremos|fico|ficamos|seguimos|sigo)\s+(?:à|a)\s+disposição${E}|${B}(?:estarei|estaremos|ficarei|ficaremos)\s+feliz`,
    ),
    re(String.raw`${B}(?:você|vc|o\s+senhor|a\s+senhora)\s+(?:vai|irá)\s+(?:precisar|ter|poder|conseguir)${E}`),
    re(String.raw`${B}(?:estará|estarão|ficará|ficarão|vai\s+estar|vai\s+ficar)\s+(?:fechad[oa]s?|abert[oa]s?)${E}`),
    re(
      String.raw`${B}(?:informamos|lembramos|comunicamos|avisamos)\s+que${E}|${B}(?:te|lhe)\s+(?:informo|lembro|aviso|comunico)\s+que${E}`,
    ),
    re(String.raw`${B}se\s+(?:não|ainda\s+não|até\s+\S+\s+não)${E}`),
    re(
      String.raw`${B}não\s+(?:lhe\s+|te\s+)?(?:posso|podemos|consigo|conseguimos)\s+(?:garantir|prometer|assegurar|confirmar)${E}`,
    ),
    re(String.raw`${B}(?:seu|o)\s+banco${E}|${B}(?:a\s+)?operadora\s+do\s+cartão${E}`),
  ],
  negation: /(?:^|[^a-záàâãéêíóôõúüç])(?:não|nao|nunca|jamais|nem)\s+(?:[a-záàâãéêíóôõúüç]+\s+){0,2}$/iu,
  times: [
    {
      pattern: all(
        String.raw`${B}(?:às|as|até\s+(?:as|às)|antes\s+das|por\s+volta\s+das|a\s+partir\s+das|lá\s+pelas|depois\s+das)\s+(\d{1,2})(?:[:h](\d{2}))?h?(?:\s+(da\s+manhã|da\s+tarde|da\s+noite))?`,
      ),
      read: (m) => clockPiece(m[1], m[2], m[3] === undefined ? undefined : /manhã/iu.test(m[3]) ? 'am' : 'pm'),
    },
    { pattern: all(String.raw`${B}(\d{1,2})(?::(\d{2})|h(\d{2})?)${E}`), read: (m) => clockPiece(m[1], m[2] ?? m[3]) },
    { pattern: all(String.raw`${B}(?:ao\s+)?meio-dia${E}`), read: () => clockPiece('12') },
    {
      pattern: all(String.raw`${B}(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?${E}`),
      read: (m) => numericDate(m[1], m[2], m[3]),
    },
    { pattern: all(String.raw`${B}ainda\s+hoje${E}`), read: () => partPiece('endOfDay') },
    { pattern: all(String.raw`${B}hoje${E}`), read: () => dayPiece(0) },
    { pattern: all(String.raw`${B}depois\s+de\s+amanhã${E}`), read: () => dayPiece(2) },
    { pattern: all(String.raw`(?<!(?:de|da|pela|nesta|depois\s+de)\s)${B}amanhã${E}`), read: () => dayPiece(1) },
    {
      pattern: all(String.raw`${B}(?:de\s+manhã|pela\s+manhã|nesta\s+manhã|(?<=amanhã\s)cedo|logo\s+cedo)${E}`),
      read: () => partPiece('morning'),
    },
    {
      pattern: all(String.raw`${B}(?:na\s+hora\s+do\s+almoço|no\s+horário\s+de\s+almoço|no\s+almoço)${E}`),
      read: () => partPiece('midday'),
    },
    {
      pattern: all(
        String.raw`${B}(?:à\s+tarde|a\s+tarde|de\s+tarde|pela\s+tarde|nesta\s+tarde|durante\s+a\s+tarde)${E}`,
      ),
      read: () => partPiece('afternoon'),
    },
    {
      pattern: all(String.raw`${B}(?:à\s+noite|a\s+noite|de\s+noite|nesta\s+noite|pela\s+noite)${E}`),
      read: () => partPiece('evening'),
    },
    {
      pattern: all(String.raw`${B}(?:até\s+o\s+(?:fim|final)\s+do\s+(?:dia|expediente)|ao\s+longo\s+do\s+dia)${E}`),
      read: () => partPiece('endOfDay'),
    },
    {
      pattern: all(
        String.raw`${B}(?:(?:na|nesta|na\s+próxima|próxima|até|até\s+a|até\s+o|no|neste|no\s+próximo|próximo)\s+(segunda|terça|terca|quarta|quinta|sexta|sábado|sabado|domingo)(?:-feira)?|(segunda|terça|terca|quarta|quinta|sexta)(?=\s+(?:de\s+manhã|à\s+tarde|à\s+noite|de\s+tarde|de\s+noite|cedo|pela\s+manhã))|(segunda|terça|terca|quarta|quinta|sexta)-feira)${E}`,
      ),
      read: (m) => weekdayOf(m[1] ?? m[2] ?? m[3]),
    },
    {
      pattern: all(
        String.raw`${B}(?:esta|nesta|essa|nessa)\s+semana${E}|${B}até\s+o\s+(?:fim|final)\s+da\s+semana${E}`,
      ),
      read: () => weekPiece('this'),
    },
    {
      pattern: all(String.raw`${B}(?:(?:na\s+)?próxima\s+semana|semana\s+que\s+vem)${E}`),
      read: () => weekPiece('next'),
    },
    { pattern: all(String.raw`${B}(?:em|dentro\s+de|daqui\s+a)\s+meia\s+hora${E}`), read: () => minutesPiece(30) },
    {
      pattern: all(
        String.raw`${B}(?:me\s+dá|me\s+dê|dê-me|me\s+da)\s+(?:uns\s+|umas\s+|cerca\s+de\s+)?${NUMBER}\s+(minutos?|horas?)${E}`,
      ),
      read: (m) => minutesPiece(times(numberFrom(m[1] ?? '', NUMBERS), /^h/iu.test(m[2] ?? '') ? 60 : 1)),
    },
    {
      pattern: all(String.raw`${B}${WITHIN}\s+${NUMBER}\s+(minutos?|horas?)${E}`),
      read: (m) => minutesPiece(times(numberFrom(m[1] ?? '', NUMBERS), /^h/iu.test(m[2] ?? '') ? 60 : 1)),
    },
    {
      pattern: all(
        String.raw`${B}(?:leva|levará|demora|demorará|vai\s+levar)\s+(?:no\s+máximo\s+|até\s+|cerca\s+de\s+|uns\s+)?${NUMBER}\s+(dias?|semanas?)${E}`,
      ),
      read: (m) => daysPiece(times(numberFrom(m[1] ?? '', NUMBERS), /^s/iu.test(m[2] ?? '') ? 7 : 1)),
    },
    {
      pattern: all(String.raw`${B}${NUMBER}\s+dias?\s+úteis${E}`),
      read: (m) => businessDaysPiece(numberFrom(m[1] ?? '', NUMBERS)),
    },
    {
      pattern: all(String.raw`${B}${WITHIN}\s+${NUMBER}\s+(dias?|semanas?)${E}(?!\s+úteis)`),
      read: (m) => daysPiece(times(numberFrom(m[1] ?? '', NUMBERS), /^s/iu.test(m[2] ?? '') ? 7 : 1)),
    },
    {
      pattern: all(
        String.raw`${B}(?:em\s+breve|o\s+quanto\s+antes|o\s+mais\s+rápido\s+possível|assim\s+que\s+possível|assim\s+que|logo|já\s+já|daqui\s+a\s+pouco|mais\s+tarde|imediatamente)${E}`,
      ),
      read: () => VAGUE,
    },
  ],
};

const times = (count: number | null, unit: number): number | null => (count === null ? null : count * unit);

function weekdayOf(name: string | undefined) {
  const plain = (name ?? '').toLowerCase().replace('ç', 'c').replace('á', 'a');
  const index = ['segunda', 'terca', 'quarta', 'quinta', 'sexta', 'sabado', 'domingo'].indexOf(plain);
  return index === -1 ? null : weekdayPiece(index + 1);
}
