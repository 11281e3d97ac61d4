import type { AppContext } from '../../context';
import type { OutboundReply, SentReply } from '../channels/deliver-outbound';

/** Placeholder until the email channel lands: sends an agent's reply by SMTP with threading headers. */
export async function sendEmailReply(_ctx: AppContext, _reply: OutboundReply): Promise<SentReply> {
  throw new Error('email replies are not implemented yet');
}
