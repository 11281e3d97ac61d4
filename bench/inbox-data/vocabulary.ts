import * as words from './vocabulary-words';

/**
 * One customer language of the generated inbox. Names are `native` or `native:latin`
 * (the Latin spelling makes the email address; without it, the name without accents).
 * Locales are `locale|country|time zone|phone format`, `#` standing for a digit.
 */
export interface LanguagePool {
  /** BCP 47 primary subtag, as conversations and messages store it. */
  code: string;
  /** The text-search configuration `sincere_regconfig` gives it. */
  config: string;
  /** Share of the customers. */
  share: number;
  locales: string[];
  domains: string[];
  femaleNames: string[];
  maleNames: string[];
  /** A woman's surname adds this ending to a surname matching `feminine` (Russian: Иванов → Иванова). */
  feminine?: { pattern: string; native: string; latin: string };
  surnames: string[];
  /** Function words between the searched-for ones; stop words where the configuration has them. */
  stopWords: string[];
  openers: string[];
  replies: string[];
  common: string[];
  rare: string[];
}

const split = (text: string) => text.split(/\s*,\s*/);

export const LANGUAGES: LanguagePool[] = [
  {
    code: 'en',
    config: 'english',
    share: 0.3,
    locales: [
      'en-US|US|America/New_York|+1 (###) ###-####',
      'en-US|US|America/Los_Angeles|+1 ###-###-####',
      'en-GB|GB|Europe/London|+44 7### ######',
      'en_IN|IN|Asia/Kolkata|+91 9#### #####',
      'en-AU|AU|Australia/Sydney|+61 4## ### ###',
      'en|US|America/Chicago|(###) ###-####',
    ],
    domains: split('gmail.com, yahoo.com, outlook.com, hotmail.com, icloud.com, aol.com'),
    maleNames: split(
      'James, John, Robert, Michael, William, David, Richard, Joseph, Thomas, Charles, Daniel, Matthew, Anthony, Mark, Steven, Paul, Andrew, Joshua, Kevin, Brian, George, Edward, Ryan, Jacob, Gary',
    ),
    femaleNames: split(
      'Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Nancy, Lisa, Betty, Margaret, Sandra, Ashley, Emily, Donna, Michelle, Carol, Amanda, Melissa, Deborah, Stephanie, Rebecca',
    ),
    surnames: split(
      'Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore, Jackson, Martin, Lee, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Hill, Green, Adams, Baker, Nelson, Carter, Mitchell, Roberts, Turner, Phillips, Campbell, Parker, Evans, Edwards, Collins, Stewart, Morris, Murphy, Cook, Rogers, Morgan, Cooper, Peterson, Bailey, Reed, Kelly, Howard, Ward, Cox, Richardson, Wood, Watson, Brooks, Bennett, Gray, Hughes, Price, Sanders, Myers, Long, Ross, Foster',
    ),
    stopWords: split(
      'the, my, is, to, and, i, it, for, not, a, was, have, this, please, of, on, with, but, can, you, your, yet, still, when, why',
    ),
    openers: ['Hello,', 'Hi,', 'Hi there,', 'Good morning,', 'Hey,'],
    replies: [
      'Thank you for reaching out.',
      'Thanks for waiting.',
      'Sorry for the trouble.',
      'Let me check that for you.',
    ],
    common: words.enCommon,
    rare: words.enRare,
  },
  {
    code: 'ru',
    config: 'russian',
    share: 0.2,
    locales: [
      'ru-RU|RU|Europe/Moscow|+7 9## ###-##-##',
      'ru-RU|RU|Europe/Moscow|8 (9##) ###-##-##',
      'ru|RU|Asia/Yekaterinburg|+79#########',
      'ru_KZ|KZ|Asia/Almaty|+7 7## ### ## ##',
      'ru-BY|BY|Europe/Minsk|+375 29 ###-##-##',
    ],
    domains: split('mail.ru, yandex.ru, gmail.com, bk.ru, list.ru, rambler.ru'),
    maleNames: split(
      'Александр:aleksandr, Дмитрий:dmitry, Максим:maksim, Сергей:sergey, Андрей:andrey, Алексей:aleksey, Артём:artem, Илья:ilya, Кирилл:kirill, Михаил:mikhail, Никита:nikita, Иван:ivan, Егор:egor, Павел:pavel, Роман:roman, Олег:oleg, Владимир:vladimir, Николай:nikolay, Евгений:evgeny, Денис:denis',
    ),
    femaleNames: split(
      'Анна:anna, Мария:maria, Елена:elena, Ольга:olga, Наталья:natalya, Ирина:irina, Татьяна:tatyana, Светлана:svetlana, Екатерина:ekaterina, Юлия:yulia, Анастасия:anastasia, Дарья:darya, Ксения:ksenia, Полина:polina, Виктория:viktoria, Алина:alina, Марина:marina, Людмила:lyudmila, Галина:galina, Софья:sofya',
    ),
    feminine: { pattern: '(ов|ев|ёв|ин)$', native: 'а', latin: 'a' },
    surnames: split(
      'Иванов:ivanov, Смирнов:smirnov, Кузнецов:kuznetsov, Попов:popov, Васильев:vasilyev, Петров:petrov, Соколов:sokolov, Михайлов:mikhaylov, Новиков:novikov, Фёдоров:fedorov, Морозов:morozov, Волков:volkov, Алексеев:alekseev, Лебедев:lebedev, Семёнов:semenov, Егоров:egorov, Павлов:pavlov, Козлов:kozlov, Степанов:stepanov, Николаев:nikolaev, Орлов:orlov, Андреев:andreev, Макаров:makarov, Никитин:nikitin, Захаров:zakharov, Зайцев:zaytsev, Соловьёв:solovyev, Борисов:borisov, Яковлев:yakovlev, Григорьев:grigoryev, Романов:romanov, Воробьёв:vorobyev, Сергеев:sergeev, Кудрявцев:kudryavtsev, Фролов:frolov, Александров:aleksandrov, Дмитриев:dmitriev, Королёв:korolev, Гусев:gusev, Киселёв:kiselev, Ильин:ilyin, Максимов:maksimov, Поляков:polyakov, Сорокин:sorokin, Виноградов:vinogradov, Ковалёв:kovalev, Белов:belov, Медведев:medvedev, Антонов:antonov, Тарасов:tarasov, Жуков:zhukov, Баранов:baranov, Филиппов:filippov, Комаров:komarov, Давыдов:davydov, Беляев:belyaev, Герасимов:gerasimov, Богданов:bogdanov, Осипов:osipov, Сидоров:sidorov',
    ),
    stopWords: split(
      'и, в, не, на, я, что, с, у, мой, мне, по, но, это, уже, ещё, когда, почему, как, вы, до, из, за, так, пожалуйста',
    ),
    openers: ['Здравствуйте!', 'Добрый день!', 'Привет,', 'Доброе утро,'],
    replies: ['Спасибо за обращение.', 'Спасибо за ожидание.', 'Приносим извинения.', 'Сейчас проверю.'],
    common: words.ruCommon,
    rare: words.ruRare,
  },
  {
    code: 'es',
    config: 'spanish',
    share: 0.15,
    locales: [
      'es-ES|ES|Europe/Madrid|+34 6## ## ## ##',
      'es-MX|MX|America/Mexico_City|+52 55 #### ####',
      'es-AR|AR|America/Argentina/Buenos_Aires|+54 9 11 ####-####',
      'es-CO|CO|America/Bogota|+57 3## ### ####',
      'es|CL|America/Santiago|+56 9 #### ####',
    ],
    domains: split('gmail.com, hotmail.com, yahoo.es, outlook.es, telefonica.net'),
    maleNames: split(
      'José, Juan, Carlos, Luis, Miguel, Javier, Antonio, Francisco, Diego, Alejandro, Pablo, Sergio, Andrés, Fernando, Jorge, Manuel, Ricardo, Raúl, Alberto, Mateo',
    ),
    femaleNames: split(
      'María, Carmen, Ana, Laura, Lucía, Sofía, Isabel, Marta, Elena, Paula, Valentina, Camila, Daniela, Gabriela, Andrea, Rosa, Pilar, Claudia, Natalia, Beatriz',
    ),
    surnames: split(
      'García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina, Morales, Suárez, Ortega, Delgado, Castro, Ortiz, Rubio, Marín, Sanz, Núñez, Iglesias, Medina, Garrido, Cortés, Castillo, Santos, Lozano, Guerrero, Cano, Prieto',
    ),
    stopWords: split(
      'el, la, de, que, y, en, mi, no, un, una, por, con, para, es, se, pero, ya, todavía, cuando, favor, usted, esto',
    ),
    openers: ['Hola,', 'Buenos días,', 'Buenas tardes,'],
    replies: ['Gracias por contactarnos.', 'Disculpe las molestias.', 'Lo reviso ahora mismo.'],
    common: words.esCommon,
    rare: words.esRare,
  },
  {
    code: 'pt',
    config: 'portuguese',
    share: 0.15,
    locales: [
      'pt-BR|BR|America/Sao_Paulo|+55 (11) 9####-####',
      'pt-BR|BR|America/Sao_Paulo|(21) 9####-####',
      'pt_BR|BR|America/Recife|+55 81 9#### ####',
      'pt-PT|PT|Europe/Lisbon|+351 9## ### ###',
    ],
    domains: split('gmail.com, hotmail.com, uol.com.br, bol.com.br, outlook.com, sapo.pt'),
    maleNames: split(
      'João, Pedro, Lucas, Gabriel, Rafael, Gustavo, Felipe, Bruno, Thiago, Matheus, Rodrigo, Leonardo, Carlos, Marcelo, Eduardo, Fernando, Daniel, Vinícius, André, Paulo',
    ),
    femaleNames: split(
      'Ana, Maria, Juliana, Fernanda, Camila, Beatriz, Larissa, Amanda, Letícia, Bruna, Mariana, Gabriela, Patrícia, Aline, Vanessa, Luana, Carolina, Renata, Isabela, Júlia',
    ),
    surnames: split(
      'Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa, Ribeiro, Martins, Carvalho, Almeida, Lopes, Soares, Fernandes, Vieira, Barbosa, Rocha, Dias, Nascimento, Andrade, Moreira, Nunes, Marques, Machado, Mendes, Freitas, Cardoso, Ramos, Gonçalves, Santana, Teixeira, Araújo, Pinto, Correia, Monteiro, Cavalcanti',
    ),
    stopWords: split(
      'o, a, de, que, e, do, da, em, meu, minha, não, um, uma, para, com, por, mas, já, ainda, quando, você, isso',
    ),
    openers: ['Olá,', 'Oi,', 'Bom dia,', 'Boa tarde,'],
    replies: ['Obrigado pelo contato.', 'Desculpe o transtorno.', 'Vou verificar agora.'],
    common: words.ptCommon,
    rare: words.ptRare,
  },
  {
    code: 'id',
    config: 'indonesian',
    share: 0.1,
    locales: [
      'id-ID|ID|Asia/Jakarta|+62 8##-####-####',
      'id|ID|Asia/Jakarta|08##########',
      'id-ID|ID|Asia/Makassar|+62 8## #### ####',
    ],
    domains: split('gmail.com, yahoo.co.id, ymail.com'),
    maleNames: split(
      'Budi, Agus, Andi, Dedi, Eko, Hendra, Joko, Rudi, Wahyu, Yusuf, Arif, Bayu, Dimas, Fajar, Gilang, Hadi, Irfan, Rizky, Teguh, Adi',
    ),
    femaleNames: split(
      'Siti, Dewi, Sri, Ayu, Rina, Putri, Indah, Fitri, Lestari, Wulan, Nur, Ratna, Yuni, Maya, Intan, Sari, Dian, Eka, Novi, Citra',
    ),
    surnames: split(
      'Santoso, Wijaya, Saputra, Hidayat, Kusuma, Pratama, Nugroho, Setiawan, Susanto, Halim, Gunawan, Purnomo, Hartono, Wibowo, Siregar, Nasution, Lubis, Simanjuntak, Sihombing, Harahap, Tanjung, Putra, Rahman, Firmansyah, Suryadi, Kurniawan, Utomo, Hakim, Sulistyo, Permana',
    ),
    stopWords: split(
      'saya, yang, dan, tidak, sudah, belum, ini, itu, di, ke, dari, untuk, dengan, tolong, kapan, kenapa, apa, bisa, mohon, kak',
    ),
    openers: ['Halo,', 'Selamat pagi,', 'Permisi,', 'Hai kak,'],
    replies: ['Terima kasih sudah menghubungi kami.', 'Mohon maaf atas ketidaknyamanannya.', 'Saya cek dulu ya.'],
    common: words.idCommon,
    rare: words.idRare,
  },
  {
    code: 'ar',
    config: 'arabic',
    share: 0.1,
    locales: [
      'ar-SA|SA|Asia/Riyadh|+966 5# ### ####',
      'ar-EG|EG|Africa/Cairo|+20 1## ### ####',
      'ar-AE|AE|Asia/Dubai|+971 5# ### ####',
      'ar-MA|MA|Africa/Casablanca|+212 6## ## ## ##',
      'ar|JO|Asia/Amman|+962 7# ### ####',
    ],
    domains: split('gmail.com, hotmail.com, yahoo.com, outlook.sa'),
    maleNames: split(
      'محمد:mohammed, أحمد:ahmed, علي:ali, عمر:omar, خالد:khaled, يوسف:youssef, إبراهيم:ibrahim, حسن:hassan, حسين:hussein, عبدالله:abdullah, سعيد:saeed, مصطفى:mostafa, طارق:tarek, كريم:karim, فهد:fahad, سلطان:sultan, ماجد:majed, نبيل:nabil, وليد:walid, زياد:ziad',
    ),
    femaleNames: split(
      'فاطمة:fatima, عائشة:aisha, مريم:mariam, نور:nour, سارة:sara, ليلى:layla, هدى:huda, زينب:zainab, ريم:reem, دانة:dana, سلمى:salma, أمل:amal, رنا:rana, لينا:lina, منى:mona, هند:hind, ياسمين:yasmin, جميلة:jamila, خديجة:khadija, رانيا:rania',
    ),
    surnames: split(
      'العتيبي:alotaibi, القحطاني:alqahtani, الغامدي:alghamdi, الزهراني:alzahrani, الشمري:alshammari, الدوسري:aldosari, الحربي:alharbi, المطيري:almutairi, العنزي:alanazi, الشهري:alshehri, حسن:hassan, محمود:mahmoud, إبراهيم:ibrahim, عبدالرحمن:abdelrahman, سالم:salem, منصور:mansour, يوسف:youssef, الخطيب:alkhatib, النجار:alnajjar, الحداد:alhaddad, السيد:elsayed, عثمان:othman, الأنصاري:alansari, الفارس:alfares, الرشيد:alrashid, الكعبي:alkaabi, المنصوري:almansoori, الهاشمي:alhashimi, البلوشي:albalushi, التميمي:altamimi',
    ),
    stopWords: split('في, من, على, أن, هذا, هل, لم, إلى, عن, مع, لكن, ما, متى, لماذا, الذي, تم, حتى, قد, كان, أنا'),
    openers: ['مرحبا،', 'السلام عليكم،', 'صباح الخير،'],
    replies: ['شكرا لتواصلك معنا.', 'نعتذر عن الإزعاج.', 'سأتحقق من ذلك الآن.'],
    common: words.arCommon,
    rare: words.arRare,
  },
];

/** Conversation tags, the first most often. */
export const TAGS = split(
  'billing, refund, delivery, bug, vip, feedback, account, password-reset, cancellation, warranty, damaged, late, pricing, promo, b2b, invoice, technical, returns, complaint, mobile-app, integration, gdpr, fraud, onboarding, escalated',
);

/** `native:latin` → [native, latin]; a name without a Latin spelling is written without its accents. */
export function nameParts(entry: string): [string, string] {
  const [native = '', latin] = entry.split(':');
  return [native, (latin ?? native.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase()];
}
