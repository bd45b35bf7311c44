// The walking route on a Leaflet map. Light DOM, so Leaflet's own stylesheet applies. Tiles come from a
// configurable URL; with none, the route is drawn on a plain background. Clicking the map moves the home
// point (a single click, not a drag: WCAG 2.5.7) and tells the server.
//
// Labels come from data nobody here controls (school names from an uploaded GIAS file). Leaflet writes a string
// tooltip as HTML, so every label is passed as an element whose text is set with textContent, never as a string.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

/** A tooltip's content as plain text: markup in the label is shown as typed, never parsed. */
function textLabel(text) {
  const label = document.createElement('span');
  label.textContent = text == null ? '' : String(text);
  return label;
}

/** Decodes Google's encoded polyline format (5 decimal places) into [latitude, longitude] pairs. */
function decodePolyline(encoded) {
  const points = [];
  let index = 0;
  let lat = 0;
  let lng = 0;
  const next = () => {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = encoded.charCodeAt(index++) - 63;
      result |= (byte & 0x1f) << shift;
      shift += 5;
    } while (byte >= 0x20);
    return (result & 1) ? ~(result >> 1) : (result >> 1);
  };
  while (index < encoded.length) {
    lat += next();
    lng += next();
    points.push([lat / 1e5, lng / 1e5]);
  }
  return points;
}

class TaRouteMap extends HTMLElement {
  connectedCallback() {
    if (this._map) {
      this._map.invalidateSize();
      return;
    }
    const container = document.createElement('div');
    container.className = 'ta-route-map__canvas';
    this.appendChild(container);
    this._map = L.map(container, { scrollWheelZoom: false });
    const attribution = this.getAttribute('attribution') || '';
    const tiles = this.getAttribute('tile-url');
    if (tiles) {
      L.tileLayer(tiles, { attribution, maxZoom: 19 }).addTo(this._map);
    } else {
      this._map.attributionControl.addAttribution(attribution);
    }
    this._layers = L.layerGroup().addTo(this._map);
    // Paper is narrower than the screen: fit the route again to the printed size, and back afterwards.
    const refit = () => {
      this._map.invalidateSize();
      if (this._bounds) {
        this._map.fitBounds(this._bounds, { padding: [16, 16], animate: false });
      }
    };
    window.addEventListener('beforeprint', refit);
    window.addEventListener('afterprint', refit);
    window.matchMedia('print').addEventListener('change', refit); // browsers that lay out for print after beforeprint
    this._map.on('click', (e) => this.dispatchEvent(new CustomEvent('home-moved', {
      detail: { latitude: e.latlng.lat, longitude: e.latlng.lng }
    })));
    this._render();
  }

  set data(value) {
    this._data = value;
    this._render();
  }

  get data() {
    return this._data;
  }

  _render() {
    if (!this._map || !this._data) {
      return;
    }
    const d = this._data;
    const point = (p) => [p.latitude, p.longitude];
    this._layers.clearLayers();
    // The network's own streets and paths, thin and grey under the route, when there are no tiles to show them.
    (d.streets || []).forEach((street) => L.polyline(decodePolyline(street), {
      color: '#8a8f92', weight: 1.5, opacity: 0.9, interactive: false, className: 'ta-route-map__street'
    }).addTo(this._layers));
    const measured = d.route && d.route.length > 1;
    const line = L.polyline(measured ? d.route.map(point) : [point(d.home), point(d.school)], {
      color: '#1d70b8', weight: 5, dashArray: measured ? null : '8 8'
    }).addTo(this._layers);
    L.circleMarker(point(d.home), { radius: 9, color: '#0b0c0c', fillColor: '#ffdd00', fillOpacity: 1 })
      .bindTooltip(textLabel(d.homeLabel), { permanent: true, direction: 'top' }).addTo(this._layers);
    L.circleMarker(point(d.school), { radius: 9, color: '#0b0c0c', fillColor: '#00703c', fillOpacity: 1 })
      .bindTooltip(textLabel(d.schoolLabel), { permanent: true, direction: 'top' }).addTo(this._layers);
    this._bounds = line.getBounds();
    this._map.fitBounds(this._bounds, { padding: [32, 32] });
  }
}

customElements.define('ta-route-map', TaRouteMap);
