import type { CoachingRule } from '../check-reply';
import { B, E, W, anyOf } from './regex';

const OWNERSHIP = [
  anyOf(
    String.raw`${B}(?:le|te|les)\s+(?:escribo|escribir[ée]|aviso|avisar[ée]|llamo|llamar[ée]|confirmo|confirmar[ée]|informo|informar[ée]|respondo|responder[ée]|contacto|contactar[ée]|mantengo|mantendr[ée]|cuento|contar[ée])${E}`,
    String.raw`${B}(?:voy|vamos)\s+a\s+(?:consultar|escalar|pasar|revisar|preguntar|escribir|llamar|verificar|gestionar|solicitar|enviar|reportar|contactar|investigar|reembolsar|cambiar)`,
    String.raw`${B}(?:consultar[ée]|escalar[ée]|revisar[ée]|preguntar[ée]|pasar[ée]|verificar[ée]|gestionar[ée]|solicitar[ée]|enviar[ée]|reportar[ée]|me\s+encargo|me\s+comunicar[ée]|nos\s+comunicaremos|me\s+pondr[ée]|lo\s+paso|la\s+paso|lo\s+escalo|lo\s+reviso|lo\s+consulto)${E}`,
    String.raw`${B}(?:he|hemos)\s+(?:${W})?(?:escalado|pasado|enviado|reenviado|creado|solicitado|reembolsado|agendado|programado|cambiado|corregido|mandado|procesado|cancelado|abierto|reportado)${E}`,
    String.raw`${B}ya\s+(?:le\s+|lo\s+|la\s+|se\s+lo\s+)?(?:cambi[ée]|agend[ée]|mand[ée]|envi[ée]|pas[ée]|escal[ée]|reembols[ée]|correg[ií]|program[ée]|solicit[ée]|cancel[ée]|actualic[ée]|report[ée])${E}`,
    String.raw`${B}(?:le|lo|la)\s+(?:contactar[áa]|llamar[áa]|escribir[áa])${E}|${B}se\s+pondr[áa]\s+en\s+contacto`,
    String.raw`${B}(?:estoy|estamos)\s+(?:revisando|verificando|consultando|investigando|gestionando)`,
    // An offer is a next step the agent owns: "puedo reembolsarle el artículo ahora mismo".
    String.raw`(?<!no\s+)${B}(?:puedo|podemos)\s+(?:${W})?(?:reembols|ofrec|envi|cambi|gestion|revis|ayud|reserv|cancel|proponer|buscar|tramit)\S*`,
    String.raw`${B}(?:reviso|consulto|verifico|gestiono|escalo)${E}`,
  ),
];

const REDIRECT = [
  anyOf(
    String.raw`${B}(?:puede|podr[ií]a|le\s+recomiendo|le\s+sugiero)\s+(?:${W})?(?:contactar|dirigirse|escribir|llamar|acudir|comunicarse|solicitar|cambiar|consultar)`,
    String.raw`${B}(?:contacte|dir[ií]jase|comun[ií]quese|acuda|llame)\s+(?:con|a|al)${E}`,
  ),
];

const IF_FAILS = String.raw`${B}si\s+(?:${W}){0,4}?(?:no\s+(?:funciona|ayuda|se\s+soluciona|se\s+resuelve|resulta)|persiste|contin[úu]a|sigue)`;
const CONTACT = String.raw`(?:escr[ií]bame|av[ií]seme|me\s+avisa|cont[áa]ctenos|escr[ií]banos|resp[óo]ndame|le\s+ayudo|lo\s+paso|lo\s+escalo|me\s+escribe|nos\s+escribe|h[áa]ganos\s+saber|h[áa]gamelo\s+saber)`;
const FALLBACK = [anyOf(String.raw`${IF_FAILS}[^.!?]*${CONTACT}`, String.raw`${CONTACT}[^.!?]*${B}si\s`)];

/** The problem is fixed on our side: "try again" after it is not a brush-off. */
const RESOLVED = [
  anyOf(
    String.raw`${B}(?:ya\s+)?(?:est[áa]\s+)?(?:solucionad[oa]|resuelt[oa]|restablecid[oa]|funciona\s+de\s+nuevo|vuelve\s+a\s+funcionar)${E}`,
  ),
];

const REFUSAL_WORDS = anyOf(
  String.raw`${B}(?:lamentablemente|desafortunadamente|por\s+desgracia)${E}`,
  String.raw`${B}no\s+(?:\S+\s+)?(?:podemos|puedo|podremos|podr[ée]|es\s+posible)${E}`,
);

/** A refusal firm enough that a polite sign-off after it closes the door. */
const FIRM_REFUSAL = anyOf(
  String.raw`${B}no\s+(?:le\s+|les\s+)?(?:podemos|puedo|es\s+posible|ofrecemos|damos|pagamos|aceptamos|hacemos|trabajamos|realizamos|reembolsamos)${E}`,
  String.raw`${B}(?:pol[ií]tica|normas?)\s+(?:${W})?no\s+(?:permite|permiten)`,
  String.raw`${B}no\s+se\s+(?:puede|pueden)${E}`,
);
/** Disowning the problem: defensive, and a brush-off when nothing follows. */
const DISCLAIMER = String.raw`${B}no\s+(?:nos\s+)?(?:hacemos|somos)\s+responsables|${B}no\s+nos\s+responsabilizamos`;

export const esCoachingRules: readonly CoachingRule[] = [
  {
    check: 'brush_off',
    pattern: anyOf(
      String.raw`${B}no\s+(?:le\s+|les\s+|te\s+)?(?:podemos|puedo|podremos|podr[ée])\s+(?:ayudar\S*|hacer\s+nada|hacer\s+m[áa]s)`,
      String.raw`${B}no\s+hay\s+nada\s+(?:m[áa]s\s+)?que\s+(?:podamos|pueda)\s+hacer`,
      String.raw`${B}todos\s+(?:nuestros\s+)?(?:los\s+)?(?:agentes|especialistas|operadores|asesores|ejecutivos|t[ée]cnicos)\s+(?:est[áa]n|se\s+encuentran)\s+(?:${W})?ocupados`,
      String.raw`${B}no\s+es\s+de\s+nuestra\s+competencia|${B}fuera\s+de\s+nuestr[ao]\s+(?:alcance|competencia)|${B}no\s+nos\s+corresponde|${B}no\s+(?:gestionamos|manejamos|atendemos)${E}`,
      String.raw`${B}(?:reembolsos?|devoluci[oó]n(?:es)?|cambios?)\s+(?:${W}){0,2}?(?:no\s+(?:es|son|est[áa]n?)\s+(?:posibles?|permitid[oa]s?)|no\s+procede)`,
      String.raw`${B}no\s+tenemos\s+(?:ninguna\s+)?informaci[óo]n`,
      String.raw`${B}no\s+(?:ofrecemos|damos|pagamos|realizamos|hacemos)\s+(?:${W})?(?:compensaci[óo]n|compensaciones|reembolsos?|excepciones|descuentos?|devoluciones)`,
      String.raw`${B}(?:pol[ií]tica|normas?)\s+(?:${W})?no\s+(?:permite|permiten)\s+(?:excepciones|cambios|devoluciones|reembolsos)`,
      DISCLAIMER,
    ),
    unlessReply: [...OWNERSHIP, ...REDIRECT],
  },
  {
    // A refusal of what the customer asked, with no alternative, owner or next step anywhere in the reply.
    check: 'brush_off',
    question: false,
    pattern: anyOf(
      String.raw`${B}no\s+(?:se\s+)?(?:puede|pueden|podemos|es\s+posible)\s+(?:${W})?(?:modificar|cambiar|cancelar|reembolsar|devolver|editar|anular|reponer|compensar|extender|recuperar|hacer)\S*`,
    ),
    unless: [anyOf(String.raw`${B}(?:si|pero|sin\s+embargo)${E}`)],
    unlessReply: [...OWNERSHIP, ...REDIRECT],
  },
  {
    check: 'brush_off',
    pattern: anyOf(String.raw`${B}algo\s+m[áa]s${E}`, String.raw`${B}otras?\s+(?:preguntas|dudas|consultas)`),
    needsInReply: [REFUSAL_WORDS],
    unlessReply: [...OWNERSHIP, ...REDIRECT],
  },
  {
    // A polite sign-off right after a firm refusal is the same closed door.
    check: 'brush_off',
    pattern: anyOf(
      String.raw`${B}que\s+tenga\s+(?:un\s+)?(?:buen|excelente|lindo|feliz)\s+(?:d[ií]a|tarde)|${B}gracias\s+por\s+(?:su\s+(?:comprensi[óo]n|paciencia)|escribirnos|contactarnos)`,
      String.raw`${B}esperamos\s+(?:verl[oa]s?|tenerl[oa]s?)\s+(?:pronto|de\s+nuevo)|${B}hasta\s+pronto${E}`,
    ),
    needsInReply: [FIRM_REFUSAL],
    unlessReply: [...OWNERSHIP, ...REDIRECT],
  },
  {
    check: 'robotic_paraphrase',
    question: true,
    pattern: anyOf(
      String.raw`${B}si\s+(?:le\s+|te\s+|lo\s+)?(?:entiendo|entend[ií]|comprendo|comprend[ií])\s+(?:bien|correctamente)`,
      String.raw`${B}(?:entiendo|entend[ií]|comprendo)\s+(?:bien|correctamente)\s+que`,
      String.raw`${B}(?:es\s+)?(?:correcto|cierto|verdad)\s+que\s+(?:no\s+)?(?:usted|le|su|tu|te|lo|la)${E}`,
      String.raw`${B}(?:solo\s+|s[óo]lo\s+)?para\s+(?:confirmar|verificar|asegurarme|aclarar)\s*[:,]`,
      String.raw`${B}si\s+no\s+me\s+equivoco`,
      String.raw`${B}o\s+sea,?\s+(?:que\s+)?(?:usted|¿)`,
      String.raw`^\s*entonces,?\s+¿?\s*(?:usted|me\s+dice|le)${E}`,
      String.raw`${B}(?:me\s+dice|me\s+comenta|nos\s+comenta|me\s+est[áa]\s+diciendo|quiere\s+decir)\s+que`,
      String.raw`${B}(?:es\s+decir|en\s+otras\s+palabras)${E}`,
      String.raw`${B}(?:por\s+lo\s+que|seg[úu]n)\s+(?:le\s+)?entiendo${E}|${B}corr[ií]jame\s+si\s+me\s+equivoco`,
      // A tag question after a statement about the customer: "¿…, verdad?"
      String.raw`${B}(?:usted|su|le)${E}[^?]*[,¿]\s*¿?(?:verdad|correcto|cierto|es\s+as[ií]|s[ií]|no)\s*\?`,
    ),
    unless: [
      anyOf(
        String.raw`${B}(?:[ou](?!\s+sea)|cu[áa]l|cu[áa]les|cu[áa]ndo|d[óo]nde|c[óo]mo|(?:solo|s[óo]lo)(?!\s+para)|[úu]nicamente)${E}`,
        String.raw`${B}qu[ée]\s+(?:navegador|dispositivo|n[úu]mero|m[ée]todo|tarjeta|versi[óo]n|correo)`,
        String.raw`${B}(?:podr[ií]a|puede)\s+(?:indicar|enviar|decir|confirmar\s+cu[áa]l)`,
      ),
    ],
  },
  {
    check: 'defensive_tone',
    pattern: anyOf(
      String.raw`${B}como\s+ya\s+(?:se\s+)?(?:le\s+|te\s+|les\s+|lo\s+)?(?:${W})?(?:expliqu[ée]|dije|indiqu[ée]|mencion[ée]|coment[ée]|escrib[ií]|inform[ée]|explicamos|dijimos|indicamos|mencionamos|comentamos|explic[óo]|indic[óo]|dijo|mencion[óo])${E}`,
      String.raw`${B}(?:se\s+lo|te\s+lo|le)\s+(?:vuelvo\s+a\s+)?repito|${B}repito\s+(?:una\s+vez\s+m[áa]s|otra\s+vez|de\s+nuevo)|${B}por\s+(?:en[ée]sima|tercera|segunda|[úu]ltima)\s+vez`,
      String.raw`${B}no\s+es\s+(?:nuestra\s+culpa|culpa\s+nuestra|nuestro\s+problema|problema\s+nuestro)|${B}no\s+tenemos\s+(?:la\s+)?culpa|${B}no\s+tenemos\s+nada\s+que\s+ver`,
      String.raw`${B}(?:lea|leer|revise)\s+(?:${W}){0,3}?(?:con\s+atenci[óo]n|atentamente|detenidamente|bien|de\s+nuevo|otra\s+vez)|${B}(?:vuelva\s+a\s+leer|relea)${E}`,
      String.raw`${B}c[áa]lmese|${B}no\s+hace\s+falta\s+(?:gritar|ser\s+grosero|ponerse)`,
      String.raw`${B}hicimos\s+todo\s+(?:bien|correctamente)`,
      String.raw`${B}ya\s+(?:le\s+|te\s+|les\s+)?(?:respondimos|respond[ií]|contestamos|contest[ée]|explicamos|expliqu[ée]|dijimos|informamos|indicamos)${E}`,
      String.raw`${B}claramente${E}`,
      String.raw`${B}ya\s+(?:se\s+)?(?:le\s+|te\s+|les\s+)?(?:detallamos|detall[ée]|explicamos|expliqu[ée]|aclaramos|aclar[ée]|describimos|describ[ií])${E}`,
      String.raw`${B}(?:explicado|dicho|indicado|respondido|informado|comentado|expliqu[ée]|explicamos|dijimos|indicamos)\s+(?:${W}){0,8}?(?:varias|muchas|repetidas)\s+veces${E}|${B}m[áa]s\s+de\s+una\s+vez${E}`,
      String.raw`${B}ya\s+(?:se\s+)?(?:le\s+|te\s+|les\s+)?(?:hemos|he)\s+(?:explicado|dicho|indicado|respondido|informado|comentado|aclarado)${E}`,
      String.raw`${B}no\s+tengo\s+(?:nada\s+)?m[áa]s\s+que\s+(?:agregar|añadir|decir)`,
      String.raw`${B}(?:le\s+)?recuerdo\s+(?:una\s+vez\s+m[áa]s|nuevamente|de\s+nuevo|otra\s+vez)|${B}una\s+vez\s+m[áa]s\s+le\s+(?:recuerdo|recordamos|indico|indicamos)`,
      String.raw`${B}nunca\s+(?:hemos\s+)?(?:tenido|recibido)\s+(?:una\s+|ninguna\s+)?(?:queja|quejas|reclamos?)`,
      String.raw`${B}(?:solo|s[óo]lo|solamente)\s+somos\s+(?:el|la|un|una)?\s*(?:vendedor|intermediari[oa]|tienda|plataforma|revendedor)`,
      DISCLAIMER,
      String.raw`^\s*(?:s[ií],?\s+claro|claro,?\s+como\s+siempre|qu[ée]\s+sorpresa)`,
    ),
  },
  {
    check: 'blaming_customer',
    pattern: anyOf(
      String.raw`${B}(?:usted\s+)?(?:ingres[óo]|introdujo|escribi[óo]|puso|indic[óo]|seleccion[óo]|eligi[óo]|registr[óo]|digit[óo]|coloc[óo]|pidi[óo])\s+(?:${W}){0,2}?(?:mal|incorrect[oa]s?|equivocad[oa]s?|err[óo]ne[oa]s?)${E}`,
      String.raw`${B}(?:usted\s+)?se\s+equivoc[óo]`,
      String.raw`${B}(?:es|fue)\s+(?:su|tu)\s+(?:culpa|error|responsabilidad|equivocaci[óo]n)|${B}por\s+(?:su|tu)\s+(?:culpa|error|descuido)|${B}(?:el\s+)?error\s+(?:fue|es)\s+(?:suyo|de\s+usted)`,
      String.raw`${B}usted\s+no\s+(?:${W})?(?:ley[óo]|revis[óo]|sigui[óo]|verific[óo]|comprob[óo]|confirm[óo]|pag[óo]|complet[óo]|activ[óo]|aplic[óo]|llen[óo])${E}`,
      String.raw`${B}(?:usted\s+)?olvid[óo]\s+(?:${W})?(?:poner|ingresar|aplicar|indicar|confirmar|pagar|agregar|incluir|escribir|usar|activar|seleccionar)`,
      String.raw`${B}usted\s+(?:${W})?[a-záéíóúñ]+[óo]\s+(?:${W}){0,2}?(?:mal|incorrectamente)${E}`,
      String.raw`${B}(?:uso\s+indebido|mal\s+uso|uso\s+incorrecto|manipulaci[óo]n\s+incorrecta)\s+(?:${W}){0,1}?(?:de|por)\s+su\s+parte|${B}(?:por\s+culpa|a\s+causa)\s+de\s+usted`,
      String.raw`${B}porque\s+usted\s+no${E}`,
      String.raw`${B}usted\s[^.!?]*de\s+ah[ií]\s+(?:la|el)\s+(?:confusi[óo]n|error|problema|retraso)`,
      String.raw`${B}usted\s+no\s+(?:estaba|contest[óo]|respondi[óo]|abri[óo]|recogi[óo])${E}`,
      String.raw`${B}la\s+pr[óo]xima\s+vez\s+(?:revise|lea|verifique|f[ií]jese|tenga|preste)`,
      String.raw`${B}(?:debi[óo]|deber[ií]a\s+haber|tendr[ií]a\s+que\s+haber|ten[ií]a\s+que)\s+(?:${W})?(?:leer|le[ií]do|revisar|revisado|verificar|verificado|comprobar|comprobado|fijarse|confirmar|confirmado)`,
    ),
    unless: [
      anyOf(
        String.raw`${B}si\s+(?:usted\s+)?(?!no\s)`,
        String.raw`${B}no\s+(?:es|fue)\s+(?:su|tu)\s+culpa|${B}no\s+se\s+preocupe|${B}no\s+pasa\s+nada`,
      ),
    ],
    unlessReply: [anyOf(String.raw`${B}corrij[áa]mosl|${B}(?:le\s+ayudo|vamos)\s+a\s+corregir|${B}no\s+se\s+preocupe`)],
  },
  {
    check: 'restart_without_ownership',
    pattern: anyOf(
      String.raw`${B}(?:reinici[ea]|rein[ií]ciel[oa]|reinstal[ea]|reinst[áa]lel[oa])${E}`,
      String.raw`${B}apague\s+(?:${W}){0,3}?(?:y|luego)\s+(?:vuelva\s+a\s+)?(?:encender|enci[ée]ndal[oa]|encienda)`,
      String.raw`${B}desinstale\s+(?:${W}){0,3}?(?:y|luego)\s+(?:${W}){0,2}?(?:instal|reinstal)`,
      String.raw`${B}(?:borre|borra|limpie|limpia|elimine)\s+(?:la\s+|el\s+|las\s+|los\s+)?(?:cach[ée]|cookies|historial|datos)`,
      String.raw`${B}cierre\s+(?:la\s+)?sesi[óo]n\s+y\s+(?:vuelva\s+a\s+)?(?:entrar|iniciar|ingresar)`,
      String.raw`${B}(?:int[ée]ntelo|intente(?:lo)?|vuelva\s+a\s+intentar(?:lo)?|pruebe|escr[ií]banos)\s+(?:de\s+nuevo\s+|nuevamente\s+|otra\s+vez\s+)?m[áa]s\s+tarde`,
      String.raw`${B}(?:actualice|actualiza)\s+(?:la\s+)?(?:app|aplicaci[óo]n|navegador)`,
      String.raw`${B}cierre\s+(?:la\s+)?(?:app|aplicaci[óo]n|navegador)\s+(?:${W}){0,3}?y\s+vuelva\s+a\s+abrirla`,
      String.raw`${B}espere\s+(?:${W}){0,3}?y\s+vuelva\s+a\s+intentar`,
      String.raw`${B}pruebe\s+(?:otra\s+vez|de\s+nuevo|nuevamente)${E}`,
      String.raw`${B}vuelva\s+a\s+(?:conectar|intentar|iniciar|entrar|abrir)\S*|${B}int[ée]ntelo\s+(?:otra\s+vez|de\s+nuevo|nuevamente)${E}|${B}reintente${E}`,
      String.raw`${B}(?:actualice|recargue|refresque)\s+la\s+p[áa]gina|${B}intente\s+(?:${W})?(?:nuevamente|de\s+nuevo|otra\s+vez)${E}`,
      String.raw`${B}otro\s+navegador|${B}modo\s+inc[óo]gnito`,
    ),
    unlessReply: [...OWNERSHIP, ...FALLBACK, ...RESOLVED],
  },
];
