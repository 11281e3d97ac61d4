import type { WidgetLocale } from '@sincere/contracts';

export interface Texts {
  openChat: string;
  closeChat: string;
  title: string;
  greeting: string;
  online: string;
  messages: string;
  placeholder: string;
  send: string;
  attach: string;
  typing: string;
  offline: string;
  opensAt: string;
  emailLabel: string;
  emailSend: string;
  emailSaved: string;
  failed: string;
  tooLarge: string;
  you: string;
  team: string;
}

/** `{name}` and `{time}` are filled in; the rest is shown as is. */
const TEXTS: Record<WidgetLocale, Texts> = {
  en: {
    openChat: 'Open chat',
    closeChat: 'Close chat',
    title: 'Chat with us',
    greeting: 'Hi! How can we help?',
    online: 'We usually answer within minutes',
    messages: 'Messages',
    placeholder: 'Write a message…',
    send: 'Send',
    attach: 'Attach a file',
    typing: '{name} is typing…',
    offline: 'We are away now. Leave your email and we will answer there.',
    opensAt: 'We are back {time}.',
    emailLabel: 'Your email',
    emailSend: 'Leave email',
    emailSaved: 'Thank you! We will write to {name}.',
    failed: 'Not sent. Check your connection and try again.',
    tooLarge: 'This file is too large.',
    you: 'You',
    team: 'Team',
  },
  ru: {
    openChat: 'Открыть чат',
    closeChat: 'Закрыть чат',
    title: 'Напишите нам',
    greeting: 'Здравствуйте! Чем можем помочь?',
    online: 'Обычно отвечаем за несколько минут',
    messages: 'Сообщения',
    placeholder: 'Напишите сообщение…',
    send: 'Отправить',
    attach: 'Прикрепить файл',
    typing: '{name} печатает…',
    offline: 'Сейчас мы не на связи. Оставьте email — ответим туда.',
    opensAt: 'Вернёмся {time}.',
    emailLabel: 'Ваш email',
    emailSend: 'Оставить email',
    emailSaved: 'Спасибо! Напишем на {name}.',
    failed: 'Не отправлено. Проверьте соединение и попробуйте ещё раз.',
    tooLarge: 'Файл слишком большой.',
    you: 'Вы',
    team: 'Команда',
  },
  es: {
    openChat: 'Abrir chat',
    closeChat: 'Cerrar chat',
    title: 'Escríbenos',
    greeting: '¡Hola! ¿En qué podemos ayudarte?',
    online: 'Solemos responder en minutos',
    messages: 'Mensajes',
    placeholder: 'Escribe un mensaje…',
    send: 'Enviar',
    attach: 'Adjuntar un archivo',
    typing: '{name} está escribiendo…',
    offline: 'Ahora no estamos. Déjanos tu correo y te responderemos allí.',
    opensAt: 'Volvemos {time}.',
    emailLabel: 'Tu correo',
    emailSend: 'Dejar correo',
    emailSaved: '¡Gracias! Te escribiremos a {name}.',
    failed: 'No enviado. Revisa tu conexión e inténtalo de nuevo.',
    tooLarge: 'El archivo es demasiado grande.',
    you: 'Tú',
    team: 'Equipo',
  },
  pt: {
    openChat: 'Abrir chat',
    closeChat: 'Fechar chat',
    title: 'Fale conosco',
    greeting: 'Olá! Como podemos ajudar?',
    online: 'Costumamos responder em minutos',
    messages: 'Mensagens',
    placeholder: 'Escreva uma mensagem…',
    send: 'Enviar',
    attach: 'Anexar um arquivo',
    typing: '{name} está digitando…',
    offline: 'Estamos ausentes agora. Deixe seu e-mail e responderemos por lá.',
    opensAt: 'Voltamos {time}.',
    emailLabel: 'Seu e-mail',
    emailSend: 'Deixar e-mail',
    emailSaved: 'Obrigado! Escreveremos para {name}.',
    failed: 'Não enviado. Verifique sua conexão e tente novamente.',
    tooLarge: 'O arquivo é grande demais.',
    you: 'Você',
    team: 'Equipe',
  },
  id: {
    openChat: 'Buka obrolan',
    closeChat: 'Tutup obrolan',
    title: 'Hubungi kami',
    greeting: 'Halo! Ada yang bisa kami bantu?',
    online: 'Biasanya kami menjawab dalam beberapa menit',
    messages: 'Pesan',
    placeholder: 'Tulis pesan…',
    send: 'Kirim',
    attach: 'Lampirkan berkas',
    typing: '{name} sedang mengetik…',
    offline: 'Kami sedang tidak ada. Tinggalkan email Anda dan kami akan membalas ke sana.',
    opensAt: 'Kami kembali {time}.',
    emailLabel: 'Email Anda',
    emailSend: 'Tinggalkan email',
    emailSaved: 'Terima kasih! Kami akan menulis ke {name}.',
    failed: 'Tidak terkirim. Periksa koneksi Anda dan coba lagi.',
    tooLarge: 'Berkas terlalu besar.',
    you: 'Anda',
    team: 'Tim',
  },
  ar: {
    openChat: 'افتح المحادثة',
    closeChat: 'أغلق المحادثة',
    title: 'تحدث معنا',
    greeting: 'مرحبًا! كيف يمكننا مساعدتك؟',
    online: 'نرد عادة خلال دقائق',
    messages: 'الرسائل',
    placeholder: 'اكتب رسالة…',
    send: 'إرسال',
    attach: 'إرفاق ملف',
    typing: '{name} يكتب…',
    offline: 'نحن غير متاحين الآن. اترك بريدك الإلكتروني وسنرد عليك هناك.',
    opensAt: 'نعود {time}.',
    emailLabel: 'بريدك الإلكتروني',
    emailSend: 'اترك بريدك',
    emailSaved: 'شكرًا لك! سنكتب إلى {name}.',
    failed: 'لم تُرسل. تحقق من اتصالك وحاول مرة أخرى.',
    tooLarge: 'الملف كبير جدًا.',
    you: 'أنت',
    team: 'الفريق',
  },
  tr: {
    openChat: 'Sohbeti aç',
    closeChat: 'Sohbeti kapat',
    title: 'Bize yazın',
    greeting: 'Merhaba! Size nasıl yardımcı olabiliriz?',
    online: 'Genellikle birkaç dakika içinde yanıtlarız',
    messages: 'Mesajlar',
    placeholder: 'Bir mesaj yazın…',
    send: 'Gönder',
    attach: 'Dosya ekle',
    typing: '{name} yazıyor…',
    offline: 'Şu an buralarda değiliz. E-postanızı bırakın, oradan yanıtlayalım.',
    opensAt: '{time} döneriz.',
    emailLabel: 'E-postanız',
    emailSend: 'E-posta bırak',
    emailSaved: 'Teşekkürler! {name} adresine yazacağız.',
    failed: 'Gönderilemedi. Bağlantınızı kontrol edip tekrar deneyin.',
    tooLarge: 'Dosya çok büyük.',
    you: 'Siz',
    team: 'Ekip',
  },
};

export const LOCALES = Object.keys(TEXTS) as WidgetLocale[];

/** The first of the given language tags the widget speaks ('pt-BR' → pt), else English. */
export function pickLocale(...tags: (string | null | undefined)[]): WidgetLocale {
  for (const tag of tags) {
    const base = tag?.toLowerCase().split(/[-_]/)[0];
    const found = LOCALES.find((locale) => locale === base);
    if (found) return found;
  }
  return 'en';
}

export function textsOf(locale: WidgetLocale): Texts {
  return TEXTS[locale];
}

export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
