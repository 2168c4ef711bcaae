/*
 * graph.js — draw a partnership graph with cytoscape.js (vendored, loaded before this file).
 *
 * Markup (templates/projects/includes/partnerships_graph.html):
 *   <div data-partnership-graph hidden data-graph-url="/partenariats/graphe.json?…"></div>
 * or data-graph-source="<id of a json_script island>" holding {"nodes": [...], "edges": [...]}.
 * The element stays hidden without JavaScript: the list beside it carries the same
 * information. No inline script or style: compatible with a strict CSP.
 */
(function () {
  'use strict';

  var STYLE = [
    {
      selector: 'node',
      style: {
        'background-color': '#1f5f8b',
        label: 'data(label)',
        color: '#1a1a1a',
        'font-size': 11,
        'min-zoomed-font-size': 8,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 2,
        'text-wrap': 'ellipsis',
        'text-max-width': 180,
        width: 'mapData(degree, 1, 20, 14, 40)',
        height: 'mapData(degree, 1, 20, 14, 40)',
      },
    },
    {
      selector: 'edge',
      style: {
        'line-color': '#7a8a99',
        width: 'mapData(weight, 1, 6, 1.5, 8)',
        'curve-style': 'haystack',
        opacity: 0.8,
      },
    },
    { selector: 'node:selected', style: { 'background-color': '#b3261e' } },
    // A large graph names only the node under the pointer (or chosen) and its neighbours.
    { selector: 'node.quiet', style: { label: '' } },
    { selector: 'node.quiet.named', style: { label: 'data(label)', 'z-index': 10 } },
  ];
  // Past this many actors, labels would pile up: shown on hover and selection only.
  var LABELLED_NODES = 40;
  // Fitting a small graph must not blow its labels up.
  var MAX_ZOOM = 1.6;

  function readIsland(id) {
    var island = document.getElementById(id);
    if (!island) {
      return Promise.reject(new Error('partnership graph: no #' + id));
    }
    return Promise.resolve(JSON.parse(island.textContent || '{}'));
  }

  function readUrl(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('partnership graph: HTTP ' + response.status);
        }
        return response.json();
      });
  }

  function draw(element, data) {
    var nodes = Array.isArray(data.nodes) ? data.nodes : [];
    var edges = Array.isArray(data.edges) ? data.edges : [];
    if (!nodes.length || typeof window.cytoscape !== 'function') {
      return;
    }
    element.hidden = false;
    // cytoscape injects an inline <style> (refused by the CSP) unless an element with this
    // id exists; the rule it would add (position: relative) is in graph_reports.css.
    if (!document.getElementById('__________cytoscape_stylesheet')) {
      var marker = document.createElement('meta');
      marker.id = '__________cytoscape_stylesheet';
      document.head.appendChild(marker);
    }
    var cy = window.cytoscape({
      container: element,
      elements: { nodes: nodes, edges: edges },
      style: STYLE,
      layout: {
        name: 'cose',
        animate: false,
        randomize: false,
        padding: 40,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: function () { return 400000; },
        nodeOverlap: 40,
        idealEdgeLength: function () { return 140; },
        componentSpacing: 120,
        gravity: 0.3,
        numIter: nodes.length > 300 ? 500 : 1000,
      },
      minZoom: 0.1,
      maxZoom: MAX_ZOOM,
      wheelSensitivity: 0.3,
    });
    if (nodes.length > LABELLED_NODES) {
      cy.nodes().addClass('quiet');
      cy.on('mouseover select', 'node', function (event) {
        event.target.closedNeighborhood('node').addClass('named');
      });
      cy.on('mouseout unselect', 'node', function (event) {
        if (!event.target.selected()) {
          event.target.closedNeighborhood('node').removeClass('named');
        }
      });
    }
    // A click opens the actor's card (the list offers the same links to keyboard users).
    cy.on('tap', 'node', function (event) {
      var url = event.target.data('url');
      if (typeof url === 'string' && url.charAt(0) === '/' && url.charAt(1) !== '/') {
        window.location.assign(url);
      }
    });
  }

  document.querySelectorAll('[data-partnership-graph]').forEach(function (element) {
    var url = element.getAttribute('data-graph-url');
    var source = element.getAttribute('data-graph-source');
    var load = url ? readUrl(url) : readIsland(source);
    load.then(function (data) { draw(element, data); }).catch(function (error) {
      console.warn(error);
    });
  });
})();
