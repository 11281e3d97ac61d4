import type { CoachingRule } from '../check-reply';
import { B, E, W, anyOf } from './regex';

const YOU = String.raw`(?:anda|kakak|kak|bapak|ibu|bpk|sdr|agan)`;
const WE = String.raw`(?:saya|kami|aku)`;
const ACT = String.raw`(?:cek|mengecek|periksa|memeriksa|teruskan|meneruskan|tanyakan|menanyakan|hubungi|menghubungi|kabari|mengabari|kabarkan|eskalasi|mengeskalasi|bantu|membantu|proses|memproses|sampaikan|menyampaikan|follow|infokan|kirim|kirimkan|mengirim|tindak|tindaklanjuti|jadwalkan)`;

const OWNERSHIP = [
  anyOf(
    String.raw`${B}${WE}\s+(?:akan|bakal|segera)\s+(?:${W})?${ACT}${E}`,
    String.raw`${B}(?:akan|nanti|segera)\s+${WE}\s+(?:${W})?${ACT}${E}`,
    String.raw`${B}(?:sudah|telah|udah)\s+${WE}\s+(?:${W})?(?:teruskan|eskalasi|ajukan|sampaikan|buatkan|proses|kirim|kirimkan|ubah|ganti|perbaiki|perbarui|update|tambahkan|aktifkan|reset|jadwalkan|kembalikan|refund|batalkan|laporkan)${E}`,
    String.raw`${B}${WE}\s+(?:sudah|telah|udah)\s+(?:${W})?(?:meneruskan|mengeskalasi|mengajukan|menyampaikan|membuatkan|memproses|mengirim|mengubah|mengganti|memperbaiki|menjadwalkan|mengembalikan|teruskan|jadwalkan|laporkan|ubah|kirim|refund)${E}`,
    String.raw`${B}tim\s+(?:${W}){0,2}?akan\s+(?:menghubungi|mengecek|memproses|menindaklanjuti|membantu)`,
    String.raw`${B}${WE}\s+(?:${W})?(?:cek|periksa|tanyakan|teruskan|kabari|kabarkan|infokan)${E}`,
    // An offer is a next step the agent owns: "saya bisa refund barangnya sekarang".
    String.raw`${B}${WE}\s+(?:bisa|dapat|siap)\s+(?:${W})?(?:bantu|refund|kirim|cek|proses|tawarkan|carikan|ganti|ubah|pesankan|batalkan)`,
    String.raw`${B}mau\s+(?:saya|kami)\s+(?:${W})?(?:bantu|pesankan|proses|kirim|ganti|ubah|cek)`,
    String.raw`${B}${WE}\s+sedang\s+(?:cek|mengecek|memeriksa|proses|memproses|menanyakan|koordinasi|berkoordinasi)`,
  ),
];

const REDIRECT = [
  anyOf(
    String.raw`(?<!(?:tidak|tak)\s+)${B}(?:silakan|bisa|dapat|sebaiknya)\s+(?:${W})?(?:hubungi|menghubungi|datang\s+ke|kunjungi|mengunjungi|ajukan|mengajukan|diubah|ubah|ganti|cek\s+di|lihat\s+di)${E}`,
  ),
];

const IF_FAILS = String.raw`${B}(?:jika|kalau|bila|apabila)\s+(?:${W}){0,3}?(?:masih|tetap|belum|tidak|nggak|gak)${E}`;
const CONTACT = String.raw`(?:kabari|kabarin|hubungi|infokan|balas|chat|kirim|sampaikan|${WE}\s+(?:${W})?(?:bantu|teruskan|cek|eskalasi))`;
const FALLBACK = [anyOf(String.raw`${IF_FAILS}[^.!?]*${CONTACT}`)];

/** The problem is fixed on our side: "try again" after it is not a brush-off. */
const RESOLVED = [
  anyOf(String.raw`${B}(?:sudah|telah)\s+(?:kembali\s+)?(?:normal|diperbaiki|teratasi|pulih|berfungsi)${E}`),
];

const REFUSAL_WORDS = anyOf(String.raw`${B}(?:sayangnya|tidak\s+bisa|tidak\s+dapat|tidak\s+ada\s+yang)${E}`);

/** A refusal firm enough that a polite sign-off after it closes the door. */
const FIRM_REFUSAL = anyOf(
  String.raw`${B}(?:tidak|tak)\s+(?:bisa|dapat|memberikan|menerima|melayani|menyediakan|memperbolehkan|mengizinkan)${E}`,
);
/** Disowning the problem: defensive, and a brush-off when nothing follows. */
const DISCLAIMER = String.raw`${B}(?:kami\s+)?tidak\s+bertanggung\s+jawab`;

export const idCoachingRules: readonly CoachingRule[] = [
  {
    check: 'brush_off',
    pattern: anyOf(
      String.raw`${B}(?:tidak|tak|belum)\s+(?:bisa|dapat)\s+(?:${W})?(?:membantu|bantu)${E}`,
      String.raw`${B}tidak\s+ada\s+yang\s+(?:bisa|dapat)\s+${WE}\s+(?:lakukan|bantu)`,
      String.raw`${B}semua\s+(?:agen|cs|petugas|tim|operator|admin|customer\s+service|staf|staff)\s+(?:${W})?(?:sedang\s+)?(?:sibuk|penuh)`,
      String.raw`${B}di\s+luar\s+(?:wewenang|kewenangan|ranah|tanggung\s+jawab)\s+kami|${B}bukan\s+(?:ranah|wewenang|kewenangan)\s+kami`,
      String.raw`${B}(?:refund|pengembalian\s+dana|penukaran|retur)\s+(?:${W}){0,2}?tidak\s+(?:bisa|dapat|memungkinkan)`,
      String.raw`${B}(?:belum|tidak)\s+ada\s+informasi`,
      String.raw`${B}kami\s+tidak\s+(?:memberikan|menyediakan|melayani|menerima)\s+(?:${W})?(?:kompensasi|ganti\s+rugi|refund|pengembalian|penukaran|pengecualian)`,
      String.raw`${B}kebijakan\s+(?:kami\s+)?tidak\s+(?:memperbolehkan|mengizinkan|memungkinkan)`,
      DISCLAIMER,
    ),
    unlessReply: [...OWNERSHIP, ...REDIRECT],
  },
  {
    // A refusal of what the customer asked, with no alternative, owner or next step anywhere in the reply.
    check: 'brush_off',
    question: false,
    pattern: anyOf(
      String.raw`${B}(?:tidak|tak)\s+(?:bisa|dapat)\s+(?:di(?:ubah|ganti|batalkan|refund|kembalikan|tukar|perpanjang|proses|percepat|pulihkan|edit)|kami\s+(?:ubah|ganti|batalkan|proses))${E}`,
    ),
    unless: [anyOf(String.raw`${B}(?:jika|kalau|bila|apabila|tapi|tetapi|namun)${E}`)],
    unlessReply: [...OWNERSHIP, ...REDIRECT],
  },
  {
    check: 'brush_off',
    pattern: anyOf(
      String.raw`${B}ada\s+(?:lagi\s+)?yang\s+(?:bisa|dapat)\s+${WE}\s+bantu`,
      String.raw`${B}ada\s+(?:yang\s+)?lain${E}|${B}pertanyaan\s+lain`,
    ),
    needsInReply: [REFUSAL_WORDS],
    unlessReply: [...OWNERSHIP, ...REDIRECT],
  },
  {
    // A polite sign-off right after a firm refusal is the same closed door.
    check: 'brush_off',
    pattern: anyOf(
      String.raw`${B}terima\s+kasih(?:\s+(?:atas|telah|sudah)\s+(?:pengertiannya|pengertian|menghubungi))?${E}`,
      String.raw`${B}sampai\s+jumpa${E}`,
    ),
    needsInReply: [FIRM_REFUSAL],
    unlessReply: [...OWNERSHIP, ...REDIRECT],
  },
  {
    check: 'robotic_paraphrase',
    question: true,
    pattern: anyOf(
      String.raw`${B}(?:jika|kalau|bila)\s+(?:saya\s+)?(?:tidak|nggak|gak|ga)\s+salah\s+(?:tangkap|paham|mengerti|baca)`,
      String.raw`${B}apakah\s+(?:benar|betul)\s+(?:bahwa\s+)?(?:[a-z]+\s+)?(?:${YOU}|[a-z]+nya)${E}`,
      String.raw`${B}jadi\s+(?:maksud|maksudnya)${E}|^\s*(?:\S+\s+){0,2}?maksudnya${E}`,
      String.raw`${B}dengan\s+kata\s+lain${E}|${B}koreksi\s+(?:saya\s+)?(?:jika|kalau)\s+saya\s+salah`,
      String.raw`${B}maksud\s+${YOU}\s+(?:adalah|bahwa|itu)?`,
      String.raw`${B}(?:sudah\s+)?(?:benar|tepat)\s+(?:saya\s+)?(?:memahami|menangkap|pahami)`,
      String.raw`${B}(?:yang\s+)?saya\s+tangkap`,
      // A tag question after a statement about the customer: "…, betul?"
      String.raw`${B}(?:${YOU}|\S+nya)${E}[^?]*,\s*(?:betul|benar|kan|begitu\s+(?:ya|kan))\s*(?:${YOU}\s*)?\?`,
      String.raw`${B}(?:mau|ingin|izin)\s+(?:memastikan|konfirmasi|mengonfirmasi)(?:\s+saja|\s+dulu)?\s*[:,]`,
      String.raw`^\s*jadi,?\s+${YOU}${E}`,
    ),
    unless: [
      anyOf(
        String.raw`${B}(?:atau|kapan|dimana|bagaimana|berapa|hanya|cuma)${E}`,
        String.raw`${B}(?:di\s+mana|yang\s+mana|apa\s+(?:jenis|nama|nomor|merek))${E}`,
      ),
    ],
  },
  {
    check: 'defensive_tone',
    pattern: anyOf(
      String.raw`${B}seperti\s+yang\s+(?:sudah\s+|telah\s+)?${WE}\s+(?:${W})?(?:jelaskan|sampaikan|katakan|bilang|informasikan|sebutkan|tuliskan)`,
      String.raw`${B}seperti\s+yang\s+(?:sudah\s+|telah\s+)(?:dijelaskan|disampaikan|diinformasikan|dikatakan|disebutkan)`,
      String.raw`${B}sudah\s+${WE}\s+(?:jelaskan|bilang|sampaikan|katakan|infokan)\s+(?:berkali-kali|berulang|sebelumnya|tadi|di\s+atas)`,
      String.raw`${B}saya\s+(?:ulangi|tegaskan)${E}`,
      String.raw`${B}bukan\s+(?:salah|kesalahan|masalah|tanggung\s+jawab)\s+kami|${B}kami\s+tidak\s+(?:salah|ada\s+hubungannya)`,
      String.raw`${B}(?:mohon|tolong|harap|silakan)\s+(?:${W})?baca\s+(?:${W}){0,4}?(?:dengan\s+)?(?:teliti|seksama|baik-baik|cermat|lagi|kembali|ulang)${E}`,
      String.raw`${B}sudah\s+(?:kami|saya)\s+(?:jawab|jelaskan|uraikan|jabarkan|terangkan|paparkan)${E}`,
      String.raw`${B}(?:berkali-kali|berulang\s+kali|sudah\s+sering)\s+(?:${W})?(?:menjelaskan|jelaskan|menyampaikan|sampaikan|bilang|memberitahu|menginfokan|infokan)${E}`,
      String.raw`${B}sekali\s+lagi\s+(?:kami|saya)\s+(?:ingatkan|tegaskan|sampaikan|informasikan)`,
      String.raw`${B}tidak\s+pernah\s+(?:ada\s+)?(?:keluhan|komplain)`,
      String.raw`${B}tidak\s+ada\s+(?:lagi\s+)?yang\s+(?:bisa|perlu)\s+(?:saya\s+|kami\s+)?tambahkan`,
      String.raw`${B}kami\s+(?:hanya|cuma)\s+(?:penjual|perantara|reseller|platform|toko)${E}`,
      String.raw`${B}(?:tertera|tertulis|tercantum|dijelaskan|disebutkan)\s+(?:dengan\s+)?jelas${E}|${B}sudah\s+jelas${E}`,
      DISCLAIMER,
      String.raw`${B}harap\s+tenang|${B}tidak\s+perlu\s+(?:marah|emosi|kasar|teriak)|${B}jangan\s+(?:marah|emosi|ngegas)`,
    ),
  },
  {
    check: 'blaming_customer',
    pattern: anyOf(
      String.raw`${B}${YOU}\s+(?:sendiri\s+)?(?:yang\s+)?salah\s+(?:${W})?(?:memasukkan|masukkan|masukin|input|menginput|ketik|mengetik|tulis|menulis|mengisi|isi|pilih|memilih|klik|pesan|memesan)`,
      String.raw`${B}${YOU}\s+(?:sendiri\s+)?(?:yang\s+)?salah\s+[a-z]+`,
      String.raw`${B}(?:salah|kesalahan|kelalaian)\s+${YOU}${E}`,
      String.raw`${B}kesalahan\s+(?:ada\s+)?(?:di|dari)\s+(?:pihak\s+)?${YOU}${E}`,
      String.raw`${B}${YOU}\s+(?:${W})?tidak\s+(?:membaca|baca|memeriksa|mengecek|cek|mengikuti|mengonfirmasi|konfirmasi|mengkonfirmasi|membayar|bayar|mengisi|memperhatikan)${E}`,
      String.raw`${B}(?:seharusnya|harusnya|semestinya)\s+${YOU}\s+(?:${W})?(?:membaca|baca|memeriksa|cek|mengecek|teliti|memperhatikan|mengisi|konfirmasi)`,
      String.raw`${B}${YOU}\s+kurang\s+teliti`,
      String.raw`${B}${YOU}\s+(?:sendiri\s+)?lupa${E}`,
      String.raw`${B}${YOU}\s+(?:sedang\s+)?tidak\s+(?:ada\s+di\s+rumah|di\s+rumah|mengangkat|angkat|menjawab|membalas|merespons?)${E}`,
      String.raw`${B}(?:dari|di)\s+pihak\s+${YOU}${E}`,
      String.raw`${B}${YOU}\s[^.!?]*makanya\s+(?:jadi\s+)?(?:bingung|salah|error|terlambat|gagal)`,
      String.raw`${B}karena\s+${YOU}\s+(?:tidak|belum|lupa)${E}`,
      String.raw`${B}lain\s+kali\s+(?:tolong\s+|mohon\s+)?(?:baca|cek|periksa|teliti|perhatikan|pastikan)`,
    ),
    unless: [
      anyOf(
        String.raw`${B}(?:jika|kalau|apabila|bila)\s+${YOU}${E}`,
        String.raw`${B}bukan\s+(?:salah|kesalahan)|${B}jangan\s+khawatir|${B}(?:tidak|gak|nggak)\s+apa-apa`,
      ),
    ],
    unlessReply: [
      anyOf(String.raw`${B}(?:yuk|mari)\s+(?:${W})?(?:kita\s+)?(?:perbaiki|ubah|betulkan)|${B}jangan\s+khawatir`),
    ],
  },
  {
    check: 'restart_without_ownership',
    pattern: anyOf(
      String.raw`${B}(?:restart|reboot|mulai\s+ulang|muat\s+ulang|nyalakan\s+ulang|hidupkan\s+ulang)${E}`,
      String.raw`${B}matikan\s+(?:${W}){0,3}?(?:lalu|dan|kemudian)\s+(?:${W})?(?:nyalakan|hidupkan)`,
      String.raw`${B}(?:install|instal)\s+ulang|${B}(?:uninstall|reinstall)|${B}copot\s+pasang`,
      String.raw`${B}(?:hapus|bersihkan|clear)\s+(?:${W})?(?:cache|cookie|cookies|data\s+aplikasi|riwayat)`,
      String.raw`${B}(?:log\s*out|logout|keluar)\s+(?:${W})?(?:lalu|dan|kemudian)\s+(?:${W})?(?:log\s*in|login|masuk)`,
      String.raw`${B}coba\s+(?:lagi\s+|kembali\s+)?(?:nanti|beberapa\s+(?:saat|menit|jam)\s+lagi|lain\s+waktu)`,
      String.raw`${B}tutup\s+(?:${W}){0,3}?(?:lalu|dan|kemudian)\s+(?:${W})?buka\s+(?:kembali|lagi|ulang)`,
      String.raw`${B}(?:sambungkan|hubungkan|login|masuk)\s+ulang${E}|${B}coba\s+(?:[a-z]+\s+)?(?:lagi|kembali)${E}`,
      String.raw`${B}refresh${E}`,
      String.raw`${B}(?:tunggu|ditunggu)\s+(?:${W}){0,2}?(?:lalu|dan|kemudian)\s+(?:${W})?coba\s+(?:lagi|kembali)`,
      String.raw`${B}(?:update|perbarui|perbaharui)\s+(?:aplikasi|app|browser)`,
      String.raw`${B}(?:browser|peramban)\s+lain|${B}mode\s+(?:incognito|penyamaran)`,
    ),
    // The agent doing it ("kami sudah restart server") is not advice.
    unless: [anyOf(String.raw`${B}${WE}\s+(?:sudah|telah|akan|sedang)\s+(?:${W})?(?:restart|reboot|me-restart)`)],
    unlessReply: [...OWNERSHIP, ...FALLBACK, ...RESOLVED],
  },
];
