/**
 * Our additions to Swagger UI, served as files from our origin (the CSP allows no inline style or script):
 * colours that meet WCAG AA contrast, and a script that names the unlabelled form controls and makes the
 * scrolling code samples reachable by keyboard. axe (WCAG 2.1 AA) finds no violation on the docs page with them.
 */

export const DOCS_STYLESHEET = `/* Contrast fixes over swagger-ui.css (WCAG 2.1 AA, 4.5:1 for small text). */
.swagger-ui .info .title small { background: #545b69; }
.swagger-ui .info .title small.version-stamp { background: #3b6b00; }
.swagger-ui .info a.url, .swagger-ui .info .url { color: #1f5fad; }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #0b5cad; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #1b6e45; }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #8a4f00; }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #b01c1c; }
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #1a6e66; }
.swagger-ui .parameter__in, .swagger-ui .parameter__deprecated { color: #4f4f4f; }
.swagger-ui .json-schema-2020-12-expand-deep-button { color: #4a4a4a; }
.swagger-ui .json-schema-2020-12__attribute--primary { color: #4a4a4a; }
.swagger-ui .microlight span[style*="rgb(211, 99, 99)"],
.swagger-ui .microlight span[style*="#d36363"] { color: #ff9f9f !important; }
.swagger-ui .response-col_status, .swagger-ui .response-col_links { color: #1b1b1b; }
.swagger-ui .opblock-summary-description { color: #1b1b1b; }
.swagger-ui .btn.authorize { color: #1a6e43; border-color: #1a6e43; }
.swagger-ui .btn.authorize svg { fill: #1a6e43; }
.swagger-ui :focus-visible { outline: 3px solid #d1410c; outline-offset: 2px; }
`

export const DOCS_ACCESSIBILITY_SCRIPT = `// Names Swagger UI's unlabelled controls and lets keyboards scroll its code samples; re-run on every render.
(function () {
  function fix(root) {
    var servers = root.querySelector('select#servers')
    if (servers && !servers.hasAttribute('aria-label')) servers.setAttribute('aria-label', 'Server')
    root.querySelectorAll('tr[data-param-name]').forEach(function (row) {
      row.querySelectorAll('select, input, textarea').forEach(function (control) {
        if (!control.hasAttribute('aria-label') && !control.labels?.length) {
          control.setAttribute('aria-label', row.getAttribute('data-param-name'))
        }
      })
    })
    root.querySelectorAll('select:not([aria-label])').forEach(function (select) {
      if (!select.labels?.length && !select.id) select.setAttribute('aria-label', select.className || 'Option')
    })
    root.querySelectorAll('.highlight-code > .microlight:not([tabindex])').forEach(function (code) {
      code.setAttribute('tabindex', '0')
    })
  }
  var scheduled = false
  new MutationObserver(function () {
    if (scheduled) return
    scheduled = true
    requestAnimationFrame(function () {
      scheduled = false
      fix(document)
    })
  }).observe(document.body, { childList: true, subtree: true })
  fix(document)
})()
`
