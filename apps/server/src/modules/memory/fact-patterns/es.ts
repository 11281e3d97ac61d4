import { LATIN_CYRILLIC_LETTERS, wordBounds } from '../../language/reading';
import type { FactRule } from '../detect-facts';

const LETTERS = LATIN_CYRILLIC_LETTERS;
const L = `[${LETTERS}]`;
const { B, E } = wordBounds(LETTERS);
const re = (source: string): RegExp => new RegExp(source, 'iu');

const MY = String.raw`${B}(?:mi|mis|nuestr[oa]s?)\s+`;
const FILLER = String.raw`(?:(?!(?:pedido|compra|paquete|caja|bolsa|cuenta|de|del|para|y|el|la|un|una)${E})[${LETTERS}\d-]+\s+){0,2}`;
const KIN = String.raw`(?:hij[oa]s?|hijit[oa]s?|niñ[oa]s|nen[ea]s|peques|beb[eé]s?|bebit[oa]s?|esposo|esposa|marido|mujer|pareja|novi[oa]|prometid[oa]|mam[aá]|mami|madre|pap[aá]|papi|padre|padres|viejos|abuel[oa]s?|abuelit[oa]s?|yaya|yayo|niet[oa]s?|herman[oa]s?|hermanit[oa]s?|sobrin[oa]s?|t[ií][oa]s?|suegr[oa]s?|cuñad[oa]s?|gemel[oa]s|melliz[oa]s|prim[oa]s?)`;
const PET = String.raw`(?:perr[oa]s?|perrit[oa]s?|perrhij[oa]s?|cachorr[oa]s?|gat[oa]s?|gatit[oa]s?|michis?|lor[oa]s?|periquit[oa]s?|p[aá]jar[oa]s?|canari[oa]s?|h[aá]msters?|conej[oa]s?|conejit[oa]s?|tortugas?|peces|pececit[oa]s?|hur[oó]n|caballos?|yeguas?|cobayas?|cuy(?:es)?|chinchillas?|iguanas?|labrador(?:es)?|caniches?|chihuahuas?|husky|bulldogs?|beagles?|pugs?|galg[oa]s?|podenc[oa]s?|salchichas?|mascotas?)`;
const PET_ITEM = String.raw`(?:cama|camita|comida|pienso|juguete|collar|correa|arena|transport${L}*|plato|comedero|rascador|champ[uú]|jaula|ropa|casita)`;
const FOOD = String.raw`(?:caf[eé]s?|cafecito|t[eé]|mate|yerba|terer[eé]|matcha|chocolate|vino|cerveza|cervecita|sushi|pizza|pasta|picante|comida\s+${L}+|cocina\s+${L}+|tacos|tapas|empanadas|queso|helados?|dulces|churros|paella|cortado|capuchino|caf[eé]\s+con\s+leche|ramen|tequila|mezcal)`;
const SPORTS = String.raw`(?:f[uú]tbol(?:\s+sala)?|futsal|p[aá]del|tenis|b[aá]squet|baloncesto|v[oó]ley|voleibol|hockey|golf|rugby|b[eé]isbol|balonmano|squash|nataci[oó]n|atletismo|gimnasia|judo|karate|taekwondo|boxeo|ciclismo|escalada|surf|triatl[oó]n|yoga|pilates|crossfit|spinning|running)`;
const CLUBS = String.raw`(?:betis|sevilla|madrid|real\s+madrid|atl[eé]tico|atleti|bar[cç]a|barcelona|valencia|athletic|real\s+sociedad|villarreal|osasuna|celta|deportivo|depor|espanyol|boca|river|racing|independiente|san\s+lorenzo|am[eé]rica|chivas|pumas|cruz\s+azul|tigres|rayados|monterrey|nacional|millonarios|colo[- ]colo|universidad\s+de\s+chile|la\s+u|pe[ñn]arol|alianza\s+lima|universitario)`;
const NOT_RELATIVE = [
  re(
    String.raw`d[ií]a\s+de\s+la\s+madre|d[ií]a\s+del\s+padre|placa\s+madre|tarjeta\s+madre|proceso\s+(?:hijo|padre)|empresa\s+(?:madre|matriz|hija)|madre\s+m[ií]a|(?:tu|su|vuestra)\s+madre`,
  ),
  // The relative only pays, collects or owns the account: logistics, not a fact about them.
  re(
    String.raw`(?:correo|e-?mail|cuenta|tarjeta|tel[eé]fono|n[uú]mero|nombre|direcci[oó]n|contraseña|usuario|perfil|dni)\s+(?:de\s+)?(?:mi|nuestr[oa])\s+${KIN}${E}|${KIN}\s+(?:pag[oó]|pagar[aá]|recoger[aá]|recoge|firmar[aá]|usa|me\s+pidi[oó]|me\s+pide|quiere\s+que)${E}`,
  ),
];
const NOT_PERSONAL_DATE = [
  re(
    String.raw`(?:c[oó]digo|cup[oó]n|descuento|promo${L}*|oferta|bono|regalo\s+de\s+la\s+tienda)\s+(?:de\s+|por\s+)?(?:${L}+\s+)?(?:cumple${L}*|aniversario)`,
  ),
];

export const esFactRules: readonly FactRule[] = [
  // family
  { category: 'family', pattern: re(`${MY}${FILLER}${KIN}${E}`), unless: NOT_RELATIVE },
  {
    category: 'family',
    pattern: re(
      String.raw`${B}(?:tengo|tenemos|con)\s+(?:\d+|dos|tres|cuatro|cinco|seis|un[ao]?)\s+(?:${L}+\s+)?(?:hij[oa]s|niñ[oa]s|peques|nenes|beb[eé]s|niet[oa]s|gemel[oa]s|melliz[oa]s|criaturas)${E}|${B}(?:acabo\s+de\s+ser|voy\s+a\s+ser|vamos\s+a\s+ser|soy|me\s+hice|nos\s+hicimos|ya\s+soy)\s+(?:padres|pap[aá]|mam[aá]|abuel[oa]|t[ií][oa]|madre|padre)${E}|${B}(?:embarazad[ao]|esperamos\s+(?:un\s+beb[eé]|gemelos|mellizos|nuestr[oa]\s+${L}+)|esperando\s+(?:un\s+beb[eé]|gemelos|mellizos))${E}`,
    ),
    unless: NOT_RELATIVE,
  },
  // pets
  {
    category: 'pets',
    pattern: re(`${MY}${FILLER}${PET}${E}`),
    unless: [
      re(
        String.raw`gat[oa]\s+(?:hidr[aá]ulico|mec[aá]nico|de\s+(?:coche|auto|carro))|comando\s+cat|${PET_ITEM}\s+(?:para|de)\s+(?:mi\s+)?${PET}`,
      ),
    ],
  },
  {
    category: 'pets',
    pattern: re(
      String.raw`${B}(?:tengo|tenemos|adopt[eéa]${L}*|rescat[eéa]${L}*|acogimos|acog[ií])\s+(?:a\s+)?(?:un|una|dos|tres|cuatro|\d+)\s+(?:${L}+\s+)?${PET}${E}|${PET}\s+(?:que\s+se\s+)?llam(?:a|ado|ada)\s+${L}|${PET}\s+que\s+(?:adoptamos|adopt[eé]|rescatamos|rescat[eé])${E}|${B}(?:el|la)\s+(?:perr[oa]|gat[oa]|cachorr[oa]|perrit[oa]|gatit[oa])\s+(?:se\s+)?(?:comi[oó]|rompi[oó]|mordi[oó]|tir[oó]|ara[ñn][oó]|orin[oó]|mi[oó]|destroz[oó]|tumb[oó]|vomit[oó])${E}`,
    ),
    unless: [re(String.raw`gat[oa]\s+(?:hidr[aá]ulico|mec[aá]nico)`)],
  },
  // hobbies
  {
    category: 'hobbies',
    pattern: re(
      String.raw`${B}(?:me\s+encanta|me\s+gusta\s+(?:mucho|much[ií]simo)|adoro|amo|disfruto|me\s+apasiona|soy\s+aficionad[oa]\s+a)\s+(?:${L}+\s+)?(?:pescar|la\s+pesca|tejer|coser|bordar|pintar|dibujar|leer|la\s+lectura|la\s+jardiner[ií]a|cocinar|hornear|reposter[ií]a|la\s+fotograf[ií]a|fotograf[ií]a|hacer\s+senderismo|el\s+senderismo|acampar|los\s+videojuegos|jugar\s+(?:a\s+)?(?:la\s+)?(?:play|videojuegos|ajedrez)|el\s+crochet|el\s+ganchillo|la\s+cer[aá]mica|el\s+bricolaje|coleccionar|las\s+manualidades)${E}`,
    ),
  },
  {
    category: 'hobbies',
    pattern: re(
      String.raw`${B}(?:hago|hacemos|hace)\s+(?:${L}+\s+)?(?:crochet|ganchillo|punto|cer[aá]mica|senderismo|jardiner[ií]a|bricolaje|manualidades|scrapbooking|marqueter[ií]a)${E}|${B}(?:tejo|bordo|colecciono|pesco|coso\s+(?:mi|mucha)|pinto\s+(?:cuadros|acuarelas|al\s+[oó]leo|miniaturas))${E}|${B}(?:toco|tocamos|toca|aprendiendo\s+a\s+tocar)\s+(?:el\s+|la\s+)?(?:guitarra|piano|viol[ií]n|violonchelo|bater[ií]a|bajo|ukelele|flauta|saxo|saxof[oó]n|trompeta|acorde[oó]n|charango|caj[oó]n)${E}|${B}(?:mi|su)\s+(?:hobby|afici[oó]n|pasatiempo)${E}|${B}(?:como\s+hobby|por\s+hobby|en\s+mi\s+tiempo\s+libre|en\s+mis\s+ratos\s+libres)${E}|${B}(?:loc[oa]|obsesionad[oa]s?|viciad[oa]s?)\s+(?:con|por|a)\s+(?:el\s+)?(?:minecraft|fortnite|roblox|pok[eé]mon|lego|los\s+videojuegos|la\s+play)${E}`,
    ),
  },
  {
    category: 'hobbies',
    // A relative's pastime: "a mi mujer le encanta la jardinería".
    pattern: re(
      String.raw`${MY}${FILLER}${KIN}\s+(?:le\s+encanta|adora|ama|disfruta|se\s+pasa\s+el\s+d[ií]a)\s+(?:${L}+\s+)?(?:pescar|tejer|coser|bordar|pintar|dibujar|leer|jardiner[ií]a|cocinar|hornear|reposter[ií]a|fotograf[ií]a|senderismo|crochet|ganchillo|cer[aá]mica|bricolaje|ajedrez|videojuegos)${E}|${B}a\s+(?:mi|mis)\s+${KIN}\s+(?:le|les)\s+(?:encanta|encantan|gusta\s+mucho)\s+(?:${L}+\s+)?(?:pescar|tejer|coser|bordar|pintar|dibujar|leer|jardiner[ií]a|cocinar|hornear|reposter[ií]a|fotograf[ií]a|senderismo|crochet|ganchillo|cer[aá]mica|bricolaje|ajedrez|videojuegos)${E}`,
    ),
  },
  // media
  {
    category: 'media',
    pattern: re(
      String.raw`${B}(?:estoy\s+viendo|viendo|reviendo|leyendo|releyendo|volviendo\s+a\s+ver|marat[oó]n\s+de|enganchad[oa]\s+a|viciad[oa]\s+(?:a|con)|obsesionad[oa]s?\s+con|me\s+encanta|adoro|amo)\s+(?:${L}+\s+){0,3}?(?:serie|series|temporada|pel[ií]cula|pelis?|pel[ií]culas|anime|manga|doramas?|k-?dramas?|novelas?|telenovelas?|saga|trilog[ií]a|libros?)${E}|${B}(?:mi|su)\s+(?:serie|pel[ií]cula|peli|libro|cantante|banda|grupo|anime|saga|canci[oó]n|actor|actriz)\s+(?:favorit[oa]|preferid[oa])${E}|${B}por\s+(?:segunda|tercera|cuarta|quinta|en[eé]sima|\d+ª?)\s+vez`,
    ),
    // "una serie de errores", "el número de serie", "viendo que…": not a show.
    unless: [
      re(
        String.raw`una\s+serie\s+de|n[uú]mero\s+de\s+serie|serie\s+de\s+\d|(?:viendo|veo|vi)\s+que|temporada\s+(?:alta|baja|de\s+(?:rebajas|ventas|lluvias))`,
      ),
    ],
  },
  {
    category: 'media',
    pattern: re(
      String.raw`${B}(?:fan|fans|fan[aá]tic[oa]s?|seguidor(?:a|es)?)\s+(?:de|del)\s+(?:la\s+|el\s+|los\s+)?${L}|${B}(?:me\s+encanta|adoro|amo|obsesionad[oa]s?\s+con|viciad[oa]s?\s+(?:a|con)|enganchad[oa]s?\s+a|loc[oa]s?\s+(?:con|por))\s+(?:${L}+\s+){0,2}?(?:bluey|peppa|patrulla\s+canina|frozen|harry\s+potter|star\s+wars|marvel|disney|pixar|the\s+office|friends|stranger\s+things|juego\s+de\s+tronos|la\s+casa\s+de\s+papel|bad\s+bunny|taylor\s+swift|shakira|rosal[ií]a|karol\s+g|bts|k-?pop|one\s+piece|dragon\s+ball|naruto)${E}`,
    ),
    unless: [
      re(
        String.raw`(?:fan|fans|fan[aá]tic[oa]s?|seguidor(?:a|es)?)\s+(?:de|del)\s+(?:(?:la|el|los|las)\s+)?(?:${CLUBS}|${SPORTS}|${FOOD}|minecraft|fortnite|roblox|videojuegos|la\s+play)${E}`,
      ),
      re(
        String.raw`(?:con|de|por|a|del)\s+(?:su|sus|tu|tus|vuestr${L}+|este|esta|estos|la\s+(?:app|marca|tienda|empresa)|el\s+(?:producto|servicio|programa))${E}|${B}(?:producto|productos|app|marca|tienda|servicio|empresa|plataforma)${E}`,
      ),
    ],
  },
  // food and drink
  {
    category: 'food_drink',
    pattern: re(
      String.raw`${B}(?:soy|somos|estoy)\s+(?:${L}+\s+)?(?:vegan[oa]s?|vegetarian[oa]s?|cel[ií]ac[oa]s?|intolerante\s+a|al[eé]rgic[oa]s?\s+a|diab[eé]tic[oa]s?|pescetarian[oa]s?|de\s+dieta\s+keto)${E}|${B}no\s+(?:como|comemos|tomo|bebo|puedo\s+comer|puedo\s+tomar)\s+(?:nada\s+de\s+)?(?:carne|cerdo|gluten|l[aá]cteos|az[uú]car|pescado|marisco|alcohol|cafe[ií]na|huevo|frutos\s+secos|picante)${E}`,
    ),
  },
  {
    category: 'food_drink',
    pattern: re(
      String.raw`${B}(?:me\s+encanta|me\s+encantan|me\s+gusta\s+(?:mucho|much[ií]simo)|adoro|amo|no\s+puedo\s+vivir\s+sin|soy\s+adict[oa]\s+a|soy\s+fan\s+de|muero\s+por)\s+(?:${L}+\s+)?${FOOD}${E}|${B}(?:mi|su)\s+(?:comida|bebida|plato|postre|caf[eé]|vino|cerveza|cocina|t[eé])\s+(?:favorit[oa]|preferid[oa])${E}|${B}(?:tomo|bebo|me\s+tomo|desayuno)\s+(?:${L}+\s+){0,2}?(?:todas\s+las\s+mañanas|cada\s+mañana|todos\s+los\s+d[ií]as|cada\s+d[ií]a|a\s+diario)${E}|${B}(?:cafetero|cafetera|adict[oa]\s+al\s+caf[eé])${E}`,
    ),
    unless: [re(String.raw`(?:pedido|compra|paquete|bolsa)\s+de\s+${FOOD}`)],
  },
  // sport
  {
    category: 'sport',
    pattern: re(
      String.raw`${B}(?:soy|somos)\s+(?:${L}+\s+)?(?:del|de\s+la|hincha\s+del?|fan\s+del|aficionad[oa]\s+del|socio\s+del)\s+${CLUBS}${E}|${B}(?:soy|somos)\s+(?:${L}+\s+)?(?:cul[eé]s?|colchoner[oa]s?|madridistas?|b[eé]tic[oa]s?|sevillistas?|xeneizes?|cruzazulinos?|americanistas?)${E}|${B}(?:hincha|aficionad[oa]|fan|seguidor[a]?)\s+(?:de|del)\s+${CLUBS}${E}`,
    ),
    unless: [
      re(
        String.raw`soy\s+(?:${L}+\s+)?del?\s+(?:la\s+)?(?:\d|equipo\s+de\s+(?:ventas|soporte|it|marketing)|departamento|área|empresa|cliente|plan)`,
      ),
    ],
  },
  {
    category: 'sport',
    pattern: re(
      String.raw`${B}(?:juego|jugamos|juega|juegan|entreno|entrena|practico|practica|hago|hace|empez[oó]|entra|va|voy)\s+(?:${L}+\s+){0,2}?(?:al|a|de|en)\s+(?:el\s+|la\s+|equipo\s+de\s+)?${SPORTS}${E}|${B}(?:(?:aprend${L}*|empez${L}*)\s+a\s+(?:nadar|patinar|esquiar|surfear|escalar|jugar\s+al?\s+${L}+)|corro|salgo\s+a\s+correr|nado|voy\s+al\s+(?:gimnasio|gym)|entreno\s+(?:todos|cada|\d)|ando\s+en\s+bici|salgo\s+en\s+bici|monto\s+en\s+bici|(?:media\s+)?marat[oó]n|triatl[oó]n)${E}|${B}(?:mi|mis)\s+${KIN}\s+(?:[${LETTERS},]+\s+){0,6}?${SPORTS}${E}`,
    ),
    unless: [re(String.raw`(?:corro|corremos)\s+(?:el|un|riesgo|peligro|prisa)`)],
  },
  // important dates
  {
    category: 'dates',
    pattern: re(
      String.raw`${MY}(?:${L}+\s+)?(?:cumple(?:años)?|aniversario|boda|santo|fecha\s+de\s+parto)${E}|${B}(?:cumple(?:años)?|aniversario|boda)\s+de\s+(?:mi|mis|nuestr${L}*)\s|${B}cumpl(?:o|e|imos|en)\s+(?:\d+|${L}+)\s+(?:años\s+)?(?:de\s+casados\s+)?(?:el|este|esta|mañana|hoy|la\s+semana|en)${E}|${B}años\s+de\s+casados${E}|${B}se\s+grad[uú]a\s+(?:el|este|esta|mañana|la\s+semana|en\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))${E}|${B}(?:me\s+caso|nos\s+casamos|se\s+casa|me\s+voy\s+a\s+casar|nos\s+vamos\s+a\s+casar|embarazad[ao]|naci[oó]|nacieron|acabo\s+de\s+ser\s+(?:pap[aá]|mam[aá]|padre|madre))${E}`,
    ),
    unless: NOT_PERSONAL_DATE,
  },
  // other life events
  {
    category: 'other',
    pattern: re(
      String.raw`${B}(?:(?:nos|me)\s+(?:acabamos\s+de|acabo\s+de|vamos\s+a|voy\s+a)\s+mudar|nos\s+mudamos|me\s+mudo|me\s+mud[eé]|nos\s+mudaremos|nos\s+vamos\s+a\s+vivir|me\s+voy\s+a\s+vivir|estamos\s+de\s+mudanza|estoy\s+de\s+mudanza)${E}|${B}(?:estoy|estamos|me\s+voy|nos\s+vamos)\s+de\s+(?:vacaciones|viaje|luna\s+de\s+miel)${E}|${B}(?:luna\s+de\s+miel|vuelvo\s+de\s+(?:vacaciones|viaje))${E}|${B}(?:trabajo\s+nuevo|nuevo\s+trabajo|empec[eé]\s+a\s+trabajar|me\s+jubil[eé]|estoy\s+jubilad[oa]|trabajo\s+de\s+noche|turno\s+de\s+noche)${E}|${B}soy\s+(?:enfermer[oa]|profesor[a]?|maestr[oa]|m[eé]dic[oa]|bombero|polic[ií]a|camarer[oa]|cociner[oa]|veterinari[oa]|matrona)${E}`,
    ),
  },
];
