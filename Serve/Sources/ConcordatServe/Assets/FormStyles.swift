/// The form's stylesheet: system fonts, colours with at least 4.5:1 contrast (WCAG 2.2 AA), a
/// visible focus ring, two columns on wide screens, and a print layout without the buttons.
enum FormStyles {
    static let text = #"""
    :root { --ink: #0b0c0c; --muted: #484949; --line: #6f777b; --accent: #1d4f91; --accent-dark: #123a6b;
            --error: #b00020; --good: #00703c; --paper: #ffffff; --tint: #f3f2f1; --focus: #ffdd00; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: var(--paper); }
    .skip-link { position: absolute; left: -9999px; }
    .skip-link:focus { left: 1rem; top: 1rem; background: var(--focus); color: var(--ink); padding: .5rem; z-index: 10; }
    .masthead { background: var(--accent-dark); color: #fff; padding: .75rem 1.5rem; }
    .masthead p { margin: .25rem 0; max-width: 60rem; }
    .brand { font-weight: 700; font-size: 1.25rem; }
    main { padding: 1rem 1.5rem 3rem; max-width: 90rem; margin: 0 auto; }
    h1 { font-size: 1.75rem; margin: .5rem 0 1rem; }
    h2 { font-size: 1.3rem; margin: 0 0 .5rem; }
    h3 { font-size: 1.1rem; margin: 0 0 .5rem; }
    a { color: var(--accent); }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 0 0 6px var(--ink); }
    .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 2rem; align-items: start; }
    @media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } }
    fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
    fieldset.section { border-top: 4px solid var(--accent); padding: .75rem 0 1rem; margin-bottom: 1rem; }
    fieldset.party { border: 2px solid var(--line); padding: .75rem 1rem; margin: 0 0 1rem; }
    legend { padding: 0; }
    .field { margin: 0 0 1rem; max-width: 40rem; }
    label, .choices legend { display: block; font-weight: 600; }
    .help { margin: 0 0 .25rem; color: var(--muted); font-size: .95rem; }
    input[type=text], input[type=email], input[type=date], select, textarea {
      display: block; width: 100%; max-width: 40rem; font: inherit; color: var(--ink); background: #fff;
      border: 2px solid var(--ink); padding: .35rem .5rem; border-radius: 0; }
    input[type=date] { max-width: 14rem; }
    .checkbox { display: grid; grid-template-columns: auto 1fr; column-gap: .5rem; align-items: start; }
    .checkbox .help { grid-column: 2; }
    .checkbox .error { grid-column: 1 / -1; }
    input[type=checkbox] { width: 1.4rem; height: 1.4rem; margin: .1rem 0 0; accent-color: var(--accent); }
    .choices { margin-bottom: 1rem; }
    .choice { display: inline-flex; align-items: center; gap: .35rem; margin: .25rem 1rem .25rem 0; }
    .choice label { font-weight: 400; }
    .field-error { border-left: 5px solid var(--error); padding-left: .75rem; }
    .field-error input, .field-error select, .field-error textarea { border-color: var(--error); }
    .error { color: var(--error); font-weight: 600; margin: .25rem 0; }
    .error-message { display: block; }
    .error-hint { display: block; font-weight: 400; color: var(--ink); }
    .error-summary { border: 5px solid var(--error); padding: 1rem; margin-bottom: 1.5rem; }
    .error-summary a { color: var(--error); font-weight: 600; }
    .notice { border-left: 5px solid var(--good); background: var(--tint); padding: .5rem 1rem; margin-bottom: 1rem; }
    .load-findings { border-left: 5px solid var(--accent); background: var(--tint); padding: .5rem 1rem; margin-bottom: 1rem; }
    .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    button { font: inherit; font-weight: 600; color: #fff; background: var(--accent); border: 2px solid var(--accent-dark);
             padding: .45rem .9rem; margin: 0 .5rem .5rem 0; cursor: pointer; }
    button:hover { background: var(--accent-dark); }
    button.secondary { color: var(--ink); background: var(--tint); border-color: var(--ink); }
    button.secondary:hover { background: #dedede; }
    .buttons { display: flex; flex-wrap: wrap; }
    .live { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding-bottom: 1rem; }
    .panel { border: 2px solid var(--line); padding: .75rem 1rem; margin-bottom: 1rem; background: #fff; }
    .level { padding: 0 .4rem; border: 2px solid currentColor; }
    .level-low { color: var(--good); }
    .level-medium { color: #8a4b00; }
    .level-high { color: var(--error); }
    .pending { color: var(--muted); }
    table.factors { border-collapse: collapse; width: 100%; font-size: .95rem; margin: .5rem 0; }
    table.factors caption { text-align: left; font-weight: 600; }
    table.factors th, table.factors td { border-bottom: 1px solid var(--line); padding: .3rem .4rem; text-align: left; vertical-align: top; }
    table.factors .why { display: block; font-weight: 400; color: var(--muted); font-size: .9rem; }
    dl.summary { display: grid; grid-template-columns: auto 1fr; gap: .2rem .75rem; margin: .5rem 0 0; }
    dl.summary dt { font-weight: 600; }
    dl.summary dd { margin: 0; }
    ul.clauses { padding-left: 0; list-style: none; }
    .clause-id { color: var(--muted); font-size: .85rem; }
    summary { cursor: pointer; }
    .preview iframe { width: 100%; height: 70vh; border: 2px solid var(--line); background: #fff; }
    @media print {
      .masthead, .skip-link, button, .buttons, .load, .preview, .help, #actions, .js-only { display: none !important; }
      .layout { display: block; }
      .live { position: static; max-height: none; overflow: visible; }
      main { padding: 0; max-width: none; }
      input, select, textarea { border: 1px solid #000; }
      details > * { display: block; }
      fieldset.section { break-inside: avoid-page; }
    }
    """#
}

/// The server's own static files.
enum FormAssets {
    /// The stylesheet.
    static let css = FormStyles.text
    /// The script.
    static let javascript = FormScript.text
}
