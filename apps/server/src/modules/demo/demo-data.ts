// Demo workspace seeded on first start: "Demo Store", an online store of home
// appliances and electronics with delivery and repairs. Pure data.
//
// Customer e-mail addresses use the reserved example.com/.net/.org domains so
// that nothing sent from the demo can ever reach a real mailbox.

import { STARTER_MACROS } from '../macros/starter-macros';

export interface DemoUser {
  key: string;
  name: string;
  email: string;
  role: 'admin' | 'lead' | 'agent' | 'reviewer';
  locale: 'en' | 'ru';
}

export interface DemoCustomer {
  key: string;
  name: string;
  email?: string;
  phone?: string;
  locale: string;
  country: string;
  timeZone: string;
}

export interface DemoMessage {
  direction: 'inbound' | 'outbound' | 'note';
  /** DemoUser.key for outbound/note */
  author?: string;
  body: string;
  minutesAfterStart: number;
}

export interface DemoConversation {
  /** DemoCustomer.key */
  customer: string;
  channel: 'web' | 'email' | 'telegram' | 'api';
  subject: string;
  /** BCP-47 primary: ru, en, es, id, ar */
  language: string;
  status: 'open' | 'pending' | 'snoozed' | 'resolved';
  priority: 'low' | 'normal' | 'high' | 'urgent';
  /** DemoUser.key */
  assignee?: string;
  startedHoursAgo: number;
  messages: DemoMessage[];
}

export const DEMO_ACCOUNT = {
  name: 'Demo Store',
  timeZone: 'Europe/Moscow',
  locale: 'en',
} as const;

export const DEMO_PASSWORD = 'sincere-demo';

export const DEMO_USERS: DemoUser[] = [
  {
    key: 'admin',
    name: 'Alex Admin',
    email: 'admin@demo.sincere.local',
    role: 'admin',
    locale: 'en',
  },
  {
    key: 'lead',
    name: 'Layla Haddad',
    email: 'layla@demo.sincere.local',
    role: 'lead',
    locale: 'en',
  },
  {
    key: 'maria',
    name: 'Мария Иванова',
    email: 'maria@demo.sincere.local',
    role: 'agent',
    locale: 'ru',
  },
  {
    key: 'diego',
    name: 'Diego Fernández',
    email: 'diego@demo.sincere.local',
    role: 'agent',
    locale: 'en',
  },
  {
    key: 'dewi',
    name: 'Dewi Lestari',
    email: 'dewi@demo.sincere.local',
    role: 'agent',
    locale: 'en',
  },
  {
    key: 'sofia',
    name: 'Sofía Reyes',
    email: 'sofia@demo.sincere.local',
    role: 'reviewer',
    locale: 'en',
  },
];

export const DEMO_CUSTOMERS: DemoCustomer[] = [
  // Russia
  {
    key: 'olga',
    name: 'Ольга Смирнова',
    email: 'olga.smirnova@example.com',
    phone: '+79165552317',
    locale: 'ru',
    country: 'RU',
    timeZone: 'Europe/Moscow',
  },
  {
    key: 'pavel',
    name: 'Павел Кузнецов',
    email: 'p.kuznetsov@example.net',
    phone: '+79126543021',
    locale: 'ru',
    country: 'RU',
    timeZone: 'Asia/Yekaterinburg',
  },
  {
    // Telegram user: no e-mail
    key: 'anna',
    name: 'Анна Волкова',
    phone: '+79217778412',
    locale: 'ru',
    country: 'RU',
    timeZone: 'Europe/Moscow',
  },
  {
    // Company buyer: no phone
    key: 'dmitry',
    name: 'Дмитрий Соколов',
    email: 'd.sokolov@example.org',
    locale: 'ru',
    country: 'RU',
    timeZone: 'Europe/Moscow',
  },
  // Mexico
  {
    key: 'lucia',
    name: 'Lucía Hernández',
    email: 'lucia.hdz@example.com',
    phone: '+525548213097',
    locale: 'es',
    country: 'MX',
    timeZone: 'America/Mexico_City',
  },
  {
    // Telegram user: no e-mail
    key: 'jorge',
    name: 'Jorge Ramírez Ortega',
    phone: '+523312874509',
    locale: 'es',
    country: 'MX',
    timeZone: 'America/Mexico_City',
  },
  // Argentina
  {
    key: 'martina',
    name: 'Martina Gómez',
    email: 'martina.gomez@example.com',
    locale: 'es',
    country: 'AR',
    timeZone: 'America/Argentina/Buenos_Aires',
  },
  // Spain
  {
    key: 'carmen',
    name: 'Carmen López García',
    email: 'carmen.lopezg@example.net',
    phone: '+34654219830',
    locale: 'es',
    country: 'ES',
    timeZone: 'Europe/Madrid',
  },
  // Indonesia
  {
    key: 'sari',
    name: 'Sari Wulandari',
    email: 'sari.wulandari@example.com',
    phone: '+6281287654321',
    locale: 'id',
    country: 'ID',
    timeZone: 'Asia/Jakarta',
  },
  {
    // Telegram user: no e-mail
    key: 'dimas',
    name: 'Dimas Pratama',
    phone: '+6285691234780',
    locale: 'id',
    country: 'ID',
    timeZone: 'Asia/Jakarta',
  },
  // Saudi Arabia / UAE
  {
    key: 'faisal',
    name: 'فيصل العتيبي',
    email: 'faisal.alotaibi@example.com',
    phone: '+966505123487',
    locale: 'ar',
    country: 'SA',
    timeZone: 'Asia/Riyadh',
  },
  {
    // Telegram user: no e-mail
    key: 'noura',
    name: 'نورة القحطاني',
    phone: '+966554087126',
    locale: 'ar',
    country: 'SA',
    timeZone: 'Asia/Riyadh',
  },
  {
    key: 'khalid',
    name: 'خالد المنصوري',
    email: 'khalid.almansoori@example.org',
    phone: '+971504417823',
    locale: 'ar',
    country: 'AE',
    timeZone: 'Asia/Dubai',
  },
  // UK / US
  {
    key: 'emma',
    name: 'Emma Clarke',
    email: 'emma.clarke@example.co.uk',
    phone: '+447700900514',
    locale: 'en',
    country: 'GB',
    timeZone: 'Europe/London',
  },
  {
    // No phone
    key: 'jake',
    name: 'Jake Morrison',
    email: 'jake.morrison@example.com',
    locale: 'en',
    country: 'US',
    timeZone: 'America/Chicago',
  },
];

export const DEMO_CONVERSATIONS: DemoConversation[] = [
  // ───────────────────────────── Russian ─────────────────────────────
  {
    customer: 'olga',
    channel: 'web',
    subject: 'Не привезли холодильник в согласованное время',
    language: 'ru',
    status: 'open',
    priority: 'high',
    assignee: 'maria',
    startedHoursAgo: 26,
    messages: [
      {
        direction: 'inbound',
        body: 'Здравствуйте! Заказ №48213, холодильник Bosch. Доставку обещали вчера с 10 до 14, никто так и не приехал и даже не позвонил. Я ради этого взяла отгул. Подскажите, пожалуйста, что происходит?',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'maria',
        body: 'Ольга, добрый день! Приношу извинения за эту ситуацию. Проверила заказ: вчера у машины случилась поломка в пути, а курьерская служба вас не предупредила — это наша недоработка.\n\nХолодильник на складе, могу предложить доставку завтра с 9 до 12 или в субботу в любое удобное время. Стоимость доставки мы вам вернём.',
        minutesAfterStart: 12,
      },
      {
        direction: 'inbound',
        body: 'Завтра утром подойдёт, только не раньше 9 — дочка пошла в первый класс, к 8:30 отвожу её в школу, к девяти как раз вернусь.',
        minutesAfterStart: 40,
      },
      {
        direction: 'outbound',
        author: 'maria',
        body: 'Записала на завтра, 9:00–12:00, водитель позвонит за час. Вечером ещё раз проверю, что машина за вами закреплена, и напишу вам до 19:00. И поздравляю с первым классом! 🎒',
        minutesAfterStart: 47,
      },
    ],
  },
  {
    customer: 'pavel',
    channel: 'email',
    subject: 'Стиральная машина не сливает воду, ошибка OE',
    language: 'ru',
    status: 'open',
    priority: 'urgent',
    assignee: 'maria',
    startedHoursAgo: 5,
    messages: [
      {
        direction: 'inbound',
        body: 'Добрый день.\n\nСтиральная машина LG, покупали у вас в марте, на гарантии. Вчера посреди стирки остановилась, на дисплее ошибка OE, вода не уходит. Внутри бельё, дверца заблокирована.\n\nУ нас маленький ребёнок, стирать приходится каждый день. Можно как-то срочно прислать мастера? Екатеринбург, ул. Малышева.\n\nПавел',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'maria',
        body: 'Павел, здравствуйте.\n\nОшибка OE значит, что машина не может слить воду — чаще всего забит сливной фильтр. Пока ждёте мастера, можно попробовать: внизу справа за лючком есть фильтр, подставьте низкую ёмкость и полотенца и медленно его открутите. Если не поможет, больше ничего не разбирайте, чтобы не потерять гарантию.\n\nЗаявку в сервисный центр оформила как срочную, сейчас уточняю время.',
        minutesAfterStart: 25,
      },
      {
        direction: 'note',
        author: 'maria',
        body: 'Сервис-партнёр в Екатеринбурге подтвердил выезд сегодня до 13:30 МСК (15:30 по местному). Ремонт гарантийный, чек в заказе №47730.',
        minutesAfterStart: 31,
      },
      {
        direction: 'outbound',
        author: 'maria',
        body: 'Специалист приедет сегодня до 15:30 по екатеринбургскому времени, перед выездом позвонит. Ремонт по гарантии, платить ничего не нужно. Напишите, пожалуйста, как всё прошло.',
        minutesAfterStart: 34,
      },
      {
        direction: 'inbound',
        body: 'Спасибо! Фильтр открутили — там монетка и детская заколка 🙈 Вода ушла, но пусть мастер всё равно посмотрит, насос как-то странно гудит.',
        minutesAfterStart: 58,
      },
    ],
  },
  {
    customer: 'anna',
    channel: 'telegram',
    subject: 'Промокод не применяется',
    language: 'ru',
    status: 'open',
    priority: 'normal',
    startedHoursAgo: 1.5,
    messages: [
      {
        direction: 'inbound',
        body: 'Привет) промокод OSEN15 не срабатывает, пишет «условия акции не выполнены». В корзине пылесос Dyson и насадка к нему',
        minutesAfterStart: 0,
      },
      {
        direction: 'inbound',
        body: 'сумма больше 10 000, если что',
        minutesAfterStart: 2,
      },
    ],
  },
  {
    customer: 'dmitry',
    channel: 'email',
    subject: 'Счёт на юрлицо: кофемашины для офиса',
    language: 'ru',
    status: 'pending',
    priority: 'normal',
    assignee: 'maria',
    startedHoursAgo: 50,
    messages: [
      {
        direction: 'inbound',
        body: "Добрый день.\n\nХотим закупить для офиса три кофемашины De'Longhi Magnifica S и одну микроволновку. Нужен счёт на юрлицо с НДС, оплата безналом.\n\nООО «Северный ветер», ИНН 7704512398, КПП 770401001.\n\nС уважением,\nДмитрий Соколов, офис-менеджер",
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'maria',
        body: 'Дмитрий, добрый день! Спасибо за заказ.\n\nОдин момент: кофемашин Magnifica S сейчас на складе две, третья поступит в четверг. Выставить счёт на всё сразу с отгрузкой в пятницу или разделить на две поставки?',
        minutesAfterStart: 35,
      },
      {
        direction: 'inbound',
        body: 'Давайте одной поставкой в пятницу. Закрывающие документы нужны через ЭДО, мы в Диадоке.',
        minutesAfterStart: 200,
      },
      {
        direction: 'outbound',
        author: 'maria',
        body: 'Хорошо. Счёт отправила вам на почту, срок оплаты — 3 банковских дня. УПД пришлём через Диадок в день отгрузки. Как только оплата поступит, подтвержу дату и время доставки.',
        minutesAfterStart: 215,
      },
    ],
  },
  {
    customer: 'olga',
    channel: 'web',
    subject: 'Не пришли деньги за возвращённый чайник',
    language: 'ru',
    status: 'resolved',
    priority: 'low',
    assignee: 'maria',
    startedHoursAgo: 200,
    messages: [
      {
        direction: 'inbound',
        body: 'Здравствуйте, сдала чайник Redmond в пункт выдачи пять дней назад, а деньги так и не вернулись. Акт возврата у меня на руках.',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'maria',
        body: 'Ольга, здравствуйте! Вижу ваш возврат: деньги отправлены на карту 12-го числа, банк зачисляет их до 10 рабочих дней. Номер операции для банка — RF-20931. Если до пятницы не придут, напишите мне, разберёмся с банком вместе.',
        minutesAfterStart: 90,
      },
      {
        direction: 'inbound',
        body: 'Пришли сегодня утром, спасибо!',
        minutesAfterStart: 4300,
      },
      {
        direction: 'outbound',
        author: 'maria',
        body: 'Отлично, рада, что всё решилось. Хорошего дня!',
        minutesAfterStart: 4320,
      },
    ],
  },

  // ───────────────────────────── English ─────────────────────────────
  {
    customer: 'emma',
    channel: 'email',
    subject: 'Laptop charger – covered by warranty?',
    language: 'en',
    status: 'open',
    priority: 'normal',
    assignee: 'dewi',
    startedHoursAgo: 30,
    messages: [
      {
        direction: 'inbound',
        body: "Hi there,\n\nBit of an embarrassing one — my dog Max chewed through the charger for the Lenovo IdeaPad I bought from you in January. The cable is split right next to the brick. Is that covered by the warranty, or can I just buy a replacement from you? I'd like the original 65W one, not a universal.\n\nThanks,\nEmma",
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'dewi',
        body: "Hi Emma,\n\nSorry to hear about the charger — Max clearly has expensive taste! Chewing damage isn't covered by the manufacturer's warranty, I'm afraid, but we do stock the original Lenovo 65W USB-C adapter.\n\nI'm checking with our UK warehouse whether it can ship this week, and I'll get back to you by Friday with the price and a delivery date.\n\nBest,\nDewi",
        minutesAfterStart: 45,
      },
      {
        direction: 'inbound',
        body: "Ha, thanks Dewi. Friday's fine — I can borrow my partner's until then. Max sends his apologies.",
        minutesAfterStart: 92,
      },
    ],
  },
  {
    customer: 'jake',
    channel: 'web',
    subject: 'Payment failed but my card was charged',
    language: 'en',
    status: 'open',
    priority: 'high',
    startedHoursAgo: 3,
    messages: [
      {
        direction: 'inbound',
        body: "Hey, I tried to check out with my Visa for the Sony WH-1000XM5 headphones. The site said 'payment failed' but my bank app shows a pending charge of $349.99. I don't want to try again and get charged twice. What should I do?",
        minutesAfterStart: 0,
      },
      {
        direction: 'inbound',
        body: "Order page just says 'awaiting payment' btw.",
        minutesAfterStart: 6,
      },
    ],
  },
  {
    customer: 'jake',
    channel: 'email',
    subject: 'Change delivery address for order #51877',
    language: 'en',
    status: 'resolved',
    priority: 'normal',
    assignee: 'lead',
    startedHoursAgo: 120,
    messages: [
      {
        direction: 'inbound',
        body: 'Hi, order #51877 (the air fryer) is set to ship to my old apartment — I moved last weekend. New address:\n2214 N Racine Ave, Apt 3\nChicago, IL 60614\n\nCan you update it before it ships?',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'lead',
        body: "Hi Jake,\n\nGood catch — it hadn't left the warehouse yet. I've updated order #51877 to 2214 N Racine Ave, Apt 3, Chicago, IL 60614, and the tracking link will come to this email as usual.\n\nCongrats on the new place!\n\nLayla",
        minutesAfterStart: 20,
      },
      {
        direction: 'inbound',
        body: 'Perfect, thank you!',
        minutesAfterStart: 31,
      },
    ],
  },
  {
    customer: 'emma',
    channel: 'web',
    subject: 'Bosch washer-dryer back in stock?',
    language: 'en',
    status: 'snoozed',
    priority: 'low',
    assignee: 'lead',
    startedHoursAgo: 72,
    messages: [
      {
        direction: 'inbound',
        body: 'Hello, is the Bosch Series 6 washer-dryer coming back in stock any time soon? Our old one is on its last legs and sounds like a jet engine on the spin cycle.',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'lead',
        body: "Hi Emma, it's due back in our UK warehouse around the 20th, but the supplier hasn't confirmed the exact date yet. I'll keep this conversation open and message you as soon as the stock lands, so you can order before it sells out again.",
        minutesAfterStart: 38,
      },
      {
        direction: 'inbound',
        body: 'Lovely, thanks. Fingers crossed the old one holds out till then!',
        minutesAfterStart: 55,
      },
    ],
  },

  // ───────────────────────────── Spanish ─────────────────────────────
  {
    customer: 'lucia',
    channel: 'web',
    subject: 'Mi pedido no ha llegado',
    language: 'es',
    status: 'open',
    priority: 'high',
    assignee: 'diego',
    startedHoursAgo: 30,
    messages: [
      {
        direction: 'inbound',
        body: 'Buenas tardes. Compré una pantalla Samsung de 55 pulgadas el día 2, pedido 50312. Según el rastreo llegaba el lunes y ya es miércoles. Nadie me da razón. ¿Me pueden decir dónde está?',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'diego',
        body: 'Buenas tardes, señora Hernández. Lamento mucho el retraso. Revisé su pedido 50312: la paquetería lo tiene detenido en su centro de distribución de Tlalnepantla porque no pudieron ubicar el número exterior de su domicilio. ¿Me podría confirmar su dirección completa, con número interior y entre qué calles se encuentra?',
        minutesAfterStart: 18,
      },
      {
        direction: 'inbound',
        body: 'Es Av. Insurgentes Sur 1602, interior 4B, entre Barranca del Muerto y Millet, col. Crédito Constructor. Ojalá llegue antes del sábado, es el cumpleaños de mi papá y queremos ver el partido en la pantalla nueva.',
        minutesAfterStart: 60,
      },
      {
        direction: 'outbound',
        author: 'diego',
        body: 'Muchas gracias. Ya corregí la dirección con la paquetería y solicité la entrega para el viernes. Mañana a las 10 le llamo para confirmarle el horario. ¡Y que gane su equipo!',
        minutesAfterStart: 72,
      },
    ],
  },
  {
    customer: 'jorge',
    channel: 'telegram',
    subject: 'El cupón no aplica a la licuadora',
    language: 'es',
    status: 'open',
    priority: 'normal',
    startedHoursAgo: 0.5,
    messages: [
      {
        direction: 'inbound',
        body: 'hola buenas, el cupón BUENFIN10 no me deja aplicarlo a la licuadora Oster, dice que no es válido para este producto 🤔',
        minutesAfterStart: 0,
      },
      {
        direction: 'inbound',
        body: 'la quiero pedir hoy porque es el regalo de mi suegra y se va de viaje el domingo',
        minutesAfterStart: 1,
      },
    ],
  },
  {
    customer: 'martina',
    channel: 'email',
    subject: 'Reembolso del horno eléctrico',
    language: 'es',
    status: 'pending',
    priority: 'normal',
    assignee: 'diego',
    startedHoursAgo: 96,
    messages: [
      {
        direction: 'inbound',
        body: 'Hola, ¿qué tal?\n\nDevolví el horno eléctrico Atma la semana pasada porque vino con el vidrio de la puerta rajado. Me dijeron que el reembolso tardaba 5 días hábiles y todavía no lo veo en la tarjeta. Lo pagué en 6 cuotas con la Visa del Galicia. ¿Cómo sigue esto?\n\nSaludos,\nMartina',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'diego',
        body: 'Hola, Martina. Gracias por escribirnos y disculpe la demora.\n\nEl reembolso se emitió el martes por el total de $289.990. En las compras en cuotas, el banco suele reflejarlo como crédito en el próximo resumen y no de inmediato en la tarjeta. El número de operación es RF-88412, por si lo necesita en el banco.\n\n¿Podría revisar su próximo resumen y avisarme si no figura?\n\nSaludos,\nDiego',
        minutesAfterStart: 50,
      },
      {
        direction: 'inbound',
        body: 'Ah, no sabía. Me cierra el resumen el 25, ahí me fijo y te aviso. ¡Gracias!',
        minutesAfterStart: 400,
      },
    ],
  },
  {
    customer: 'carmen',
    channel: 'email',
    subject: 'Lavadora pierde agua – necesito un técnico',
    language: 'es',
    status: 'open',
    priority: 'high',
    assignee: 'diego',
    startedHoursAgo: 8,
    messages: [
      {
        direction: 'inbound',
        body: 'Buenos días:\n\nLa lavadora Balay que me entregaron hace tres semanas pierde agua por la puerta. He mirado y la goma está rajada por la parte de abajo. Cada vez que pongo una colada se me queda el suelo de la cocina empapado. Necesito que venga un técnico, por favor.\n\nUn saludo,\nCarmen López',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'diego',
        body: 'Buenos días, Carmen:\n\nSiento mucho las molestias. Al estar en garantía, la reparación no tiene ningún coste para usted. He solicitado la visita del servicio técnico oficial de Balay en Valencia y tienen hueco el jueves entre las 9:00 y las 14:00. ¿Le viene bien? Mientras tanto, le recomiendo no usar la lavadora para evitar más daños.\n\nUn saludo,\nDiego',
        minutesAfterStart: 30,
      },
      {
        direction: 'inbound',
        body: 'El jueves por la mañana trabajo, pero estará mi madre en casa. ¿Pueden llamarla a ella al llegar? Su móvil es el 611 482 907.',
        minutesAfterStart: 95,
      },
      {
        direction: 'note',
        author: 'diego',
        body: 'Avisar al técnico: en el domicilio estará la madre de la clienta (611 482 907). Preguntar si la tarima de la cocina se ha dañado por el agua — posible reclamación adicional.',
        minutesAfterStart: 101,
      },
    ],
  },
  {
    customer: 'jorge',
    channel: 'telegram',
    subject: 'Factura (CFDI) para mi negocio',
    language: 'es',
    status: 'resolved',
    priority: 'normal',
    assignee: 'diego',
    startedHoursAgo: 180,
    messages: [
      {
        direction: 'inbound',
        body: 'buen día, compré 2 ventiladores de pedestal para mi fonda y necesito la factura. cómo le hago?',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'diego',
        body: 'Buen día, Jorge. Con gusto le ayudo. Para emitir su CFDI necesito:\n- RFC\n- Nombre o razón social tal como aparece en su constancia de situación fiscal\n- Código postal fiscal\n- Régimen fiscal\n- Uso del CFDI (normalmente G03, gastos en general)\n\n¿Me los puede enviar por aquí?',
        minutesAfterStart: 14,
      },
      {
        direction: 'inbound',
        body: 'RFC RAOJ850312KT7, Jorge Ramírez Ortega, CP 44160, régimen 612, uso G03',
        minutesAfterStart: 130,
      },
      {
        direction: 'outbound',
        author: 'diego',
        body: 'Listo, Jorge. Su factura ya quedó timbrada con el folio A-10293. Puede descargar el PDF y el XML desde "Mis pedidos" en su cuenta. ¡Que le vaya muy bien con la fonda!',
        minutesAfterStart: 152,
      },
      {
        direction: 'inbound',
        body: 'mil gracias 🙌',
        minutesAfterStart: 160,
      },
    ],
  },

  // ──────────────────────────── Indonesian ───────────────────────────
  {
    customer: 'sari',
    channel: 'web',
    subject: 'Paket rice cooker belum sampai',
    language: 'id',
    status: 'open',
    priority: 'normal',
    assignee: 'dewi',
    startedHoursAgo: 20,
    messages: [
      {
        direction: 'inbound',
        body: 'Halo min, pesanan saya #50988 rice cooker Cosmos udah 5 hari belum sampai juga. Di resi statusnya "dalam perjalanan" terus dari hari Senin 😢',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'dewi',
        body: 'Halo Kak Sari, mohon maaf ya atas keterlambatannya 🙏 Sudah saya cek, paketnya tertahan di gudang kurir di Cakung karena banjir kemarin. Saya sudah minta kurir untuk memprioritaskan paket Kakak. Kami kabari besok pagi ya Kak, paling lambat jam 10.',
        minutesAfterStart: 15,
      },
      {
        direction: 'inbound',
        body: 'Oke kak makasih. Santai aja, aku lagi nonton drakor juga kok hehe. Tapi kalau bisa sebelum weekend ya, mau masak buat arisan hari Sabtu.',
        minutesAfterStart: 40,
      },
      {
        direction: 'outbound',
        author: 'dewi',
        body: 'Siap Kak, sudah saya catat: harus sampai sebelum Sabtu untuk arisan. Selamat nonton drakornya ya Kak 😊',
        minutesAfterStart: 44,
      },
    ],
  },
  {
    customer: 'dimas',
    channel: 'telegram',
    subject: 'Klaim garansi TV, layar bergaris',
    language: 'id',
    status: 'open',
    priority: 'high',
    startedHoursAgo: 2,
    messages: [
      {
        direction: 'inbound',
        body: 'Permisi, TV Polytron 43 inch yg saya beli bulan Juli tiba-tiba layarnya muncul garis-garis vertikal. Masih garansi kan ya? Gimana cara klaimnya',
        minutesAfterStart: 0,
      },
      {
        direction: 'inbound',
        body: 'nota pembeliannya masih ada, udah saya foto',
        minutesAfterStart: 3,
      },
    ],
  },
  {
    customer: 'dimas',
    channel: 'api',
    subject: 'Sudah bayar via VA tapi status masih menunggu pembayaran',
    language: 'id',
    status: 'pending',
    priority: 'high',
    assignee: 'dewi',
    startedHoursAgo: 10,
    messages: [
      {
        direction: 'inbound',
        body: 'Kak, saya bayar pakai virtual account BCA tapi statusnya masih "menunggu pembayaran", padahal saldo udah kepotong Rp2.349.000. Ini buat beli AC Sharp 1 PK.',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'dewi',
        body: 'Halo Kak Dimas, terima kasih sudah menghubungi kami. Boleh dibantu kirimkan bukti transfer (screenshot dari m-BCA) dan nomor pesanannya ya Kak? Nanti saya teruskan ke tim finance untuk dicek manual.',
        minutesAfterStart: 9,
      },
      {
        direction: 'inbound',
        body: 'Pesanan #51240. Buktinya nanti saya kirim ya kak, lagi di jalan',
        minutesAfterStart: 21,
      },
      {
        direction: 'outbound',
        author: 'dewi',
        body: 'Baik Kak, ditunggu ya. Begitu buktinya masuk, langsung saya proses hari itu juga. Hati-hati di jalan 🙏',
        minutesAfterStart: 24,
      },
    ],
  },
  {
    customer: 'sari',
    channel: 'email',
    subject: 'Permintaan faktur pajak untuk pembelian kantor',
    language: 'id',
    status: 'resolved',
    priority: 'normal',
    assignee: 'dewi',
    startedHoursAgo: 150,
    messages: [
      {
        direction: 'inbound',
        body: 'Selamat siang,\n\nSaya Sari dari CV Maju Bersama. Kami membeli 2 unit dispenser Miyako dan 1 kulkas Sharp untuk kantor (pesanan #49902). Mohon dibuatkan faktur pajak atas nama perusahaan. NPWP perusahaan sudah kami isi di data akun.\n\nTerima kasih,\nSari Wulandari',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'dewi',
        body: 'Selamat siang Ibu Sari,\n\nTerima kasih atas pesanannya. Faktur pajak atas nama CV Maju Bersama sudah kami terbitkan dan kami kirimkan ke email ini dalam format PDF. Apabila ada data yang perlu diperbaiki, silakan kabari kami.\n\nSalam hangat,\nDewi',
        minutesAfterStart: 110,
      },
      {
        direction: 'inbound',
        body: 'Sudah kami terima, terima kasih banyak Bu Dewi.',
        minutesAfterStart: 180,
      },
    ],
  },

  // ───────────────────────────── Arabic ──────────────────────────────
  {
    customer: 'faisal',
    channel: 'web',
    subject: 'تأخر توصيل المكيف',
    language: 'ar',
    status: 'open',
    priority: 'urgent',
    assignee: 'lead',
    startedHoursAgo: 6,
    messages: [
      {
        direction: 'inbound',
        body: 'السلام عليكم\nطلبت مكيف سبليت 24 ألف وحدة، رقم الطلب 50771، وكان المفروض يوصل أمس. الجو حار جداً والبيت بدون تكييف والوالدة كبيرة في السن. متى يوصل؟',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'lead',
        body: 'وعليكم السلام ورحمة الله وبركاته أستاذ فيصل،\nنعتذر لك بشدة عن هذا التأخير، ونقدّر تماماً ظرف الوالدة، الله يحفظها. تأكدت من الطلب: الشحنة وصلت مستودع الرياض صباح اليوم، وحجزت لك التوصيل والتركيب غداً بين الساعة 9 و12 ظهراً، وسيتصل بك الفني قبل وصوله بنصف ساعة.',
        minutesAfterStart: 20,
      },
      {
        direction: 'inbound',
        body: 'جزاك الله خير. لو يكون التركيب بعد صلاة العصر أفضل، لأني في الدوام الصبح.',
        minutesAfterStart: 35,
      },
      {
        direction: 'outbound',
        author: 'lead',
        body: 'أبشر، عدّلت الموعد إلى الغد بعد صلاة العصر، بين الساعة 4 و6 مساءً. وإذا احتجت أي شيء أنا في الخدمة.',
        minutesAfterStart: 48,
      },
    ],
  },
  {
    customer: 'noura',
    channel: 'telegram',
    subject: 'كود الخصم لا يعمل',
    language: 'ar',
    status: 'open',
    priority: 'normal',
    startedHoursAgo: 1,
    messages: [
      {
        direction: 'inbound',
        body: 'مساء الخير، حاولت أستخدم كود الخصم SALE20 على غسالة الصحون وطلع لي إن الكود منتهي، مع إن الإعلان مكتوب فيه صالح لآخر الشهر',
        minutesAfterStart: 0,
      },
      {
        direction: 'inbound',
        body: 'ياليت تردون علي بسرعة لأن العرض ينتهي الليلة',
        minutesAfterStart: 2,
      },
    ],
  },
  {
    customer: 'khalid',
    channel: 'email',
    subject: 'طلب استرجاع المبلغ – سماعات لا تعمل',
    language: 'ar',
    status: 'resolved',
    priority: 'normal',
    assignee: 'lead',
    startedHoursAgo: 220,
    messages: [
      {
        direction: 'inbound',
        body: 'تحية طيبة وبعد،\n\nاستلمت سماعات Bose QuietComfort Ultra (طلب رقم 49310)، والسماعة اليسرى لا يصدر منها أي صوت. أرغب في استرجاع المبلغ بدلاً من الاستبدال.\n\nمع الشكر،\nخالد المنصوري',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'lead',
        body: 'الأستاذ خالد المحترم،\n\nتحية طيبة، ونعتذر عن هذه التجربة. تم اعتماد طلب الاسترجاع، وسيقوم مندوب أرامكس باستلام السماعات من عنوانكم في دبي يوم الثلاثاء. بعد وصولها إلى المستودع وفحصها، سيُعاد مبلغ 1,599 درهماً إلى البطاقة نفسها خلال 5 إلى 7 أيام عمل.\n\nمع خالص التحية،\nليلى',
        minutesAfterStart: 65,
      },
      {
        direction: 'inbound',
        body: 'وصلني المبلغ اليوم، شكراً لكم على سرعة التعامل.',
        minutesAfterStart: 9800,
      },
      {
        direction: 'outbound',
        author: 'lead',
        body: 'يسعدنا ذلك أستاذ خالد، وشكراً لثقتكم. نتطلع لخدمتكم مجدداً.',
        minutesAfterStart: 9830,
      },
    ],
  },
  {
    customer: 'noura',
    channel: 'telegram',
    subject: 'الغسالة تهتز وتصدر صوتاً عالياً',
    language: 'ar',
    status: 'pending',
    priority: 'high',
    assignee: 'lead',
    startedHoursAgo: 30,
    messages: [
      {
        direction: 'inbound',
        body: 'السلام عليكم، الغسالة سامسونج اللي اشتريتها منكم قبل شهرين صارت تطلع صوت قوي وقت العصر وتهتز كثير. هل يشملها الضمان؟',
        minutesAfterStart: 0,
      },
      {
        direction: 'outbound',
        author: 'lead',
        body: 'وعليكم السلام ورحمة الله أختي نورة، نعم الغسالة ضمن الضمان لمدة سنتين. قبل ما نحجز زيارة الفني، ممكن تتأكدين إن براغي النقل في ظهر الغسالة تمت إزالتها؟ وإذا تكرمتِ أرسلي لنا رقم الطلب واسم الحي.',
        minutesAfterStart: 16,
      },
      {
        direction: 'inbound',
        body: 'والله ما أدري عن البراغي، بسأل زوجي إذا رجع من الدوام وأرد عليكم',
        minutesAfterStart: 29,
      },
      {
        direction: 'outbound',
        author: 'lead',
        body: 'ولا يهمك، خذي راحتك. وإذا طلعت البراغي مو هي السبب، نرتب لك زيارة فني بأقرب موعد إن شاء الله.',
        minutesAfterStart: 33,
      },
    ],
  },
];

/** Shared canned replies: the starter macros every account gets, and one of the demo shop's own. */
export const DEMO_MACROS: { name: string; shortcut: string; variants: Record<string, string> }[] = [
  ...STARTER_MACROS,
  {
    name: 'Delivery delayed',
    shortcut: 'delay',
    variants: {
      default:
        'I am sorry the delivery is late. I have asked the courier service and will write to you today with the new date.',
      ru: 'Приношу извинения за задержку доставки. Я уже связался со службой доставки и сегодня напишу вам новую дату.',
      es: 'Lamento el retraso de la entrega. Ya consulté con la mensajería y hoy le escribo con la nueva fecha.',
    },
  },
];
