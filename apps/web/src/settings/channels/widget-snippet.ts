/** The tag a website adds to its pages to show the chat widget; the key is the web channel's public address. */
export function widgetSnippet(origin: string, key: string): string {
  const base = origin.replace(/\/+$/, '');
  return `<script src="${escapeAttribute(base)}/widget/v1/widget.js" data-key="${escapeAttribute(key)}" async></script>`;
}

/**
 * How a site's backend signs its visitors: the hex HMAC-SHA256 of the user's id with the identity
 * secret. Code, not prose, so it is not translated.
 */
export const IDENTITY_EXAMPLE = [
  '// On your server (Node.js):',
  "const hash = crypto.createHmac('sha256', IDENTITY_SECRET).update(user.id).digest('hex');",
  '// In the page, once the widget has loaded:',
  'Sincere.identify({ id: user.id, hash, name: user.name, email: user.email });',
].join('\n');

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
