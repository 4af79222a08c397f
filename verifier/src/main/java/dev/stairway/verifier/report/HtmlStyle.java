package dev.stairway.verifier.report;

/** The HTML report's own style sheet and script, inlined into the page: it loads nothing from elsewhere. */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String CSS = """
            :root { --held: #2e8540; --notice: #d98e04; --finding: #c62828; --irreversible: #5e35b1;
                    --not-walked: #b0b7bf; --ink: #1f2328; --muted: #59636e; --line: #d8dee4; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 1400px; padding: 1.5rem; color: var(--ink); background: #fff;
                   font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            h1 { margin: 0 0 .25rem; font-size: 1.6rem; } h2 { font-size: 1.15rem; margin: 1.25rem 0 .5rem; }
            h3 { font-size: 1rem; margin: .75rem 0 .25rem; } h4 { font-size: .9rem; margin: .75rem 0 .25rem; }
            code { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
            .verdict { font-size: 1.1rem; font-weight: 600; margin: .25rem 0; }
            .verdict.holds { color: var(--held); } .verdict.fails { color: var(--finding); }
            .facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; }
            .facts dt { color: var(--muted); } .facts dd { margin: 0; }
            table { border-collapse: collapse; margin: .25rem 0; }
            th, td { border: 1px solid var(--line); padding: .2rem .45rem; text-align: left; vertical-align: top; }
            .counts td { text-align: right; min-width: 4.5rem; } td.num { text-align: right; white-space: nowrap; }
            .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .3rem;
                      vertical-align: -1px; }
            .held { --c: var(--held); } .notice { --c: var(--notice); } .finding { --c: var(--finding); }
            .irreversible { --c: var(--irreversible); } .not-walked { --c: var(--not-walked); }
            .swatch, .cell { background: var(--c); }
            .timeline-box { overflow-x: auto; padding-bottom: .25rem; }
            .timeline { display: grid; gap: 2px; align-items: center; min-width: 100%;
                        grid-template-columns: max-content repeat(var(--revisions), minmax(5px, 1fr)); }
            .row-label { padding-right: .6rem; white-space: nowrap; color: var(--muted); font-size: 12px; }
            .tick { font-size: 10px; color: var(--muted); white-space: nowrap; overflow: visible; height: 14px; }
            .cell { display: block; height: 22px; border-radius: 2px; }
            .cell:hover, .cell:focus { outline: 2px solid var(--ink); outline-offset: 1px; }
            .legend { display: flex; flex-wrap: wrap; gap: 1rem; color: var(--muted); margin: .4rem 0; }
            .filters { position: sticky; top: 0; z-index: 1; background: #fff; padding: .5rem 0;
                       border-bottom: 1px solid var(--line); margin-bottom: .5rem; }
            .filters button { font: inherit; margin-left: .35rem; padding: .15rem .6rem; border: 1px solid var(--line);
                              border-radius: 4px; background: #f6f8fa; cursor: pointer; }
            .filters button.active { background: var(--ink); color: #fff; }
            .revision { border: 1px solid var(--line); border-radius: 6px; margin: .35rem 0; }
            .revision[hidden] { display: none; }
            summary { cursor: pointer; padding: .35rem .6rem; }
            summary .name { font-weight: 600; margin-right: .4rem; }
            details[open] > summary { border-bottom: 1px solid var(--line); }
            .badge { display: inline-block; font-size: 12px; padding: 0 .45rem; border-radius: 9px; color: #fff;
                     background: var(--c); margin-left: .2rem; }
            .quiet { color: var(--muted); font-size: 12px; }
            .dialect { padding: .1rem .8rem .6rem; }
            .timing { display: flex; align-items: center; gap: .6rem; flex-wrap: wrap; }
            .bar { display: flex; width: 420px; max-width: 60vw; height: 12px; background: #f0f2f4; border-radius: 2px;
                   overflow: hidden; }
            .step { display: block; height: 100%; }
            .step.seed { background: #8fb8de; } .step.check { background: #b6c3cf; } .step.locks { background: #f3b562; }
            .step.up { background: #3d7ab8; } .step.down { background: #6a4c93; } .step.re-up { background: #2f9c95; }
            .step.rebuild { background: #c0504d; }
            .total { font-weight: 600; } .steps { color: var(--muted); font-size: 12px; }
            .findings { padding-left: 1.1rem; } .findings > li { margin: .3rem 0; }
            .findings > li.finding > b { color: var(--finding); } .findings > li.notice > b { color: #9a6300; }
            .diff { margin: .25rem 0; border: 1px solid var(--line); border-radius: 4px; padding: .3rem .5rem;
                    background: #fafbfc; }
            .diff-legend { display: block; color: var(--muted); font-size: 11px; }
            .diff .add code { color: #116329; } .diff .del code { color: #b42318; }
            .diff .add { background: #e6ffec; } .diff .del { background: #ffebe9; }
            .locks table { width: 100%; } .locks td code { white-space: pre-wrap; }
            .lock { display: inline-block; margin: 0 .3rem .15rem 0; padding: 0 .35rem; border-radius: 3px;
                    background: #eef1f4; font-size: 12px; }
            .lock.new { color: var(--muted); } .lock.exclusive { background: #ffe1dc; }
            .rewrite { display: inline-block; padding: 0 .35rem; border-radius: 3px; background: #fff1cc; font-size: 12px; }
            .verdicts li.open code { color: #9a6300; font-weight: 600; } .verdicts li.accepted { color: var(--muted); }
            .note { color: var(--muted); font-size: 12px; margin: .2rem 0; }
            footer { margin-top: 1.5rem; color: var(--muted); font-size: 12px; }
            """;

    static final String SCRIPT = """
            (function () {
              'use strict';
              var sections = Array.prototype.slice.call(document.querySelectorAll('section.revision'));
              function matches(section, filter) {
                var outcomes = (section.getAttribute('data-outcomes') || '').split(' ');
                if (filter === 'all') { return true; }
                if (filter === 'finding') { return outcomes.indexOf('finding') >= 0; }
                if (filter === 'locks') { return outcomes.indexOf('locks') >= 0; }
                return outcomes.some(function (outcome) { return outcome !== 'held'; });
              }
              document.querySelectorAll('.filters button').forEach(function (button) {
                button.addEventListener('click', function () {
                  var filter = button.getAttribute('data-filter');
                  var toggle = button.getAttribute('data-toggle');
                  if (toggle) {
                    sections.forEach(function (section) {
                      if (!section.hidden) { section.querySelector('details').open = toggle === 'open'; }
                    });
                    return;
                  }
                  document.querySelectorAll('.filters button[data-filter]').forEach(function (other) {
                    other.classList.toggle('active', other === button);
                  });
                  sections.forEach(function (section) { section.hidden = !matches(section, filter); });
                });
              });
              document.querySelectorAll('a.cell').forEach(function (cell) {
                cell.addEventListener('click', function () {
                  var target = document.getElementById(cell.getAttribute('href').slice(1));
                  if (target) { target.hidden = false; target.querySelector('details').open = true; }
                });
              });
              document.documentElement.setAttribute('data-cells', String(document.querySelectorAll('a.cell').length));
              document.documentElement.setAttribute('data-ready', 'true');
            })();
            """;
}
