import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/route-types';
import { registerChannelRoutes } from './channels.routes';
import { registerIdempotency } from '../../http/idempotency';
import { registerCustomerRoutes } from '../customers/customers.routes';
import { registerWidgetRoutes } from '../widget/widget.routes';
import { registerEmailRoutes } from '../email/email.routes';
import { registerTelegramRoutes } from '../telegram/telegram.routes';
import { registerWebhookRoutes } from '../webhooks/webhooks.routes';

/** Every channel's HTTP routes: admin configuration, the widget's public API, inbound endpoints, webhooks. */
export async function registerChannelsHttp(app: ZodApp, ctx: AppContext): Promise<void> {
  registerIdempotency(app, ctx);
  registerChannelRoutes(app, ctx);
  registerCustomerRoutes(app, ctx);
  await registerWidgetRoutes(app, ctx);
  registerEmailRoutes(app, ctx);
  registerTelegramRoutes(app, ctx);
  registerWebhookRoutes(app, ctx);
}
