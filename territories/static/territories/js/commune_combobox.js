/* The commune filters as an ARIA combobox (WAI-ARIA APG: list autocomplete, listbox popup).

   Without this file the field is a plain text input named "commune" that the server
   resolves (name, postcode or INSEE code). With it, the text input loses its name, a hidden
   input carries the chosen commune's INSEE code (or, when nothing was chosen, the text as
   typed, so the server still resolves it), and suggestions come from data-source?q=
   (ten at most). Keys: Down/Up move through the suggestions (aria-activedescendant, the
   focus stays in the input), Enter chooses, Escape closes then clears, Tab leaves.
   Choosing fires "change" on the hidden input, which the actor map listens to. */
(function () {
  'use strict';

  var DELAY = 200;
  var MIN_LENGTH = 2;
  var counter = 0;

  function Combobox(root) {
    this.root = root;
    this.input = root.querySelector('input[type="text"]');
    this.source = root.getAttribute('data-source');
    this.results = [];
    this.active = -1;
    this.timer = null;
    this.request = 0;
    counter += 1;
    var id = this.input.id || 'commune-' + counter;
    this.listId = id + '-suggestions';

    this.hidden = document.createElement('input');
    this.hidden.type = 'hidden';
    this.hidden.name = this.input.name;
    this.hidden.value = root.getAttribute('data-code') || this.input.value;
    this.input.removeAttribute('name');
    root.appendChild(this.hidden);

    this.list = document.createElement('ul');
    this.list.id = this.listId;
    this.list.className = 'commune-field__list';
    this.list.setAttribute('role', 'listbox');
    var label = document.querySelector('label[for="' + id + '"]') || root.querySelector('label');
    this.list.setAttribute('aria-label', label ? label.textContent.trim() : 'Communes');
    this.list.hidden = true;
    root.appendChild(this.list);

    this.status = document.createElement('p');
    this.status.className = 'visually-hidden';
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-live', 'polite');
    root.appendChild(this.status);

    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-expanded', 'false');
    this.input.setAttribute('aria-controls', this.listId);

    var self = this;
    this.input.addEventListener('input', function () { self.typed(); });
    this.input.addEventListener('keydown', function (event) { self.key(event); });
    this.input.addEventListener('blur', function () {
      window.setTimeout(function () { self.close(); }, 150);
    });
    this.list.addEventListener('mousedown', function (event) {
      event.preventDefault(); // keep the focus in the input
    });
    this.list.addEventListener('click', function (event) {
      var option = event.target.closest('[role="option"]');
      if (option) {
        self.choose(parseInt(option.getAttribute('data-index'), 10));
      }
    });
  }

  Combobox.prototype.typed = function () {
    var text = this.input.value.trim();
    var before = this.hidden.value;
    // Nothing chosen yet: the text as typed (the server resolves it on submit).
    this.hidden.value = text;
    if (before && !text) {
      this.changed(); // cleared: every commune again
    }
    window.clearTimeout(this.timer);
    this.request += 1; // an answer still on its way is for an older text: ignored
    if (text.length < MIN_LENGTH) {
      this.close();
      return;
    }
    var self = this;
    this.timer = window.setTimeout(function () { self.fetch(text); }, DELAY);
  };

  Combobox.prototype.fetch = function (text) {
    var self = this;
    var request = ++this.request;
    var url = this.source + '?' + new URLSearchParams({ q: text }).toString();
    window.fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) {
        if (request === self.request) {
          self.show(data.results || []);
        }
      })
      .catch(function () {
        if (request === self.request) {
          self.show([]);
        }
      });
  };

  Combobox.prototype.show = function (results) {
    this.results = results;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.list.textContent = '';
    var self = this;
    results.forEach(function (result, index) {
      var option = document.createElement('li');
      option.id = self.listId + '-' + index;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-index', String(index));
      option.className = 'commune-field__option';
      option.textContent = result.label;
      self.list.appendChild(option);
    });
    var open = results.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', open ? 'true' : 'false');
    this.status.textContent = open
      ? results.length + (results.length > 1 ? ' communes proposées' : ' commune proposée')
      : 'Aucune commune ne correspond';
  };

  Combobox.prototype.close = function () {
    this.list.hidden = true;
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  };

  Combobox.prototype.isOpen = function () {
    return !this.list.hidden;
  };

  Combobox.prototype.move = function (index) {
    var options = this.list.querySelectorAll('[role="option"]');
    if (!options.length) {
      return;
    }
    index = (index + options.length) % options.length;
    Array.prototype.forEach.call(options, function (option, i) {
      option.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    this.active = index;
    this.input.setAttribute('aria-activedescendant', options[index].id);
    options[index].scrollIntoView({ block: 'nearest' });
  };

  Combobox.prototype.choose = function (index) {
    var result = this.results[index];
    if (!result) {
      return;
    }
    this.input.value = result.label;
    this.hidden.value = result.insee;
    // Its centre, for a map to go to (actor_map.js); none when the commune is not located.
    if (typeof result.lat === 'number' && typeof result.lng === 'number') {
      this.hidden.setAttribute('data-lat', String(result.lat));
      this.hidden.setAttribute('data-lng', String(result.lng));
    } else {
      this.hidden.removeAttribute('data-lat');
      this.hidden.removeAttribute('data-lng');
    }
    this.close();
    this.status.textContent = result.label + ' choisie';
    this.changed();
  };

  Combobox.prototype.changed = function () {
    this.hidden.dispatchEvent(new Event('change', { bubbles: true }));
  };

  Combobox.prototype.key = function (event) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.isOpen() && this.results.length) {
          this.show(this.results);
        }
        this.move(this.active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (this.isOpen()) {
          this.move(this.active - 1);
        }
        break;
      case 'Enter':
        if (this.isOpen() && this.active >= 0) {
          event.preventDefault(); // choose, do not submit yet
          this.choose(this.active);
        }
        break;
      case 'Escape':
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.input.value = '';
          this.typed();
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
        break;
    }
  };

  function start() {
    if (typeof window.fetch !== 'function' || typeof window.URLSearchParams !== 'function') {
      return; // the plain text field, resolved by the server
    }
    var roots = document.querySelectorAll('[data-commune-combobox]');
    Array.prototype.forEach.call(roots, function (root) {
      if (root.querySelector('input[type="text"]')) {
        new Combobox(root);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
