/**
 * Every style of the widget, inside its shadow root: the page's rules cannot reach in and these cannot reach
 * out. The root resets what a page could pass down by inheritance (colour, font, spacing, alignment).
 */
export const STYLES = `
.root{all:initial;display:block;color:#1b1f24;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;letter-spacing:normal;word-spacing:normal;text-align:start;text-transform:none;text-indent:0;white-space:normal;visibility:visible;cursor:auto}
.root *,.root *::before,.root *::after{box-sizing:border-box;font:inherit;color:inherit;letter-spacing:inherit;margin:0;padding:0}
.root [hidden]{display:none!important}
button,input,textarea{display:inline-block;visibility:visible;opacity:1;border:0;background:none;text-transform:none}
button{cursor:pointer}
:focus-visible{outline:2px solid var(--c);outline-offset:2px}
.launcher{position:fixed;bottom:20px;inset-inline-end:20px;width:56px;height:56px;border-radius:50%;background:var(--c);color:#fff;display:flex;align-items:center;justify-content:center;box-shadow:0 4px 14px rgba(0,0,0,.25)}
.launcher svg{width:28px;height:28px;fill:currentColor}
.launcher .dot{position:absolute;top:4px;inset-inline-end:4px;width:12px;height:12px;border-radius:50%;background:#e5484d;border:2px solid #fff}
.panel{position:fixed;bottom:88px;inset-inline-end:20px;width:360px;max-width:calc(100vw - 24px);height:540px;max-height:calc(100vh - 108px);background:#fff;border-radius:14px;box-shadow:0 8px 32px rgba(0,0,0,.25);display:flex;flex-direction:column;overflow:hidden}
.head{background:var(--c);color:#fff;padding:14px 16px;display:flex;align-items:flex-start;gap:8px}
.head div{flex:1}
.head h2{font-size:16px;font-weight:600;line-height:1.3}
.head p{font-size:12px;opacity:.9}
.x{color:#fff;width:28px;height:28px;border-radius:6px;font-size:20px;line-height:28px;text-align:center}
.x:hover{background:rgba(255,255,255,.15)}
.body{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;background:#f6f7f9}
.note{background:#fff;border-radius:10px;padding:10px 12px;font-size:13px;border:1px solid #e3e6ea}
.offline form{display:flex;gap:6px;margin-top:8px}
.msgs{list-style:none;display:flex;flex-direction:column;gap:6px}
.msg{max-width:85%;padding:8px 11px;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere}
.msg.in{align-self:flex-end;background:var(--c);color:#fff;border-end-end-radius:4px}
.msg.out{align-self:flex-start;background:#fff;border:1px solid #e3e6ea;border-end-start-radius:4px}
.msg.pending{opacity:.6}
.msg.failed{outline:1px solid #e5484d}
.who{display:block;font-size:11px;font-weight:600;opacity:.75;margin-bottom:2px}
.file{display:block;text-decoration:underline;text-align:start;margin-top:4px;max-width:100%;overflow:hidden;text-overflow:ellipsis}
.typing{font-size:12px;color:#5b6470;padding:0 14px 4px;min-height:18px;background:#f6f7f9}
.error{font-size:12px;color:#c62a2f;padding:0 14px 4px}
.composer{display:flex;align-items:flex-end;gap:6px;padding:10px;border-top:1px solid #e3e6ea;background:#fff}
.composer textarea{flex:1;resize:none;max-height:120px;min-height:38px;padding:8px 10px;border:1px solid #cfd4da;border-radius:8px;background:#fff}
.field{flex:1;min-width:0;padding:7px 9px;border:1px solid #cfd4da;border-radius:8px;background:#fff}
.icon{width:38px;height:38px;border-radius:8px;display:flex;align-items:center;justify-content:center;color:#5b6470}
.icon:hover{background:#eef0f3}
.icon svg{width:20px;height:20px;fill:currentColor}
.primary{background:var(--c);color:#fff;border-radius:8px;padding:0 12px;height:38px;font-weight:600}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
