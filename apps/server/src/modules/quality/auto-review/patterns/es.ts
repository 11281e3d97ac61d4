import { B, E, all, re, type QualityPatterns } from './types';

/** One more word and the space after it: room for "le", "por favor" inside a phrase. */
const W = String.raw`[^\s.!?]+\s+`;
const TEAM = String.raw`(?:(?:el|al|nuestro)\s+)?(?:equipo|área|area|departamento|técnico|tecnico|soporte\s+técnico|desarrollo|facturación|facturacion|calidad|logística|logistica|almacén|almacen|supervisor|operaciones|especialista)\S*`;

export const esPatterns: QualityPatterns = {
  greeting: re(
    String.raw`^\W*(?:hola|buen(?:os|as)?\s+(?:días|dias|tardes|noches|día|dia)|buenas|saludos|estimad[oa]s?|bienvenid[oa]|qué\s+tal|que\s+tal)${E}`,
  ),
  // Tú and vos: the pronouns, their clitic and possessive, and the verbs agents use most.
  informalYou: re(
    String.raw`${B}(?:tú|vos|te|ti|contigo|tus|vosotros|os|vuestr[oa]s?)${E}`,
    String.raw`${B}(?:tienes|puedes|quieres|necesitas|estás|eres|sabes|haces|verás|tendrías|podrías|recibirás|tenés|podés|querés|andás|sos|probá|mirá|fijate|fíjate|avísame|escríbeme|dime|cuéntame|contame|pasame|pasás|confírmame|hubieras)${E}`,
  ),
  formalYou: re(
    String.raw`${B}(?:usted|disculpe|podría|le\s+(?:comento|confirmo|escribo|envío|envio|pido|ayudo|recomiendo|informo|aviso|mando|agradezco)|su\s+(?:pedido|cuenta|correo|tarjeta|caso|número|numero|factura|equipo)|me\s+(?:confirma|indica|ayuda|permite|podría)|tenga|comuníquese|dé\s+clic|entre\s+a|revise|pruebe)${E}`,
  ),
  customerInformal: re(
    String.raw`${B}(?:tú|vos|te|ti|contigo|os|vuestr[oa]s?|habéis|imagínate|imaginate|mira|oye|fíjate|fijate|sabés|tenés|podés|sos)${E}`,
  ),
  customerFormal: re(
    String.raw`${B}(?:usted|disculpe|me\s+(?:ayuda|podría|puede|podrían|pueden)|le\s+agradezco|quisiera|señorita|joven)${E}`,
  ),
  defaultFormal: false,
  mirrorFormal: true,
  honorifics: ['sr', 'sra', 'srta', 'don', 'doña', 'señor', 'señora', 'señorita'],

  sentElsewhere: [
    re(
      String.raw`${B}(?:tendrías|tendría|tiene|tienes|debe|debes|deberá|deberías|puede|puedes|podés|le\s+recomiendo|te\s+recomiendo)\s+(?:que\s+)?(?:${W})?(?:contactar|comunicarse|comunicarte|llamar|acudir|dirigirse|dirigirte|ir|mirarlo|consultarlo|reclamar|hablar)\s+(?:${W}){0,2}?(?:con|al|a\s+la|a\s+su|a\s+tu|en)\s+(?!nosotros)`,
      String.raw`${B}(?:comuníquese|comunícate|contacte|contacta|llame|llama|diríjase|acuda|acudí)\s+(?:${W}){0,2}?(?:con|al|a\s+la|a\s+su|a\s+tu)\s+(?!nosotros)`,
      String.raw`${B}(?:no\s+es\s+tema\s+(?:de\s+)?(?:la\s+)?tienda|lo\s+ve\s+(?:el\s+)?fabricante|eso\s+(?:lo\s+)?(?:ve|gestiona)\s+(?:el|la)\s+(?:banco|fabricante|transportista|paquetería))`,
      String.raw`${B}(?:presentar|poner)\s+una\s+reclamación\s+(?:${W}){0,8}?(?:oficina\s+de\s+consumo|profeco|banco)`,
      String.raw`${B}(?:acercar\S*|acuda|acudir|dirigirse|diríjase|dirijase|ir|pasar)\s+(?:${W})?a\s+(?:la\s+|una\s+|su\s+|nuestra\s+)?(?:agencia|sucursal|oficina|tienda\s+física|aduana)`,
      String.raw`${B}(?:eso\s+)?(?:ya\s+)?no\s+es\s+con\s+nosotros|${B}(?:es\s+)?tema\s+(?:del?\s+)?(?:sat|banco|aduana|fabricante|transportista)|${B}lo\s+ve\s+(?:el\s+|la\s+)?(?:sat|banco|aduana|fabricante)`,
    ),
  ],
  handedOff: [
    re(
      String.raw`${B}(?:lo\s+|la\s+|le\s+)?(?:paso|pasé|pase|escalo|escalé|derivo|derivé|reporté|reporte|envié|traslado|trasladé|levanto|levanté|voy\s+a\s+levantar|voy\s+a\s+pasar)\s+(?:${W}){0,4}?(?:a|al|con)\s+(?:nuestro\s+|el\s+|la\s+)?${TEAM}`,
      String.raw`${B}${TEAM}\s+(?:${W})?(?:lo\s+)?(?:revisará|revisarán|se\s+pondrá|se\s+pondrán|le\s+contactará|te\s+contactará|lo\s+revisa|lo\s+revisen|lo\s+revisan)`,
    ),
  ],
  vague: [
    re(
      String.raw`${B}(?:(?:lo\s+)?(?:tomamos|tenemos)\s+en\s+cuenta|(?:su|tu)\s+(?:caso|reclamo|queja)\s+(?:quedó|queda)\s+registrad[oa]|espere\s+(?:por\s+favor|nuestra\s+respuesta)|vale,?\s+lo\s+miro)${E}`,
    ),
    re(
      String.raw`${B}(?:lo\s+)?(?:estamos|estoy)\s+(?:revisando|investigando|viendo)${E}`,
      String.raw`${B}(?:ya\s+)?lo\s+report[eé]\s+al\s+área\s+técnica${E}|${B}(?:lo\s+)?(?:vamos\s+a|voy\s+a)\s+revisar${E}(?!\s+(?:hoy|mañana|antes))`,
    ),
  ],
  when: [
    re(
      String.raw`${B}(?:en\s+(?:un\s+plazo\s+de\s+|los\s+próximos\s+|las\s+próximas\s+|menos\s+de\s+)?(?:\d+|una|un|dos|tres|24|48)\s+(?:a\s+\d+\s+)?(?:horas?|días|minutos|semanas?|hrs?)(?:\s+hábiles)?)${E}`,
      String.raw`${B}(?:hoy|mañana|pasado\s+mañana|esta\s+(?:tarde|noche|semana))${E}`,
      String.raw`${B}(?:antes\s+de\s+las|a\s+las|hasta\s+las)\s+\d{1,2}`,
      String.raw`${B}(?:el\s+)?(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)${E}`,
    ),
  ],

  asksWhen: re(
    String.raw`${B}(?:cu[aá]ndo|cu[aá]nto\s+(?:tiempo|tarda|demora|tardan)|para\s+cu[aá]ndo|a\s+qu[eé]\s+hora)${E}[^.!?]*\?`,
  ),
  workaround: [
    re(
      String.raw`${B}(?:mientras\s+tanto|por\s+ahora|de\s+momento|por\s+el\s+momento|como\s+alternativa|provisionalmente|temporalmente)${E}`,
      String.raw`${B}(?:también|tambien)\s+(?:puede|puedes|podés)\s+pagar\s+con`,
    ),
  ],
  customerSolved: [
    re(
      String.raw`${B}(?:ya\s+(?:funciona|jaló|jalo|lo\s+tengo|la\s+tengo|los\s+tengo|lo\s+veo|me\s+llegó|me\s+llego|entré|entre|está|esta|quedó|quedo|aparece|salió|salio)|funcionó|funciono|funciona|me\s+llegó|me\s+llego|ahí\s+está|ahi\s+esta|sí,?\s+ya|perfecto|listo|genial|solucionado|resuelto|recibido|mil\s+gracias|me\s+salvó|me\s+salvo|súper|super)${E}`,
    ),
  ],
  customerUnsolved: [
    re(
      String.raw`${B}(?:sigue\s+(?:sin|igual|fallando)|sigo\s+sin|todavía\s+no|todavia\s+no|aún\s+no|aun\s+no|no\s+(?:funciona|sirve|me\s+llegó|me\s+llego|llegó|llego|vino|ha\s+llegado|me\s+sirve|entiendo|entendí|entendi)|pésimo|pesimo|increíble|increible|me\s+doy\s+de\s+baja|nunca\s+más|nunca\s+mas|muy\s+mal|qué\s+mal|que\s+mal|un\s+desastre|qué\s+vergüenza|vaya\s+servicio|me\s+lo\s+pensaré|ya\s+veré|ni\s+modo|pues\s+nada|decepcionad[oa]|falta\s+de\s+respeto|horrible|no\s+me\s+ayud[óo]|no\s+ayuda\s+(?:en\s+)?nada|gracias\s+por\s+nada)${E}`,
    ),
  ],
  refused: [
    re(
      String.raw`${B}(?:no\s+(?:podemos|es\s+posible|se\s+puede|está\s+permitido|procede|aplica)|es\s+la\s+política|es\s+política|según\s+(?:la\s+)?política)${E}`,
    ),
  ],

  restated: [
    re(
      String.raw`${B}como\s+ya\s+(?:te|le|les)\s+(?:he\s+)?(?:expliqu[ée]|explicado|dije|dicho|coment[ée]|comentado|indiqu[ée]|indicado)${E}|${B}ya\s+(?:te|le)\s+(?:expliqu[ée]|dije)${E}|${B}(?:le|te)\s+reitero${E}`,
    ),
  ],

  paraphrase: [
    re(
      String.raw`${B}(?:si\s+(?:lo\s+)?(?:he\s+)?(?:entendido|entiendo)\s+bien|entiendo\s+que\s+lo\s+que\s+(?:usted\s+)?(?:necesita|quiere|busca)|lo\s+que\s+(?:usted\s+)?(?:me\s+)?(?:comenta|dice|dices|cuenta|plantea)\s+es\s+que|(?:entonces|o\s+sea),?\s+lo\s+que\s+(?:me\s+)?(?:dice|dices|comenta|necesita))${E}`,
      String.raw`${B}(?:para\s+confirmar|confirmo\s+que\s+entend[ií]|si\s+no\s+me\s+equivoco),?\s+(?:usted|tú|te|le|su|tu)${E}`,
      // "Permítame confirmar", "te resumo", "a ver si entendí", "O sea, pediste…": the retelling announced.
      String.raw`${B}(?:permítame|permitame|déjame|dejame|déjeme|dejeme)\s+confirmar${E}|${B}(?:te|le)\s+resumo${E}|${B}a\s+ver\s+si\s+(?:le\s+|te\s+)?entend[ií]${E}|(?:^|[.!]\s+)o\s+sea,`,
    ),
  ],
  request: re(
    String.raw`${B}(?:indíqueme|indiqueme|indique|indícame|indicame|envíe|envie|envíame|enviame|mándame|mandame|pásame|pasame|pasás|proporcion\S*|facilít\S*|cuál\s+es\s+(?:su|tu)|me\s+(?:podría|podrias|podrías|puede|puedes)\s+(?:dar|pasar|indicar|confirmar|enviar|proporcionar))${E}`,
  ),
  customerRepeated: [
    re(
      String.raw`${B}(?:ya\s+(?:lo\s+|se\s+lo\s+|te\s+lo\s+|le\s+|te\s+)?(?:dije|puse|escribí|escribi|mandé|mande|mencioné|mencione|expliqué|indiqué|hice|probé|intenté)|como\s+(?:ya\s+)?(?:le\s+|te\s+)?(?:dije|puse|escribí|mencioné)|se\s+lo\s+puse|ya\s+se\s+(?:la|lo|las|los)\s+di|(?:los|las|lo|la)\s+puse\s+en\s+(?:el|mi)\s+(?:primer\s+)?mensaje|está\s+en\s+(?:el|mi)\s+primer\s+mensaje|en\s+mi\s+primer\s+mensaje|eso\s+(?:te|le)\s+(?:he\s+)?dicho|eso\s+(?:es\s+lo\s+que\s+)?dije|lo\s+acabo\s+de\s+decir|arriba|(?:te|se|le)\s+lo\s+he\s+dicho|ya\s+lo\s+he\s+(?:mirado|hecho|probado|dicho)|no\s+quiero\s+(?:cancelar|renovar|cambiar|comprar)|no\s+(?:te|le)\s+(?:pregunté|pregunte|pedí|pedi)|lo\s+que\s+(?:pregunto|pregunté|pedí)|(?:te|le)\s+(?:pregunté|pregunte)|no\s+es\s+eso)${E}`,
    ),
  ],
  asksForOrder: re(
    String.raw`${B}(?:número|numero|n\.?º|nro|folio|código|codigo)\s+(?:${W})?(?:de\s+)?(?:pedido|orden|cliente|caso|reserva|seguimiento|compra|factura|cuenta)`,
  ),
  asksForEmail: re(String.raw`${B}(?:correo(?:\s+electrónico)?|email|e-mail|mail)${E}`),
  asksForPhone: re(String.raw`${B}(?:número\s+de\s+(?:teléfono|celular|móvil)|teléfono|celular)${E}`),
  orderWord: re(String.raw`${B}(?:pedido|orden|cliente|caso|reserva|folio|factura|compra|boleta|n\.?º|nro)`),

  check: [
    re(
      String.raw`${B}(?:algo\s+más|alguna\s+otra\s+(?:duda|consulta|cosa)|otra\s+consulta|otra\s+duda|te\s+puedo\s+ayudar|le\s+puedo\s+ayudar)${E}[^?.!]*\?`,
      String.raw`¿[^?]*${B}(?:funciona|funcionó|pudo|pudiste|pudiste|llegó|llego|aparece|aparese|ve|ves|abre|quedó|quedo|le\s+llega|te\s+llega|está|salió|ya\s+(?:lo|la)\s+tiene|confirma|ok|bien|correcto|resuelto)${E}[^?]*\?`,
      String.raw`${B}(?:me\s+confirma|me\s+confirmas|confírmame|me\s+avisas|me\s+avisa|avísame)\s+(?:${W}){0,2}?(?:si|que|cuando|cómo)${E}`,
    ),
  ],
  notCheck: re(
    String.raw`^\W*(?:qué|que|cuál|cual|cuáles|cuándo|cuando|dónde|donde|adónde|por\s+qué|quién|quien|cuánto|cuanto|cómo\s+(?!le\s+(?:fue|va)|te\s+(?:fue|va))|quiere|quieres|querés|desea|deseas|le\s+parece|te\s+parece|prefiere|prefieres|me\s+(?:pasa|pasás|pasas|da|das|indica|confirma\s+(?:su|tu)\s+(?:correo|número)))${E}`,
  ),
  farewell: [
    re(
      String.raw`${B}(?:que\s+tenga[sn]?\s+(?:un\s+)?(?:buen|bonito|excelente|lindo|feliz)\s+(?:día|dia|tarde|noche|fin)|buen\s+(?:día|dia|fin\s+de\s+semana)|hasta\s+(?:luego|pronto)|saludos|un\s+saludo|salu2|gracias\s*[.!]?\s*$|gracias\s+(?:por\s+(?:escribirnos|comunicarse|comunicarte|contactar|escribir|su\s+paciencia|tu\s+paciencia|usar|la\s+paciencia|confiar|elegir)|a\s+ti|a\s+usted|x\s+comunicarse)|con\s+gusto|a\s+la\s+orden|a\s+sus\s+órdenes|para\s+servirle|cualquier\s+cosa|que\s+(?:disfrute|disfrutes)|mucha\s+suerte|suerte|me\s+alegra|me\s+alegro|qué\s+bueno\s+que)${E}`,
    ),
  ],

  caseSlips: null,
  vowelless: new Set([
    'y',
    'hs',
    'h',
    'pdf',
    'sms',
    'www',
    'http',
    'https',
    'png',
    'jpg',
    'tv',
    'hdmi',
    'wifi',
    'usb',
    'qr',
    'vpn',
    'crm',
    'xlsx',
    'mm',
    'cm',
    'kg',
    'km',
    'mb',
    'gb',
    'tb',
    'dni',
    'nrc',
    'rfc',
    'xml',
    'dpi',
    'ssd',
    'gps',
    'pm',
    'mx',
    'cl',
    'sr',
    'sra',
    'srta',
    'dr',
    'dra',
    'ml',
    'mg',
    'ltr',
    'kwh',
    'nfc',
  ]),
  misspellings: all(
    String.raw`${B}(?:aqui|alli|despues|rapido|rapida|numero|telefono|informacion|direccion|envio|pagina|facil|dificil|automatico|automaticamente|electronico|electronica|ultima|dias|dia\s+(?:habil|de)|proximo|proxima|asi\s+(?:que|como)|tambien|todavia|ademas|practico|unico|unica|periodo|credito|debito|metodo|sabado|miercoles|como\s+estas|he\s+echo|ha\s+echo|has\s+echo|hemos\s+echo|va\s+ser|aver|hiba|iva\s+a|nose|ojala|tiene\s+q|xfa|xq|porq|k|q|ke|pa\s+q)${E}|${B}(?:atravez|aparese|osea|porfavor|haber\s+si|a\s+ver\s+echo|echo\s+(?:el|la|un)|hechar|tambien|ultimos|ultimo|codigo|direcion|sevicio|tecnico|politica|garantia|valido|despues|todavia|aqui|ahi\s+(?:esta|lo)|asi|mas\s+(?:de|que|rapido)|q|xq|pq|x|d|tb|tmb|tmbn|k|ke|pa|nomas|ps|weno|bno|grax|xfa|xfavor|porfa|dsp|desp|srta\.?|complet|autoriz|nosotr|reporte\s+al)${E}`,
  ),
};
