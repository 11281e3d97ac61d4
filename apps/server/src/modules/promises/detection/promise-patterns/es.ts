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

const LETTER = 'a-záéíóúüñ';
const { B, E } = wordBounds(LETTER);
const re = (source: string): RegExp => new RegExp(source, 'iu');
const all = (source: string): RegExp => new RegExp(source, 'giu');

const NUMBERS: Record<string, number> = {
  un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  quince: 15, veinte: 20, treinta: 30, cuarenta: 40, 'cuarenta y cinco': 45, cincuenta: 50,
}; // prettier-ignore
const NUMBER = String.raw`(\d{1,3}|cuarenta\s+y\s+cinco|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta|cuarenta|cincuenta)`;
const WEEKDAYS = ['lunes', 'martes', 'mi[eé]rcoles', 'jueves', 'viernes', 's[aá]bado', 'domingo'];
const WITHIN = String.raw`(?:en|dentro\s+de|en\s+(?:un|el)\s+plazo\s+(?:de|máximo\s+de)|en\s+un\s+máximo\s+de|en\s+máximo|en\s+menos\s+de|en\s+(?:los|las)\s+próxim[oa]s|durante\s+(?:los|las)\s+próxim[oa]s|en\s+unos|en\s+unas|a\s+más\s+tardar\s+en)`;

/**
 * Future tense: "le llamaré", "enviaremos", "el técnico pasará", "recibirá". Not "podrá" (the
 * customer's "you will be able to") nor "habrá", "deberá", "será" alone.
 */
const FUTURE = String.raw`${B}(?!pod|hab|deb|cost|vald|ser[aá]${E}|tendr[aá]n?\s+que)[${LETTER}]*(?:aré|eré|iré|aremos|eremos|iremos|ará|erá|irá|arán|erán|irán|dré|dremos|drá|drán)${E}`;
const SOON_VERB = String.raw`(?:devuelv|llam|escrib|envi|mand|avis|confirm|contact|marc|devolv|comunic|revis|solucion|resolv|cambi|tramit|proces|gestion|inform|respond|contest|actualiz|pas|acerc|llev|reembols|reactiv|activ|instal|repar|reemplaz|verific|comprob|consult|transfer|abon|deposit|program|agend|visit|hac|dej|entreg)`;

export const esPromiseRules: PromiseRules = {
  commitments: [
    re(FUTURE),
    re(
      String.raw`${B}(?:voy|vamos|va|van)\s+a\s+(?:(?:le|te|les|lo|la|los|las|se)\s+)?[${LETTER}]+(?:ar|er|ir)(?:le|te|les|lo|la|los|las|se)?${E}`,
    ),
    re(
      String.raw`${B}(?:queda|quedará|estará|estarán)\s+(?:list[oa]s?|resuelt[oa]s?|solucionad[oa]s?|activ[oa]|reparad[oa])${E}`,
    ),
    re(String.raw`${B}(?:le|te)\s+(?:prometo|aseguro|garantizo)${E}`),
    re(String.raw`${B}(?:me|nos)\s+(?:encargo|encargamos|hago\s+cargo|hacemos\s+cargo|ocupo|ocupamos)${E}`),
    // "Reviso y le aviso": the present for what comes next, after the first step.
    re(
      String.raw`(?:${B}(?:y|luego|después|entonces)|,)\s+(?:ya\s+)?(?:le|te|les)\s+(?:escribo|llamo|aviso|confirmo|cuento|digo|comento|informo|respondo|contesto|marco|mando|envío|envio|paso|devuelvo|escribimos|llamamos|avisamos|confirmamos|contamos|decimos|informamos|respondemos)${E}`,
    ),
  ],
  timedCommitments: [
    re(
      String.raw`${B}(?:(?:le|te|les|se\s+lo|se\s+la|se\s+los|lo|la|los|las)\s+)${SOON_VERB}[${LETTER}]*(?:o|amos|emos|imos)${E}`,
    ),
    re(
      String.raw`${B}(?:le|te|les)\s+(?:damos|doy|digo|decimos|tenemos|tengo|traemos|traigo|ponemos|pongo|hago|hacemos)${E}`,
    ),
    re(String.raw`${B}(?:me|nos)\s+(?:comunico|comunicamos|pongo|ponemos)${E}`),
    // Plans and expectations: "debería llegar el jueves", "tenemos prevista la entrega".
    re(
      String.raw`${B}(?:debería|deberían|tiene\s+que|tienen\s+que)\s+(?:llegar|estar|quedar|recibir|verse|reflejarse|acreditarse)${E}`,
    ),
    re(
      String.raw`${B}(?:tenemos|tengo|está|están|queda|quedó)\s+previst[oa]s?${E}|${B}(?:la\s+)?(?:entrega|visita|llegada)\s+(?:está\s+)?(?:prevista|programada|agendada)${E}`,
    ),
    re(
      String.raw`${B}(?:programé|agendé|reservé|programamos|agendamos|reservamos|dejé\s+programad[oa]|dejamos\s+programad[oa])${E}`,
    ),
    re(String.raw`${B}(?:usted|ud\.?)\s+(?:recibe|tiene)${E}`),
    re(String.raw`${B}(?:deme|dame|denme|permítame|permitame)${E}`),
    // "mañana por la mañana tramito el cambio": a present verb right after the time it is for.
    re(
      String.raw`${B}(?:hoy|mañana|pasado\s+mañana|lunes|martes|miércoles|jueves|viernes|sábado|domingo|tarde|noche|semana|minutos|horas|días)\s+(?:mismo\s+)?(?:(?:le|te|les|se\s+lo|se\s+la|lo|la|los|las|yo|nosotros)\s+)?(?!tengo|estoy|estamos|tenemos|es|son|está|pasad[oa]|anterior)[${LETTER}]{3,}(?:o|amos|emos|imos)${E}`,
    ),
    re(
      String.raw`(?:^|[,:;]\s*|${B}y\s+)(?!informamos|comunicamos|lamentamos|agradecemos|pedimos|recomendamos|sentimos|entendemos|tenemos|estamos|podemos|necesitamos|queremos|procesamos|enviamos|recibimos)[${LETTER}]{4,}(?:amos|emos|imos)${E}`,
    ),
    re(
      String.raw`${B}(?:el|la|su)\s+(?:técnico|tecnico|repartidor|mensajero|reembolso|pedido|paquete|dinero|devolución|devolucion|envío|envio|reposición|cambio|visita|instalación)\s+(?:le\s+|te\s+)?(?:llega|pasa|sale|va|queda|está\s+programad[oa]|se\s+acredita|se\s+refleja)${E}`,
    ),
    re(String.raw`${B}(?:paso|pasamos)\s+(?:por|a)${E}`),
  ],
  unless: [
    re(
      String.raw`${B}(?:(?:usted|ud\.?|tú)\s+(?:escribió|dijo|mencionó|comentó)|(?:le|te)\s+(?:dijeron|prometieron|habían\s+prometido|comentaron|aseguraron)|(?:dijo|prometió|comentó|aseguró|afirmó|dijeron)\s+que|según\s+(?:el|la|su)|prometimos|se\s+le\s+prometió)${E}`,
    ),
    re(
      String.raw`${B}(?:si\s+(?:lo\s+|usted\s+lo\s+)?(?:desea|prefiere|quiere|gusta|le\s+parece|le\s+viene\s+bien|le\s+conviene|está\s+de\s+acuerdo|nos\s+autoriza)|quiere\s+que|desea\s+que|le\s+parece\s+(?:bien\s+)?que)${E}`,
    ),
    re(
      String.raw`${B}(?:normalmente|generalmente|por\s+lo\s+general|habitualmente|suele|suelen|en\s+promedio|puede\s+tardar|pueden\s+tardar|tarda(?:n)?\s+(?:entre|de)|la\s+(?:promoción|promocion|oferta|campaña)\s+[${LETTER}]+|(?:nuestra\s+)?(?:oficina|tienda|sucursal|bodega)\s+(?:abre|abrirá|cierra|cerrará|estará))${E}`,
    ),
    re(
      String.raw`${B}(?:estaré|estaremos|quedo|quedamos)\s+(?:encantad|feliz|felices|atent|pendiente|a\s+(?:su|tu)\s+disposición|disponible)`,
    ),
    re(String.raw`${B}(?:su|el|tu)\s+banco${E}`),
    re(String.raw`${B}(?:permanecerá|permanecerán|estará|estarán)\s+(?:cerrad[oa]s?|abiert[oa]s?)${E}`),
    re(
      String.raw`${B}(?:le|les|te)\s+(?:aviso|informo|comunico|recuerdo|informamos|comunicamos|recordamos)\s+que${E}|${B}(?:informamos|recordamos)\s+que${E}`,
    ),
    re(String.raw`${B}si\s+(?:no|todavía\s+no|aún\s+no|para\s+el\s+\w+\s+no)${E}`),
    re(String.raw`${B}(?:tendrá|tendrán|deberá|deberán)\s+que${E}`),
    re(String.raw`${B}no\s+(?:le\s+|te\s+|les\s+)?(?:puedo|podemos)\s+(?:garantizar|prometer|asegurar|confirmar)${E}`),
  ],
  negation: /(?:^|[^a-záéíóúüñ])(?:no|nunca|jamás|tampoco|ni)\s+(?:[a-záéíóúüñ]+\s+){0,2}$/iu,
  times: [
    {
      pattern: all(
        String.raw`${B}(?:a|antes\s+de|hasta|para|sobre|a\s+eso\s+de|desde)\s+las?\s+(\d{1,2}|una)(?::(\d{2}))?(?:\s*(?:hrs?|horas)\.?)?(?:\s+(de\s+la\s+mañana|am|a\.\s?m\.|de\s+la\s+tarde|de\s+la\s+noche|pm|p\.\s?m\.))?`,
      ),
      read: (m) => clockPiece(m[1] === 'una' ? '1' : m[1], m[2], ampm(m[3])),
    },
    {
      pattern: all(String.raw`${B}(\d{1,2}):(\d{2})(?:\s*(am|pm|a\.\s?m\.|p\.\s?m\.))?`),
      read: (m) => clockPiece(m[1], m[2], ampm(m[3])),
    },
    { pattern: all(String.raw`${B}(?:al?\s+)?mediodía${E}`), read: () => clockPiece('12') },
    {
      pattern: all(String.raw`${B}(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?${E}`),
      read: (m) => numericDate(m[1], m[2], m[3]),
    },
    { pattern: all(String.raw`${B}hoy\s+mismo${E}`), read: () => partPiece('endOfDay') },
    { pattern: all(String.raw`${B}hoy${E}`), read: () => dayPiece(0) },
    { pattern: all(String.raw`${B}pasado\s+mañana${E}`), read: () => dayPiece(2) },
    { pattern: all(String.raw`(?<!(?:la|de|esta|por|una)\s)${B}mañana${E}`), read: () => dayPiece(1) },
    {
      pattern: all(String.raw`${B}(?:por|en)\s+la\s+mañana|${B}esta\s+mañana|${B}(?:a\s+)?primera\s+hora${E}`),
      read: () => partPiece('morning'),
    },
    {
      pattern: all(String.raw`${B}(?:a\s+la\s+hora\s+(?:del\s+almuerzo|de\s+(?:la\s+)?comida|de\s+comer))${E}`),
      read: () => partPiece('midday'),
    },
    { pattern: all(String.raw`${B}(?:por|en)\s+la\s+tarde|${B}esta\s+tarde${E}`), read: () => partPiece('afternoon') },
    { pattern: all(String.raw`${B}(?:por|en)\s+la\s+noche|${B}esta\s+noche${E}`), read: () => partPiece('evening') },
    {
      pattern: all(
        String.raw`${B}(?:antes\s+de(?:l)?\s+(?:que\s+termine\s+el\s+|final\s+del\s+|fin\s+del\s+|cierre\s+del\s+)día|al\s+final\s+del\s+día|a\s+lo\s+largo\s+del\s+día|durante\s+el\s+día|a\s+última\s+hora)${E}`,
      ),
      read: () => partPiece('endOfDay'),
    },
    {
      pattern: all(
        String.raw`${B}(?:(?:el|este|el\s+próximo|próximo|para\s+el|hasta\s+el|antes\s+del)\s+)?(${WEEKDAYS.join('|')})${E}`,
      ),
      read: (m) => weekdayOf(m[1]),
    },
    {
      pattern: all(
        String.raw`${B}(?:esta\s+(?:misma\s+)?semana|antes\s+de\s+(?:que\s+termine\s+la|fin\s+de)\s+semana|a\s+finales\s+de\s+(?:esta\s+)?semana)${E}`,
      ),
      read: () => weekPiece('this'),
    },
    {
      pattern: all(String.raw`${B}(?:la\s+)?(?:próxima\s+semana|semana\s+que\s+viene|semana\s+entrante)${E}`),
      read: () => weekPiece('next'),
    },
    { pattern: all(String.raw`${B}(?:en|dentro\s+de)\s+media\s+hora${E}`), read: () => minutesPiece(30) },
    {
      pattern: all(
        String.raw`${B}(?:deme|dame|denme|permítame|permitame)\s+(?:unos?\s+|unas\s+)?(un\s+par\s+de|${NUMBER.slice(1, -1)})\s+(minutos?|horas?)${E}`,
      ),
      read: (m) =>
        minutesPiece(
          times(/par/iu.test(m[1] ?? '') ? 2 : numberFrom(m[1] ?? '', NUMBERS), /^h/iu.test(m[2] ?? '') ? 60 : 1),
        ),
    },
    {
      pattern: all(String.raw`${B}${WITHIN}\s+${NUMBER}\s+(minutos?|horas?)${E}`),
      read: (m) => minutesPiece(times(numberFrom(m[1] ?? '', NUMBERS), /^h/iu.test(m[2] ?? '') ? 60 : 1)),
    },
    {
      pattern: all(
        String.raw`${B}(?:tarda|tardará|demora|demorará|lleva|llevará)\s+(?:como\s+máximo\s+|máximo\s+|hasta\s+|unos\s+|unas\s+)?${NUMBER}\s+(días?|semanas?)${E}`,
      ),
      read: (m) => daysPiece(times(numberFrom(m[1] ?? '', NUMBERS), /^s/iu.test(m[2] ?? '') ? 7 : 1)),
    },
    {
      pattern: all(String.raw`${B}${NUMBER}\s+días?\s+(?:hábil(?:es)?|habil(?:es)?|laborables?)${E}`),
      read: (m) => businessDaysPiece(numberFrom(m[1] ?? '', NUMBERS)),
    },
    {
      pattern: all(String.raw`${B}${WITHIN}\s+${NUMBER}\s+(días?|dias?|semanas?)${E}(?!\s+(?:hábil|habil|laborable))`),
      read: (m) => daysPiece(times(numberFrom(m[1] ?? '', NUMBERS), /^s/iu.test(m[2] ?? '') ? 7 : 1)),
    },
    {
      pattern: all(
        String.raw`${B}(?:pronto|lo\s+antes\s+posible|lo\s+más\s+pronto\s+posible|a\s+la\s+brevedad|en\s+breve|enseguida|cuanto\s+antes|en\s+cuanto|más\s+tarde|luego|en\s+un\s+rato|de\s+inmediato)${E}`,
      ),
      read: () => VAGUE,
    },
  ],
};

function ampm(text: string | undefined): 'am' | 'pm' | undefined {
  if (!text) return undefined;
  return /mañana|^a/iu.test(text) ? 'am' : 'pm';
}

const times = (count: number | null, unit: number): number | null => (count === null ? null : count * unit);

function weekdayOf(name: string | undefined) {
  const plain = (name ?? '').toLowerCase().replace('é', 'e').replace('á', 'a');
  const index = ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'].indexOf(plain);
  return index === -1 ? null : weekdayPiece(index + 1);
}
