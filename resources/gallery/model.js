// A model page: the sanitized description, and the preview lightbox with generation data.
(function () {
  'use strict';
  // Tags and attributes a model description may keep; everything else (scripts, handlers,
  // iframes, forms, styles) is dropped by DOMPurify, and links may only go to http(s).
  var ALLOWED_TAGS = ['p', 'br', 'b', 'strong', 'i', 'em', 'u', 's', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3',
                      'h4', 'h5', 'h6', 'blockquote', 'code', 'pre', 'hr', 'span', 'div', 'img', 'table',
                      'thead', 'tbody', 'tr', 'th', 'td'];
  var ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'rel', 'target'];

  function readJson(id) {
    var node = document.getElementById(id);
    if (!node) return null;
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }

  function showDescription() {
    var target = document.getElementById('description');
    var data = readJson('description-html');
    if (!target || !data || !window.DOMPurify) return;
    DOMPurify.addHook('afterSanitizeAttributes', function (node) {
      if (node.hasAttribute('href') && !/^https?:\/\//i.test(node.getAttribute('href'))) node.removeAttribute('href');
      if (node.hasAttribute('src') && !/^https?:\/\//i.test(node.getAttribute('src'))) node.removeAttribute('src');
      if (node.tagName === 'A') { node.setAttribute('rel', 'noopener noreferrer'); node.setAttribute('target', '_blank'); }
      // Images in descriptions live on the internet; offline they are only clutter with a CSP.
      if (node.tagName === 'IMG') node.remove();
    });
    var clean = DOMPurify.sanitize(String(data[0] || ''), { ALLOWED_TAGS: ALLOWED_TAGS, ALLOWED_ATTR: ALLOWED_ATTR, RETURN_DOM_FRAGMENT: true });
    target.appendChild(clean);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  var FIELDS = [['prompt', qsTr('Prompt')], ['negativePrompt', qsTr('Negative prompt')], ['seed', qsTr('Seed')],
                ['steps', qsTr('Steps')], ['sampler', qsTr('Sampler')], ['cfgScale', qsTr('CFG scale')], ['Size', qsTr('Size')],
                ['Model', qsTr('Model')], ['clipSkip', qsTr('Clip skip')]];

  function setUpLightbox() {
    var previews = readJson('previews');
    if (!previews || !previews.length) return;
    var box = el('div'); box.id = 'lightbox'; box.hidden = true;
    box.setAttribute('role', 'dialog'); box.setAttribute('aria-modal', 'true');
    var stage = el('div', 'stage'), info = el('aside');
    var close = el('button', 'close', '×'), prev = el('button', 'nav prev', '‹'), next = el('button', 'nav next', '›');
    [close, prev, next].forEach(function (b) { b.type = 'button'; });
    close.setAttribute('aria-label', qsTr('Close')); prev.setAttribute('aria-label', qsTr('Previous'));
    next.setAttribute('aria-label', qsTr('Next'));
    box.appendChild(stage); box.appendChild(info); box.appendChild(close);
    if (previews.length > 1) { box.appendChild(prev); box.appendChild(next); } // no arrows for "1 / 1"
    document.body.appendChild(box);
    var current = 0;

    function show(index) {
      current = (index + previews.length) % previews.length;
      var item = previews[current];
      stage.textContent = '';
      var media = el(item._video ? 'video' : 'img');
      media.src = item._src;
      if (item._video) { media.controls = true; media.autoplay = true; media.loop = true; media.muted = true; }
      stage.appendChild(media);
      info.textContent = '';
      var meta = item.meta || {};
      var list = el('dl');
      FIELDS.forEach(function (field) {
        if (meta[field[0]] === undefined || meta[field[0]] === null || meta[field[0]] === '') return;
        list.appendChild(el('dt', null, field[1]));
        list.appendChild(el('dd', null, meta[field[0]]));
      });
      if (Array.isArray(meta.resources) && meta.resources.length) {
        list.appendChild(el('dt', null, qsTr('Resources')));
        list.appendChild(el('dd', null, meta.resources.map(function (r) {
          return [r.name, r.type, r.weight].filter(function (v) { return v !== undefined && v !== null; }).join(' · ');
        }).join('\n')));
      }
      if (previews.length > 1) info.appendChild(el('div', null, CDM.format(qsTr('%1 / %2'), current + 1, previews.length)));
      if (meta.prompt) {
        var copy = el('button', 'chip copy', qsTr('Copy prompt'));
        copy.type = 'button';
        copy.setAttribute('data-copy', String(meta.prompt));
        info.appendChild(copy);
      }
      if (!list.children.length) list.appendChild(el('dd', null, qsTr('No generation data.')));
      info.appendChild(list);
      box.hidden = false;
      box.setAttribute('data-index', String(current));
    }
    function hide() { box.hidden = true; stage.textContent = ''; }

    document.querySelectorAll('.thumb').forEach(function (thumb) {
      thumb.addEventListener('click', function () { show(Number(thumb.getAttribute('data-index'))); });
    });
    close.addEventListener('click', hide);
    prev.addEventListener('click', function () { show(current - 1); });
    next.addEventListener('click', function () { show(current + 1); });
    document.addEventListener('keydown', function (event) {
      if (box.hidden) return;
      if (event.key === 'Escape') hide();
      else if (event.key === 'ArrowLeft' && previews.length > 1) show(current - 1);
      else if (event.key === 'ArrowRight' && previews.length > 1) show(current + 1);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    showDescription();
    setUpLightbox();
    document.body.classList.add('blur-previews');
    document.body.setAttribute('data-ready', 'true');
  });
})();
