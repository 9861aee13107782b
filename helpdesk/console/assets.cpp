// The console's style sheet and its one small script, built into the program: nothing to install or build.
#include "pages.hpp"

namespace Foyer::Helpdesk {

namespace {

// Large type, contrast of 7:1 or more everywhere, a thick focus ring, nothing that needs hover, and one
// column when the window is narrow or zoomed to 200 %.
constexpr std::string_view style_sheet = R"css(
:root { --ink: #111; --paper: #fff; --accent: #0b3d91; --focus: #ffbf00;
  --fail: #a4000f; --warn: #7a4d00; --unknown: #3d3d3d; --ok: #0a5c2a; }
* { box-sizing: border-box; }
html { font-size: 125%; }
body { margin: 0; font-family: "Atkinson Hyperlegible Next", "Atkinson Hyperlegible", "DejaVu Sans", Verdana, sans-serif;
  line-height: 1.5; color: var(--ink); background: var(--paper); }
a { color: var(--accent); text-decoration-thickness: 2px; text-underline-offset: 3px; }
:focus-visible { outline: 4px solid var(--ink); outline-offset: 3px; box-shadow: 0 0 0 9px var(--focus); }
main:focus { outline: none; box-shadow: none; }
.skip { position: absolute; left: -9999px; top: 0; }
.skip:focus { left: 1rem; top: 1rem; z-index: 10; background: var(--paper); padding: .5rem 1rem; }
header.top { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .75rem 1.5rem;
  border-bottom: 3px solid var(--ink); }
header.top p { margin: 0; }
.brand { font-weight: bold; font-size: 1.2rem; }
header nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; margin: 0; padding: 0; }
.logout { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin-left: auto; }
.logout button { margin-top: 0; }
main { max-width: 90rem; margin: 0 auto; padding: .5rem 1.5rem 3rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin-top: .75rem; }
h2 { font-size: 1.4rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin-bottom: .25rem; }
label { display: block; font-weight: bold; margin-top: 1rem; }
input, textarea, button { font: inherit; }
input, textarea { width: 100%; max-width: 40rem; padding: .5rem .75rem; border: 2px solid var(--ink); border-radius: 4px;
  background: var(--paper); color: var(--ink); }
input.code { font-size: 2rem; letter-spacing: .12em; max-width: 14em; font-variant-numeric: tabular-nums; }
button { display: inline-block; min-height: 3rem; padding: .5rem 1.25rem; margin-top: .75rem; border: 2px solid var(--accent);
  border-radius: 6px; background: var(--accent); color: #fff; font-weight: bold; cursor: pointer; }
button.secondary { background: var(--paper); color: var(--accent); }
button:disabled, textarea:disabled { background: #ececec; color: #3d3d3d; border-color: #6b6b6b; cursor: not-allowed; }
.hint { margin: .25rem 0; color: #2b2b2b; }
.problem { border-left: 10px solid var(--fail); padding: .5rem 1rem; background: #fdecee; font-weight: bold; }
.notice { border-left: 10px solid var(--ok); padding: .5rem 1rem; background: #e6f4ea; }
.notice:empty { display: none; }
.facts { display: flex; flex-wrap: wrap; gap: .25rem 2.5rem; margin: 0; }
.facts dt { font-weight: bold; }
.facts dd { margin: 0; }
.state { display: inline-block; font-size: 1rem; vertical-align: middle; padding: .1rem .7rem; border: 2px solid var(--ink);
  border-radius: 999px; }
.code-form .row { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
.code-form .row button { margin-top: 0; }
.case-grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; align-items: start; }
@media (max-width: 60rem) { .case-grid { grid-template-columns: minmax(0, 1fr); } }
.screen img { display: block; width: 100%; height: auto; border: 2px solid var(--ink); }
/* Wide enough for two columns: the picture and live help under it stay in view while the mediator reads
   down the findings; the picture is small enough that both fit a 768 px high screen. */
@media (min-width: 60.01rem) { .case-side { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow-y: auto; }
  .screen img { width: auto; height: 31vh; max-width: 100%; object-fit: contain; } }
.case-grid h2 { margin-top: .25rem; margin-bottom: .25rem; font-size: 1.2rem; }
.heading-row { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 1.5rem; }
.live { margin-top: .75rem; padding: .5rem 1rem .75rem; border: 3px solid var(--accent); border-radius: 6px; }
.live p { margin: .25rem 0; }
.live textarea { max-width: none; margin-top: .25rem; }
.live .actions button { margin-top: .5rem; }
.messages { margin: 0; padding-left: 1.25rem; }
.messages .when { font-variant-numeric: tabular-nums; font-weight: bold; }
.messages .shown { color: #3d3d3d; white-space: nowrap; }
.messages .shown.yes { color: var(--ok); font-weight: bold; }
.late { border-left: 10px solid var(--warn); padding: .4rem 1rem; background: #fff4e0; font-weight: bold; margin: .5rem 0; }
.fine summary { margin-top: .25rem; padding: .4rem 1rem; border: 2px solid var(--ok); border-left-width: 14px; border-radius: 4px; }
.fine[open] summary { margin-bottom: .75rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* The case page on a laptop: the head in few lines, the problems compact, so that the picture, every
   problem and live help fit 1366x768 together. */
@media (min-width: 60.01rem) {
  #case h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
  #case .facts { font-size: .85rem; gap: 0 1.5rem; }
  #case .facts div { display: flex; gap: .4rem; }
  #case .late { font-size: .9rem; padding: .2rem .75rem; margin: .25rem 0; }
  .findings .finding { padding: .15rem .6rem; margin-bottom: .3rem; font-size: .8rem; line-height: 1.3; border-left-width: 10px; }
  .findings .finding .sentence { display: inline; margin: 0; }
  .findings .finding strong::after { content: " —"; }
  .case-side .live { font-size: .9rem; padding: .25rem .75rem .5rem; margin-top: .4rem; }
  .case-side .live button { min-height: 2.4rem; padding: .3rem 1rem; }
  .case-side .live h2 { display: inline; margin-right: 1rem; }
  .case-side .live h2 + p { display: inline; }
  .case-side .live textarea { height: 3.6rem; }
  #case ~ * header.top, body > header.top { padding-top: .4rem; padding-bottom: .4rem; }
  #case .late br { display: none; }
  #case .late #answers-offline { margin-left: 1.5rem; }
}
.traffic-light { list-style: none; margin: 0; padding: 0; }
.finding { padding: .6rem 1rem; margin-bottom: .75rem; border: 2px solid var(--ink); border-left-width: 14px; border-radius: 4px; }
.finding.status-fail { border-color: var(--fail); }
.finding.status-warn { border-color: var(--warn); }
.finding.status-unknown { border-color: var(--unknown); }
.finding.status-ok { border-color: var(--ok); }
.badge { display: inline-block; padding: 0 .6rem; border-radius: 999px; font-weight: bold; color: #fff; white-space: nowrap; }
.badge-fail { background: var(--fail); }
.badge-warn { background: var(--warn); }
.badge-unknown { background: var(--unknown); }
.badge-ok { background: var(--ok); }
.sentence { display: block; margin-top: .2rem; }
.actions { display: flex; flex-wrap: wrap; gap: 0 1rem; }
.cases li { margin: .35rem 0; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f2f2f2; color: var(--ink); padding: .75rem; border: 1px solid #6b6b6b;
  font-size: .85rem; }
details summary { cursor: pointer; font-weight: bold; margin-top: 1rem; }
blockquote.note { border-left: 6px solid #6b6b6b; margin: .5rem 0; padding: .25rem 1rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.stack { max-width: 48rem; }
)css";

// Everything works without this script; it only spares the mediator a reload while on the phone.
constexpr std::string_view script = R"js(
// On a case page: shows a new screenshot as soon as it arrives, sends a message without leaving the page
// (the mediator on the phone keeps their place), shows when the device has shown each message, and reloads
// when live help starts or stops (unless the mediator is writing something).
(function () {
  'use strict';
  var box = document.getElementById('case');
  if (!box) return;
  var url = box.getAttribute('data-state-url');
  var shown = box.getAttribute('data-screenshot');
  var live = box.getAttribute('data-live');
  var timer = null;
  function writing() {
    var fields = document.querySelectorAll('textarea');
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].value || document.activeElement === fields[i]) return true;
    }
    return false;
  }
  function show(state) {
    var image = document.getElementById('screenshot');
    image.src = state.screenshot_url;
    image.alt = state.screenshot_alt;
    image.width = state.width;
    image.height = state.height;
    image.hidden = false;
    var link = document.getElementById('screenshot-link');
    if (link) link.href = state.screenshot_url;
    var full = document.getElementById('full-size');
    if (full) full.href = state.screenshot_url;
    var none = document.getElementById('no-screenshot');
    if (none) none.hidden = true;
    document.getElementById('screenshot-news').textContent = box.getAttribute('data-new-screenshot-text');
  }
  // The list of messages sent, newest last, each with whether the device has shown it yet.
  function list(messages) {
    var sent = document.getElementById('messages-sent');
    if (!sent || !messages) return;
    messages.forEach(function (message) {
      var item = document.getElementById('message-' + message.id);
      if (!item) {
        item = document.createElement('li');
        item.id = 'message-' + message.id;
        var when = document.createElement('span');
        when.className = 'when';
        when.textContent = message.time;
        var state = document.createElement('span');
        state.id = 'message-state-' + message.id;
        item.appendChild(when);
        item.appendChild(document.createTextNode(' ' + message.text + ' '));
        item.appendChild(state);
        sent.appendChild(item);
      }
      var mark = document.getElementById('message-state-' + message.id);
      mark.className = message.shown ? 'shown yes' : 'shown';
      mark.textContent = message.state;
    });
    document.getElementById('messages-box').hidden = messages.length === 0;
  }
  function check() {
    clearTimeout(timer);
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (!state) return;
        if (String(state.screenshot_id) !== shown && state.screenshot_url) {
          shown = String(state.screenshot_id);
          show(state);
        }
        list(state.messages);
        if (state.live !== live && !writing()) window.location.reload();
      })
      .catch(function () {})
      .then(function () { timer = setTimeout(check, 2000); });
  }
  var form = document.getElementById('message-form');
  if (form && window.fetch && window.URLSearchParams) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var field = document.getElementById('message');
      fetch(form.action, { method: 'POST', credentials: 'same-origin', body: new URLSearchParams(new FormData(form)) })
        .then(function (response) {
          // A problem (live help ended meanwhile, an empty message) is told by the page itself.
          if (!response.ok || response.url.indexOf('done=message_sent') < 0) {
            window.location.href = response.url;
            return;
          }
          field.value = '';
          document.getElementById('message-news').textContent = box.getAttribute('data-message-sent-text');
          check();
        }, function () { form.submit(); });
    });
  }
  timer = setTimeout(check, 2000);
})();
)js";

}

void register_assets(httplib::Server& http)
{
    http.Get("/console/assets/console.css", [](const httplib::Request&, httplib::Response& response) {
        add_security_headers(response);
        response.set_header("Cache-Control", "max-age=300");
        response.set_content(std::string(style_sheet), "text/css; charset=utf-8");
    });
    http.Get("/console/assets/console.js", [](const httplib::Request&, httplib::Response& response) {
        add_security_headers(response);
        response.set_header("Cache-Control", "max-age=300");
        response.set_content(std::string(script), "text/javascript; charset=utf-8");
    });
}

}
