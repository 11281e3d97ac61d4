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

const re = (source: string): RegExp => new RegExp(source, 'iu');
const all = (source: string): RegExp => new RegExp(source, 'giu');

const NUMBERS: Record<string, number> = {
  satu: 1, se: 1, sebuah: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
  sepuluh: 10, 'lima belas': 15, 'dua puluh': 20, 'tiga puluh': 30, 'empat puluh': 40,
}; // prettier-ignore
const NUMBER = String.raw`(\d{1,3}|lima\s+belas|(?:dua|tiga|empat)\s+puluh|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'];
/** "Pagi Pak Budi", "Sore Kak": a greeting, not a time. */
const NOT_GREETING = String.raw`(?!\s*(?:[,!]|(?:pak|bu|kak|bapak|ibu|mas|mbak|sis|gan|semua|juga)\b))`;
const WITHIN = String.raw`(?:dalam|maksimal|maks\.?|paling\s+lambat|sekitar|kurang\s+dari|dalam\s+waktu|kurang\s+lebih|max\.?|selambatnya)`;

/** Who acts for the company: the agent, "we", the team, a technician, a named colleague. */
const OURS = String.raw`(?:saya|aku|kami|kita|tim\s+(?:kami|teknis|terkait|gudang|logistik|finance|keuangan|senior)|pihak\s+kami|(?:teknisi|kurir|petugas|engineer|staf|agen|manajer|supervisor)(?:\s+kami)?|rekan\s+(?:saya|kami)|admin|CS\s+kami)`;
const VERB = String.raw`(?:hubungi|menghubungi|kabari|kabarkan|kabarin|mengabari|mengabarkan|telepon|telpon|menelepon|kirim|kirimkan|mengirim|mengirimkan|proses|memproses|proseskan|cek|mengecek|cekkan|periksa|memeriksa|bantu|membantu|ganti|mengganti|perbaiki|memperbaiki|datang|ke\s+lokasi|tindaklanjuti|menindaklanjuti|follow\s+up|infokan|informasikan|menginformasikan|update|sampaikan|menyampaikan|teruskan|meneruskan|eskalasi|refund|kembalikan|mengembalikan|selesaikan|menyelesaikan|antar|mengantar|antarkan|jemput|jadwalkan|aktifkan|mengaktifkan|transfer|balas|membalas|pastikan|memastikan|konfirmasi|mengonfirmasi|lanjutkan|urus|mengurus|chat|email|WA|kunjungi|mengunjungi|tiba|sampai|berangkat|pasang|memasang|carikan|tanyakan|menanyakan)`;
const THINGS = String.raw`(?:dana|refund|uang|pesanan|paket|barang|pengiriman|pengembalian|saldo|penggantian|kiriman|unit|teknisi|kurir|balasan|jawaban|invoice|tagihan|voucher|kode)`;
const ARRIVE = String.raw`(?:masuk|tiba|sampai|kembali|dikirim|diproses|dikembalikan|diganti|diantar|dikabari|dihubungi|ditelepon|diperbaiki|diaktifkan|dijadwalkan|selesai|datang|aktif|cair|terkirim|diterima)`;

export const idPromiseRules: PromiseRules = {
  commitments: [
    re(
      String.raw`\b${OURS}\s+(?:juga\s+)?(?:akan|bakal|segera|pasti)\s+(?:segera\s+|langsung\s+|kembali\s+|coba\s+)?(?:${VERB}|bantu\s+\w+)\b`,
    ),
    re(String.raw`\b(?:akan|segera|nanti)\s+(?:segera\s+)?(?:kami|saya|aku)\s+(?:${VERB}|\w+kan|\w+i)\b`),
    re(String.raw`\bakan\s+(?:segera\s+|kami\s+)?(?:di\w+|masuk|tiba|sampai|kembali|selesai|cair|aktif)\b`),
    re(String.raw`\b${THINGS}\s+(?:\w+\s+)?(?:akan|bakal)\s+(?:segera\s+)?${ARRIVE}\b`),
    re(String.raw`\b(?:saya|kami)\s+(?:janji|pastikan|jamin)\b`),
    // "nanti engineer kami yang menghubungi": later, someone on our side does it.
    re(String.raw`\bnanti\s+(?:\w+\s+)?${OURS}\s+(?:yang\s+)?(?:akan\s+)?[a-z]{3,}\b`),
    // "akan" marks the future: whatever the company's side will do.
    re(String.raw`\b(?:${OURS}|mereka|beliau)\s+(?:juga\s+)?(?:akan|bakal)\s+(?:segera\s+)?[a-z]{3,}\b`),
  ],
  timedCommitments: [
    re(String.raw`\b${OURS}\s+(?:langsung\s+|coba\s+)?${VERB}\b`),
    re(
      String.raw`\b${OURS}\s+(?!kami|saya|kita|aku|sedang|masih|sudah|telah|belum|tidak|tak|lagi|mohon|minta|libur|tutup|buka|paham|mengerti|ucapkan|sarankan|harap|juga\s+tidak)[a-z]{3,}\b`,
    ),
    re(
      String.raw`\b${OURS}\s+(?!mohon|minta|paham|mengerti|ucapkan|harap|sarankan|sampaikan\s+bahwa|informasikan\s+bahwa|sudah|telah|belum|tidak|sedang|masih)(?:kasih|beri|berikan|kasi|bawa|bawakan|kabar|info|siapkan|buatkan|buat)\b`,
    ),
    re(String.raw`\b${THINGS}\s+(?:\w+\s+){0,3}?${ARRIVE}\b`),
    // Estimates and schedules the company sets: "estimasi tiba hari Kamis", "sudah saya jadwalkan besok".
    re(
      String.raw`\b(?:estimasi|perkiraan|diperkirakan|dijadwalkan|rencananya|harusnya|seharusnya|paling\s+lambat|target(?:nya)?)\b`,
    ),
    re(String.raw`\b(?:sudah|telah|udah)\s+(?:saya|kami)\s+(?:jadwalkan|agendakan|booking)\b`),
    re(
      String.raw`\b(?:saya|kami)\s+(?!mohon|minta|ucapkan|sampaikan|informasikan|sarankan|harapkan|ingatkan|maafkan)[a-z]{2,}(?:kan|i)\b`,
    ),
    re(String.raw`\b(?:kasih|beri|berikan)\s+(?:saya|kami)\s+waktu\b`),
    re(String.raw`\b(?:kami|saya)\s+(?:\w+\s+)?(?:kabari|hubungi|kirim|proses|telepon|info)\s+(?:lagi|ya|kembali)\b`),
  ],
  unless: [
    re(
      String.raw`\b(?:(?:kakak|kak|anda|bapak|ibu|bpk)\s+(?:bilang|menulis|menyebutkan|sebut)|katanya|kata\s+(?:kurir|teknisi|bank|beliau|dia|mereka)|dijanjikan|janji(?:nya)?\s+(?:kemarin|sebelumnya)|(?:kurir|bank|dia|beliau|mereka)\s+(?:bilang|mengatakan|berjanji|menjanjikan)|menurut\s+(?:kurir|bank|ekspedisi))\b`,
    ),
    re(
      String.raw`\b(?:(?:kalau|jika|apabila|bila)\s+(?:kakak|kak|anda|bapak|ibu)?\s*(?:mau|ingin|berkenan|bersedia|setuju|butuh|perlu|menghendaki)|apakah\s+(?:kakak|kak|anda|bapak|ibu)?\s*(?:mau|ingin|berkenan|bersedia)|mau\s+(?:saya|kami))\b`,
    ),
    re(
      String.raw`\b(?:biasanya|umumnya|pada\s+umumnya|rata-rata|bisa\s+memakan|memakan\s+waktu|(?:kantor|toko|gerai|cabang|outlet)\s+(?:kami\s+)?(?:buka|tutup|akan\s+buka|akan\s+tutup)|promo(?:si)?\s+(?:ini\s+)?(?:berakhir|berlaku|akan\s+berakhir|sampai))\b`,
    ),
    re(String.raw`\b(?:pihak\s+)?bank\s+(?:akan|bakal)\b`),
    re(String.raw`\b(?:akan\s+)?(?:tutup|libur|buka)\s+(?:karena|untuk|sementara|pada|mulai|jam|pukul)\b`),
    re(String.raw`\b(?:kalau|jika|bila|apabila)\s+(?:\S+\s+){0,4}?(?:belum|tidak|tak|gak|nggak)\b`),
    re(
      String.raw`\b(?:mohon|harap|silakan)\s+(?:bayar|lakukan|lengkapi|transfer|upload|unggah|hubungi|datang|kirim\s+(?:foto|bukti|data))\b`,
    ),
    re(
      String.raw`\b(?:belum|tidak|tak|gak|nggak)\s+(?:bisa|dapat)\s+(?:memastikan|menjamin|janji|berjanji|mengonfirmasi)\b`,
    ),
  ],
  negation: /\b(?:tidak|tak|belum|gak|nggak|ga|enggak|bukan|sudah|telah|udah|sempat|kemarin)\s+(?:\w+\s+){0,2}$/iu,
  times: [
    {
      pattern: all(String.raw`\b(?:jam|pukul|pkl\.?)\s*(\d{1,2})(?:[:.](\d{2}))?\b`),
      read: (m) => clockPiece(m[1], m[2]),
    },
    {
      pattern: all(String.raw`\b(\d{1,2})[:.](\d{2})(?!\d)(?:\s*(?:WIB|WITA|WIT))?`),
      read: (m) => clockPiece(m[1], m[2]),
    },
    { pattern: all(String.raw`\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b`), read: (m) => numericDate(m[1], m[2], m[3]) },
    // chrono has no Indonesian: "tanggal 15 Desember", "3 Des 2026".
    {
      pattern: all(
        String.raw`\b(?:(?:tanggal|tgl\.?)\s*)?(\d{1,2})\s+(jan|feb|mar|apr|mei|jun|jul|agu|sep|okt|nov|des)[a-z]*(?:\s+(\d{4}))?\b`,
      ),
      read: (m) => numericDate(m[1], String(MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1), m[3]),
    },
    {
      pattern: all(
        String.raw`\bhari\s+ini\s+juga\b|\b(?:sebelum\s+)?akhir\s+hari(?:\s+ini)?\b|\bsebelum\s+jam\s+kerja\s+(?:berakhir|selesai)\b`,
      ),
      read: () => partPiece('endOfDay'),
    },
    { pattern: all(String.raw`\bhari\s+ini\b`), read: () => dayPiece(0) },
    { pattern: all(String.raw`\b(?:besok\s+)?lusa\b`), read: () => dayPiece(2) },
    { pattern: all(String.raw`\bbesok\b`), read: () => dayPiece(1) },
    {
      pattern: all(String.raw`(?<!selamat\s)\bpagi\b(?:(?<=(?:besok|lusa|nanti|ini|\d)\s+pagi)|${NOT_GREETING})`),
      read: () => partPiece('morning'),
    },
    {
      pattern: all(String.raw`(?<!selamat\s)\bsiang\b(?:(?<=(?:besok|lusa|nanti|ini|\d)\s+siang)|${NOT_GREETING})`),
      read: () => partPiece('midday'),
    },
    {
      pattern: all(String.raw`(?<!selamat\s)\bsore\b(?:(?<=(?:besok|lusa|nanti|ini|\d)\s+sore)|${NOT_GREETING})`),
      read: () => partPiece('afternoon'),
    },
    {
      pattern: all(
        String.raw`\bnanti\s+malam\b|\bmalam\s+ini\b|(?<!selamat\s)\bmalam\b(?:(?<=(?:besok|lusa|nanti|ini|\d)\s+malam)|${NOT_GREETING})`,
      ),
      read: () => partPiece('evening'),
    },
    {
      pattern: all(
        String.raw`\b(?:(?:hari|pada|sebelum|hingga|sampai)\s+)?(senin|selasa|rabu|kamis|jum'?at|sabtu)\b|\bhari\s+(minggu)\b`,
      ),
      read: (m) => weekdayOf(m[1] ?? m[2]),
    },
    { pattern: all(String.raw`\b(?:(?:akhir\s+)?(?:minggu|pekan)\s+ini)\b`), read: () => weekPiece('this') },
    { pattern: all(String.raw`\b(?:minggu|pekan)\s+depan\b`), read: () => weekPiece('next') },
    { pattern: all(String.raw`\b(?:dalam\s+)?setengah\s+jam(?:\s+lagi)?\b`), read: () => minutesPiece(30) },
    {
      pattern: all(
        String.raw`\b(?:kasih|beri|berikan)\s+(?:saya|kami)\s+waktu\s+(?:sekitar\s+)?${NUMBER}\s+(menit|jam)\b`,
      ),
      read: (m) => minutesPiece(times(numberFrom(m[1] ?? '', NUMBERS), m[2] === 'jam' ? 60 : 1)),
    },
    {
      pattern: all(String.raw`\b(?:dalam\s+|maksimal\s+)?(\d)\s*x\s*24\s+jam\b`),
      read: (m) => minutesPiece(Number(m[1]) * 24 * 60),
    },
    {
      pattern: all(
        String.raw`\b(?:${WITHIN}\s+${NUMBER}\s+(menit|jam)|${NUMBER}\s+(menit|jam)\s+(?:lagi|ke\s+depan))\b`,
      ),
      read: (m) => minutesPiece(times(numberFrom(m[1] ?? m[3] ?? '', NUMBERS), (m[2] ?? m[4]) === 'jam' ? 60 : 1)),
    },
    {
      pattern: all(String.raw`\b${NUMBER}\s+hari\s+kerja\b`),
      read: (m) => businessDaysPiece(numberFrom(m[1] ?? '', NUMBERS)),
    },
    {
      pattern: all(
        String.raw`\b(?:${WITHIN}\s+${NUMBER}\s+(hari|minggu|pekan)(?!\s+kerja)|${NUMBER}\s+(hari|minggu|pekan)\s+(?:lagi|ke\s+depan))\b`,
      ),
      read: (m) => daysPiece(times(numberFrom(m[1] ?? m[3] ?? '', NUMBERS), (m[2] ?? m[4]) === 'hari' ? 1 : 7)),
    },
    { pattern: all(String.raw`\b(?:dalam\s+)?(?:seminggu|sepekan)\b`), read: () => daysPiece(7) },
    { pattern: all(String.raw`\b(?:dalam\s+)?sehari\b`), read: () => daysPiece(1) },
    { pattern: all(String.raw`\b(?:dalam\s+)?sejam\b`), read: () => minutesPiece(60) },
    {
      pattern: all(
        String.raw`\b(?:segera|secepatnya|sesegera\s+mungkin|secepat\s+mungkin|nanti|sebentar\s+lagi|dalam\s+waktu\s+dekat|asap)\b`,
      ),
      read: () => VAGUE,
    },
  ],
};

const times = (count: number | null, unit: number): number | null => (count === null ? null : count * unit);

function weekdayOf(name: string | undefined) {
  const plain = (name ?? '').toLowerCase().replace("'", '');
  const index = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'].indexOf(plain);
  return index === -1 ? null : weekdayPiece(index + 1);
}
