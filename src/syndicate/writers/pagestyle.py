"""The reader view's one embedded stylesheet: a readable column on any screen, light and
dark (``prefers-color-scheme``), and a clean printout. No fonts, images or imports are
fetched; the page's Content-Security-Policy names this text by its hash."""

from __future__ import annotations

import base64
import hashlib

STYLESHEET = """\
:root{color-scheme:light dark;--fg:#1b1b1b;--muted:#545454;--bg:#fdfdfb;--rule:#d4d4d0;\
--link:#0b57d0;--box:#f2f2ee}
@media (prefers-color-scheme:dark){:root{--fg:#e6e4e0;--muted:#aaa7a1;--bg:#161618;\
--rule:#3b3b3f;--link:#8ab4f8;--box:#222226}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);\
font:1.0625rem/1.6 Georgia,"Noto Serif","Times New Roman",serif;overflow-wrap:break-word}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
a{color:var(--link)}
h1{font-size:2rem;line-height:1.2;margin:.3em 0}
h2,h3,h4,h5,h6{line-height:1.3;margin:1.6em 0 .5em}
header{margin-bottom:1.5rem;padding-bottom:1rem;border-bottom:1px solid var(--rule)}
.kicker,.byline,.dates,.source,.editor,figcaption,.attribution{\
font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--muted)}
.kicker{font-size:.8rem;font-weight:600;letter-spacing:.08em;text-transform:uppercase;margin:0}
.dek{font-size:1.2rem;color:var(--muted);margin:.4em 0}
.byline,.dates,.source,.editor,figcaption{font-size:.875rem;margin:.2em 0}
figure{margin:1.5rem 0}
img{display:block;max-width:100%;height:auto}
figcaption{margin-top:.4rem}
blockquote{margin:1.2rem 0;padding:0 0 0 1rem;border-inline-start:3px solid var(--rule)}
.pullquote{font-size:1.25rem;font-style:italic;border:0;padding:0}
pre{white-space:pre-wrap;background:var(--box);padding:.75rem;font-size:.875rem}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
table{display:block;max-width:100%;overflow-x:auto;border-collapse:collapse;margin:1.2rem 0;\
font-size:.95rem}
th,td{border:1px solid var(--rule);padding:.3rem .6rem;text-align:start;vertical-align:top}
hr{border:0;border-top:1px solid var(--rule);margin:2rem 0}
.related{margin:2rem 0;padding:1rem 1.25rem;background:var(--box)}
.related h2{font-size:1rem;margin:0 0 .5rem}
.index{list-style:none;padding:0}
.index>li{padding:1rem 0;border-bottom:1px solid var(--rule)}
.index h2{font-size:1.25rem;margin:.2em 0}
@media (max-width:30rem){body{font-size:1rem}main{padding:1rem}h1{font-size:1.6rem}}
@media print{:root{--fg:#000;--muted:#333;--bg:#fff;--link:#000;--box:#fff;--rule:#999}\
body{font-size:11pt}main{max-width:none;padding:0}a{text-decoration:none}\
.source a::after{content:" (" attr(href) ")"}\
figure,table,pre,blockquote{break-inside:avoid}h1,h2,h3{break-after:avoid}\
.related{border:1px solid var(--rule)}}
"""


def _hash(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src http: https:; "
    f"style-src 'sha256-{_hash(STYLESHEET)}'; base-uri 'none'; form-action 'none'"
)
"""Nothing runs and nothing loads but the article's own images and this stylesheet."""
