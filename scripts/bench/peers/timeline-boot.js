/* global document */
// Draws the events the bench server converted to TimelineJS's JSON; marks the page when drawn.
fetch('/bench/timeline-events.json')
  .then((response) => response.json())
  .then((data) => {
    /* global TL */
    const timeline = new TL.Timeline('timeline-embed', data, { hash_bookmark: false });
    timeline.on('loaded', () => document.documentElement.setAttribute('data-chart-drawn', String(performance.now())));
  });
