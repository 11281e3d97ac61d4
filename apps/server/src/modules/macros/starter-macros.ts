/**
 * Canned replies every new account starts with, in the languages support teams most often meet, each
 * addressing the customer as their culture expects through {{address}} ("Halo Kak Dimas", "Hola, señor
 * García", "Merhaba Mehmet Bey", "Здравствуйте, Екатерина Сергеевна!"). Written for chat: warm, short, the
 * agent owning the next step. `default` is English.
 */
export interface StarterMacro {
  name: string;
  shortcut: string;
  variants: Record<string, string>;
}

export const STARTER_MACRO_LANGUAGES = ['default', 'ru', 'es', 'pt', 'id', 'ar', 'tr'] as const;

export const STARTER_MACROS: readonly StarterMacro[] = [
  {
    name: 'Greeting',
    shortcut: 'hello',
    variants: {
      default: 'Hello {{address}}, this is {{agent.first_name}} from {{account.name}}. How can I help?',
      ru: 'Здравствуйте, {{address}}! Меня зовут {{agent.first_name}}, я из {{account.name}}. Чем могу помочь?',
      es: 'Hola, {{address}}. Le saluda {{agent.first_name}}, de {{account.name}}. ¿En qué puedo ayudarle?',
      pt: 'Olá, {{address}}! Aqui é {{agent.first_name}}, da {{account.name}}. Como posso ajudar?',
      id: 'Halo {{address}}, saya {{agent.first_name}} dari {{account.name}}. Ada yang bisa saya bantu?',
      ar: 'مرحبًا {{address}}، معك {{agent.first_name}} من {{account.name}}. كيف يمكنني مساعدتك؟',
      tr: 'Merhaba {{address}}, ben {{account.name}} ekibinden {{agent.first_name}}. Size nasıl yardımcı olabilirim?',
    },
  },
  {
    name: 'Looking into it',
    shortcut: 'checking',
    variants: {
      default: 'Thank you, {{address}}. I am looking into this now and will write back to you within the hour.',
      ru: 'Спасибо, {{address}}. Я уже разбираюсь и напишу вам в течение часа.',
      es: 'Gracias, {{address}}. Ya lo estoy revisando y le escribo en menos de una hora.',
      pt: 'Obrigado, {{address}}. Já estou verificando e retorno em até uma hora.',
      id: 'Terima kasih, {{address}}. Saya cek dulu ya, nanti saya kabari dalam satu jam.',
      ar: 'شكرًا لك يا {{address}}. أتابع الأمر الآن وسأعود إليك خلال ساعة.',
      tr: 'Teşekkür ederim {{address}}. Konuyu şimdi inceliyorum, bir saat içinde size dönüş yapacağım.',
    },
  },
  {
    name: 'Sorry for the wait',
    shortcut: 'sorry',
    variants: {
      default: 'I am sorry for the wait, {{address}}. This took longer than it should have, and that is on us.',
      ru: 'Простите за ожидание, {{address}}. Это заняло больше времени, чем должно было, — это наша ошибка.',
      es: 'Disculpe la espera, {{address}}. Tardamos más de lo debido y la responsabilidad es nuestra.',
      pt: 'Desculpe a demora, {{address}}. Levou mais tempo do que deveria, e a falha é nossa.',
      id: 'Mohon maaf sudah menunggu lama, {{address}}. Ini memang kelalaian dari kami.',
      ar: 'نعتذر عن الانتظار يا {{address}}. استغرق الأمر أكثر مما ينبغي، والتقصير من جهتنا.',
      tr: 'Beklettiğimiz için özür dileriz {{address}}. Bu gereğinden uzun sürdü, hata bizde.',
    },
  },
  {
    name: 'Is everything resolved?',
    shortcut: 'check',
    variants: {
      default: 'Is everything working now, {{address}}? If anything is still not right, just reply here.',
      ru: '{{address}}, всё ли теперь в порядке? Если что-то ещё не так, просто ответьте на это сообщение.',
      es: '¿Ya funciona todo bien, {{address}}? Si algo sigue sin funcionar, responda aquí, por favor.',
      pt: 'Está tudo funcionando agora, {{address}}? Se ainda houver algum problema, é só responder aqui.',
      id: 'Apakah sekarang sudah beres, {{address}}? Kalau masih ada kendala, balas saja pesan ini ya.',
      ar: 'هل أصبح كل شيء على ما يرام الآن يا {{address}}؟ إذا بقي أي شيء، يكفي الرد هنا.',
      tr: 'Şu anda her şey yolunda mı {{address}}? Hâlâ bir sorun varsa buradan yanıtlamanız yeterli.',
    },
  },
  {
    name: 'Closing',
    shortcut: 'bye',
    variants: {
      default: 'Thank you for writing to us, {{address}}. Have a good day!',
      ru: 'Спасибо, что написали нам, {{address}}. Хорошего дня!',
      es: 'Gracias por escribirnos, {{address}}. ¡Que tenga un buen día!',
      pt: 'Obrigado por falar com a gente, {{address}}. Tenha um ótimo dia!',
      id: 'Terima kasih sudah menghubungi kami, {{address}}. Semoga harinya menyenangkan!',
      ar: 'شكرًا لتواصلك معنا يا {{address}}. نتمنى لك يومًا سعيدًا!',
      tr: 'Bize yazdığınız için teşekkür ederiz {{address}}. İyi günler dileriz!',
    },
  },
];
