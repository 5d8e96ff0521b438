/** Text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A path relative to the page, each segment encoded (names hold spaces and accents). */
export function hrefOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A standalone page, readable offline, with the styles it needs and no script. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: #161616; margin: 2rem auto; max-width: 90rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: 0.5rem 0; }
th, td { border: 1px solid #929292; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: #eeeeee; }
.state { font-weight: 700; white-space: nowrap; }
.state-ready { color: #18753c; } .state-todo { color: #b34000; } .state-review { color: #716043; }
.refused { color: #ce0500; }
ul { margin: 0; padding-left: 1.2rem; }
a { color: #000091; }
details summary { cursor: pointer; }
.url { word-break: break-all; font-size: 0.9rem; }
.nowrap { white-space: nowrap; }
.files { min-width: 14rem; }
details ul ul { list-style: disc; }
details > ul > li { margin-top: 0.3rem; font-weight: 600; } details > ul > li li { font-weight: 400; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
