import { LATIN_CYRILLIC_LETTERS, wordBounds } from '../../language/reading';
import type { FactRule } from '../detect-facts';

const LETTERS = LATIN_CYRILLIC_LETTERS;
const L = `[${LETTERS}]`;
const { B, E } = wordBounds(LETTERS);
const re = (source: string): RegExp => new RegExp(source, 'iu');

const MY = String.raw`${B}(?:meu|minha|meus|minhas|nosso|nossa|nossos|nossas)\s+`;
const FILLER = String.raw`(?:(?!(?:pedido|compra|encomenda|pacote|caixa|conta|de|do|da|para|pra|pro|e|o|a|um|uma)${E})[${LETTERS}\d-]+\s+){0,2}`;
const KIN = String.raw`(?:filh[oa]s?|filhinh[oa]s?|crianças|beb[eê]s?|nen[eê]m?|marido|esposa|esposo|mulher|namorad[oa]|noiv[oa]|m[ãa]e|mam[ãa]e|mainha|pai|papai|painho|pais|av[óô]s?|vov[óô]|net[oa]s?|netinh[oa]s?|irm[ãa]os?|irm[ãa]s?|irmãzinha|sobrinh[oa]s?|ti[oa]s?|sogr[oa]s?|cunhad[oa]s?|g[eê]meos|g[eê]meas|prim[oa]s?|enteado|enteada)`;
const PET = String.raw`(?:cachorr[oa]s?|cachorrinh[oa]s?|c[ãa]o|c[ãa]es|cadel[ao]s?|doguinho|gat[oa]s?|gatinh[oa]s?|papagaios?|periquitos?|calopsitas?|passarinhos?|p[áa]ssaros?|hamsters?|coelh[oa]s?|coelhinh[oa]s?|tartarugas?|jabutis?|peixinhos?|fur[ãa]o|cavalos?|[ée]guas?|porquinhos?-da-[íi]ndia|chinchilas?|iguanas?|vira-?latas?|shih-?tzus?|poodles?|pugs?|labradores?|goldens?|huskys?|yorkshires?|spitz|lulus?|pinschers?|salsichas?|bulldogs?|beagles?|border\s+collies?|filhot(?:e|es|inho|inhos)|pets?|bichinhos?)`;
const PET_ITEM = String.raw`(?:caminha|cama|ra[çc][ãa]o|brinquedo|coleira|guia|areia|caixa\s+de\s+transporte|comedouro|bebedouro|shampoo|roupinha|petisco|arranhador|gaiola)`;
const FOOD = String.raw`(?:caf[ée]|cafezinho|ch[áa]s?(?:\s+${L}+)?|chimarr[ãa]o|mate|terer[ée]|matcha|chocolate|vinho|cerveja|cervejinha|a[çc]a[íi]|sushi|pizza|churrasco|feijoada|p[ãa]o\s+de\s+queijo|brigadeiro|doces?|pimenta|comida\s+${L}+|coxinha|pastel|tapioca|cappuccino|capuccino|espresso|expresso|caipirinha|sorvete)`;
const SPORTS = String.raw`(?:futebol|futev[ôo]lei|futsal|v[ôo]lei|basquete|t[êe]nis|beach\s+tennis|padel|handebol|jiu[- ]?jitsu|muay\s+thai|capoeira|crossfit|muscula[çc][ãa]o|nata[çc][ãa]o|pilates|yoga|ioga|corrida|ciclismo|surf|skate|boxe|jud[ôo]|karat[êe]|escalada|triatlo|atletismo|gin[áa]stica|bal[ée]|academia)`;
const CLUBS = String.raw`(?:flamengo|fluminense|vasco|botafogo|corinthians|palmeiras|s[ãa]o\s+paulo|santos|gr[êe]mio|internacional|inter|cruzeiro|atl[ée]tico(?:-mg|\s+mineiro)?|galo|bahia|vit[óo]ria|sport|n[áa]utico|fortaleza|cear[áa]|coritiba|athletico|benfica|porto|sporting|braga)`;
const CLUB_PEOPLE = String.raw`(?:flamenguista|corinthiano|corintiano|palmeirense|s[ãa]o-?paulino|santista|vasca[íi]no|tricolor|colorado|gremista|cruzeirense|atleticano|botafoguense|rubro-negro|alvinegro|benfiquista|portista|sportinguista)`;
const NOT_RELATIVE = [
  re(
    String.raw`dia\s+das\s+m[ãa]es|dia\s+dos\s+pais|placa[- ]m[ãa]e|empresa[- ]m[ãa]e|processo\s+(?:filho|pai)|m[ãa]e\s+do\s+c[ée]u|m[ãa]e\s+de\s+deus|nossa\s+m[ãa]e|pai\s+de\s+santo|(?:tua|sua)\s+m[ãa]e`,
  ),
  // The relative only pays, collects or owns the account: logistics, not a fact about them.
  re(
    String.raw`(?:e-?mail|conta|cart[ãa]o|cpf|telefone|celular|whats(?:app)?|n[úu]mero|nome|endere[çc]o|senha|login|perfil|pix)\s+(?:d[oa]\s+)?(?:meu|minha)\s+${KIN}${E}|${KIN}\s+(?:pagou|vai\s+pagar|paga|vai\s+buscar|busca|recebe|vai\s+receber|usa|me\s+pediu|me\s+pede|quer\s+que)${E}`,
  ),
];

export const ptFactRules: readonly FactRule[] = [
  // family
  { category: 'family', pattern: re(`${MY}${FILLER}${KIN}${E}`), unless: NOT_RELATIVE },
  {
    category: 'family',
    pattern: re(
      String.raw`${B}(?:tenho|temos|com)\s+(?:\d+|dois|duas|tr[êe]s|quatro|cinco|um|uma)\s+(?:${L}+\s+)?(?:filh[oa]s|crianças|netos|netas|g[êe]meos|beb[êe]s|pequenos)${E}|${B}(?:virei|vou\s+ser|vamos\s+ser|sou|me\s+tornei|acabei\s+de\s+virar)\s+(?:pai|m[ãa]e|papai|mam[ãa]e|pais|av[óô]|vov[óô]|tia|tio|dinda|padrinho|madrinha)${E}|${B}(?:gr[áa]vida|esperando\s+(?:um\s+)?(?:beb[êe]|nen[êe]m|g[êe]meos))${E}`,
    ),
    unless: NOT_RELATIVE,
  },
  // pets
  {
    category: 'pets',
    pattern: re(`${MY}${FILLER}${PET}${E}`),
    unless: [
      re(
        String.raw`gat[oa]\s+(?:de\s+)?(?:luz|net|energia|tv)|gatonet|${PET_ITEM}\s+(?:de|do|da|para|pro|pra)\s+(?:meu\s+|minha\s+)?${PET}`,
      ),
    ],
  },
  {
    category: 'pets',
    pattern: re(
      String.raw`${B}(?:tenho|temos|adotei|adotamos|resgatei|resgatamos|pegamos|ganhei)\s+(?:um|uma|dois|duas|tr[êe]s|quatro|\d+)\s+(?:${L}+\s+)?${PET}${E}|${PET}\s+(?:que\s+se\s+)?chama(?:d[oa])?\s+${L}|${PET}\s+que\s+(?:adotamos|adotei|resgatamos|resgatei|ganhei|ganhamos)${E}|${B}(?:o|a)\s+(?:cachorr[oa]|gat[oa]|cachorrinh[oa]|gatinh[oa])\s+(?:${L}+\s+)?(?:roeu|comeu|quebrou|mordeu|derrubou|arranhou|fez\s+xixi|vomitou|destruiu|rasgou)${E}`,
    ),
  },
  // hobbies
  {
    category: 'hobbies',
    pattern: re(
      String.raw`${B}(?:adoro|amo|curto|gosto\s+(?:muito\s+)?de|sou\s+apaixonad[oa]\s+por|sou\s+viciad[oa]\s+em)\s+(?:${L}+\s+)?(?:pescar|pescaria|pesca|tric[ôo]|tricotar|croch[êe]|costurar|costura|bordar|bordado|pintar|pintura|desenhar|ler|leitura|jardinagem|cozinhar|culin[áa]ria|confeitaria|fotografia|fotografar|acampar|trilhas?|videogames?|games|xadrez|colecionar|marcenaria|cer[âa]mica|artesanato)${E}`,
    ),
  },
  {
    category: 'hobbies',
    pattern: re(
      String.raw`${B}(?:fa[çc]o|fazemos|faz)\s+(?:${L}+\s+)?(?:croch[êe]|tric[ôo]|bordado|artesanato|cer[âa]mica|trilhas?|marcenaria|jardinagem|costura|amigurumi|patchwork)${E}|${B}(?:toco|tocamos|toca|aprendendo\s+a\s+tocar)\s+(?:${L}+\s+)?(?:viol[ãa]o|guitarra|piano|teclado|bateria|baixo|violino|cavaquinho|ukulele|sax|saxofone|flauta|pandeiro|sanfona|viola)${E}|${B}(?:pesco|coleciono|costuro|bordo|crocheto|pinto\s+quadros|jogo\s+(?:videogame|xadrez|rpg|games))${E}|${B}(?:meu|minha)\s+(?:hobby|hobbie|passatempo)${E}|${B}(?:como\s+hobby|por\s+hobby|nas\s+horas\s+vagas|no\s+(?:meu\s+)?tempo\s+livre)${E}|${B}(?:viciad[oa]s?|louc[oa]s?)\s+(?:em|por|no|na)\s+(?:minecraft|fortnite|roblox|pok[ée]mon|lego|videogame|free\s+fire)${E}`,
    ),
  },
  {
    category: 'hobbies',
    // A relative's pastime: "minha esposa adora jardinagem".
    pattern: re(
      String.raw`${MY}${FILLER}${KIN}\s+(?:adora|ama|curte|gosta\s+(?:muito\s+)?de|[ée]\s+apaixonad[oa]\s+por|vive\s+de)\s+(?:${L}+\s+)?(?:pescar|pescaria|pesca|tric[ôo]|croch[êe]|costurar|costura|bordar|bordado|pintar|pintura|desenhar|ler|leitura|jardinagem|cozinhar|culin[áa]ria|confeitaria|fotografia|acampar|trilhas?|videogames?|games|xadrez|marcenaria|cer[âa]mica|artesanato)${E}`,
    ),
  },
  // media
  {
    category: 'media',
    pattern: re(
      String.raw`${B}(?:assistindo|assisto|assisti|maratonando|maratonei|maratonar|revendo|vendo|acompanho|acompanhando|viciad[oa]\s+em|lendo|relendo)\s+(?:${L}+\s+){0,3}?(?:novelas?|s[ée]ries?|filmes?|animes?|doramas?|k-?dramas?|reality|bbb|desenhos?|temporadas?|saga|trilogia|livros?)${E}|${B}(?:noveleir[oa]|dorameir[oa]|otaku|potterhead|marvete|maratonando|maratonei)${E}|${B}(?:minha|meu)\s+(?:s[ée]rie|filme|novela|livro|banda|cantor[a]?|anime|dorama|m[úu]sica|desenho|ator|atriz)\s+(?:favorit[oa]|preferid[oa])${E}|${B}pela\s+(?:segunda|terceira|quarta|quinta|milésima|\d+ª?)\s+vez`,
    ),
    // "uma série de erros", "o número de série", "vendo que…": not a show.
    unless: [re(String.raw`uma\s+s[ée]rie\s+de|n[úu]mero\s+de\s+s[ée]rie|s[ée]rie\s+de\s+\d|(?:vendo|vejo|vi)\s+que`)],
  },
  {
    category: 'media',
    pattern: re(
      String.raw`${B}(?:f[ãa]s?|f[ãa]zona|f[ãa]zão|f[ãa]n[áa]tic[oa]s?)\s+(?:${L}+\s+)?(?:d[oa]s?|de)\s+${L}|${B}(?:viciad[oa]s?|apaixonad[oa]s?|louc[oa]s?|amo|adoro)\s+(?:em|por|no|na|pel[oa])?\s*(?:${L}+\s+)?(?:bluey|peppa|patrulha\s+canina|frozen|harry\s+potter|star\s+wars|marvel|disney|pixar|friends|the\s+office|stranger\s+things|anitta|taylor\s+swift|bts|k-?pop|one\s+piece|naruto|dragon\s+ball|turma\s+da\s+m[ôo]nica|galinha\s+pintadinha|mundo\s+bita|luccas\s+neto)${E}`,
    ),
    unless: [
      re(
        String.raw`(?:f[ãa]s?|f[ãa]zona|f[ãa]zão|f[ãa]n[áa]tic[oa]s?)\s+(?:${L}+\s+)?(?:d[oa]s?|de)\s+(?:${CLUBS}|${SPORTS}|${FOOD}|minecraft|fortnite|roblox|free\s+fire|videogame)${E}`,
      ),
      re(
        String.raw`(?:d[oa]s?|de|em|por|no|na|pel[oa])\s+(?:voc[êe]s|vcs|seus?|suas?|tua|teu|esse|essa|este|esta|loja|marca|app|aplicativo|produto|servi[çc]o|empresa)${E}|${B}(?:produtos?|loja|marca|app|aplicativo|servi[çc]o|empresa|plataforma)${E}`,
      ),
    ],
  },
  // food and drink
  {
    category: 'food_drink',
    pattern: re(
      String.raw`${B}(?:sou|somos|t[ôo]|estou)\s+(?:${L}+\s+)?(?:vegan[oa]s?|vegetarian[oa]s?|cel[íi]ac[oa]s?|intolerante\s+(?:a|à)|al[ée]rgic[oa]s?\s+(?:a|à)|diab[ée]tic[oa]s?|de\s+dieta|low\s+carb)${E}|${B}(?:n[ãa]o|nao)\s+(?:como|comemos|bebo|tomo|posso\s+comer|posso\s+tomar)\s+(?:carne|porco|gl[úu]ten|lactose|leite|a[çc][úu]car|[áa]lcool|bebida|peixe|frutos\s+do\s+mar|doce|pimenta)${E}`,
    ),
  },
  {
    category: 'food_drink',
    pattern: re(
      String.raw`${B}(?:adoro|amo|sou\s+apaixonad[oa]\s+por|sou\s+viciad[oa]\s+em|n[ãa]o\s+vivo\s+sem|viciad[oa]\s+em|louc[oa]\s+por|f[ãa]\s+de)\s+(?:${L}+\s+)?${FOOD}${E}|${B}(?:minha|meu)\s+(?:comida|bebida|prato|sobremesa|caf[ée]|cerveja|vinho|ch[áa]|doce|lanche)\s+(?:favorit[oa]|preferid[oa])${E}|${B}(?:tomo|bebo|como)\s+(?:${L}+\s+){0,2}?(?:todo\s+dia|todos\s+os\s+dias|toda\s+manh[ãa]|todas\s+as\s+manh[ãa]s|de\s+manh[ãa]zinha)${E}|${B}(?:cafeinad[oa]|formiguinha)${E}`,
    ),
    unless: [re(String.raw`(?:pedido|compra|pacote|encomenda)\s+de\s+${FOOD}`)],
  },
  // sport
  {
    category: 'sport',
    pattern: re(
      String.raw`${B}(?:sou|somos)\s+(?:${L}+\s+)?${CLUB_PEOPLE}${E}|${B}${CLUB_PEOPLE}\s+(?:doente|roxo|fanático|de\s+carteirinha|desde)|${B}(?:tor[çc]o|torcemos|torcedor[a]?)\s+(?:pr[oa]|pelo|pela|para\s+o|para\s+a|d[oa])\s+${CLUBS}${E}|${B}(?:jogo|jogamos|joga|jogar|treino|treina|pratico|pratica|fa[çc]o|faz|come[çc]a|comecei|luto|luta)\s+(?:${L}+\s+)?(?:na\s+|no\s+|de\s+)?${SPORTS}${E}|${B}(?:corro|pedalo|nado|malho|treino)\s+(?:${L}+\s+)?(?:todo|toda|todos|todas|de\s+manh[ãa]|[àa]\s+noite|\d+\s+vezes|tr[êe]s\s+vezes|duas\s+vezes|na\s+academia|no\s+parque|sempre)|${B}vou\s+(?:pra|para\s+a|na)\s+academia|${B}(?:meia[- ])?maratona${E}|${MY}${KIN}\s+(?:[${LETTERS},]+\s+){0,6}?${SPORTS}${E}`,
    ),
  },
  // important dates
  {
    category: 'dates',
    pattern: re(
      String.raw`${MY}(?:${L}+\s+)?(?:anivers[áa]rio|niver|bodas|casamento|data\s+de\s+parto)${E}|${B}(?:anivers[áa]rio|niver|casamento|bodas|formatura)\s+d[aoe]s?\s+(?:meu|minha|meus|minhas|nosso|nossa)${E}|${B}(?:fa[çc]o|faz|fazemos|completa|completamos|completo)\s+(?:\d+|${L}+)\s+anos(?:\s+de\s+casados)?\s+(?:no|na|dia|em|sexta|s[áa]bado|domingo|segunda|ter[çc]a|quarta|quinta|amanh[ãa]|hoje|semana|m[êe]s)${E}|${B}anos\s+de\s+casados${E}|${B}(?:faz|fazem|fa[çc]o)\s+anivers[áa]rio\s+(?:dia|no|na|em|amanh[ãa]|hoje|s[áa]bado|domingo|segunda|ter[çc]a|quarta|quinta|sexta)${E}|${B}(?:vou\s+casar|vamos\s+casar|vou\s+me\s+casar|vamos\s+nos\s+casar|me\s+caso|nos\s+casamos|gr[áa]vida|nasceu|nasceram|virei\s+(?:pai|m[ãa]e|papai|mam[ãa]e))${E}|${B}se\s+forma\s+(?:no\s+dia|dia|em|amanh[ãa]|semana)`,
    ),
    unless: [
      re(
        String.raw`(?:cupom|desconto|c[óo]digo|voucher|promo${L}*|brinde)\s+(?:de\s+|do\s+)?(?:${L}+\s+)?(?:anivers[áa]rio|niver)`,
      ),
    ],
  },
  // other life events
  {
    category: 'other',
    pattern: re(
      String.raw`${B}(?:(?:acabei|acabamos)\s+de\s+(?:me|nos)\s+mudar|vou\s+me\s+mudar|vamos\s+nos\s+mudar|vou\s+mudar\s+de\s+casa|me\s+mudei|nos\s+mudamos|mudando\s+de\s+casa|(?:de|em)\s+mudan[çc]a)${E}|${B}(?:t[ôo]|to|estou|estamos|tamo)\s+de\s+(?:f[ée]rias|licen[çc]a)${E}|${B}(?:lua\s+de\s+mel|voltei\s+de\s+(?:viagem|f[ée]rias)|vou\s+viajar|estou\s+viajando|t[ôo]\s+viajando|(?:nas|nessas)\s+f[ée]rias\s+(?:vou|vamos)|(?:vou|vamos)\s+(?:pra|para)\s+${L}+\s+(?:visitar|passar\s+(?:as\s+)?f[ée]rias|de\s+f[ée]rias))${E}|${B}(?:emprego\s+novo|novo\s+emprego|trampo\s+novo|comecei\s+a\s+trabalhar|me\s+aposentei|sou\s+aposentad[oa]|passei\s+no\s+vestibular|plant[ãa]o\s+noturno)${E}|${B}sou\s+(?:enfermeir[oa]|professor[a]?|m[ée]dic[oa]|motorista\s+de\s+app|policial|bombeir[oa]|cozinheir[oa]|gar[çc]om|veterin[áa]ri[oa]|parteira)${E}`,
    ),
  },
];
