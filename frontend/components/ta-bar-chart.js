// A bar chart of a table's figures, drawn by Chart.js (MIT licence). The chart is for looking only: the same
// figures are in a table beside it, which screen readers use, so the canvas is one image with a short name and
// Chart.js's own tooltips are the only interaction. Light DOM, so the page's styles reach it.
//
// The server sets `data` to {labels: [...], series: [{name, values: [...]}]}. Labels are drawn on the canvas as
// text by Chart.js, never parsed as HTML.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// GOV.UK colours with at least 3:1 contrast against white (WCAG 1.4.11), each series also told apart by its legend.
const COLOURS = ['#1d70b8', '#00703c', '#d4351c', '#4c2c92', '#f47738', '#505a5f'];

class TaBarChart extends HTMLElement {
  connectedCallback() {
    if (!this._canvas) {
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.appendChild(this._canvas);
    }
    this._draw();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  set data(value) {
    this._data = value;
    this._draw();
  }

  get data() {
    return this._data;
  }

  _draw() {
    if (!this._canvas || !this._data) {
      return;
    }
    this._canvas.setAttribute('aria-label', this.getAttribute('chart-label') || 'Chart');
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const config = {
      type: 'bar',
      data: {
        labels: this._data.labels.map(String),
        datasets: this._data.series.map((series, index) => ({
          label: String(series.name),
          data: series.values,
          backgroundColor: COLOURS[index % COLOURS.length],
        })),
      },
      options: {
        animation: reducedMotion ? false : { duration: 300 },
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } },
      },
    };
    if (this._chart) {
      this._chart.data = config.data;
      this._chart.update();
    } else {
      this._chart = new Chart(this._canvas, config);
    }
  }
}

customElements.define('ta-bar-chart', TaBarChart);
