import {css} from 'lit';

/**
 * Public custom properties (`--customer-360-*`) are the theming API; each falls back to a
 * private `--_*` variable holding the light or dark default, so hosts set only what they want.
 */
/** Dark defaults, applied by `theme="dark"` or by the system preference when no theme is set. */
const dark = css`
  --_bg: var(--customer-360-background, #161b24);
  --_fg: var(--customer-360-color, #e7ebf2);
  --_muted: var(--customer-360-muted-color, #a9b3c3);
  --_border: var(--customer-360-border-color, #343d4d);
  --_surface: var(--customer-360-surface, #1e2531);
  --_accent: var(--customer-360-accent, #8cb8ff);
  --_do: var(--customer-360-do-color, #7ad69a);
  --_do-bg: var(--customer-360-do-background, #15301f);
  --_dont: var(--customer-360-dont-color, #ff9b91);
  --_dont-bg: var(--customer-360-dont-background, #3a1a18);
  --_warn: #ffc266;
  --_skeleton: #2a3240;
`;

export const styles = css`
  :host {
    --_bg: var(--customer-360-background, #ffffff);
    --_fg: var(--customer-360-color, #1d2433);
    --_muted: var(--customer-360-muted-color, #4f5a6b);
    --_border: var(--customer-360-border-color, #d5dae3);
    --_surface: var(--customer-360-surface, #f4f6f9);
    --_accent: var(--customer-360-accent, #1f5fbf);
    --_do: var(--customer-360-do-color, #1c6b3a);
    --_do-bg: var(--customer-360-do-background, #e8f5ec);
    --_dont: var(--customer-360-dont-color, #a3231a);
    --_dont-bg: var(--customer-360-dont-background, #fdecea);
    --_warn: #8a5300;
    --_radius: var(--customer-360-radius, 10px);
    --_space: var(--customer-360-spacing, 0.75rem);
    --_font: var(--customer-360-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_skeleton: #e3e7ee;

    /* Nothing the host page's styles would pass down by inheritance (font, colour, text
       transforms, spacing, alignment…) reaches the card; its own custom properties still do. */
    all: initial;
    display: block;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    [part~='card']:not(.light) {
      ${dark}
    }
  }
  [part~='card'].dark {
    ${dark}
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [part~='card'] {
    /* Hosts with universal resets must not reach inside: everything is re-declared here. */
    color: var(--_fg);
    font: 400 0.9375rem/1.45 var(--_font);
    text-align: start;
    letter-spacing: normal;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: var(--_space);
    min-block-size: 22rem;
    overflow-wrap: anywhere;
    /* A card out of view (a page of customers) is not styled, laid out or painted until it
       comes near: its layout is most of a card's memory. Its last size is kept meanwhile. */
    content-visibility: auto;
    contain-intrinsic-size: auto 20rem auto 22rem;
  }
  h2,
  h3,
  p,
  ul,
  ol {
    margin: 0;
    padding: 0;
  }
  ul,
  ol {
    list-style: none;
  }
  h2 {
    font-size: 1.25rem;
    line-height: 1.25;
    font-weight: 650;
  }
  h3 {
    font-size: 0.8125rem;
    font-weight: 650;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
    margin-block-end: 0.375rem;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    min-block-size: 24px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    border-radius: calc(var(--_radius) - 4px);
    padding: 0.25rem 0.75rem;
  }
  button:hover {
    border-color: var(--_accent);
  }
  /* Busy but still focused (not \`disabled\`, which would drop keyboard focus). */
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  /* Header */
  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  .name {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .badge {
    display: inline-block;
    border-radius: 999px;
    padding: 0.0625rem 0.625rem;
    font-size: 0.8125rem;
    font-weight: 600;
    background: var(--_surface);
    border: 1px solid var(--_border);
  }
  .badge.state-care,
  .badge.state-leaving {
    color: var(--_dont);
    border-color: currentColor;
  }
  .badge.state-quiet {
    color: var(--_warn);
    border-color: currentColor;
  }
  .badge.state-ok {
    color: var(--_do);
    border-color: currentColor;
  }
  .badge.chip {
    font-weight: 500;
  }
  .address {
    margin-block-start: 0.125rem;
  }
  .address strong {
    font-weight: 650;
  }
  .no-title {
    color: var(--_dont);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .facts {
    flex-basis: 100%;
  }

  /* Hints */
  [part~='hints'] ol {
    display: grid;
    gap: 0.375rem;
  }
  [part~='hint'] {
    border-radius: calc(var(--_radius) - 2px);
    padding: 0.5rem 0.625rem;
    border-inline-start: 4px solid var(--_do);
    background: var(--_do-bg);
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 0.5rem;
    align-items: center;
  }
  [part~='hint-dont'] {
    border-inline-start-color: var(--_dont);
    background: var(--_dont-bg);
  }
  /* No engine, no hints: a "don't" that covers them all, as visible as one. */
  [part~='hints-unavailable'] {
    border-radius: calc(var(--_radius) - 2px);
    padding: 0.5rem 0.625rem;
    border-inline-start: 4px solid var(--_dont);
    background: var(--_dont-bg);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .kind {
    font-size: 0.75rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_do);
    white-space: nowrap;
  }
  [part~='hint-dont'] .kind {
    color: var(--_dont);
  }
  .hint-text {
    font-size: 0.875rem;
    line-height: 1.4;
    font-weight: 600;
    grid-column: 1 / -1;
  }
  .hint details,
  .hint form,
  .hint .notes {
    grid-column: 1 / -1;
  }
  .notes {
    font-size: 0.8125rem;
    display: grid;
    gap: 0.125rem;
    margin-block-start: 0.125rem;
  }
  .notes li {
    padding-inline-start: 0.75rem;
    text-indent: -0.75rem;
  }
  .notes li::before {
    content: '–';
    display: inline-block;
    width: 0.75rem;
    text-indent: 0;
    color: var(--_muted);
  }
  [part~='hint-first'] {
    border-inline-start-width: 6px;
  }
  .evidence-for {
    font-size: 0.8125rem;
    font-weight: 600;
    margin-block-start: 0.375rem;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
    font-size: 0.8125rem;
    inline-size: fit-content;
  }
  .evidence {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: 0 0.5rem;
    font-size: 0.8125rem;
    margin-block: 0.25rem 0;
    margin-inline: 0;
  }
  .evidence dt {
    color: var(--_muted);
  }
  .evidence dd {
    margin: 0;
  }
  .link {
    text-align: start;
    background: none;
    border: 0;
    padding: 0 0.25rem;
    color: var(--_accent);
    text-decoration: underline;
    font-size: 0.8125rem;
    min-block-size: 24px;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    align-items: end;
    margin-block-start: 0.25rem;
  }
  form label {
    display: grid;
    font-size: 0.8125rem;
    flex: 1 1 9rem;
  }
  select,
  input {
    min-block-size: 2rem;
    border: 1px solid var(--_muted);
    border-radius: 6px;
    background: var(--_bg);
    padding: 0.125rem 0.375rem;
  }
  .dismissed {
    margin-block-start: 0.375rem;
  }
  .dismissed li {
    font-size: 0.8125rem;
    color: var(--_muted);
    padding: 0.125rem 0;
  }

  /* Sections */
  .body,
  .grid {
    display: grid;
    gap: var(--_space);
  }
  section {
    min-inline-size: 0;
  }
  /* The brief's column (the brief, then notes) holds nothing with hints off and no notes. */
  .body > :empty {
    display: none;
  }
  .rows > li {
    padding: 0.375rem 0;
    border-block-start: 1px solid var(--_border);
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.5rem;
    justify-content: space-between;
  }
  .rows > li:first-child {
    border-block-start: 0;
  }
  .title {
    font-weight: 550;
    min-inline-size: 0;
    flex: 1 1 10rem;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .summary {
    flex-basis: 100%;
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .tag {
    font-size: 0.75rem;
    font-weight: 600;
    padding: 0 0.5rem;
    border-radius: 999px;
    border: 1px solid var(--_border);
    white-space: nowrap;
    align-self: center;
  }
  .tag.alert {
    color: var(--_dont);
    border-color: currentColor;
  }
  .section-error,
  .invalid {
    color: var(--_warn);
    font-size: 0.8125rem;
  }
  .more {
    margin-block-start: 0.375rem;
  }
  figure {
    margin-block: 0 0.5rem;
    margin-inline: 0;
  }
  .pressure {
    display: block;
    inline-size: 100%;
    max-inline-size: 18rem;
    block-size: auto;
  }
  .pressure .in {
    fill: var(--_accent);
  }
  .pressure .out {
    fill: var(--_dont);
  }
  .pressure text {
    fill: var(--_muted);
    font-size: 5.5px;
  }
  .legend {
    display: flex;
    gap: 0.75rem;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .legend span::before {
    content: '';
    display: inline-block;
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 2px;
    margin-inline-end: 0.25rem;
    background: var(--_accent);
  }
  .legend .out::before {
    background: var(--_dont);
  }

  /* States */
  .state {
    display: grid;
    gap: 0.5rem;
    align-content: center;
    justify-items: start;
    min-block-size: 10rem;
  }
  .state strong {
    font-size: 1.0625rem;
  }
  .skeleton {
    background: var(--_skeleton);
    border-radius: 6px;
    min-block-size: 1rem;
  }
  .skeleton.h2 {
    block-size: 1.6rem;
    inline-size: 60%;
  }
  .skeleton.hint {
    block-size: 2.5rem;
    margin-block-end: 0.375rem;
  }
  .skeleton.row {
    block-size: 1.1rem;
    inline-size: 85%;
    margin-block-start: 0.5rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes pulse {
    to {
      opacity: 0.45;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  /* From a 280 px sidebar to a full page: two columns once there is room. */
  @container (min-width: 640px) {
    [part~='card'] {
      padding: calc(var(--_space) * 1.5);
    }
    .grid {
      grid-template-columns: 1fr 1fr;
      grid-template-areas: 'tickets history' 'products history';
      grid-template-rows: auto 1fr;
      align-items: start;
    }
    [part~='tickets'],
    .sk-tickets {
      grid-area: tickets;
    }
    [part~='products'],
    .sk-products {
      grid-area: products;
    }
    [part~='history'],
    .sk-history {
      grid-area: history;
    }
  }
  @container (min-width: 960px) {
    .body {
      display: grid;
      grid-template-columns: minmax(20rem, 2fr) 3fr;
      gap: calc(var(--_space) * 1.5);
      align-items: start;
    }
  }

  /* Direction. The card sets its own dir attribute (from its language), so an RTL host page cannot
     reorder its sentences; every box uses logical properties, so an RTL language needs no
     layout change. Names are data in any script: each takes its direction from its own text. */
  h2,
  .name .muted {
    unicode-bidi: plaintext;
  }
  /* Time runs the way the text does: in an RTL card the chart's oldest month is on the right. */
  [dir='rtl'] .pressure {
    transform: scaleX(-1);
  }
  [dir='rtl'] .pressure text {
    transform: scaleX(-1);
    transform-box: fill-box;
    transform-origin: center;
  }

  /* Forced colours (Windows high contrast): colours and backgrounds become the user's, borders
     stay. A "don't" keeps a double border beside its label; the chart and its legend draw
     inbound solid and outbound hollow, in system colours. Badges keep their outlines. */
  @media (forced-colors: active) {
    [part~='hint-dont'],
    [part~='hints-unavailable'] {
      border-inline-start: 6px double;
    }
    .pressure,
    .legend span::before {
      forced-color-adjust: none;
    }
    .pressure .in,
    .legend .in::before {
      fill: CanvasText;
      background: CanvasText;
    }
    .pressure .out,
    .legend .out::before {
      fill: Canvas;
      stroke: CanvasText;
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .pressure text {
      fill: CanvasText;
    }
  }
`;
