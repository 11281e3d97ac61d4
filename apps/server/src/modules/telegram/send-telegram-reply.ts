import type { AppContext } from '../../context';
import type { OutboundReply, SentReply } from '../channels/deliver-outbound';

/** Placeholder until the Telegram channel lands: sends an agent's reply through the Bot API. */
export async function sendTelegramReply(_ctx: AppContext, _reply: OutboundReply): Promise<SentReply> {
  throw new Error('Telegram replies are not implemented yet');
}
